// The fake's notifications (webhook calls) to a shop, as MultiSafepay sends them (MultiSafepay/docs
// content/payment-management/webhook.md): to `notification_url?transactionid=<order id>&timestamp=<seconds>`
// (webhook.md:194-200); a POST carries the order as JSON, signed in the `Auth` header (webhook.md:222-288); a GET
// (`notification_method: GET`, openapi/components/schemas/NotificationMethod.yaml) carries nothing but the query, and
// no signature: webhook.md:224 signs "every POST notification request". The variants a test asks for (pretty-printed,
// forged, stale, tampered, another order's signature or transactionid) are built here, next to the genuine one, so
// that each differs from MultiSafepay's in exactly one way.
import { signNotification } from '../signature.js';

/** How a notification is sent (again). Without options: exactly as MultiSafepay sends it. */
export interface NotificationOptions {
  /** `POST` (the signed order) or `GET` (the query only); default: the order's `notification_method`, else POST. */
  method?: 'POST' | 'GET' | undefined;
  /** The order pretty-printed (two-space indent) instead of compact, and signed as sent. */
  pretty?: boolean | undefined;
  /** Signed with a key that is not the API key: a forgery. */
  forged?: boolean | undefined;
  /** Signed, correctly, at a timestamp an hour old: outside the 600 s that MultiSafepay's SDKs accept. */
  stale?: boolean | undefined;
  /** The timestamp to sign and send (seconds since the epoch, as text). */
  timestamp?: string | undefined;
  /** The key to sign with. */
  key?: string | undefined;
  /** A body sent in place of the signed one, whose signature stays the genuine body's: a tampered notification. */
  body?: string | undefined;
  /** An `Auth` header sent in place of this notification's signature (e.g. another order's): a borrowed signature. */
  auth?: string | undefined;
  /** The `transactionid` query parameter in place of the order's id. */
  transactionid?: string | undefined;
}

/** A notification the fake sent, and how the shop answered it. */
export interface FakeNotificationRecord {
  /** The order it is about. */
  orderId: string;
  method: 'POST' | 'GET';
  /** Where it was sent, with `?transactionid=&timestamp=`. */
  url: string;
  /** The `Auth` header sent with a POST; `undefined` for a GET. */
  auth: string | undefined;
  /** The body sent: the order's JSON as signed (compact unless `pretty`); `''` for a GET. */
  sent: string;
  /** The shop's HTTP status; `undefined` when it did not answer within 5 s (MultiSafepay would retry later). */
  status: number | undefined;
  /** The shop's answer body. */
  answer: string;
  /**
   * The shop's answer body, the same as `answer`: this field has meant the answer since the fake's first version,
   * and keeps that meaning for the tests written against it. What was sent is `sent`.
   */
  body: string;
  /** When it was sent (ISO 8601). */
  at: string;
}

/** What a test may read back: an hour, in seconds, for a stale timestamp. */
export const STALE_SECONDS = 3600;
/** The key forged notifications are signed with. */
export const FORGED_KEY = 'not-the-api-key';

/**
 * Sends a notification about an order to `target` (its `notification_url`) and records it in `log` as it leaves,
 * its answer when it comes. `order` is the order object of `GET /orders/{id}`, `apiKey` the key MultiSafepay signs
 * with, `defaultMethod` the order's `notification_method`.
 */
export async function sendNotification(
  log: FakeNotificationRecord[],
  target: string,
  order: { order_id: string } & Record<string, unknown>,
  defaultMethod: unknown,
  apiKey: string,
  options: NotificationOptions = {},
): Promise<FakeNotificationRecord> {
  const method = (options.method ?? (String(defaultMethod ?? '').toUpperCase() === 'GET' ? 'GET' : 'POST')) as
    'POST' | 'GET';
  const now = Math.floor(Date.now() / 1000);
  const timestamp = options.timestamp ?? String(options.stale ? now - STALE_SECONDS : now);
  const signed = options.pretty ? JSON.stringify(order, null, 2) : JSON.stringify(order);
  const url = new URL(target);
  url.searchParams.set('transactionid', options.transactionid ?? order.order_id);
  url.searchParams.set('timestamp', timestamp);
  const record: FakeNotificationRecord = {
    orderId: order.order_id,
    method,
    url: url.href,
    auth: undefined,
    sent: '',
    status: undefined,
    answer: '',
    body: '',
    at: new Date().toISOString(),
  };
  const init: RequestInit = { method, signal: AbortSignal.timeout(5000) };
  if (method === 'POST') {
    record.sent = options.body ?? signed;
    record.auth =
      options.auth ?? signNotification(options.key ?? (options.forged ? FORGED_KEY : apiKey), timestamp, signed);
    init.headers = { 'Content-Type': 'application/json', Auth: record.auth };
    init.body = record.sent;
  }
  log.push(record);
  try {
    const response = await fetch(url, init);
    record.status = response.status;
    record.answer = await response.text();
    record.body = record.answer;
  } catch {
    record.status = undefined; // MultiSafepay would retry later
  }
  return record;
}
