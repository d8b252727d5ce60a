import { MspPaymentStatus } from './msp-payment-status.js';

// Guarded so that the script-tag file and the npm build can both be on one page, or one of them twice.
if (!customElements.get('msp-payment-status')) {
  customElements.define('msp-payment-status', MspPaymentStatus);
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-payment-status': MspPaymentStatus;
  }
}
