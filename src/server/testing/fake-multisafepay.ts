// A fake MultiSafepay test environment on 127.0.0.1, for offline demos and for tests (yours and ours).
// It behaves like the documented API for what msp-checkout uses: POST /orders (with its validation and error
// codes), GET /gateways, GET /payment-methods (with placeholder logos it serves itself), GET /orders/{id}, a payment
// page where a person or a test chooses pay / cancel / decline, the redirect back with ?transactionid=, and a
// correctly signed POST notification. Every answer has MultiSafepay's documented fields and types
// (./multisafepay-shapes.ts names the sources; test/conformance/ compares them with MultiSafepay's examples).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signNotification } from '../signature.js';
import { FAKE_GATEWAYS, type FakeGateway } from './fake-gateways.js';
import type { FakeOrder } from './fake-order.js';
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
  gateways?: FakeGateway[];
  /** `false` stops the fake from sending notifications itself (tests then call `sendNotification`). */
  notify?: boolean;
  /** Holds every API answer for that many milliseconds (change it later with `fake.delay = ms`). */
  delay?: number;
}

/** A notification the fake sent, and how the merchant answered it (`status` undefined: no answer). */
export interface FakeNotificationRecord {
  url: string;
  status: number | undefined;
  body: string;
}

export interface FakeMultiSafepay {
  apiKey: string;
  /** The API base URL, like https://testapi.multisafepay.com/v1/json. */
  baseUrl: string;
  /** The origin of the payment pages (the `payment-origins` value for the element). */
  origin: string;
  orders: Map<string, FakeOrder>;
  requests: { method: string; path: string; query: string; body?: unknown }[];
  notifications: FakeNotificationRecord[];
  delay: number;
  notify: boolean;
  /** The number of orders created (POST /orders that succeeded). */
  readonly orderCount: number;
  /**
   * Holds every API answer (the request is read, recorded in `requests` and acted on, as MultiSafepay would) until
   * the returned `release()` is called: a slow MultiSafepay without timing, e.g. to see a request arrive, abort the
   * client, then let the answer go.
   */
  holdAnswers(): () => void;
  /**
   * What the payment page does when the shopper chooses: sets the status, sends the notification (awaited) and
   * returns where the shopper's browser is sent.
   */
  choose(
    orderId: string,
    choice: 'pay' | 'cancel' | 'decline',
  ): Promise<{ status: string; location: string; notification: FakeNotificationRecord | undefined }>;
  /**
   * Sends a signed notification for an order (again), as MultiSafepay's retries do. `overrides` make forged or
   * stale notifications.
   */
  sendNotification(
    orderId: string,
    overrides?: { timestamp?: string; key?: string; body?: string },
  ): Promise<FakeNotificationRecord | undefined>;
  /** Stops the server and drops its connections. */
  close(): Promise<void>;
}

type NotificationOverrides = { timestamp?: string; key?: string; body?: string };

/** Starts the fake. `baseUrl` is what you give the server module as `environment`. */
export async function startFakeMultiSafepay(options: FakeMultiSafepayOptions = {}): Promise<FakeMultiSafepay> {
  const apiKey = options.apiKey ?? 'fake-msp-test-key';
  const gateways = options.gateways ?? FAKE_GATEWAYS;
  const orders = new Map<string, FakeOrder>();
  const requests: FakeMultiSafepay['requests'] = [];
  const notifications: FakeNotificationRecord[] = [];
  const open = new Set<ServerResponse>();
  /** Answers waiting for release() while holdAnswers() is in force. */
  let held: (() => void)[] | undefined;

  const fake: FakeMultiSafepay = {
    apiKey,
    baseUrl: '',
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
    async choose(orderId, choice) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`fake MultiSafepay: no order ${orderId}`);
      return complete(order, choice);
    },
    async sendNotification(orderId, overrides = {}) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`fake MultiSafepay: no order ${orderId}`);
      return notifyMerchant(order, overrides);
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

  async function complete(order: FakeOrder, choice: string) {
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
    const notification = fake.notify ? await notifyMerchant(order) : undefined;
    return { status, location, notification };
  }

  async function notifyMerchant(order: FakeOrder, overrides: NotificationOverrides = {}) {
    const target = order.payment_options['notification_url'];
    if (typeof target !== 'string' || target === '') return undefined;
    const timestamp = overrides.timestamp ?? String(Math.floor(Date.now() / 1000));
    const signedBody = JSON.stringify(orderData(order));
    const body = overrides.body ?? signedBody;
    const url = new URL(target);
    url.searchParams.set('transactionid', order.order_id);
    url.searchParams.set('timestamp', timestamp);
    const record: FakeNotificationRecord = { url: url.href, status: undefined, body: '' };
    notifications.push(record);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Auth: signNotification(overrides.key ?? apiKey, timestamp, signedBody),
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
      record.status = response.status;
      record.body = await response.text();
    } catch {
      record.status = undefined; // MultiSafepay would retry later
    }
    return record;
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

  /** POST /orders, with MultiSafepay's checks in its order: key, amount, currency, gateway, order id, description. */
  function createOrder(res: ServerResponse, input: unknown) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(res, 400, 1000, 'Invalid request body');
    }
    const body = input as Record<string, unknown>;
    const type = body['type'] ?? 'redirect';
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
    const logo = /^\/img\/methods\/(?:(svg)\/([a-z0-9]+)\.svg|(2x|3x)\/([a-z0-9]+)\.png)$/.exec(path);
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
    return fail(res, 404, 404, 'Not found');
  }

  const server = createServer((req, res) => {
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
  return fake;
}
