// The shopper's way back from the payment page: <msp-payment-status> from its script-tag file (return.html), in
// the language the shopper chose on the shop page (the demo's language switcher keeps it for this tab). This runs
// before the script-tag file defines the element: what is set here is there from its first request on.
import { DEMO_LOCALE_KEY } from './demo-locale.js';

const status = document.querySelector('msp-payment-status')!;
status.locale = sessionStorage.getItem(DEMO_LOCALE_KEY) ?? 'en_US';
// Demo control: ?scenario=down makes the status endpoint answer 503 once per order, to show the retry.
const scenario = new URLSearchParams(location.search).get('scenario');
if (scenario === 'down') status.endpoint = '/api/status?scenario=down';
// Demo control: ?pending-timeout=<ms> to see what a shopper reads when the payment stays pending.
const pendingTimeout = Number(new URLSearchParams(location.search).get('pending-timeout'));
if (pendingTimeout > 0) status.pendingTimeout = pendingTimeout;

const log = document.getElementById('events')!;
for (const type of ['msp-status', 'msp-error'] as const) {
  status.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail instanceof Error ? { code: event.detail.code } : event.detail;
    item.textContent = `${type} ${JSON.stringify(detail)}`;
    log.prepend(item);
  });
}
