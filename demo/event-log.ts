import type { MspCheckout } from '../src/checkout/msp-checkout.js';

/** Shows every event the element fires, newest first, in the list `log` (the demo pages' visible event log). */
export function logEvents(checkout: MspCheckout, log: HTMLElement) {
  for (const type of ['msp-select', 'msp-submit', 'msp-redirect', 'msp-error'] as const) {
    checkout.addEventListener(type, (event) => {
      const item = document.createElement('li');
      const detail =
        event.detail instanceof Error ? { code: event.detail.code, message: event.detail.message } : event.detail;
      item.textContent = `${type} ${JSON.stringify(detail)}`;
      log.prepend(item);
    });
  }
}
