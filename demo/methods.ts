import { logEvents } from './event-log.js';

// The bike shop: its cart, tax and shopper are on the server (demo/server/demo-backend.ts), so the page only says
// where the payment pages may be and gives the order an id.
const checkout = document.querySelector('msp-checkout')!;
const config = (await (await fetch('/api/config')).json()) as { mode: string; paymentOrigins: string };
checkout.paymentOrigins = config.paymentOrigins;
checkout.orderId = `de-spaak-${Date.now().toString(36)}`;
document.querySelector('.mode')!.textContent = `Demo · ${config.mode}`;
logEvents(checkout, document.getElementById('events')!);
