/**
 * The production builds' `dev-mode.ts` (vite.config.ts swaps it in): `msp-checkout.min.js` and the default npm export
 * condition leave the integrator diagnostics out (warnings on a development host about what is not an error yet: an
 * unknown or retired gateway id, a missing order-id, an ignored logo; whole sentences in configuration errors; about
 * 500 B gzip of the script-tag file). Every error is still logged on a development host. The development builds keep them: the
 * `development` export condition (Vite's dev server, webpack's development mode) and the script-tag twin
 * `msp-checkout.dev.js`, which docs/errors.md tells integrators to use while they build the page. Shoppers see the same
 * element from both; `msp-error` fires from both, with a message that names the attribute and the value it got.
 */
export const DEV_MODE: boolean = false;
