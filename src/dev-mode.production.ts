/**
 * The production builds' `dev-mode.ts` (vite.config.ts swaps it in). On for now: the development-host diagnostics
 * (console lines, whole sentences in configuration errors) stay in `msp-checkout.min.js` and the default npm entry,
 * as issue 16 asks for a merchant testing them on localhost. Turning it off saves about 400 B gzip; a product decision.
 */
export const DEV_MODE: boolean = true;
