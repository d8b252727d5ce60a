// The side-effect-free entry (`msp-checkout/msp-checkout.js`): both classes, registering neither, for an app that
// defines the elements under names of its own.
export { MspCheckout } from './checkout/msp-checkout.js';
export { MspPaymentStatus } from './payment-status/msp-payment-status.js';
// With the events' types, so that its `addEventListener('msp-error', ...)` knows `detail` (their global event map).
export type {
  MspErrorEvent,
  MspRedirectEvent,
  MspSelectEvent,
  MspStatusEvent,
  MspSubmitEvent,
} from './internal/events.js';
