// The fake's public shapes, apart from the server that implements them, so that its parts (the control API) can name
// them without importing the server.
import type { FakeNotificationRecord, NotificationOptions } from './fake-notifications.js';
import type { FakeOrder } from './fake-order.js';

/** A request that reached the fake's API: `path` without `/v1/json`, `query` with its `?`, the parsed JSON body. */
export interface FakeRequestRecord {
  method: string;
  path: string;
  query: string;
  body?: unknown;
}

/** What the payment page's buttons do. */
export type FakeChoice = 'pay' | 'cancel' | 'decline';

export interface FakeMultiSafepay {
  apiKey: string;
  /** The API base URL, like https://testapi.multisafepay.com/v1/json. */
  baseUrl: string;
  /**
   * The API root without `json/`, like https://testapi.multisafepay.com/v1/: the base URL of MultiSafepay's PHP and
   * Python SDKs, which add `json/orders` themselves (php-sdk src/Client/Client.php:31-32, python-sdk
   * src/multisafepay/client/client.py:41-42 and api/paths/orders/order_manager.py:133).
   */
  rootUrl: string;
  /** The control API's base, `<origin>/_fake/` (docs/testing.md: drive the fake from a test in any language). */
  controlUrl: string;
  /** The origin of the payment pages (the `payment-origins` value for the element). */
  origin: string;
  orders: Map<string, FakeOrder>;
  requests: FakeRequestRecord[];
  /** Every notification sent, in order: what was sent (`sent`, `auth`) and what the shop answered (`answer`). */
  notifications: FakeNotificationRecord[];
  delay: number;
  notify: boolean;
  /** The number of orders created (POST /orders that succeeded). */
  readonly orderCount: number;
  /**
   * Holds every API answer (the request is read, recorded in `requests` and acted on, as MultiSafepay would) until
   * the returned `release()` is called: a slow MultiSafepay without timing, e.g. to see a request arrive, abort the
   * client, then let the answer go.
   */
  holdAnswers(): () => void;
  /**
   * What the payment page does when the shopper chooses: sets the status, sends the notification (awaited; unless
   * `notify` is false, or `fake.notify` is and `notify` is not true) and returns where the shopper's browser is sent.
   */
  choose(
    orderId: string,
    choice: FakeChoice,
    options?: { notify?: boolean | undefined },
  ): Promise<{ status: string; location: string; notification: FakeNotificationRecord | undefined }>;
  /**
   * Sends a notification for an order (again), as MultiSafepay's retries do: by the order's `notification_method`,
   * signed. `options` make it a GET, pretty-printed, forged, stale, tampered or borrowed one. `undefined` when the
   * order has no `notification_url`.
   */
  sendNotification(orderId: string, options?: NotificationOptions): Promise<FakeNotificationRecord | undefined>;
  /** Forgets every order, request and notification (settings stay). */
  reset(): void;
  /** Stops the server and drops its connections. */
  close(): Promise<void>;
}
