/**
 * Stable error codes. Integrators switch on these; never rename one.
 *
 * Configuration (the page's markup is wrong): `missing-endpoint`, `invalid-config`.
 * Shopper input: `no-gateway-selected`.
 * Transport: `network-error`, `timeout`, `http-error`.
 * Answer of the merchant's endpoint: `html-response`, `invalid-json`, `invalid-response`, `backend-error` (the shop's
 * backend refused the request itself: CSRF checks, unknown order, validation), `msp-error` (MultiSafepay refused it).
 * Navigation: `invalid-payment-url`, `navigation-blocked` (a frame the page may not navigate away from).
 */
export type CheckoutErrorCode =
  | 'missing-endpoint'
  | 'invalid-config'
  | 'no-gateway-selected'
  | 'network-error'
  | 'timeout'
  | 'http-error'
  | 'html-response'
  | 'invalid-json'
  | 'invalid-response'
  | 'backend-error'
  | 'msp-error'
  | 'invalid-payment-url'
  | 'navigation-blocked';

export interface CheckoutErrorDetails {
  /** HTTP status of the endpoint's answer, when there was one. */
  status?: number;
  /** MultiSafepay's numeric `error_code` (1001, 1032, ...), when the answer carried one. */
  errorCode?: number;
  /** The free-text `error_info` (MultiSafepay's, or the shop backend's): for logs and integrators, shown as text. */
  errorInfo?: string;
  /** The underlying exception (a `TypeError` from `fetch`, a `SyntaxError` from `JSON.parse`). */
  cause?: unknown;
}

/**
 * The one error type the element reports. `message` is written for the integrator (console, logs);
 * the element shows the shopper a localized message chosen by `code` and `errorCode`.
 */
export class CheckoutError extends Error {
  override readonly name = 'CheckoutError';
  readonly code: CheckoutErrorCode;
  readonly status?: number;
  readonly errorCode?: number;
  readonly errorInfo?: string;

  constructor(code: CheckoutErrorCode, message: string, details: CheckoutErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.errorCode !== undefined) this.errorCode = details.errorCode;
    if (details.errorInfo !== undefined) this.errorInfo = details.errorInfo;
  }
}

/**
 * Any failure as the element's `CheckoutError`. A part loaded on demand throws its own copy of the class in the
 * script-tag build (each file is whole on its own), so one is recognized by its name and rebuilt; anything else
 * (an exception no code path expected) is a `network-error`.
 */
export function asCheckoutError(error: unknown): CheckoutError {
  if (error instanceof CheckoutError) return error;
  // The other copy carries the same details: status, errorCode, errorInfo, cause.
  if (isCheckoutError(error)) return new CheckoutError(error.code, error.message, error);
  return new CheckoutError('network-error', String(error), { cause: error });
}

/** A `CheckoutError` from this file or from a part loaded on demand (its own copy of the class: same name). */
export function isCheckoutError(error: unknown): error is CheckoutError {
  return error instanceof Error && error.name === 'CheckoutError';
}
