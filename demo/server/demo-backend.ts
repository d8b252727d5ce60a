import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
// The project's own source (Vite bundles this config with what it imports): no build needed for the demo backend.
import { createCheckoutHandlers, toNodeHandler, type ResolvedOrder } from '../../src/server/index.js';
import { FAKE_GATEWAYS, startFakeMultiSafepay } from '../../src/server/testing/index.js';

/** The Trailhead shop's one product, priced on the server in each currency the demo sells in. */
export const TRAILHEAD = 'Trailhead Outfitters: canvas backpack';

/**
 * The demo shops' carts and their prices in minor units per currency: the pages show these numbers (the script-tag
 * shop reads them from /api/config), and the orders charge them, so the cart, the Pay button and the payment page say
 * the same. A real shop looks the order up in its session or database; the demo has no sessions, so the cart is known
 * by its description and the shopper's currency, never by the browser's amount.
 */
const CARTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  [TRAILHEAD]: { EUR: 4995, PLN: 21495, USD: 5495 },
  'Maison Vos: wollen jas, zijden sjaal': { EUR: 36800 },
  'voltix.pl: słuchawki NX-700, ładowarka GaN 65 W': { PLN: 74800 },
  '茗香茶庄: 西湖龙井, 紫砂壶': { CNY: 64800 },
};

/** The bike shop's cart, whose methods (cards, wallets, Klarna, in3) need it line by line: what demo/methods.html shows. */
export const DE_SPAAK = 'Fietsenwinkel De Spaak: helm, slot, verlichting';

/** Its lines at prices excluding VAT, in cents; `msp-shipping` is MultiSafepay's id for the shipping line. */
const DE_SPAAK_LINES = [
  { sku: 'helm-urban', name: 'Fietshelm Urban', quantity: 1, price: 4950 },
  { sku: 'slot-110', name: 'Kettingslot 110 cm', quantity: 1, price: 3300 },
  { sku: 'led-set', name: 'LED-verlichtingsset', quantity: 2, price: 1650 },
  { sku: 'msp-shipping', name: 'Verzending', quantity: 1, price: 495 },
];
const VAT = 0.21;

/** The cart's total with VAT, in cents: 14574 (€145.74). */
export const DE_SPAAK_TOTAL = Math.round(
  DE_SPAAK_LINES.reduce((sum, line) => sum + line.price * line.quantity, 0) * (1 + VAT),
);

/** The demo's shopper, as a real shop has them from its checkout form. */
const SHOPPER = {
  first_name: 'Sanne',
  last_name: 'de Vries',
  address1: 'Kraanspoor',
  house_number: '39',
  zip_code: '1033SC',
  city: 'Amsterdam',
  country: 'NL',
  email: 'sanne@example.com',
};

/**
 * The bike shop's order: buy now, pay later needs the cart (refused without), the tax table its lines name, the
 * shopper and the delivery address; cards and PayPal take the country from the customer (docs/backend.md).
 */
function deSpaakOrder(): ResolvedOrder {
  return {
    amount: DE_SPAAK_TOTAL,
    currency: 'EUR',
    description: DE_SPAAK,
    customer: { ...SHOPPER, phone: '0612345678' },
    delivery: SHOPPER,
    shopping_cart: {
      items: DE_SPAAK_LINES.map((line) => ({
        name: line.name,
        unit_price: line.price / 100,
        quantity: line.quantity,
        merchant_item_id: line.sku,
        tax_table_selector: 'VAT21',
      })),
    },
    checkout_options: {
      tax_tables: {
        default: { shipping_taxed: true, rate: VAT },
        alternate: [{ name: 'VAT21', standalone: true, rules: [{ rate: VAT }] }],
      },
    },
    gateway_info: { birthday: '1985-04-12', phone: '0612345678', email: SHOPPER.email },
  };
}

function resolveDemoOrder({ body }: { body: Record<string, unknown> }): ResolvedOrder | null {
  if (body['description'] === DE_SPAAK) return deSpaakOrder();
  const description = typeof body['description'] === 'string' ? body['description'] : TRAILHEAD;
  const prices = CARTS[description] ?? CARTS[TRAILHEAD]!;
  const currency = typeof body['currency'] === 'string' && body['currency'] in prices ? body['currency'] : undefined;
  const [first] = Object.keys(prices);
  const chosen = currency ?? first!;
  return { amount: prices[chosen]!, currency: chosen, description: CARTS[description] ? description : TRAILHEAD };
}

/**
 * The demo shop's backend, in a Vite plugin: the project's own reference server (`msp-checkout/server`) talking to
 * the embedded fake MultiSafepay, or to MultiSafepay's test/live API when MSP_API_KEY is set. Demo controls can
 * make the create-order endpoint fail on purpose (`?scenario=`), to show the element's error states.
 */
