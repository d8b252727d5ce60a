import { isLoopbackHost } from '../shared/payment-url.js';
import type { CheckoutError } from './errors.js';
import { MspErrorEvent } from './events.js';

/**
 * Lines for the integrator building the page, in the browser's console: on a development host only, never where
 * shoppers are. Errors are said from every build (`reportError`); the warnings about what is not an error yet are
 * called under `DEV_MODE` (src/internal/dev-mode.ts), so a build without the diagnostics leaves them out.
 */

/** An error of `<msp-checkout>`: `msp-error` for the page and, on a development host, the console, where an integrator looks first. */
export function reportError(element: HTMLElement, error: CheckoutError): void {
  element.dispatchEvent(new MspErrorEvent(error));
  if (isDevelopmentHost()) console.warn(`<msp-checkout> ${error.code}: ${error.message}`);
}

/** This machine, `*.localhost` and `*.test`: where pages are built, not where shops run. */
export function isDevelopmentHost(hostname: string = location.hostname): boolean {
  return isLoopbackHost(hostname) || /\.(localhost|test)$/.test(hostname);
}

/** What each element has said already: each element says a thing once. */
const saidBy = new WeakMap<object, Set<string>>();

/** Warns once per element and subject. */
export function warnOnce(element: object, subject: string, message: string): void {
  if (!isDevelopmentHost()) return;
  const said = saidBy.get(element) ?? new Set<string>();
  if (said.has(subject)) return;
  saidBy.set(element, said.add(subject));
  console.warn(`<msp-checkout>: ${message}`);
}

/** Logo URLs the element ignores (not https, not a path on this site). */
export function warnAboutIcons(element: object, ignored: readonly string[]): void {
  for (const value of ignored) {
    warnOnce(element, value, `logo ${value} ignored; use an https URL or a path on this site.`);
  }
}
