import { logEvents } from './event-log.js';

// Wires the demo controls to the element. The offline fake payment page runs on this server, so its origin
// is allowed next to MultiSafepay's own.
const checkout = document.querySelector('msp-checkout')!;

// The backend says where its payment pages are (the fake's loopback origin offline) and which mode it runs in.
const config = (await (await fetch('/api/config')).json()) as {
  mode: string;
  paymentOrigins: string;
  /** The backpack's price in minor units per currency: what the backend charges. */
  prices: Record<string, number>;
};
checkout.paymentOrigins = config.paymentOrigins;
// A real shop renders its own order id into the page; the demo makes one per visit.
checkout.orderId = `trailhead-${Date.now().toString(36)}`;
document.querySelector('.mode')!.textContent = `Demo · ${config.mode}`;

const select = (id: string) => document.getElementById(id) as HTMLSelectElement;

/** One price everywhere: the cart, the element's Pay button and the order are the backend's price in that currency. */
function showPrice() {
  const currency = select('currency').value;
  const amount = config.prices[currency]!;
  checkout.currency = currency;
  checkout.amount = amount;
  const format = new Intl.NumberFormat(select('locale').value.replace('_', '-'), { style: 'currency', currency });
  for (const cell of document.querySelectorAll('[data-price]')) cell.textContent = format.format(amount / 100);
}
showPrice();

select('locale').addEventListener('change', (event) => {
  checkout.locale = (event.target as HTMLSelectElement).value;
  showPrice();
});
select('currency').addEventListener('change', showPrice);
select('country').addEventListener('change', (event) => {
  checkout.country = (event.target as HTMLSelectElement).value || undefined;
});
select('scenario').addEventListener('change', (event) => {
  checkout.endpoint = `/api/orders?scenario=${(event.target as HTMLSelectElement).value}`;
});

logEvents(checkout, document.getElementById('events')!);
