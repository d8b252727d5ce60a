// Registers both elements: <msp-checkout> and <msp-payment-status>. Each script-tag file registers only its own
// (checkout/define.ts, payment-status/define.ts), so a return page does not load the checkout, nor the reverse.
import './checkout/define.js';
import './payment-status/define.js';