export function demoBackend(): Plugin {
  return {
    name: 'msp-checkout-demo-backend',
    async configureServer(server) {
      const realKey = process.env['MSP_API_KEY'];
      // The methods the demo's shops offer, in their order (demo/themes.html adds WeChat Pay and bank transfer), of
      // every one the fake knows, as a real account offers some. The bike shop (demo/methods.html) names its own:
      // cards, wallets and buy now, pay later, which the other shops' gateway list leaves out (they have no cart).
      const offered = 'IDEAL DOTPAY ALIPAY ALIPAYPLUS MISTERCASH TRUSTLY MBWAY EPS WECHAT BANKTRANS'.split(' ');
      const bikeShop = 'CREDITCARD VISA MASTERCARD APPLEPAY GOOGLEPAY PAYPAL KLARNA IN3'.split(' ');
      const gateways = [...offered, ...bikeShop].flatMap((id) => FAKE_GATEWAYS.filter((gateway) => gateway.id === id));
      const fake = realKey ? undefined : await startFakeMultiSafepay({ gateways });
      server.httpServer?.once('close', () => void fake?.close());
      const mode = fake ? 'offline, fake MultiSafepay' : `MultiSafepay ${process.env['MSP_ENV'] ?? 'test'} API`;
      let shopOrigin = 'http://127.0.0.1:5173';
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address() as AddressInfo;
        shopOrigin = `http://127.0.0.1:${address.port}`;
        server.config.logger.info(`  demo backend: ${mode}`);
      });
      const checkout = createCheckoutHandlers({
        apiKey: realKey ?? fake!.apiKey,
        environment: fake?.baseUrl ?? process.env['MSP_ENV'] ?? 'test',
        resolveOrder: resolveDemoOrder,
        browserFields: ['var1'], // the single-page app's orderFields.var1 reaches MultiSafepay
        paymentOptions: () => ({
          notification_url: `${shopOrigin}/api/notification`,
          redirect_url: `${shopOrigin}/demo/return.html`,
          cancel_url: `${shopOrigin}/demo/return.html?cancelled=1`,
        }),
      });
      const paymentOrigins = [fake?.origin, 'https://payv2.multisafepay.com', 'https://testpayv2.multisafepay.com']
        .filter(Boolean)
        .join(' ');
      const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => unknown> = {
        '/api/orders': withScenario(toNodeHandler(checkout.createOrder)),
        '/api/gateways': withHang(toNodeHandler(onlyGateways(checkout.listGateways, offered))),
        '/api/notification': toNodeHandler(checkout.notification),
        '/api/status': withStatusDown(toNodeHandler(checkout.orderStatus)),
        '/api/config': (_req, res) => json(res, 200, { mode, paymentOrigins, prices: CARTS[TRAILHEAD] }),
      };
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
        if (path === '/') return redirect(res, '/demo/');
        const route = routes[path];
        if (route) return void route(req, res);
        // The script-tag files and the checkout's parts loaded on demand, byte for byte, as a shop serves them: the
        // checkout runs a part only if it matches the hash it carries, and Vite would rewrite them all on the way
        // (source maps, and an import statement for an import() of a computed URL, which a classic script cannot have).
        const part = /^\/dist\/(msp-checkout\.(?:min|pay-request|gateway-list)\.js|msp-payment-status\.min\.js)$/.exec(
          path,
        );
        if (part) {
          return void readFile(`${server.config.root}/dist/${part[1]}`).then(
            (body) => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body),
            () => res.writeHead(404).end(),
          );
        }
        next();
      });
    },
  };
}

/**
 * The gateway list as the script-tag, single-page and themes shops show it: the account's methods less those only the
 * bike shop can pay with (buy now, pay later needs a cart those shops do not send).
 */
function onlyGateways(handler: (request: Request) => Promise<Response>, ids: readonly string[]) {
  return async (request: Request): Promise<Response> => {
    const response = await handler(request);
    if (!response.ok) return response;
    const body = (await response.json()) as { data?: unknown };
    if (Array.isArray(body.data)) {
      body.data = body.data.filter(
        (item: unknown) =>
          typeof item === 'object' && item !== null && ids.includes(String((item as { id?: unknown }).id)),
      );
    }
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(body), { status: response.status, headers });
  };
}

/**
 * The return page's failure switch (`?scenario=down`): the status endpoint answers 503 to the first request for each
 * order, as a shop restarting would, and normally after that: the return page shows the error, and its retry works.
 */
function withStatusDown(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const failedOnce = new Set<string>();
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const orderId = url.searchParams.get('transactionid') ?? '';
    if (url.searchParams.get('scenario') === 'down' && !failedOnce.has(orderId)) {
      failedOnce.add(orderId);
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '1' });
      return void res.end('<!doctype html><h1>503 Service Unavailable</h1>');
    }
    return handler(req, res);
  };
}

/** The demo's failure switch, in front of the real handler. */
function withScenario(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const scenario = new URL(req.url ?? '/', 'http://demo.invalid').searchParams.get('scenario') ?? 'normal';
    if (scenario === 'down') return void req.socket.destroy();
    if (scenario === 'hang') return hang(req, res);
    if (scenario === 'slow') await new Promise((resolve) => setTimeout(resolve, 3000));
    if (scenario === 'html') {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      return void res.end('<!doctype html><h1>500 Internal Server Error</h1>');
    }
    if (scenario === 'msp-error') {
      return json(res, 401, { success: false, data: {}, error_code: 1032, error_info: 'Invalid API key' });
    }
    return handler(req, res);
  };
}

/** For the states page: a list request that never answers (until the client leaves, or 10 minutes pass). */
function withHang(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  return (req: IncomingMessage, res: ServerResponse) =>
    new URL(req.url ?? '/', 'http://demo.invalid').searchParams.has('hang') ? hang(req, res) : handler(req, res);
}

function hang(req: IncomingMessage, res: ServerResponse) {
  const timer = setTimeout(() => res.destroy(), 600_000);
  req.socket.once('close', () => clearTimeout(timer));
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { Location: location });
  res.end();
}
