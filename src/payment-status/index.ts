// `msp-checkout/payment-status`: the return page's entry. Registers <msp-payment-status> and offers its types, without
// the checkout.
import './define.js';

export { MspPaymentStatus } from './msp-payment-status.js';
export { CheckoutError, type CheckoutErrorCode } from '../internal/errors.js';
export { MspErrorEvent, MspStatusEvent, type MspStatusDetail } from '../internal/events.js';
export type { StatusStrings, StatusStringsOverride } from './strings.js';
