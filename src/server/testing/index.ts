// msp-checkout/server/testing: the fake MultiSafepay, for merchants' own tests and offline demos, and the
// conformance kit that checks a shop's backend in any language against it.
export { FAKE_GATEWAYS, type FakeGateway } from './fake-gateways.js';
export {
  startFakeMultiSafepay,
  type FakeChoice,
  type FakeMultiSafepay,
  type FakeMultiSafepayOptions,
  type FakeNotificationRecord,
  type FakeRequestRecord,
  type NotificationOptions,
} from './fake-multisafepay.js';
export type { FakeCartLine, FakeOrder } from './fake-order.js';
export { signNotification } from '../signature.js';
export {
  CHECKS,
  ConformanceSetupError,
  DEFAULT_PATHS,
  kitEnvironment,
  runConformance,
  UNKNOWN_ORDER_ANSWER,
  type CheckResult,
  type ConformanceOptions,
  type ConformanceReport,
  type ShopPaths,
} from './conformance/run.js';
