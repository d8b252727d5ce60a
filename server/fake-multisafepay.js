// A fake MultiSafepay test environment on 127.0.0.1, for offline demos and for tests (yours and ours).
// It behaves like the documented API for what msp-checkout uses: POST /orders (with its validation and error
// codes), GET /gateways, GET /payment-methods, GET /orders/{id}, a payment page where a person or a test chooses
// pay / cancel / decline, the redirect back with ?transactionid=, and a correctly signed POST notification.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

/** The gateways the fake offers, with MultiSafepay's documented constraints. */
export const FAKE_GATEWAYS = [
  { id: 'IDEAL', name: 'iDEAL', countries: ['NL'], currencies: ['EUR'] },
  { id: 'DOTPAY', name: 'Dotpay', countries: ['PL'], currencies: ['EUR', 'PLN'] },
  { id: 'ALIPAY', name: 'Alipay', countries: [], currencies: ['EUR', 'USD'] },
  { id: 'ALIPAYPLUS', name: 'Alipay+', countries: [], currencies: ['EUR', 'USD'] },
  { id: 'MISTERCASH', name: 'Bancontact', countries: ['BE'], currencies: ['EUR'] },
  { id: 'TRUSTLY', name: 'Trustly', countries: [], currencies: ['EUR', 'GBP', 'SEK'] },
  { id: 'MBWAY', name: 'MB WAY', countries: ['PT'], currencies: ['EUR'] },
  { id: 'EPS', name: 'EPS', countries: ['AT'], currencies: ['EUR'] },
];

const CURRENCIES = new Set(['EUR', 'USD', 'GBP', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'CHF', 'JPY', 'CNY', 'AUD', 'CAD']);
const MAX_BODY = 64 * 1024;

/**
 * The `Auth` header MultiSafepay sends with a notification: base64 of `timestamp:signature`, where signature is
 * the hex HMAC-SHA512 keyed with the API key over `timestamp + ":" + raw body`.
 * @param {string} apiKey
 * @param {string} timestamp
 * @param {string} rawBody
 */
export function signNotification(apiKey, timestamp, rawBody) {
  const signature = createHmac('sha512', apiKey).update(`${timestamp}:${rawBody}`).digest('hex');
  return Buffer.from(`${timestamp}:${signature}`).toString('base64');
}

/**
 * @typedef {object} FakeOrder
 * @property {string} order_id
 * @property {string} token
 * @property {string} status
 * @property {string} gateway
 * @property {number} amount
 * @property {string} currency
 * @property {string} description
 * @property {Record<string, unknown>} payment_options
 * @property {Record<string, unknown>} customer
 * @property {string} created
 * @property {string} modified
 */

/**
 * Starts the fake. `baseUrl` is what you give the server module as `environment`.
 * @param {{ apiKey?: string, host?: string, port?: number, gateways?: typeof FAKE_GATEWAYS,
 *   notify?: boolean, delay?: number }} [options]
 *   `notify: false` stops the fake from sending notifications itself (tests then call `sendNotification`);
 *   `delay` holds every API answer for that many milliseconds (change it later with `fake.delay = ms`).
 */
