// A merchant backend for the server tests: msp-checkout/server's four handlers, imported from src/server/ (no build),
// and what the element sends them. The element's requests are handed to the handlers as `Request`s, as a framework
// does (Hono's `app.request`): no socket in between, so a test reads as what the handler answers. MultiSafepay (the
// fake, src/server/testing/) is outside the project and talks to the shop over real HTTP on 127.0.0.1 as in
// production: its notifications reach the shop's node:http listener (toNodeHandler), which is also what the few tests
// about the transport itself (client aborts, slow clients, streamed bodies) use, through `createOrderOverHttp`.
import { createHmac } from 'node:crypto';
import { createServer, type Server, type ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import {
  createCheckoutHandlers,
  toNodeHandler,
  type CheckoutHandlers,
  type CheckoutOptions,
  type NodeAdapterOptions,
  type StatusEvent,
} from '../../src/server/index.js';
import {
  startFakeMultiSafepay,
  type FakeMultiSafepay,
  type FakeMultiSafepayOptions,
} from '../../src/server/testing/index.js';

export const quiet = { warn: () => {} };

/** Where each handler is mounted, as the complete shop of docs/backend.md mounts them. */
export const ROUTES = {
  '/checkout/create-order': 'createOrder',
  '/checkout/gateways': 'listGateways',
  '/checkout/notification': 'notification',
  '/checkout/status': 'orderStatus',
} as const satisfies Record<string, keyof CheckoutHandlers>;

/** What a shop needs of MultiSafepay: the fake, or a stub that answers like it. */
export type MultiSafepayLike = Pick<FakeMultiSafepay, 'apiKey' | 'baseUrl'>;

export interface Shop {
  /** Where the shop listens on 127.0.0.1: MultiSafepay's notifications come here; the element's requests name it. */
  origin: string;
  handlers: CheckoutHandlers;
  /**
   * The return page's status request for `orderId`, with the status token its return URL carries (`token: null`: the
   * request of someone without it; a string: that token instead).
   */
  status(orderId: string, options?: { token?: string | null; headers?: Record<string, string> }): Promise<Response>;
  /** What `onStatus` heard. */
  statusEvents: StatusEvent[];
  /** The request for `path` (and its query) handed to the handler mounted there, without the network. */
  request(path: string, init?: RequestInit): Promise<Response>;
  server: Server;
  close(): Promise<void>;
}

/**
 * A merchant backend; `options` override the handlers' defaults, `server` are node:http's options (timeouts) and
 * `adapter` toNodeHandler's, for the listener that MultiSafepay and the over-HTTP tests reach.
 */
export async function startShop(
  fake: MultiSafepayLike,
  options: Partial<CheckoutOptions> = {},
  { server: serverOptions = {}, adapter = {} }: { server?: ServerOptions; adapter?: NodeAdapterOptions } = {},
): Promise<Shop> {
  const statusEvents: StatusEvent[] = [];
  let origin = '';
  const handlers = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    // The shop's own cart: the browser's amount is never used.
    resolveOrder: ({ body }) =>
      body['order_id'] === 'unknown-order'
        ? null
        : { amount: 2500, currency: 'EUR', description: `Order ${body['order_id'] ?? 'new'} at Test Shop` },
    paymentOptions: (order) => ({
      notification_url: `${origin}/checkout/notification`,
      redirect_url: `${origin}/checkout/return`,
      cancel_url: `${origin}/checkout/cancel?order=${order.order_id}`,
    }),
    onStatus: (event) => {
      statusEvents.push(event);
    },
    timeout: 2000,
    logger: quiet,
    ...options,
  });
  const secret = options.statusSecret ?? options.apiKey ?? fake.apiKey;
  const server = createServer(serverOptions, (req, res) => {
    const name = routeOf(new URL(req.url ?? '/', 'http://x').pathname);
    if (name) return toNodeHandler(handlers[name], adapter)(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request = (path: string, init?: RequestInit) => {
    const url = new URL(path, origin);
    const name = routeOf(url.pathname);
    if (!name) throw new Error(`no handler is mounted at ${url.pathname}`);
    return handlers[name](new Request(url, init));
  };
  return {
    origin,
    handlers,
    statusEvents,
    request,
    status(orderId, { token = statusToken(secret, orderId), headers = {} } = {}) {
      return request(statusPath(orderId, token), { headers });
    },
    server,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function routeOf(pathname: string): keyof CheckoutHandlers | undefined {
  return Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname as keyof typeof ROUTES] : undefined;
}

/**
 * The shopper's browser in these tests: its `msp_checkout` cookie, which the shop set on its first create-order
 * answer, goes with every request the element sends (a test of another browser sends another `Cookie`).
 */
export const BROWSER_COOKIE = 'msp_checkout=the-shoppers-browser01';
export const ELEMENT_HEADERS = { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Cookie: BROWSER_COOKIE };

/**
 * The status token of `orderId` as the shared contract defines it (/work/plan/proof.md, docs/backend-contract.md),
 * computed here on its own rather than by the code under test: base64url without padding of HMAC-SHA256 keyed with
 * the status secret over "msp-status:" + order id.
 */
export function statusToken(secret: string, orderId: string): string {
  return createHmac('sha256', secret).update(`msp-status:${orderId}`).digest('base64url');
}

/** The status endpoint's path and query for `orderId`, with `token` as `msp_token` (none when `null`). */
export function statusPath(orderId: string, token: string | null): string {
  const query = new URLSearchParams({ transactionid: orderId });
  if (token !== null) query.set('msp_token', token);
  return `/checkout/status?${query}`;
}
let sequence = 0;
export const nextId = () => `order-${process.pid}-${++sequence}`;

/** What the element sends (src/shared/order.ts), with `overrides` (a field set to `undefined` is left out). */
export function elementBody(overrides: Record<string, unknown> = {}) {
  return {
    type: 'redirect',
    gateway: 'DOTPAY',
    order_id: nextId(),
    currency: 'EUR',
    amount: 1000,
    description: 'Order at Example Shop',
    customer: { locale: 'en_US' },
    ...overrides,
  } as ElementBody;
}

/** The element's body as the tests read it back: `order_id` is the order's id. */
export type ElementBody = { order_id: string } & Record<string, unknown>;

/**
 * The shop's JSON answer as the element reads it (docs/backend-contract.md), flat for assertions: a success has
 * `data` (the order from create-order, the status from status) and no error fields; a failure has `data: {}`, the
 * error fields, and `error_source: 'shop'` when the shop's backend refused on its own.
 */
export interface Envelope {
  success: boolean;
  data: { order_id: string; payment_url: string; session_id?: string; status: string };
  error_code: number;
  error_info: string;
  error_source?: string;
}

/** An answer: its status and text, and `json`, which fails the test when the text is not JSON. */
export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  readonly json: Envelope;
}

/** Reads `response` into an Answer. */
export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let parsed: Envelope | undefined;
  try {
    parsed = JSON.parse(text) as Envelope;
  } catch {
    parsed = undefined;
  }
  return {
    status: response.status,
    text,
    headers: response.headers,
    get json() {
      if (parsed === undefined) throw new Error(`the answer is not JSON: ${text.slice(0, 200)}`);
      return parsed;
    },
  };
}

/** The element's create-order request for `shop`: its headers, then `headers`, then `init` over them. */
function createOrderInit(shop: Shop, body: unknown, headers: Record<string, string>, init: RequestInit): RequestInit {
  return {
    method: 'POST',
    headers: { ...ELEMENT_HEADERS, Origin: shop.origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  };
}

/** The element's create-order request, handed to the shop's createOrder handler. */
export async function createOrder(
  shop: Shop,
  body: unknown,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Promise<Answer> {
  return answerOf(await shop.request('/checkout/create-order', createOrderInit(shop, body, headers, init)));
}

/** The same request over HTTP to the shop's listener (node:http and toNodeHandler): for tests of the transport. */
export async function createOrderOverHttp(
  shop: Shop,
  body: unknown,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Promise<Answer> {
  return answerOf(await fetch(`${shop.origin}/checkout/create-order`, createOrderInit(shop, body, headers, init)));
}

/** What the shop sent MultiSafepay in `POST /orders`, as the fake recorded it. */
export interface SentOrder {
  type: string;
  gateway: string;
  order_id: string;
  amount: number;
  currency: string;
  description: string;
  customer?: { locale?: string; email?: string } & Record<string, unknown>;
  payment_options: Record<string, string>;
  [field: string]: unknown;
}

/** The body of a request the fake recorded, read as an order the shop sent (`undefined` for a GET). */
export const sentBody = (request: FakeMultiSafepay['requests'][number]) => request.body as SentOrder | undefined;

/** The body of the last request the fake recorded: the order the shop sent last. */
export function lastSent(fake: FakeMultiSafepay): SentOrder {
  const body = sentBody(fake.requests.at(-1)!);
  if (body === undefined) throw new Error('the last request to MultiSafepay had no body');
  return body;
}

/**
 * A fake MultiSafepay and a shop in front of it for one `describe` block: started in `before`, closed in `after`.
 * Read `.fake` and `.shop` inside the tests.
 */
export function useFakeAndShop(fakeOptions: FakeMultiSafepayOptions = {}, shopOptions: Partial<CheckoutOptions> = {}) {
  const context = {} as { fake: FakeMultiSafepay; shop: Shop };
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
