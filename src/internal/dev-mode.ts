/**
 * Whether this is the development build. Integrator diagnostics (console lines on a development host, whole sentences
 * in error messages) exist in the development build only: `import 'msp-checkout'` under the `development` export
 * condition (Vite's and webpack's development modes, web-test-runner) and the script-tag twin `msp-checkout.dev.js`.
 * The production builds (the default export condition, `msp-checkout.min.js`) replace this module with
 * `dev-mode.production.ts`, and the minifier drops what `DEV_MODE` guards. The source, and every test of it, is the
 * development build; what a shopper sees is the same in both.
 */
export const DEV_MODE: boolean = true;
