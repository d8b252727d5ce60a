import type { CallApi } from './multisafepay-client.js';
import type { CheckoutOptions } from './options.js';
import type { CheckoutRecords } from './store/checkout-records.js';

/** What the handlers of one `createCheckoutHandlers` call share: its options with defaults, the client, the store. */
export interface HandlerContext {
  options: CheckoutOptions;
  /** The API key as MultiSafepay's SDKs use it: trimmed (a key read from a file often ends with a newline). */
  apiKey: string;
  callApi: CallApi;
  logger: Pick<Console, 'warn'>;
  maxBodyBytes: number;
  gatewaysCacheMs: number;
  notificationWindowSeconds: number;
  /** The browser's fields passed on beyond `customer.locale` (`var1`, `customer.email`). */
  browserFields: readonly string[];
  /** The gateways this shop accepts; `undefined`: any. */
  allowedGateways: ReadonlySet<string> | undefined;
  /** The key of the status tokens (`msp_token`). */
  statusSecret: string;
  /** What must be shared with every other instance: payment pages, reported notifications, statuses. */
  records: CheckoutRecords;
  statusCacheMs: number;
}
