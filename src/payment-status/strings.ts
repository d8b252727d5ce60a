import type { CheckoutError } from '../internal/errors.js';

/**
 * Every text `<msp-payment-status>` shows. Override some or all through its `strings` property, or for every
 * element with `MspPaymentStatus.registerLocale()`. One sentence per outcome: the shopper reads it as the page's
 * heading.
 */
export interface StatusStrings {
  /** While the first answer is awaited. */
  checking: string;
  /** `completed` (and `shipped`): the payment is in. */
  completed: string;
  /** `initialized`, `uncleared`, `reserved`: not confirmed yet; the element keeps asking. */
  pending: string;
  /** Still pending when the element stops asking (`pending-timeout`): says the shop confirms by e-mail. */
  pendingLimit: string;
  cancelled: string;
  declined: string;
  expired: string;
  void: string;
  /** `refunded` and `partial_refunded`. */
  refunded: string;
  chargeback: string;
  /** The shop does not know the order (or the page's `transactionid` is missing or not an order id). */
  unknownOrder: string;
  /** The shopper's device is offline: asking waits until it is back online. */
  offline: string;
  /** The heading when the status could not be asked; the error's own sentence follows it. */
  unavailable: string;
  errorNetwork: string;
  errorTimeout: string;
  /** `{status}` is the HTTP status of the shop's answer. */
  errorHttp: string;
  errorUnexpectedResponse: string;
  /** Followed by the integrator-facing detail: what is wrong with the attributes. */
  errorConfig: string;
  retry: string;
}

/** Some or all of the texts, as the `strings` property and `registerLocale` take them. */
export type StatusStringsOverride = Partial<StatusStrings>;

/** `override` on top of `base`; only texts count (a key left `undefined` keeps the base text). */
export function mergeStatusStrings<T extends StatusStringsOverride>(
  base: T,
  override: StatusStringsOverride | undefined,
): T {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as T;
}

/** A mistake in the page's set-up, which only its developer can mend. */
export function isConfigError(error: CheckoutError): boolean {
  return error.code === 'missing-endpoint' || error.code === 'invalid-config';
}

/** The sentence a shopper reads for a failed status request: chosen by code, never the server's free text. */

export function statusErrorMessage(error: CheckoutError, strings: StatusStrings): string {
  switch (error.code) {
    case 'missing-endpoint':
    case 'invalid-config':
      // What is wrong is English developer text: the element shows it apart, as the error's detail.
      return strings.errorConfig;
    case 'network-error':
      return strings.errorNetwork;
    case 'timeout':
      return strings.errorTimeout;
    case 'http-error':
    case 'backend-error':
    case 'msp-error':
      return error.status && error.status >= 400
        ? strings.errorHttp.replace('{status}', String(error.status))
        : strings.errorUnexpectedResponse;
    default:
      return strings.errorUnexpectedResponse;
  }
}
