import './define.js';

export { MspCheckout } from './msp-checkout.js';
export { CheckoutError, type CheckoutErrorCode } from './errors.js';
export {
  MspErrorEvent,
  MspRedirectEvent,
  MspSelectEvent,
  MspSubmitEvent,
  type MspRedirectDetail,
  type MspSelectDetail,
} from './events.js';
export type { Gateway, GatewaysInput } from './gateways.js';
export type { OrderRequest } from './order.js';
export type { CheckoutStrings, StringsOverride } from './strings.js';
