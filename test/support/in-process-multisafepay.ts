// A MultiSafepay that answers inside the test process, through the handlers' `fetch` option: no socket, so that the
// volume suites (tens of thousands of orders, notifications and probes) measure the handlers and their store rather
// than the loopback, and count every call MultiSafepay would have been billed for. It answers the four calls the
// handlers make (POST /orders, GET /orders/{id}, GET /payment-methods, GET /gateways) in MultiSafepay's shapes, as the
// fake does (src/server/testing/multisafepay-shapes.ts names the sources); anything else is the fake's business.
import { FAKE_GATEWAYS } from '../../src/server/testing/fake-gateways.js';
import { paymentMethodItem } from '../../src/server/testing/multisafepay-shapes.js';
import { statusToken } from './shop.js';

/** A payment method of `GET /payment-methods` in MultiSafepay's shape, with the fields the handlers read typed. */
export type StubMethod = Omit<ReturnType<typeof paymentMethodItem>, 'allowed_amount'> & {
  allowed_amount: { min: number; max: number | null };
};

/**
 * The fake's gateways as MultiSafepay lists them (every documented field: a list weighs what MultiSafepay's does),
 * with amount bounds of their own, in minor units, `max: null` for none.
 */
export const STUB_METHODS: StubMethod[] = FAKE_GATEWAYS.map((gateway, i) => ({
  ...paymentMethodItem(gateway, 'https://media.multisafepay.invalid'),
  allowed_amount: [
    { min: 1, max: 5_000_000 },
    { min: 100, max: 1_000_000 },
    { min: 1, max: null },
    { min: 1000, max: 10_000_000 },
  ][i % 4]!,
}));

export interface StubOrder {
  order_id: string;
  status: string;
  amount: number;
  currency: string;
  gateway: string;
  payment_options: Record<string, string>;
}

export interface InProcessMultiSafepay {
  apiKey: string;
  baseUrl: string;
  /** The handlers' `fetch` option. */
  fetch: typeof fetch;
  orders: Map<string, StubOrder>;
  /** Calls by `METHOD /route` (`GET /orders/{id}`), and in all. */
  calls: Map<string, number>;
  readonly callCount: number;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const failure = (status: number, code: number, info: string) =>
  json(status, { success: false, data: {}, error_code: code, error_info: info });

/** Starts nothing: the returned `fetch` is MultiSafepay. `methods` is what `GET /payment-methods` lists. */
export function inProcessMultiSafepay({ methods = STUB_METHODS } = {}): InProcessMultiSafepay {
  const apiKey = 'in-process-key';
  const baseUrl = 'https://api.multisafepay.invalid/v1/json';
  const orders = new Map<string, StubOrder>();
  const calls = new Map<string, number>();
  let total = 0;
  const count = (route: string) => {
    total += 1;
    calls.set(route, (calls.get(route) ?? 0) + 1);
  };

  const stubFetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const route = url.pathname.slice('/v1/json'.length);
    const headers = new Headers(init.headers);
    if (headers.get('api_key') !== apiKey) return failure(401, 1032, 'Invalid API key');
    if (method === 'POST' && route === '/orders') {
      count('POST /orders');
      const body = JSON.parse(String(init.body)) as StubOrder;
      if (orders.has(body.order_id)) return failure(400, 1006, 'Invalid transaction ID');
      orders.set(body.order_id, { ...body, status: 'initialized' });
      const paymentUrl = `https://testpayv2.multisafepay.com/connect/${statusToken('page', body.order_id)}/`;
      return json(200, { success: true, data: { order_id: body.order_id, payment_url: paymentUrl } });
    }
    const one = /^\/orders\/([^/]+)$/.exec(route);
    if (method === 'GET' && one) {
      count('GET /orders/{id}');
      const order = orders.get(decodeURIComponent(one[1]!));
      if (!order) return failure(404, 1006, 'Invalid transaction ID');
      return json(200, { success: true, data: { ...order, payment_options: undefined } });
    }
    if (method === 'GET' && (route === '/payment-methods' || route === '/gateways')) {
      count(`GET ${route}`);
      const country = url.searchParams.get('country');
      const currency = url.searchParams.get('currency');
      const listed = methods.filter(
        (item) =>
          (!country || item.allowed_countries.length === 0 || item.allowed_countries.includes(country)) &&
          (!currency || item.allowed_currencies.includes(currency)),
      );
      return json(200, { success: true, data: listed });
    }
    return failure(404, 404, 'Not found');
  };

  return {
    apiKey,
    baseUrl,
    fetch: stubFetch as typeof fetch,
    orders,
    calls,
    get callCount() {
      return total;
    },
  };
}
