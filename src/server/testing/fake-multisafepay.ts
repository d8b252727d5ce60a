// A fake MultiSafepay test environment on 127.0.0.1, for offline demos and for tests (yours and ours, in any
// language: ./fake-cli.ts starts it as a program, ./fake-control.ts lets a test drive it over HTTP).
// It behaves like the documented API for what msp-checkout and MultiSafepay's SDKs use: POST /orders (with its
// validation and error codes), GET /gateways and /gateways/{id}, GET /payment-methods and /payment-methods/{id} (with
// placeholder logos it serves itself), GET /orders/{id}, a payment page where a person or a test chooses pay / cancel
// / decline, the redirect back with ?transactionid=, and the notification by the order's `notification_method`: a
// correctly signed POST, or a GET (./fake-notifications.ts). Every answer has MultiSafepay's documented fields and
// types (./multisafepay-shapes.ts names the sources; test/conformance/ compares them with MultiSafepay's examples).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl, CONTROL_PREFIX } from './fake-control.js';
import { hasShoppingCartItems, needsShoppingCart } from '../../shared/order-requirements.js';
import { FAKE_GATEWAYS, type FakeGateway } from './fake-gateways.js';
import {
  sendNotification as send,
  type FakeNotificationRecord,
  type NotificationOptions,
} from './fake-notifications.js';
import { cartLines, type FakeOrder } from './fake-order.js';
import type { FakeChoice, FakeMultiSafepay, FakeRequestRecord } from './fake-types.js';
import {
  gatewayItem,
  MULTISAFEPAY_CURRENCIES,
  multisafepayTime,
  orderDetails,
  paymentMethodItem,
} from './multisafepay-shapes.js';
import { logoName, placeholderLogo, placeholderPng } from './placeholder-logos.js';
import { sendPaymentPage } from './payment-page.js';

const CURRENCIES = new Set(MULTISAFEPAY_CURRENCIES);
const MAX_BODY = 64 * 1024;

export interface FakeMultiSafepayOptions {
  apiKey?: string;
  host?: string;
  /** The port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** The gateways the account offers (default FAKE_GATEWAYS); of two with one id, the later one counts. */
  gateways?: FakeGateway[];
  /** `false` stops the fake from sending notifications itself (tests then call `sendNotification`). */
  notify?: boolean;
  /** Holds every API answer for that many milliseconds (change it later with `fake.delay = ms`). */
  delay?: number;
}

export type { FakeChoice, FakeMultiSafepay, FakeNotificationRecord, FakeRequestRecord, NotificationOptions };

