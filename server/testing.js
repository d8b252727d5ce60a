// msp-checkout/server/testing: the fake MultiSafepay, for merchants' own tests and offline demos.
export { FAKE_GATEWAYS, signNotification, startFakeMultiSafepay } from './fake-multisafepay.js';
