/** The production builds' `dev-mode.ts` (vite.config.ts swaps it in): no integrator diagnostics. */
export const DEV_MODE: boolean = false;
