// The side-effect-free entry (`msp-checkout/msp-payment-status.js`): the return page's class, registered by nobody.
export * from './payment-status/msp-payment-status.js';
