// msp-checkout/server/testing: the fake MultiSafepay, for merchants' own tests and offline demos.
export { FAKE_GATEWAYS, type FakeGateway } from './fake-gateways.js';
export {
  startFakeMultiSafepay,
  type FakeMultiSafepay,
  type FakeMultiSafepayOptions,
  type FakeNotificationRecord,
} from './fake-multisafepay.js';
export type { FakeOrder } from './fake-order.js';
export { signNotification } from '../signature.js';
