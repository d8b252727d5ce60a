import type { ServerResponse } from 'node:http';
import { formatAmount } from '../../shared/money.js';
import type { FakeCartLine, FakeOrder } from './fake-order.js';

/** The amount as a shopper reads it (`€49.95`, `PLN 214.95`), as MultiSafepay's page shows it, never minor units. */
function price(order: FakeOrder): string {
  try {
    return formatAmount(order.amount, order.currency, 'en-US');
  } catch {
    return `${order.amount} ${order.currency}`; // a currency Intl does not know
  }
}

/** A cart line's unit price, which MultiSafepay takes in decimals of the order's currency (UnitPrice.yaml). */
function unitPrice(line: FakeCartLine, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(line.unit_price);
  } catch {
    return `${line.unit_price} ${currency}`;
  }
}

/** Text from the order as HTML text: nothing a shop or a shopper sent is ever markup on this page. */
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The cart's lines, as MultiSafepay's payment page lists them beside the payment methods. */
function renderCart(order: FakeOrder): string {
  if (order.cart.length === 0) return '';
  const rows = order.cart
    .map(
      (line) =>
        `<tr><td>${escape(line.name)}</td><td>${escape(String(line.quantity))}</td><td>${escape(unitPrice(line, order.currency))}</td></tr>`,
    )
    .join('\n');
  return `<table><caption>Your order</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Quantity</th><th scope="col">Unit price (excl. VAT)</th></tr></thead>
<tbody>
${rows}
</tbody></table>\n`;
}

/** The fake's hosted payment page: the order, its cart, and Pay / Cancel / Decline while it is open. */
export function sendPaymentPage(res: ServerResponse, order: FakeOrder): void {
  const done = order.status !== 'initialized';
  const buttons = ['pay', 'cancel', 'decline']
    .map((choice) => `<button name="choice" value="${choice}">${choice[0]!.toUpperCase()}${choice.slice(1)}</button>`)
    .join(' ');
  // MultiSafepay renders `items` as HTML (Items.yaml); a fake that did would run whatever a test or a shopper put in.
  const items = order.items ? `<p>${escape(order.items)}</p>\n` : '';
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Fake MultiSafepay</title>
<h1>Fake MultiSafepay test payment</h1>
<p>${escape(order.description)}: ${escape(price(order))} with ${escape(order.gateway || 'any method')}</p>
${renderCart(order)}${items}${done ? `<p>This order is ${escape(order.status)}.</p>` : `<form method="post">${buttons}</form>`}`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}
