// The Node reference backend: msp-checkout/server's four handlers on node:http, the shop of docs/backend.md with
// the conformance kit's two additions (MSP_CHECKOUT_CONFORMANCE=1: its `kit-` orders and the fulfilment hook).
// Run: MSP_API_KEY=<key> node examples/node/shop.mjs (after npm run build), or let the kit start it:
//   npx msp-checkout-conformance --start "node examples/node/shop.mjs"
import { createServer } from 'node:http';
import { createCheckoutHandlers, toNodeHandler } from 'msp-checkout/server';

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '127.0.0.1';
// Your public origin exactly as the shopper's address bar shows it: orders from any other origin are refused (403).
const SHOP = process.env.SHOP_ORIGIN ?? `http://${HOST}:${PORT}`;
const CONFORMANCE = process.env.MSP_CHECKOUT_CONFORMANCE === '1';

// Your orders and prices (your database): the amount the browser sends is never used.
const orders = new Map([['order-1234', { amount: 1000, currency: 'EUR', description: 'Order 1234 at Example Shop' }]]);
// What the shop did on each verified status (here: a list; in a shop, shipping the order on 'completed').
const fulfilments = [];

const checkout = createCheckoutHandlers({
  apiKey: process.env.MSP_API_KEY, // a server secret: never sent to the browser, never logged
  environment: process.env.MSP_API_URL ?? process.env.MSP_ENV ?? 'test', // 'test', 'live', or the fake's baseUrl
  allowedOrigins: [SHOP],
  resolveOrder: ({ body }) => {
    const id = String(body.order_id ?? '');
    // The kit's orders, in conformance mode only: each at 10.00 EUR (docs/backend-contract.md: Checking a backend).
    if (CONFORMANCE && /^kit-[\w-]+$/.test(id)) return { amount: 1000, currency: 'EUR', description: `Order ${id}` };
    return orders.get(id) ?? null;
  },
  paymentOptions: {
    notification_url: `${SHOP}/checkout/notification`, // MultiSafepay's webhook; notification_method is POST
    redirect_url: `${SHOP}/return`,
    cancel_url: `${SHOP}/cancel`,
  },
  // Verified notifications only, once per order and status: 'completed' is where you ship the order.
  onStatus: ({ orderId, status }) => {
    fulfilments.push({ order_id: orderId, status });
  },
  logger: process.env.MSP_QUIET === '1' ? { warn: () => {} } : console,
});

const routes = {
  '/checkout/create-order': checkout.createOrder,
  '/checkout/gateways': checkout.listGateways,
  '/checkout/notification': checkout.notification,
  '/checkout/status': checkout.orderStatus,
};

createServer({ headersTimeout: 10_000, requestTimeout: 30_000 }, (req, res) => {
  const { pathname } = new URL(req.url, SHOP);
  const handler = routes[pathname];
  if (handler) return toNodeHandler(handler, { origin: SHOP })(req, res);
  // The kit's fulfilment hook: what onStatus heard. Test mode only: it tells anyone which orders were paid.
  if (CONFORMANCE && pathname === '/checkout/test/fulfilments') {
    return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ fulfilments }));
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}).listen(PORT, HOST, () => console.log(`Shop on ${SHOP}/`));
