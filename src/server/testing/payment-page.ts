import type { ServerResponse } from 'node:http';
import { formatAmount } from '../../shared/money.js';
import type { FakeOrder } from './fake-order.js';

/** The amount as a shopper reads it (`€49.95`, `PLN 214.95`), as MultiSafepay's page shows it, never minor units. */
function price(order: FakeOrder): string {
  try {
    return formatAmount(order.amount, order.currency, 'en-US');
  } catch {
    return `${order.amount} ${order.currency}`; // a currency Intl does not know
  }
}

/** The fake's hosted payment page: the order, and Pay / Cancel / Decline while it is open. */
export function sendPaymentPage(res: ServerResponse, order: FakeOrder): void {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const done = order.status !== 'initialized';
  const buttons = ['pay', 'cancel', 'decline']
    .map((choice) => `<button name="choice" value="${choice}">${choice[0]!.toUpperCase()}${choice.slice(1)}</button>`)
    .join(' ');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Fake MultiSafepay</title>
<h1>Fake MultiSafepay test payment</h1>
<p>${escape(order.description)}: ${escape(price(order))} with ${escape(order.gateway || 'any method')}</p>
${done ? `<p>This order is ${escape(order.status)}.</p>` : `<form method="post">${buttons}</form>`}`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}
