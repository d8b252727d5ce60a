// msp-checkout/server: the merchant side of <msp-checkout>, as Fetch API handlers ((Request) => Promise<Response>)
// usable from node:http (through toNodeHandler), Express, Hono, Next.js route handlers or a worker.
// The field rules are the element's own (dist/order.js, built by `npm run build` from src/order.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isCurrencyCode, isMinorAmount } from '../dist/money.js';
import { isRecord } from '../dist/guards.js';
import { orderFieldProblems } from '../dist/order.js';

export { signNotification } from './fake-multisafepay.js';

const ENVIRONMENTS = {
  test: 'https://testapi.multisafepay.com/v1/json',
  live: 'https://api.multisafepay.com/v1/json',
};

/**
 * @typedef {object} ResolvedOrder What the merchant's server knows about the order the shopper is paying.
 * @property {number} amount integer in minor units
 * @property {string} currency ISO 4217
 * @property {string} description plain text, at most 200 characters
 * @property {string} [order_id] the merchant's order id; defaults to the one the browser sent
 */

/**
 * @typedef {object} CheckoutOptions
 * @property {string} apiKey the MultiSafepay site API key (never logged, never sent to a browser)
 * @property {'test' | 'live' | string} [environment] `test` (default), `live`, or an API base URL (the fake's)
 * @property {(context: { body: Record<string, unknown>, request: Request }) =>
 *   ResolvedOrder | null | undefined | Promise<ResolvedOrder | null | undefined>} resolveOrder looks the order up on
 *   your server (from your session, your database); `null` refuses it with 404. The browser's numbers are ignored.
 * @property {Record<string, unknown> | ((order: ResolvedOrder & { order_id: string }) => Record<string, unknown>)}
 *   [paymentOptions] `notification_url`, `redirect_url`, `cancel_url` (and `close_window`)
 * @property {string[]} [allowedOrigins] origins allowed to create orders; default: the request's own host
 * @property {(event: { orderId: string, status: string, order: Record<string, unknown> }) => unknown}
 *   [onStatus] called at most once per order and status, after a verified notification
 * @property {(orderId: string) => unknown} [getStatus] the merchant's known status for the return page
 * @property {number} [timeout] milliseconds for each call to MultiSafepay (default 15000)
 * @property {number} [maxBodyBytes] largest request body accepted (default 16384)
 * @property {number} [gatewaysCacheMs] how long a gateway list is cached per filter set (default 300000)
 * @property {number} [notificationWindowSeconds] notification timestamps older than this are refused (default 600)
 * @property {string[]} [browserFields] fields of the browser's body passed on to MultiSafepay (default ["customer"])
 * @property {typeof fetch} [fetch]
 * @property {Pick<Console, 'warn'>} [logger]
 */

/**
 * An explicit demo `resolveOrder`: it trusts nobody's cart because it has none, and charges a fixed amount.
 * Do not use it in a shop: look the order up on your own server.
 * @param {ResolvedOrder} fixed
 */
export function demoResolveOrder(fixed = { amount: 4995, currency: 'EUR', description: 'Demo order (fixed amount)' }) {
  return () => ({ ...fixed });
}

/**
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * The element's failure shape, for failures that are ours rather than MultiSafepay's.
 * @param {number} status
 * @param {string} info
 * @param {Record<string, string>} [headers]
 */
function failure(status, info, headers) {
  return json(status, { success: false, data: {}, error_code: status, error_info: info }, headers);
}

class BodyError extends Error {
  /** @param {number} status */
  constructor(status, message = 'Request body too large') {
    super(message);
    this.status = status;
  }
}

/**
 * Reads a body as text, refusing more than `limit` bytes without reading them all.
 * @param {Request} request
 * @param {number} limit
 */
