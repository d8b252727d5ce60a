// msp-checkout/server: the merchant side of <msp-checkout>, as Fetch API handlers ((Request) => Promise<Response>)
// usable from node:http (through toNodeHandler), Express, Hono, Next.js route handlers or a worker.
// The field rules are the element's own (src/shared/order.ts): one module for both sides.
export { createCheckoutHandlers, type CheckoutHandlers } from './create-checkout-handlers.js';
export { toNodeHandler, type NodeAdapterOptions, type NodeHandler } from './node-adapter.js';
export {
  demoResolveOrder,
  type CheckoutOptions,
  type FetchHandler,
  type ResolvedOrder,
  type StatusEvent,
} from './options.js';
export type {
  MultiSafepayCartItem,
  MultiSafepayCheckoutOptions,
  MultiSafepayCustomer,
  MultiSafepayCustomInfo,
  MultiSafepayDelivery,
  MultiSafepayGatewayInfo,
  MultiSafepayGoogleAnalytics,
  MultiSafepayOrderFields,
  MultiSafepayPlugin,
  MultiSafepayRecurringModel,
  MultiSafepaySecondChance,
  MultiSafepayShoppingCart,
  MultiSafepayTaxRule,
  MultiSafepayTaxTable,
} from './multisafepay-order.js';
export { PAYMENT_PAGE_UNKNOWN } from './handlers/create-order/post-order.js';
export { signNotification, verifyNotification } from './signature.js';
export { statusToken } from './shopper-proof.js';
export {
  memoryStore,
  redisStore,
  type CheckoutStore,
  type MemoryStoreOptions,
  type RedisClientLike,
  type RedisStoreOptions,
} from './store/index.js';
