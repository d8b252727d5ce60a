// Registers both elements: <msp-checkout> and <msp-payment-status>. Each script-tag file registers only its own
// (define-checkout.ts, define-payment-status.ts), so a return page does not load the checkout, nor the reverse.
import './define-checkout.js';
import './define-payment-status.js';
