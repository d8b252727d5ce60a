import { isGatewayId } from '../shared/gateway-input.js';
import type { HandlerContext } from './context.js';
import { createOrderHandler } from './handlers/create-order.js';
import { listGatewaysHandler } from './handlers/list-gateways.js';
import { notificationHandler } from './handlers/notification.js';
import { orderStatusHandler } from './handlers/order-status.js';
import { createMultiSafepayClient } from './multisafepay-client.js';
import type { CheckoutOptions, FetchHandler } from './options.js';
import { oneLineLogger } from './log-lines.js';
import { logRefusals } from './refusal-log.js';
import { checkoutRecords } from './store/checkout-records.js';
import { memoryStore } from './store/memory-store.js';

/** The four endpoints of the element's backend contract, as Fetch API handlers. */
export interface CheckoutHandlers {
  /** POST: creates the order, answers `{ success: true, data: { order_id, payment_url } }`. */
  createOrder: FetchHandler;
  /** GET: the payment methods for `?currency=&amount=&country=&locale=`. */
  listGateways: FetchHandler;
  /** POST (or GET): MultiSafepay's notification URL. */
  notification: FetchHandler;
  /** GET ?transactionid=&msp_token=: the status for the return page, to the order's shopper only. */
  orderStatus: FetchHandler;
}

/** Creates the handlers. Each is `(request: Request) => Promise<Response>`. */
export function createCheckoutHandlers(options: CheckoutOptions): CheckoutHandlers {
  if (!options || typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('msp-checkout/server: apiKey is required');
  }
  if (typeof options.resolveOrder !== 'function') {
    throw new TypeError('msp-checkout/server: resolveOrder is required (look the order up on your server)');
  }
  // Trimmed, as MultiSafepay's PHP SDK does everywhere (src/Sdk.php:63, src/Util/Notification.php:70) and its Python
  // SDK when it verifies a webhook (src/multisafepay/util/webhook.py:84; its requests send the key as given,
  // client/client.py:88): with a trailing newline, orders would still be created (HTTP strips header whitespace) but
  // every notification signature would be computed with the wrong key and refused.
  const apiKey = options.apiKey.trim();
  if (apiKey === '') throw new TypeError('msp-checkout/server: apiKey is required');
  if (options.statusSecret !== undefined && (typeof options.statusSecret !== 'string' || options.statusSecret === '')) {
    throw new TypeError('msp-checkout/server: statusSecret must be a non-empty string (or left out: the API key)');
  }
  const allowedGateways = options.allowedGateways;
  if (allowedGateways !== undefined && (!Array.isArray(allowedGateways) || !allowedGateways.every(isGatewayId))) {
    throw new TypeError('msp-checkout/server: allowedGateways must be a list of gateway ids such as ["IDEAL"]');
  }
  // Every line the handlers log is one line, whatever the request carried (./log-lines.ts).
  const logger = oneLineLogger(options.logger ?? console);
  const context: HandlerContext = {
    options,
    apiKey,
    callApi: createMultiSafepayClient({
      apiKey,
      environment: options.environment ?? 'test',
      timeout: options.timeout ?? 15_000,
      fetch: options.fetch ?? globalThis.fetch,
      logger,
    }),
    logger,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024,
    gatewaysCacheMs: options.gatewaysCacheMs ?? 5 * 60_000,
    notificationWindowSeconds: options.notificationWindowSeconds ?? 600,
    browserFields: options.browserFields ?? [],
    allowedGateways: allowedGateways === undefined ? undefined : new Set(allowedGateways),
    statusSecret: options.statusSecret ?? apiKey,
    records: checkoutRecords(options.store ?? memoryStore(), options.storeTimeout ?? 1000),
    statusCacheMs: options.statusCacheMs ?? 5000,
  };
  // The notification handler logs its own refusals (with the signature problem); the others are logged here.
  const logged = (handler: FetchHandler) => logRefusals(handler, logger, options.allowedOrigins);
  return {
    createOrder: logged(createOrderHandler(context)),
    listGateways: logged(listGatewaysHandler(context)),
    notification: notificationHandler(context),
    orderStatus: logged(orderStatusHandler(context)),
  };
}
