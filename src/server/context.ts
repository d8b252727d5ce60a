import type { CallApi } from './multisafepay-client.js';
import type { CheckoutOptions } from './options.js';
import type { PaymentPageMemory } from './payment-page-memory.js';

/** What the handlers of one `createCheckoutHandlers` call share: its options with defaults, the client, its memory. */
export interface HandlerContext {
  options: CheckoutOptions;
  callApi: CallApi;
  logger: Pick<Console, 'warn'>;
  maxBodyBytes: number;
  gatewaysCacheMs: number;
  notificationWindowSeconds: number;
  browserFields: readonly string[];
  /** The API key as MultiSafepay's SDKs use it: trimmed (a key read from a file often ends with a newline). */
  apiKey: string;
  /** The payment page of each order created, for retries of its id. */
  paymentPages: PaymentPageMemory;
  /** order id -> last verified status */
  statuses: Map<string, string>;
}
