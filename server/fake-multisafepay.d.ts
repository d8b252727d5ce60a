/**
 * The `Auth` header MultiSafepay sends with a notification: base64 of `timestamp:signature`, where signature is
 * the hex HMAC-SHA512 keyed with the API key over `timestamp + ":" + raw body`.
 * @param {string} apiKey
 * @param {string} timestamp
 * @param {string} rawBody
 */
export function signNotification(apiKey: string, timestamp: string, rawBody: string): string;
/**
 * @typedef {object} FakeOrder
 * @property {string} order_id
 * @property {string} token
 * @property {string} status
 * @property {string} gateway
 * @property {number} amount
 * @property {string} currency
 * @property {string} description
 * @property {Record<string, unknown>} payment_options
 * @property {Record<string, unknown>} customer
 * @property {string} created
 * @property {string} modified
 */
/**
 * Starts the fake. `baseUrl` is what you give the server module as `environment`.
 * @param {{ apiKey?: string, host?: string, port?: number, gateways?: typeof FAKE_GATEWAYS,
 *   notify?: boolean, delay?: number }} [options]
 *   `notify: false` stops the fake from sending notifications itself (tests then call `sendNotification`);
 *   `delay` holds every API answer for that many milliseconds (change it later with `fake.delay = ms`).
 */
export function startFakeMultiSafepay(options?: {
  apiKey?: string;
  host?: string;
  port?: number;
  gateways?: typeof FAKE_GATEWAYS;
  notify?: boolean;
  delay?: number;
}): Promise<{
  apiKey: string;
  /** The API base URL, like https://testapi.multisafepay.com/v1/json. */
  baseUrl: string;
  /** The origin of the payment pages (the `payment-origins` value for the element). */
  origin: string;
  orders: Map<string, FakeOrder>;
  requests: {
    method: string;
    path: string;
    query: string;
    body?: unknown;
  }[];
  notifications: {
    url: string;
    status: number | undefined;
    body: string;
  }[];
  delay: number;
  notify: boolean;
  /** The number of orders created (POST /orders that succeeded). */
  readonly orderCount: number;
  /**
   * What the payment page does when the shopper chooses: sets the status, sends the notification (awaited) and
   * returns where the shopper's browser is sent.
   * @param {string} orderId
   * @param {'pay' | 'cancel' | 'decline'} choice
   */
  choose(
    orderId: string,
    choice: 'pay' | 'cancel' | 'decline',
  ): Promise<{
    status: string;
    location: string;
    notification:
      | {
          url: string;
          status: number | undefined;
          body: string;
        }
      | undefined;
  }>;
  /**
   * Sends a signed notification for an order (again), as MultiSafepay's retries do.
   * @param {string} orderId
   * @param {{ timestamp?: string, key?: string, body?: string }} [overrides] for forged or stale notifications
   */
  sendNotification(
    orderId: string,
    overrides?: {
      timestamp?: string;
      key?: string;
      body?: string;
    },
  ): Promise<
    | {
        url: string;
        status: number | undefined;
        body: string;
      }
    | undefined
  >;
  /** Stops the server and drops its connections. @returns {Promise<void>} */
  close(): Promise<void>;
}>;
/** The gateways the fake offers, with MultiSafepay's documented constraints. */
export const FAKE_GATEWAYS: {
  id: string;
  name: string;
  countries: string[];
  currencies: string[];
}[];
export type FakeOrder = {
  order_id: string;
  token: string;
  status: string;
  gateway: string;
  amount: number;
  currency: string;
  description: string;
  payment_options: Record<string, unknown>;
  customer: Record<string, unknown>;
  created: string;
  modified: string;
};