async function readText(request, limit) {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new BodyError(413);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyError(413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** In-memory state is bounded: past this many entries the oldest are forgotten. */
const MEMORY_LIMIT = 10_000;

/**
 * @template K, V
 * @param {Map<K, V>} map
 * @param {K} key
 * @param {V} value
 */
function remember(map, key, value) {
  map.delete(key);
  map.set(key, value);
  while (map.size > MEMORY_LIMIT) map.delete(/** @type {K} */ (map.keys().next().value));
}

/**
 * Creates the handlers. Each is `(request: Request) => Promise<Response>`.
 * @param {CheckoutOptions} options
 */
export function createCheckoutHandlers(options) {
  if (!options || typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('msp-checkout/server: apiKey is required');
  }
  if (typeof options.resolveOrder !== 'function') {
    throw new TypeError('msp-checkout/server: resolveOrder is required (look the order up on your server)');
  }
  const apiKey = options.apiKey;
  const environment = options.environment ?? 'test';
  const known = environment === 'test' || environment === 'live' ? ENVIRONMENTS[environment] : environment;
  const baseUrl = String(known).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl))
    throw new TypeError('msp-checkout/server: environment must be test, live or a URL');
  const timeout = options.timeout ?? 15_000;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const cacheMs = options.gatewaysCacheMs ?? 5 * 60_000;
  const windowSeconds = options.notificationWindowSeconds ?? 600;
  const browserFields = options.browserFields ?? ['customer'];
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const logger = options.logger ?? console;

  /** Orders created, by order id: a retry gets the same payment page instead of a second order. */
  /** @type {Map<string, Promise<{ status: number, body: any }>>} */
  const created = new Map();
  /** @type {Map<string, { expires: number, body: unknown }>} */
  const gatewayCache = new Map();
  /** @type {Map<string, string>} order id -> last verified status */
  const statuses = new Map();
  /** @type {Set<string>} "order id\nstatus" pairs already given to onStatus */
  const reported = new Set();

  /**
   * Calls MultiSafepay; every outcome is `{ status, body }` in MultiSafepay's shape (502/504 for ours).
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   */
  async function callApi(method, path, body) {
    let response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers: {
          api_key: apiKey,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
        redirect: 'error',
      });
    } catch (error) {
      const name = /** @type {Error} */ (error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        logger.warn(`msp-checkout/server: ${method} ${path} timed out after ${timeout} ms`);
        return { status: 504, body: upstreamFailure(504, 'MultiSafepay did not answer in time') };
      }
      logger.warn(`msp-checkout/server: ${method} ${path} failed: ${/** @type {Error} */ (error)?.message}`);
      return { status: 502, body: upstreamFailure(502, 'MultiSafepay could not be reached') };
    }
    let parsed;
    try {
      parsed = JSON.parse(await response.text());
    } catch (error) {
      const name = /** @type {Error} */ (error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        return { status: 504, body: upstreamFailure(504, 'MultiSafepay did not answer in time') };
      }
      return { status: 502, body: upstreamFailure(502, 'MultiSafepay answered with something other than JSON') };
    }
    if (!isRecord(parsed) || typeof parsed.success !== 'boolean') {
      return { status: 502, body: upstreamFailure(502, 'MultiSafepay answered in an unexpected shape') };
    }
    if (parsed.success === false) {
      const code = Number.isInteger(parsed.error_code) ? parsed.error_code : 1000;
      const info = typeof parsed.error_info === 'string' ? parsed.error_info : 'Unknown error';
      return { status: response.status, body: { success: false, data: {}, error_code: code, error_info: info } };
    }
    return { status: 200, body: parsed };
  }

  /**
   * @param {number} code
   * @param {string} info
   */
  function upstreamFailure(code, info) {
    return { success: false, data: {}, error_code: code, error_info: info };
  }

  /**
   * The cross-site checks: a form or a fetch from another site cannot pass all of them.
   * @param {Request} request
   */
  function crossSiteProblem(request) {
    if (request.headers.get('x-msp-checkout') !== '1') return 'The X-MSP-Checkout header is missing';
    if (request.headers.get('sec-fetch-site') === 'cross-site') return 'Cross-site requests are refused';
    const origin = request.headers.get('origin');
    if (origin !== null) {
      if (options.allowedOrigins) {
        if (!options.allowedOrigins.includes(origin)) return 'This origin may not create orders';
      } else {
        let host = '';
        try {
          host = new URL(origin).host;
        } catch {
          return 'This origin may not create orders';
        }
        if (host !== new URL(request.url).host) return 'This origin may not create orders';
      }
    }
    return undefined;
  }

  /** @param {Request} request */
  async function createOrder(request) {
    // Everything a page on another site could send is refused with 403, as the contract says, before any work.
    if (request.method !== 'POST') return failure(403, 'Use POST', { Allow: 'POST' });
    const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (contentType !== 'application/json') return failure(403, 'The body must be application/json');
    const refused = crossSiteProblem(request);
    if (refused) return failure(403, refused);

    let body;
    try {
      body = JSON.parse(await readText(request, maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyError) return failure(error.status, error.message);
      return failure(400, 'The body is not valid JSON');
    }
    if (!isRecord(body)) return failure(400, 'The body must be a JSON object');
    if (body.type !== undefined && body.type !== 'redirect') return failure(400, 'type must be "redirect"');
    const problems = orderFieldProblems(body);
    if (problems.length > 0) return failure(400, problems.join('; '));

    let resolved;
    try {
      resolved = await options.resolveOrder({ body, request });
    } catch (error) {
      logger.warn(`msp-checkout/server: resolveOrder failed: ${/** @type {Error} */ (error)?.message}`);
      return failure(500, 'The order could not be looked up');
    }
    if (!resolved) return failure(404, 'Unknown order');
    const orderId = resolved.order_id ?? body.order_id;
    const order = {
      order_id: orderId,
      currency: resolved.currency,
      amount: resolved.amount,
      description: resolved.description,
    };
    const serverProblems = orderFieldProblems({ ...order, gateway: body.gateway });
    if (orderId === undefined) serverProblems.push('order_id is missing');
    if (!isMinorAmount(order.amount)) serverProblems.push('amount is missing');
    if (!isCurrencyCode(order.currency)) serverProblems.push('currency is missing');
    if (typeof order.description !== 'string' || order.description === '')
      serverProblems.push('description is missing');
    if (serverProblems.length > 0) {
      logger.warn(`msp-checkout/server: resolveOrder returned an invalid order: ${serverProblems.join('; ')}`);
      return failure(500, 'The order could not be looked up');
    }

    const id = /** @type {string} */ (orderId);
    const extra = Object.fromEntries(
      browserFields
        .filter((field) => isRecord(body[field]) || typeof body[field] === 'string')
        .map((f) => [f, body[f]]),
    );
    const paymentOptions =
      typeof options.paymentOptions === 'function'
        ? options.paymentOptions({ ...resolved, order_id: id })
        : (options.paymentOptions ?? {});
    const upstream = {
      ...extra,
      type: 'redirect',
      gateway: body.gateway,
      ...order,
      order_id: id,
      payment_options: { notification_method: 'POST', ...paymentOptions },
    };

    // The same order, gateway and amount again (a double click, a retry after a timeout): the same payment page.
    const key = [id, upstream.gateway, upstream.amount, upstream.currency].join('\n');
    const previous = created.get(key);
    if (previous) {
      const earlier = await previous;
      if (earlier.status === 200) return json(200, earlier.body);
    }
    const attempt = createUpstream(id, upstream);
    remember(created, key, attempt);
    const result = await attempt;
    if (result.status !== 200 && created.get(key) === attempt) created.delete(key);
    return json(result.status, result.body);
  }

  /**
   * POST /orders; after a timeout the order may exist at MultiSafepay, which then refuses the retry with 1006:
   * an order still open there is given back instead of a second one.
   * @param {string} id
   * @param {Record<string, unknown>} upstream
   */
  async function createUpstream(id, upstream) {
    const result = await callApi('POST', '/orders', upstream);
    if (result.status === 200) {
      if (!statuses.has(id)) remember(statuses, id, 'initialized');
      const data = isRecord(result.body.data) ? result.body.data : {};
      return { status: 200, body: { success: true, data } };
    }
    if (result.body.error_code === 1006) {
      const existing = await callApi('GET', `/orders/${encodeURIComponent(id)}`);
      const data = existing.status === 200 && isRecord(existing.body.data) ? existing.body.data : undefined;
      if (
        data &&
        data.status === 'initialized' &&
        data.amount === upstream.amount &&
        data.currency === upstream.currency &&
        (!isRecord(data.payment_details) || data.payment_details.type === upstream.gateway) &&
        typeof data.payment_url === 'string'
      ) {
        return { status: 200, body: { success: true, data: { order_id: id, payment_url: data.payment_url } } };
      }
    }
    return result;
  }

  /** @param {Request} request */
  async function listGateways(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const url = new URL(request.url);
    const query = new URLSearchParams();
    const currency = url.searchParams.get('currency');
    const amount = url.searchParams.get('amount');
    const country = url.searchParams.get('country');
    const locale = url.searchParams.get('locale');
    if (currency) {
      if (!isCurrencyCode(currency)) return failure(400, 'currency must be an ISO 4217 code');
      query.set('currency', currency);
    }
    if (amount) {
      if (!/^\d{1,15}$/.test(amount) || !isMinorAmount(Number(amount))) return failure(400, 'invalid amount');
      query.set('amount', amount);
    }
    if (country) {
      if (!/^[A-Za-z]{2}$/.test(country)) return failure(400, 'country must be an ISO 3166 alpha-2 code');
      query.set('country', country.toUpperCase());
    }
    if (locale) {
      if (!/^[a-z]{2}_[A-Z]{2}$/.test(locale)) return failure(400, 'locale must look like en_US');
      query.set('locale', locale);
    }
    query.sort();
    const key = query.toString();
    const cached = gatewayCache.get(key);
    if (cached && cached.expires > Date.now()) return json(200, cached.body, { 'X-Cache': 'hit' });
    const result = await callApi('GET', `/payment-methods${key ? `?${key}` : ''}`);
    if (result.status !== 200) return json(result.status, result.body);
    const data = Array.isArray(result.body.data) ? result.body.data : [];
    const answer = { success: true, data };
    remember(gatewayCache, key, { expires: Date.now() + cacheMs, body: answer });
    return json(200, answer, { 'X-Cache': 'miss' });
  }

  /**
   * Checks the Auth header; returns a reason when the notification must be refused.
   * @param {string | null} auth
   * @param {string} rawBody
   */
  function authProblem(auth, rawBody) {
    if (!auth) return 'missing Auth header';
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return 'malformed Auth header';
    const timestamp = decoded.slice(0, colon);
    const signature = decoded.slice(colon + 1);
    let seconds = Number(timestamp);
    if (!Number.isFinite(seconds)) return 'malformed timestamp';
    if (seconds > 1e12) seconds /= 1000; // milliseconds
    if (Math.abs(Date.now() / 1000 - seconds) > windowSeconds) return 'stale timestamp';
    const expected = createHmac('sha512', apiKey).update(`${timestamp}:${rawBody}`).digest();
    const given = /^[0-9a-f]+$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad signature';
    return undefined;
  }

  /** @param {Request} request */
  async function notification(request) {
    if (request.method !== 'POST' && request.method !== 'GET') return failure(405, 'Use POST', { Allow: 'POST, GET' });
    const url = new URL(request.url);
    let rawBody = '';
    try {
      rawBody = request.method === 'POST' ? await readText(request, 1024 * 1024) : '';
    } catch (error) {
      return error instanceof BodyError ? failure(error.status, error.message) : failure(400, 'Unreadable body');
    }
    if (request.method === 'POST') {
      const problem = authProblem(request.headers.get('auth'), rawBody);
      if (problem) {
        logger.warn(`msp-checkout/server: notification refused: ${problem}`);
        return failure(403, 'Notification refused');
      }
    }
    // With notification_method GET nothing is signed, but nothing is trusted either: the status is fetched.
    let orderId = url.searchParams.get('transactionid');
    if (!orderId && rawBody) {
      try {
        const parsed = JSON.parse(rawBody);
        if (isRecord(parsed) && typeof parsed.order_id === 'string') orderId = parsed.order_id;
      } catch {
        // the query parameter is the documented place
      }
    }
    if (!orderId || orderFieldProblems({ order_id: orderId }, { partial: true }).length > 0) {
      return failure(400, 'transactionid is missing or invalid');
    }
    const result = await callApi('GET', `/orders/${encodeURIComponent(orderId)}`);
    if (result.status !== 200 || !isRecord(result.body.data))
      return json(result.status === 200 ? 502 : result.status, result.body);
    const order = result.body.data;
    const status = typeof order.status === 'string' ? order.status : 'unknown';
    remember(statuses, orderId, status);
    const key = `${orderId}\n${status}`;
    if (!reported.has(key) && options.onStatus) {
      reported.add(key);
      if (reported.size > MEMORY_LIMIT) reported.delete(/** @type {string} */ (reported.values().next().value));
      try {
        await options.onStatus({ orderId, status, order });
      } catch (error) {
        reported.delete(key); // MultiSafepay retries; so will we
        logger.warn(`msp-checkout/server: onStatus failed: ${/** @type {Error} */ (error)?.message}`);
        return failure(500, 'Notification not processed');
      }
    }
    return new Response('OK', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }

  /** @param {Request} request */
  async function orderStatus(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const orderId = new URL(request.url).searchParams.get('transactionid');
    if (!orderId || orderFieldProblems({ order_id: orderId }, { partial: true }).length > 0) {
      return failure(400, 'transactionid is missing or invalid');
    }
    const known = options.getStatus ? await options.getStatus(orderId) : statuses.get(orderId);
    if (known === undefined || known === null) return failure(404, 'Unknown order');
    return json(200, { success: true, data: { order_id: orderId, status: known } });
  }

  return { createOrder, listGateways, notification, orderStatus };
}

/**
 * Adapts a Fetch API handler to node:http's (req, res). `origin` is your public origin (https://shop.example)
 * when a proxy terminates TLS; by default the Host header over http. `bodyTimeout` (ms, default 10000) bounds the
 * reading of a request body: a client that trickles it (slow loris) gets 408 and its connection is closed.
 * @param {(request: Request) => Promise<Response>} handler
 * @param {{ origin?: string, bodyTimeout?: number }} [adapterOptions]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function toNodeHandler(handler, adapterOptions = {}) {
  const bodyTimeout = adapterOptions.bodyTimeout ?? 10_000;
  return async (req, res) => {
    try {
      const base = adapterOptions.origin ?? `http://${req.headers.host ?? 'localhost'}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const request = new Request(new URL(req.url ?? '/', base), {
        method,
        headers,
        body: hasBody ? /** @type {any} */ (readableFrom(req, bodyTimeout)) : undefined,
        // @ts-expect-error Node's fetch needs this for a streamed body
        duplex: 'half',
      });
      const response = await handler(request);
      const body = Buffer.from(await response.arrayBuffer());
      // A body still arriving (too large, too slow) is not read to its end: answer, then close the connection.
      const unread = hasBody && !req.complete;
      res.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        ...(unread ? { Connection: 'close' } : {}),
      });
      res.end(body, () => {
        if (unread && !req.complete) req.socket.destroy();
      });
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ success: false, data: {}, error_code: 500, error_info: 'Internal error' }));
    }
  };
}

/**
 * A web ReadableStream over a Node request, read lazily so a body over the limit is not buffered; after a cancel the
 * rest is drained so the answer (413) still reaches the client. A body not complete within `timeout` ms errors the
 * stream with a 408 BodyError.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} timeout
 */
function readableFrom(req, timeout) {
  /** @type {(chunk: Buffer) => void} */
  let onData = () => {};
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  return new ReadableStream({
    start(controller) {
      onData = (chunk) => {
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      timer = setTimeout(() => {
        req.off('data', onData);
        controller.error(new BodyError(408, 'The request body was not received in time'));
      }, timeout);
      const stop = () => clearTimeout(timer);
      req.on('data', onData);
      req.once('end', () => {
        stop();
        controller.close();
      });
      req.once('error', (error) => {
        stop();
        controller.error(error);
      });
      req.once('close', stop);
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      clearTimeout(timer);
      req.off('data', onData);
      req.removeAllListeners('end');
      req.resume();
    },
  });
}
