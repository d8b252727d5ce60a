import { CheckoutError } from '../internal/errors.js';
import { isRecord } from '../shared/guards.js';
import type { RawResponse } from '../internal/network.js';
import { answered, checkJsonBody } from '../internal/response.js';

/**
 * What the shopper is told. MultiSafepay's order `status` values and what they mean for the shopper come from
 * MultiSafepay/docs `content/payments/about-payments/MultiSafepay-statuses.md` ("Status meanings", "Refunds and
 * chargebacks"): `shipped` follows `completed` for pay-after-delivery methods; `partial_refunded` is a refund.
 */
export type StatusOutcome =
  'completed' | 'pending' | 'cancelled' | 'declined' | 'expired' | 'void' | 'refunded' | 'chargeback' | 'unknown';

/** The `status` the element reports for an order the shop does not know (or an id that is not an order id). */
export const UNKNOWN_ORDER = 'unknown';

const OUTCOMES: Readonly<Record<string, StatusOutcome>> = {
  completed: 'completed',
  shipped: 'completed',
  initialized: 'pending',
  uncleared: 'pending',
  reserved: 'pending',
  cancelled: 'cancelled',
  declined: 'declined',
  expired: 'expired',
  void: 'void',
  refunded: 'refunded',
  partial_refunded: 'refunded',
  chargeback: 'chargeback',
  chargedback: 'chargeback',
  [UNKNOWN_ORDER]: 'unknown',
};

/** The outcome of a MultiSafepay status, or `undefined` for a status this version does not know. */
export function outcomeOf(status: string): StatusOutcome | undefined {
  return Object.hasOwn(OUTCOMES, status) ? OUTCOMES[status] : undefined;
}

/**
 * The status endpoint's URL for one order: `?transactionid=`, as MultiSafepay appends it to `redirect_url`, and the
 * order's status token as `&msp_token=` when the page has one (the shop's backend put it in the return URL, and
 * answers the status only to a request that carries it: docs/payment-status.md). The token goes back, encoded, to
 * the shop that wrote it, which checks it: the element does not.
 */
export function statusUrl(endpoint: string, orderId: string, base: string, token?: string | null): string {
  const url = new URL(endpoint, base);
  url.searchParams.set('transactionid', orderId);
  if (token) url.searchParams.set('msp_token', token);
  return url.href;
}

/** Asking again while pending: 1 s, then half as long again each time, at most 10 s apart. */
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 10_000;

export function nextDelay(previous: number): number {
  return previous <= 0 ? FIRST_DELAY_MS : Math.min(MAX_DELAY_MS, Math.round(previous * 1.5));
}

/** How long the element keeps asking while the payment is pending, by default: two minutes. */
export const DEFAULT_PENDING_TIMEOUT_MS = 120_000;

/**
 * Reads the status endpoint's answer: `{"success":true,"data":{"order_id","status"}}`. A JSON 404 (the reference
 * server's `success:false` for an order it does not know) is `unknown`; an HTML 404 is a wrong endpoint, and
 * every other failure a `CheckoutError` as for the checkout. An answer about another order is refused.
 */
export function parseStatusResponse(raw: RawResponse, orderId: string): string {
  let json: unknown;
  try {
    json = checkJsonBody(raw);
  } catch (error) {
    // `success:false` with 404: the reference server's "Unknown order" (marked `error_source: "shop"`), or
    // MultiSafepay's own passed through.
    const refused = error instanceof CheckoutError && (error.code === 'msp-error' || error.code === 'backend-error');
    if (raw.status === 404 && refused) return UNKNOWN_ORDER;
    throw error;
  }
  const data = isRecord(json) && json['success'] === true ? json['data'] : undefined;
  const status = isRecord(data) ? data['status'] : undefined;
  if (!isRecord(data) || typeof status !== 'string' || !outcomeOf(status)) {
    throw answered('invalid-response', raw.status, 'without a known status in {"success":true,"data":{"status":...}}');
  }
  const answeredId = data['order_id'];
  if (answeredId !== undefined && String(answeredId) !== orderId) {
    throw answered('invalid-response', raw.status, 'about another order');
  }
  return status;
}
