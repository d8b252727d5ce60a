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
  /**
   * called once per order and status, after a verified notification, across every instance sharing the store: a
   * replayed or resent notification, signed or GET, of a status already reported never calls it again
   */
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
   * the secret of the status proof (`msp_token`): `createOrder` adds `msp_token=<HMAC-SHA256 of the order id>` to
   * `redirect_url` and `cancel_url`, the return page sends it back, and `orderStatus` answers only a request that
   * carries it (or that `authorizeStatus` allows). Default: the API key. Server-only, like the key; changing it makes
   * the return pages of orders created before the change answer "unknown order" unless `authorizeStatus` allows them.
   */
  statusSecret?: string | undefined;
  /**
   * widens who may read an order's status beyond the `msp_token` of its return URL: `true` when this request may
   * (its session placed the order, say). Anything else answers 404 "Unknown order", exactly as for an order that does
   * not exist, with no store or MultiSafepay work, so order ids cannot be probed for other shoppers' payments. Give it
   * the same time for every answer: it runs for every status request without a valid token.
   */
  authorizeStatus?: ((request: Request, orderId: string) => boolean | Promise<boolean>) | undefined;
  /**
   * the gateway ids this shop accepts (`['IDEAL', 'DOTPAY']`): an order for any other is refused with 400 before
   * `resolveOrder`, and `listGateways` leaves the others out. Default: any gateway MultiSafepay accepts.
   */
  allowedGateways?: readonly string[] | undefined;
  /** milliseconds for each call to MultiSafepay (default 15000) */
  timeout?: number | undefined;
  /** largest request body accepted (default 16384) */
  maxBodyBytes?: number | undefined;
  /**
   * how long a gateway list is cached (default 300000): one list per currency, country and locale, filtered by each
   * method's `allowed_amount` for the amount asked, so that no amount costs a call to MultiSafepay of its own
   */
  gatewaysCacheMs?: number | undefined;
  /** notification timestamps older than this are refused (default 600) */
  notificationWindowSeconds?: number | undefined;
  /**
   * fields of the browser's body passed on to MultiSafepay beyond `customer.locale` (always passed, in MultiSafepay's
   * `ab_CD` form): top-level fields such as `var1`, and `customer.<field>` such as `customer.email`. Default: none. A
   * customer field the browser could set would reach MultiSafepay's fraud screening (`customer.ip_address`,
   * `forwarded_ip`, `reference`): name only what your page sets and nothing the shopper's browser should decide.
   * `customer` alone passes the whole object, all of those included.
   */
  browserFields?: readonly string[] | undefined;
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