/** Starts the fake. `baseUrl` is what you give the server module as `environment`. */
export async function startFakeMultiSafepay(options: FakeMultiSafepayOptions = {}): Promise<FakeMultiSafepay> {
  const apiKey = options.apiKey ?? 'fake-msp-test-key';
  const gateways = [...new Map((options.gateways ?? FAKE_GATEWAYS).map((gateway) => [gateway.id, gateway])).values()];
  const orders = new Map<string, FakeOrder>();
  const requests: FakeRequestRecord[] = [];
  const notifications: FakeNotificationRecord[] = [];
  const open = new Set<ServerResponse>();
  /** Answers waiting for release() while holdAnswers() is in force. */
  let held: (() => void)[] | undefined;

  const fake: FakeMultiSafepay = {
    apiKey,
    baseUrl: '',
    rootUrl: '',
    controlUrl: '',
    origin: '',
    orders,
    requests,
    notifications,
    delay: options.delay ?? 0,
    notify: options.notify ?? true,
    get orderCount() {
      return orders.size;
    },
    holdAnswers() {
      const waiting: (() => void)[] = [];
      held = waiting;
      return () => {
        if (held === waiting) held = undefined;
        for (const send of waiting.splice(0)) send();
      };
    },
    async choose(orderId, choice, { notify } = {}) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`fake MultiSafepay: no order ${orderId}`);
      return complete(order, choice, notify);
    },
    async sendNotification(orderId, options = {}) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`fake MultiSafepay: no order ${orderId}`);
      return notifyMerchant(order, options);
    },
    reset() {
      orders.clear();
      requests.length = 0;
      notifications.length = 0;
    },
    close() {
      held = undefined;
      for (const res of open) res.destroy();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };

  let nextTransactionId = 4_680_345;

  function orderData(order: FakeOrder) {
    const name = gateways.find((gateway) => gateway.id === order.gateway)?.name ?? order.gateway;
    return orderDetails(order, name);
  }

  function paymentUrl(order: FakeOrder) {
    const locale = typeof order.customer['locale'] === 'string' ? order.customer['locale'] : 'en_US';
    return `${fake.origin}/connect/${order.token}/?lang=${encodeURIComponent(locale)}`;
  }

  async function complete(order: FakeOrder, choice: string, notify = fake.notify) {
    const status = choice === 'pay' ? 'completed' : choice === 'decline' ? 'declined' : 'cancelled';
    order.status = status;
    order.modified = multisafepayTime();
    if (status === 'completed') order.completed = order.modified;
    const target = String(
      (status === 'completed' ? order.payment_options['redirect_url'] : order.payment_options['cancel_url']) ??
        order.payment_options['redirect_url'] ??
        '',
    );
    let location = '';
    if (target) {
      const url = new URL(target);
      url.searchParams.set('transactionid', order.order_id);
      location = url.href;
    }
    const notification = notify ? await notifyMerchant(order) : undefined;
    return { status, location, notification };
  }

  async function notifyMerchant(order: FakeOrder, options: NotificationOptions = {}) {
    const target = order.payment_options['notification_url'];
    if (typeof target !== 'string' || target === '') return undefined;
    const method = order.payment_options['notification_method'];
    return send(notifications, target, orderData(order), method, apiKey, options);
  }

  function json(res: ServerResponse, status: number, body: unknown) {
    const text = JSON.stringify(body);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(text);
    };
    const answer = () => {
      if (fake.delay > 0) {
        const timer = setTimeout(send, fake.delay);
        res.once('close', () => clearTimeout(timer));
      } else send();
    };
    if (held) held.push(answer);
    else answer();
  }

  function fail(res: ServerResponse, status: number, code: number, info: string) {
    json(res, status, { success: false, data: {}, error_code: code, error_info: info });
  }

  async function readBody(req: IncomingMessage) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY) throw new Error('too large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * POST /orders, with MultiSafepay's checks in its order: key, amount, currency, gateway, order id, description, and
   * a buy-now-pay-later order's cart.
   */
  function createOrder(res: ServerResponse, input: unknown) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(res, 400, 1000, 'Invalid request body');
    }
    const body = input as Record<string, unknown>;
    // "If not set, `redirect` is used" (orders/*.yaml); MultiSafepay's own examples leave it empty (amazon-pay.json).
    const type = body['type'] === undefined || body['type'] === '' ? 'redirect' : body['type'];
    if (!['redirect', 'direct', 'paymentlink'].includes(String(type))) return fail(res, 400, 1000, 'Invalid type');
    // The documented example sends "1000" as a string; the API accepts an integer or a string of digits.
    const rawAmount = body['amount'];
    const amount = typeof rawAmount === 'string' && /^\d+$/.test(rawAmount) ? Number(rawAmount) : rawAmount;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1) {
      return fail(res, 400, 1001, 'Invalid amount');
    }
    const currency = body['currency'];
    if (typeof currency !== 'string' || !CURRENCIES.has(currency)) return fail(res, 400, 1002, 'Invalid currency');
    const gatewayId = body['gateway'];
    if (gatewayId !== undefined && gatewayId !== '') {
      const gateway = gateways.find((item) => item.id === gatewayId);
      if (!gateway || !gateway.currencies.includes(currency)) {
        return fail(res, 400, 1023, 'Gateway not available for this order');
      }
    }
    const orderId = typeof body['order_id'] === 'number' ? String(body['order_id']) : body['order_id'];
    if (typeof orderId !== 'string' || orderId.trim() === '' || orderId.length > 50) {
      return fail(res, 400, 1006, 'Invalid transaction ID');
    }
    if (orders.has(orderId)) return fail(res, 400, 1006, 'Invalid transaction ID');
    const description = body['description'];
    if (typeof description !== 'string' || description === '' || description.length > 200) {
      return fail(res, 400, 1008, 'Invalid description');
    }
    // MultiSafepay requires a cart for every BNPL order (src/shared/order-requirements.ts) but documents no error
    // code for an order without one (MultiSafepay/docs api/general/error-reference.md lists none). The closest one
    // documented is 1016 "Missing data": "The request is missing required information." (error-reference.md:128-130).
    if (needsShoppingCart(gatewayId) && !hasShoppingCartItems(body['shopping_cart'])) {
      return fail(res, 400, 1016, `Missing data: ${String(gatewayId)} orders require a shopping_cart`);
    }
    const paymentOptions = body['payment_options'];
    const customer = body['customer'];
    const now = multisafepayTime();
    const variable = (name: string) => {
      const value = body[name];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
    };
    const order: FakeOrder = {
      order_id: orderId,
      // Like MultiSafepay's: letters and digits (82Az5nicWa3Xb3qsNuuYcAHshvO43HjUmyv).
      token: randomBytes(27).toString('base64url').replace(/[-_]/g, 'x'),
      transaction_id: nextTransactionId++,
      status: 'initialized',
      gateway: String(gatewayId ?? ''),
      amount,
      currency,
      description,
      payment_options: typeof paymentOptions === 'object' && paymentOptions !== null ? { ...paymentOptions } : {},
      customer: typeof customer === 'object' && customer !== null ? { ...customer } : {},
      var1: variable('var1'),
      var2: variable('var2'),
      var3: variable('var3'),
      cart: cartLines(body['shopping_cart']),
      items: typeof body['items'] === 'string' ? body['items'] : null,
      created: now,
      modified: now,
      completed: null,
    };
    orders.set(orderId, order);
    json(res, 200, {
      success: true,
      data: { order_id: orderId, payment_url: paymentUrl(order), session_id: order.token },
    });
  }

  function offered(query: URLSearchParams) {
    const country = query.get('country')?.toUpperCase();
    const currency = query.get('currency')?.toUpperCase();
    return gateways.filter(
      (gateway) =>
        (!country || gateway.countries.length === 0 || gateway.countries.includes(country)) &&
        (!currency || gateway.currencies.includes(currency)),
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', fake.origin);
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === CONTROL_PREFIX.slice(0, -1) || path.startsWith(CONTROL_PREFIX)) {
      return handleControl(fake, req, res, url, readBody);
    }

    const page = /^\/connect\/([\w-]+)\/?$/.exec(path);
    if (page) {
      const order = [...orders.values()].find((item) => item.token === page[1]);
      if (!order) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('Unknown payment');
      }
      if (method === 'POST') {
        const choice = new URLSearchParams(await readBody(req)).get('choice') ?? '';
        if (order.status !== 'initialized' || !['pay', 'cancel', 'decline'].includes(choice)) {
          return sendPaymentPage(res, order);
        }
        const { location } = await complete(order, choice);
        if (!location) return sendPaymentPage(res, order);
        res.writeHead(303, { Location: location });
        return res.end();
      }
      return sendPaymentPage(res, order);
    }

    // The logos at MultiSafepay's addresses and names (./placeholder-logos.ts): vector SVG, 2x and 3x PNG.
    const logo = /^\/img\/methods\/(?:(svg)\/([a-z0-9_-]+)\.svg|(2x|3x)\/([a-z0-9_-]+)\.png)$/.exec(path);
    const logoOf = logo && gateways.find((gateway) => logoName(gateway.id) === (logo[2] ?? logo[4]));
    if (logo && logoOf && (method === 'GET' || method === 'HEAD')) {
      const image = logo[1] ? placeholderLogo(logoOf.name) : placeholderPng(logoOf.name, logo[3] === '3x' ? 3 : 2);
      res.writeHead(200, {
        'Content-Type': logo[1] ? 'image/svg+xml' : 'image/png',
        'Cache-Control': 'max-age=3600',
      });
      return res.end(method === 'HEAD' ? undefined : image);
    }

    if (!path.startsWith('/v1/json/')) return fail(res, 404, 404, 'Not found');
    const route = path.slice('/v1/json'.length);
    // The key as an api_key header (MultiSafepay's PHP SDK), a query parameter, or Authorization: Bearer (the Python
    // SDK, src/multisafepay/client/client.py).
    const bearer = /^Bearer (.+)$/.exec(req.headers['authorization'] ?? '')?.[1];
    const givenKey = req.headers['api_key'] ?? bearer ?? url.searchParams.get('api_key');
    let body: unknown;
    if (method === 'POST') {
      try {
        const text = await readBody(req);
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        requests.push({ method, path: route, query: url.search });
        return fail(res, 400, 1000, 'Invalid JSON');
      }
    }
    requests.push({ method, path: route, query: url.search, body });
    if (givenKey !== apiKey) return fail(res, 401, 1032, 'Invalid API key');

    if (route === '/orders' && method === 'POST') return createOrder(res, body);
    const one = /^\/orders\/([^/]+)$/.exec(route);
    if (one && method === 'GET') {
      const order = orders.get(decodeURIComponent(one[1]!));
      if (!order) return fail(res, 404, 1006, 'Invalid transaction ID');
      return json(res, 200, { success: true, data: orderData(order) });
    }
    if (route === '/gateways' && method === 'GET') {
      return json(res, 200, { success: true, data: offered(url.searchParams).map(gatewayItem) });
    }
    if (route === '/payment-methods' && method === 'GET') {
      return json(res, 200, {
        success: true,
        data: offered(url.searchParams).map((gateway) => paymentMethodItem(gateway, fake.origin)),
      });
    }
    // One gateway or payment method by id, as the SDKs ask for it (php-sdk src/Api/GatewayManager.php:55,
    // PaymentMethodManager.php:88; python-sdk api/paths/gateways/gateway_manager.py:107,
    // payment_methods/payment_method_manager.py:131). The gateway id is "Not case sensitive"
    // (MultiSafepay/docs openapi/paths/gateways@{gateway_id}.yaml:7); an unknown one is 404 with 1023 (the same
    // file, :34-39, errors/Error1023.yaml), which php-sdk tests/Integration/Api/PaymentMethodManagerTest.php:105
    // expects of a payment method too. No case rule is documented for payment methods: the id must match.
    const byId = /^\/(gateways|payment-methods)\/([^/]+)$/.exec(route);
    if (byId && method === 'GET') {
      let id = '';
      try {
        id = decodeURIComponent(byId[2]!);
      } catch {
        // not an id any gateway has
      }
      const gateway =
        byId[1] === 'gateways'
          ? gateways.find((item) => item.id.toUpperCase() === id.toUpperCase())
          : gateways.find((item) => item.id === id);
      if (!gateway) return fail(res, 404, 1023, 'No gateway (payment method) available');
      return json(res, 200, {
        success: true,
        data: byId[1] === 'gateways' ? gatewayItem(gateway) : paymentMethodItem(gateway, fake.origin),
      });
    }
    return fail(res, 404, 404, 'Not found');
  }

  // Idle connections stay open a minute, as behind MultiSafepay's load balancers, not node:http's 5 s: with 5 s a
  // client's pooled connection could be closed by the fake just as the client reused it, on a loaded machine.
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    handle(req, res).catch(() => {
      if (!res.headersSent) fail(res, 500, 1000, 'Unknown error');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  fake.origin = `http://${host}:${address.port}`;
  fake.baseUrl = `${fake.origin}/v1/json`;
  fake.rootUrl = `${fake.origin}/v1/`;
  fake.controlUrl = `${fake.origin}${CONTROL_PREFIX}`;
  return fake;
}
