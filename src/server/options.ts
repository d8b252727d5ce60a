import type { MultiSafepayOrderFields } from './multisafepay-order.js';
import type { CheckoutStore } from './store/checkout-store.js';

/**
 * What the merchant's server knows about the order the shopper is paying, and MultiSafepay's order fields the shop
 * owns (the customer, the cart, ...), sent as given.
 */
export interface ResolvedOrder extends MultiSafepayOrderFields {
  /** integer in minor units */
  amount: number;
  /** ISO 4217 */
  currency: string;
  /** plain text, at most 200 characters */
  description: string;
  /** the merchant's order id; defaults to the one the browser sent */
  order_id?: string | undefined;
}

/** What `onStatus` hears after a verified notification. */
export interface StatusEvent {
  orderId: string;
  status: string;
  order: Record<string, unknown>;
}

export interface CheckoutOptions {
  /** the MultiSafepay site API key (never logged, never sent to a browser) */
  apiKey: string;
  /** `test` (default), `live`, or an API base URL (the fake's) */
  environment?: 'test' | 'live' | (string & {}) | undefined;
  /**
   * looks the order up on your server (from your session, your database); `null` refuses it with 404. The
   * browser's numbers are ignored.
   */
  resolveOrder: (context: {
    body: Record<string, unknown>;
    request: Request;
  }) => ResolvedOrder | null | undefined | Promise<ResolvedOrder | null | undefined>;
  /** `notification_url`, `redirect_url`, `cancel_url` (and `close_window`) */
  paymentOptions?:
    Record<string, unknown> | ((order: ResolvedOrder & { order_id: string }) => Record<string, unknown>) | undefined;
  /** origins allowed to create orders; default: the request's own host */
  allowedOrigins?: string[] | undefined;
  /** called at most once per order and status, after a verified notification */
  onStatus?: ((event: StatusEvent) => unknown) | undefined;
  /**
   * the merchant's known status for the return page, MultiSafepay's status string (`completed`, ...); when it
   * answers `null` or `undefined`, the status comes from the verified notifications and MultiSafepay
   * (`GET /orders/{id}`)
   */
  getStatus?: ((orderId: string) => unknown) | undefined;
  /**
   * where the payment page of each order, the notifications already reported and the verified statuses are kept;
   * default `memoryStore()` (this one process). Several instances, restarts, serverless: `redisStore(client)`.
   */
  store?: CheckoutStore | undefined;
  /** milliseconds for each store operation before it counts as failed (default 1000) */
  storeTimeout?: number | undefined;
  /** how long a status learned from MultiSafepay (no verified notification yet) is reused (default 5000) */
  statusCacheMs?: number | undefined;
  /**
   * ties a return page's status request to the shopper's session: `true` when this request may read this order's
   * status (its session placed the order). `false` answers 404 "Unknown order", exactly as for an order that does
   * not exist, so order ids cannot be probed for other shoppers' payments. Without it, anyone who knows an order id
   * can read its status (only the status: nothing else about the order is ever answered).
   */
  authorizeStatus?: ((request: Request, orderId: string) => boolean | Promise<boolean>) | undefined;
  /** milliseconds for each call to MultiSafepay (default 15000) */
  timeout?: number | undefined;
  /** largest request body accepted (default 16384) */
  maxBodyBytes?: number | undefined;
  /** how long a gateway list is cached per filter set (default 300000) */
  gatewaysCacheMs?: number | undefined;
  /** notification timestamps older than this are refused (default 600) */
  notificationWindowSeconds?: number | undefined;
  /** fields of the browser's body passed on to MultiSafepay (default ["customer"]) */
  browserFields?: string[] | undefined;
  fetch?: typeof fetch | undefined;
  logger?: Pick<Console, 'warn'> | undefined;
}

/** A Fetch API handler: what every handler of `createCheckoutHandlers` is. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * An explicit demo `resolveOrder`: it trusts nobody's cart because it has none, and charges a fixed amount.
 * Do not use it in a shop: look the order up on your own server.
 */
export function demoResolveOrder(
  fixed: ResolvedOrder = { amount: 4995, currency: 'EUR', description: 'Demo order (fixed amount)' },
): () => ResolvedOrder {
  return () => ({ ...fixed });
}
