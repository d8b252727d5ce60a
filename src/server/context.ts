import type { CallApi } from './multisafepay-client.js';
import type { CheckoutOptions } from './options.js';

/** What the handlers of one `createCheckoutHandlers` call share: its options with defaults, the client, its memory. */
export interface HandlerContext {
  options: CheckoutOptions;
  callApi: CallApi;
  logger: Pick<Console, 'warn'>;
  maxBodyBytes: number;
  gatewaysCacheMs: number;
  notificationWindowSeconds: number;
  browserFields: readonly string[];
  /** order id -> last verified status */
  statuses: Map<string, string>;
}
