// A merchant backend (msp-checkout/server's four handlers on node:http, 127.0.0.1, a random port) and what the element
// sends it: shared by test/node/server.test.mjs and the server-side security suites. Needs `npm run build` first.
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import { createCheckoutHandlers, toNodeHandler } from '../../dist/server/index.js';
import { startFakeMultiSafepay } from '../../dist/server/testing/index.js';

export const quiet = { warn: () => {} };

/**
 * A merchant backend on a random port, with the four handlers mounted; `options` override the handlers' defaults,
 * `server` are node:http's options (timeouts), `adapter` toNodeHandler's.
 */
export async function startShop(fake, options = {}, { server: serverOptions = {}, adapter = {} } = {}) {
  const statusEvents = [];
  const shop = { origin: '', statusEvents };
  const handlers = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    // The shop's own cart: the browser's amount is never used.
    resolveOrder: ({ body }) =>
      body.order_id === 'unknown-order'
        ? null
        : { amount: 2500, currency: 'EUR', description: `Order ${body.order_id ?? 'new'} at Test Shop` },
    paymentOptions: (order) => ({
      notification_url: `${shop.origin}/checkout/notification`,
      redirect_url: `${shop.origin}/checkout/return`,
      cancel_url: `${shop.origin}/checkout/cancel?order=${order.order_id}`,
    }),
    onStatus: (event) => {
      statusEvents.push(event);
    },
    timeout: 2000,
    logger: quiet,
    ...options,
  });
  const routes = {
    '/checkout/create-order': handlers.createOrder,
    '/checkout/gateways': handlers.listGateways,
    '/checkout/notification': handlers.notification,
    '/checkout/status': handlers.orderStatus,
  };
  const server = createServer(serverOptions, (req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (route) return toNodeHandler(route, adapter)(req, res);
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  shop.origin = `http://127.0.0.1:${server.address().port}`;
  shop.handlers = handlers;
  shop.server = server;
  shop.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return shop;
}

export const ELEMENT_HEADERS = { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1' };
let sequence = 0;
export const nextId = () => `order-${process.pid}-${++sequence}`;

/** What the element sends. */
export function elementBody(overrides = {}) {
  return {
    type: 'redirect',
    gateway: 'DOTPAY',
    order_id: nextId(),
    currency: 'EUR',
    amount: 1000,
    description: 'Order at Example Shop',
    customer: { locale: 'en_US' },
    ...overrides,
  };
}

export async function createOrder(shop, body, headers = {}, init = {}) {
  const response = await fetch(`${shop.origin}/checkout/create-order`, {
    method: 'POST',
    headers: { ...ELEMENT_HEADERS, Origin: shop.origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

/**
 * A fake MultiSafepay and a shop in front of it for one `describe` block: started in `before`, closed in `after`.
 * Read `.fake` and `.shop` inside the tests.
 */
export function useFakeAndShop(fakeOptions = {}, shopOptions = {}) {
  const context = { fake: undefined, shop: undefined };
  before(async () => {
    context.fake = await startFakeMultiSafepay(fakeOptions);
    context.shop = await startShop(context.fake, shopOptions);
  });
  after(async () => {
    await context.shop?.close();
    await context.fake?.close();
  });
  return context;
}
