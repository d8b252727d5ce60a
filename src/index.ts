// `import 'msp-checkout'`: registers <msp-checkout> only, so that an app pays for the checkout alone. The return page
// has an entry of its own (`msp-checkout/payment-status`); `msp-checkout/define.js` registers both.
import './checkout/define.js';

export { MspCheckout } from './checkout/msp-checkout.js';
// Not registered here; a page that shows it imports `msp-checkout/payment-status`.
export { MspPaymentStatus } from './payment-status/msp-payment-status.js';
export { CheckoutError, type CheckoutErrorCode } from './internal/errors.js';
export {
  MspErrorEvent,
  MspRedirectEvent,
  MspSelectEvent,
  MspStatusEvent,
  MspSubmitEvent,
  type MspRedirectDetail,
  type MspSelectDetail,
  type MspStatusDetail,
} from './internal/events.js';
export type { Gateway, GatewaysInput } from './shared/gateway-input.js';
export type { OrderRequest } from './shared/order.js';
export type { CheckoutStrings, StringsOverride } from './checkout/strings.js';
export type { StatusStrings, StatusStringsOverride } from './payment-status/strings.js';