export async function startFakeMultiSafepay(options = {}) {
  const apiKey = options.apiKey ?? 'fake-msp-test-key';
  const gateways = options.gateways ?? FAKE_GATEWAYS;
  /** @type {Map<string, FakeOrder>} */
  const orders = new Map();
  /** @type {{ method: string, path: string, query: string, body?: unknown }[]} */
  const requests = [];
  /** @type {{ url: string, status: number | undefined, body: string }[]} */
  const notifications = [];
  /** @type {Set<import('node:http').ServerResponse>} */
  const open = new Set();

  const fake = {
    apiKey,
    /** The API base URL, like https://testapi.multisafepay.com/v1/json. */
    baseUrl: '',
    /** The origin of the payment pages (the `payment-origins` value for the element). */
    origin: '',
    orders,
    requests,
    notifications,
    delay: options.delay ?? 0,
    notify: options.notify ?? true,
    /** The number of orders created (POST /orders that succeeded). */
    get orderCount() {
      return orders.size;
    },
    /**
     * What the payment page does when the shopper chooses: sets the status, sends the notification (awaited) and
     * returns where the shopper's browser is sent.
     * @param {string} orderId
     * @param {'pay' | 'cancel' | 'decline'} choice
     */
    async choose(orderId, choice) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`fake MultiSafepay: no order ${orderId}`);
      return complete(order, choice);
    },
    /**
     * Sends a signed notification for an order (again), as MultiSafepay's retries do.
     * @param {string} orderId
     * @param {{ timestamp?: string, key?: string, body?: string }} [overrides] for forged or stale notifications
     */
    async sendNotification(orderId, overrides = {}) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`fake MultiSafepay: no order ${orderId}`);
      return notifyMerchant(order, overrides);
    },
    /** Stops the server and drops its connections. @returns {Promise<void>} */
    close() {
      for (const res of open) res.destroy();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };

  /** @param {FakeOrder} order */
  function orderData(order) {
    return {
      transaction_id: order.token.slice(0, 10),
      order_id: order.order_id,
      status: order.status,
      financial_status: order.status,
      amount: order.amount,
      currency: order.currency,
      description: order.description,
      created: order.created,
      modified: order.modified,
      customer: order.customer,
      payment_details: { type: order.gateway },
      payment_url: paymentUrl(order),
    };
  }

  /** @param {FakeOrder} order */
  function paymentUrl(order) {
    const locale = typeof order.customer['locale'] === 'string' ? order.customer['locale'] : 'en_US';
    return `${fake.origin}/connect/${order.token}/?lang=${encodeURIComponent(locale)}`;
  }

  /**
   * @param {FakeOrder} order
   * @param {string} choice
   */
  async function complete(order, choice) {
    const status = choice === 'pay' ? 'completed' : choice === 'decline' ? 'declined' : 'cancelled';
    order.status = status;
    order.modified = new Date().toISOString();
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

  /**
   * @param {FakeOrder} order
   * @param {{ timestamp?: string, key?: string, body?: string }} [overrides]
   */
  async function notifyMerchant(order, overrides = {}) {
    const target = order.payment_options['notification_url'];
    if (typeof target !== 'string' || target === '') return undefined;
    const timestamp = overrides.timestamp ?? String(Math.floor(Date.now() / 1000));
    const signedBody = JSON.stringify(orderData(order));
    const body = overrides.body ?? signedBody;
    const url = new URL(target);
    url.searchParams.set('transactionid', order.order_id);
    url.searchParams.set('timestamp', timestamp);
    const record = { url: url.href, status: /** @type {number | undefined} */ (undefined), body: '' };
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

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} body
   */
  function json(res, status, body) {
    const text = JSON.stringify(body);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(text);
    };
    if (fake.delay > 0) {
      const timer = setTimeout(send, fake.delay);
      res.once('close', () => clearTimeout(timer));
    } else send();
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {number} code
   * @param {string} info
   */
  function fail(res, status, code, info) {
    json(res, status, { success: false, data: {}, error_code: code, error_info: info });
  }

  /** @param {import('node:http').IncomingMessage} req */
  async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY) throw new Error('too large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * POST /orders, with MultiSafepay's checks in its order: key, amount, currency, gateway, order id, description.
   * @param {import('node:http').ServerResponse} res
   * @param {unknown} input
   */
  function createOrder(res, input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(res, 400, 1000, 'Invalid request body');
    }
    const body = /** @type {Record<string, unknown>} */ (input);
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
    const options = body['payment_options'];
    const customer = body['customer'];
    const now = new Date().toISOString();
    /** @type {FakeOrder} */
    const order = {
      order_id: orderId,
      token: randomBytes(24).toString('base64url'),
      status: 'initialized',
      gateway: String(gatewayId ?? ''),
      amount,
      currency,
      description,
      payment_options: typeof options === 'object' && options !== null ? { ...options } : {},
      customer: typeof customer === 'object' && customer !== null ? { ...customer } : {},
      created: now,
      modified: now,
    };
    orders.set(orderId, order);
    json(res, 200, { success: true, data: { order_id: orderId, payment_url: paymentUrl(order) } });
  }

  /** @param {URLSearchParams} query */
  function offered(query) {
    const country = query.get('country')?.toUpperCase();
    const currency = query.get('currency')?.toUpperCase();
    return gateways.filter(
      (gateway) =>
        (!country || gateway.countries.length === 0 || gateway.countries.includes(country)) &&
        (!currency || gateway.currencies.includes(currency)),
    );
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {FakeOrder} order
   */
  function paymentPage(res, order) {
    const escape = (/** @type {string} */ text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    const done = order.status !== 'initialized';
    const buttons = ['pay', 'cancel', 'decline']
      .map((choice) => `<button name="choice" value="${choice}">${choice[0].toUpperCase()}${choice.slice(1)}</button>`)
      .join(' ');
    const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Fake MultiSafepay</title>
<h1>Fake MultiSafepay test payment</h1>
<p>${escape(order.description)}: ${order.amount} ${escape(order.currency)} with ${escape(order.gateway || 'any method')}</p>
${done ? `<p>This order is ${escape(order.status)}.</p>` : `<form method="post">${buttons}</form>`}`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
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
          return paymentPage(res, order);
        }
        const { location } = await complete(order, choice);
        if (!location) return paymentPage(res, order);
        res.writeHead(303, { Location: location });
        return res.end();
      }
      return paymentPage(res, order);
    }

    if (!path.startsWith('/v1/json/')) return fail(res, 404, 404, 'Not found');
    const route = path.slice('/v1/json'.length);
    const givenKey = req.headers['api_key'] ?? url.searchParams.get('api_key');
    let body;
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
      const order = orders.get(decodeURIComponent(one[1]));
      if (!order) return fail(res, 404, 1006, 'Invalid transaction ID');
      return json(res, 200, { success: true, data: orderData(order) });
    }
    if (route === '/gateways' && method === 'GET') {
      return json(res, 200, {
        success: true,
        data: offered(url.searchParams).map((gateway) => ({ id: gateway.id, description: gateway.name })),
      });
    }
    if (route === '/payment-methods' && method === 'GET') {
      return json(res, 200, {
        success: true,
        data: offered(url.searchParams).map((gateway) => ({
          id: gateway.id,
          name: gateway.name,
          type: 'payment-method',
          allowed_amount: { min: 1, max: null },
          allowed_countries: gateway.countries,
          allowed_currencies: gateway.currencies,
          preferred_countries: gateway.countries,
        })),
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
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  fake.origin = `http://${host}:${address.port}`;
  fake.baseUrl = `${fake.origin}/v1/json`;
  return fake;
}
