export { FAKE_GATEWAYS, signNotification, startFakeMultiSafepay } from './fake-multisafepay.js';
