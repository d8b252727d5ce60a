/**
 * @typedef {object} ResolvedOrder What the merchant's server knows about the order the shopper is paying.
 * @property {number} amount integer in minor units
 * @property {string} currency ISO 4217
 * @property {string} description plain text, at most 200 characters
 * @property {string} [order_id] the merchant's order id; defaults to the one the browser sent
 */
/**
 * @typedef {object} CheckoutOptions
 * @property {string} apiKey the MultiSafepay site API key (never logged, never sent to a browser)
 * @property {'test' | 'live' | string} [environment] `test` (default), `live`, or an API base URL (the fake's)
 * @property {(context: { body: Record<string, unknown>, request: Request }) =>
 *   ResolvedOrder | null | undefined | Promise<ResolvedOrder | null | undefined>} resolveOrder looks the order up on
 *   your server (from your session, your database); `null` refuses it with 404. The browser's numbers are ignored.
 * @property {Record<string, unknown> | ((order: ResolvedOrder & { order_id: string }) => Record<string, unknown>)}
 *   [paymentOptions] `notification_url`, `redirect_url`, `cancel_url` (and `close_window`)
 * @property {string[]} [allowedOrigins] origins allowed to create orders; default: the request's own host
 * @property {(event: { orderId: string, status: string, order: Record<string, unknown> }) => unknown}
 *   [onStatus] called at most once per order and status, after a verified notification
 * @property {(orderId: string) => unknown} [getStatus] the merchant's known status for the return page
 * @property {number} [timeout] milliseconds for each call to MultiSafepay (default 15000)
 * @property {number} [maxBodyBytes] largest request body accepted (default 16384)
 * @property {number} [gatewaysCacheMs] how long a gateway list is cached per filter set (default 300000)
 * @property {number} [notificationWindowSeconds] notification timestamps older than this are refused (default 600)
 * @property {string[]} [browserFields] fields of the browser's body passed on to MultiSafepay (default ["customer"])
 * @property {typeof fetch} [fetch]
 * @property {Pick<Console, 'warn'>} [logger]
 */
/**
 * An explicit demo `resolveOrder`: it trusts nobody's cart because it has none, and charges a fixed amount.
 * Do not use it in a shop: look the order up on your own server.
 * @param {ResolvedOrder} fixed
 */
export function demoResolveOrder(fixed?: ResolvedOrder): () => {
  /**
   * integer in minor units
   */
  amount: number;
  /**
   * ISO 4217
   */
  currency: string;
  /**
   * plain text, at most 200 characters
   */
  description: string;
  /**
   * the merchant's order id; defaults to the one the browser sent
   */
  order_id?: string | undefined;
};
/**
 * Creates the handlers. Each is `(request: Request) => Promise<Response>`.
 * @param {CheckoutOptions} options
 */
export function createCheckoutHandlers(options: CheckoutOptions): {
  createOrder: (request: Request) => Promise<Response>;
  listGateways: (request: Request) => Promise<Response>;
  notification: (request: Request) => Promise<Response>;
  orderStatus: (request: Request) => Promise<Response>;
};
/**
 * Adapts a Fetch API handler to node:http's (req, res). `origin` is your public origin (https://shop.example)
 * when a proxy terminates TLS; by default the Host header over http. `bodyTimeout` (ms, default 10000) bounds the
 * reading of a request body: a client that trickles it (slow loris) gets 408 and its connection is closed.
 * @param {(request: Request) => Promise<Response>} handler
 * @param {{ origin?: string, bodyTimeout?: number }} [adapterOptions]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  adapterOptions?: {
    origin?: string;
    /** Milliseconds to receive a request body (default 10000); a slower client gets 408 and is disconnected. */
    bodyTimeout?: number;
  },
): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>;
export { signNotification } from './fake-multisafepay.js';
/**
 * What the merchant's server knows about the order the shopper is paying.
 */
export type ResolvedOrder = {
  /**
   * integer in minor units
   */
  amount: number;
  /**
   * ISO 4217
   */
  currency: string;
  /**
   * plain text, at most 200 characters
   */
  description: string;
  /**
   * the merchant's order id; defaults to the one the browser sent
   */
  order_id?: string | undefined;
};
export type CheckoutOptions = {
  /**
   * the MultiSafepay site API key (never logged, never sent to a browser)
   */
  apiKey: string;
  /**
   * `test` (default), `live`, or an API base URL (the fake's)
   */
  environment?: string | undefined;
  /**
   * looks the order up on
   * your server (from your session, your database); `null` refuses it with 404. The browser's numbers are ignored.
   */
  resolveOrder: (context: {
    body: Record<string, unknown>;
    request: Request;
  }) => ResolvedOrder | null | undefined | Promise<ResolvedOrder | null | undefined>;
  /**
   * `notification_url`, `redirect_url`, `cancel_url` (and `close_window`)
   */
  paymentOptions?:
    | Record<string, unknown>
    | ((
        order: ResolvedOrder & {
          order_id: string;
        },
      ) => Record<string, unknown>)
    | undefined;
  /**
   * origins allowed to create orders; default: the request's own host
   */
  allowedOrigins?: string[] | undefined;
  /**
   * called at most once per order and status, after a verified notification
   */
  onStatus?: ((event: { orderId: string; status: string; order: Record<string, unknown> }) => unknown) | undefined;
  /**
   * the merchant's known status for the return page
   */
  getStatus?: ((orderId: string) => unknown) | undefined;
  /**
   * milliseconds for each call to MultiSafepay (default 15000)
   */
  timeout?: number | undefined;
  /**
   * largest request body accepted (default 16384)
   */
  maxBodyBytes?: number | undefined;
  /**
   * how long a gateway list is cached per filter set (default 300000)
   */
  gatewaysCacheMs?: number | undefined;
  /**
   * notification timestamps older than this are refused (default 600)
   */
  notificationWindowSeconds?: number | undefined;
  /**
   * fields of the browser's body passed on to MultiSafepay (default ["customer"])
   */
  browserFields?: string[] | undefined;
  fetch?: typeof fetch | undefined;
  logger?: Pick<Console, 'warn'> | undefined;
};
