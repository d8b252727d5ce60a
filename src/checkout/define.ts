import { MspCheckout } from './msp-checkout.js';

// Guarded so that the script-tag file and the npm build can both be on one page, or one of them twice.
if (!customElements.get('msp-checkout')) {
  customElements.define('msp-checkout', MspCheckout);
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-checkout': MspCheckout;
  }
}
