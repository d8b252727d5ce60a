import './define.js';

export { MspCheckout } from './msp-checkout.js';
export { MspPaymentStatus } from './msp-payment-status.js';
export { CheckoutError, type CheckoutErrorCode } from './errors.js';
export {
  MspErrorEvent,
  MspRedirectEvent,
  MspSelectEvent,
  MspStatusEvent,
  MspSubmitEvent,
  type MspRedirectDetail,
  type MspSelectDetail,
  type MspStatusDetail,
} from './events.js';
export type { Gateway, GatewaysInput } from './gateway-input.js';
export type { OrderRequest } from './order.js';
export type { CheckoutStrings, StringsOverride } from './checkout-strings.js';
export type { StatusStrings, StatusStringsOverride } from './status-strings.js';
