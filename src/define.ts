import { MspCheckout } from './msp-checkout.js';

export const TAG_NAME = 'msp-checkout';

// Guarded so that the script-tag file and the npm build can both be on one page, or one of them twice.
if (!customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, MspCheckout);
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-checkout': MspCheckout;
  }
}
