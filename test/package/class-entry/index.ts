// Type-checked by test/package/package.test.mjs against the packed package: an app that registers the elements itself
// from the side-effect-free entries, importing nothing else, still gets typed events (their global event map).
import { MspCheckout, MspPaymentStatus } from 'msp-checkout/msp-checkout.js';
import { MspPaymentStatus as StatusAlone } from 'msp-checkout/msp-payment-status.js';

customElements.define('shop-checkout', MspCheckout);
customElements.define('shop-status', MspPaymentStatus);
const checkout = new MspCheckout();
checkout.addEventListener('msp-select', (event) => console.log(event.detail.gateway satisfies string));
checkout.addEventListener('msp-error', (event) => console.log(event.detail.code satisfies string));
checkout.addEventListener('msp-redirect', (event) => console.log(event.detail.paymentUrl satisfies string));
// No gateway when the element has no list: MultiSafepay's page asks.
checkout.addEventListener('msp-submit', (event) => console.log(event.detail.gateway satisfies string | undefined));
const status = new StatusAlone();
status.addEventListener('msp-status', (event) => console.log(event.detail.final satisfies boolean));
