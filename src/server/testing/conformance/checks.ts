// The conformance kit's checks: each drives the shop's backend as the element, the return page or MultiSafepay (the
// fake) would, on orders of its own, and throws a `CheckFailure` saying what it saw. docs/backend-contract.md is the
// contract they check; its section "Checking a backend: the conformance kit" lists them.
import { SHOPPING_CART_GATEWAYS } from '../../../shared/order-requirements.js';
import { Browser, type Answer } from './browser.js';
import type { FakeControl, FakeInfo } from './fake-client.js';

/** A check's verdict: why it failed. */
export class CheckFailure extends Error {}

/** Throws a `CheckFailure` with `message` unless `condition` holds. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** The four endpoints of the contract and the kit's fulfilment hook, as paths on the shop. */
export interface ShopPaths {
  createOrder: string;
  gateways: string;
  notification: string;
  status: string;
  fulfilments: string;
}

/** What every check gets: the shop, the fake, and helpers that act as the element, the browser and MultiSafepay. */
export interface KitContext {
  shop: string;
  paths: ShopPaths;
  fake: FakeControl;
  info: FakeInfo;
  /** The shop's price of every `kit-` order (its `resolveOrder` in conformance mode). */
  amount: number;
  currency: string;
  gateway: string;
  /** A fresh order id the shop knows (`kit-<run>-<n>`). */
  orderId(): string;
  /** A fresh order id the shop does not know (`unknown-<run>-<n>`). */
  unknownId(): string;
}

export interface Check {
  id: string;
  /** The behaviour checked, as a sentence. */
  name: string;
  run(context: KitContext): Promise<void>;
}

/** The status endpoint's answer to an order it may not reveal, exactly (docs/backend-contract.md). */
export const UNKNOWN_ORDER_ANSWER = {
  success: false,
  data: {},
  error_code: 404,
  error_info: 'Unknown order',
  error_source: 'shop',
};

// ---- what the element, the browser and MultiSafepay do ------------------------------------------------------------

/** The body `<msp-checkout>` POSTs (src/shared/order.ts), for the shop's own price. */
function elementBody(context: KitContext, orderId: string, changes: Record<string, unknown> = {}) {
  return {
    type: 'redirect',
    gateway: context.gateway,
    order_id: orderId,
    currency: context.currency,
    amount: context.amount,
    description: `Order ${orderId}`,
    customer: { locale: 'en_US' },
    ...changes,
  };
}

const show = (answer: Answer) =>
  `HTTP ${answer.status} ${answer.contentType || '(no content type)'}: ${answer.text.slice(0, 160).replace(/\s+/g, ' ')}`;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Creates an order as the element does, and expects its payment page on the fake. */
async function startPayment(context: KitContext, browser: Browser, orderId: string) {
  const answer = await browser.createOrder(context.paths.createOrder, elementBody(context, orderId));
  const data = record(record(answer.json)['data']);
  expect(
    answer.status === 200 && record(answer.json)['success'] === true && typeof data['payment_url'] === 'string',
    `creating order ${orderId} got ${show(answer)}`,
  );
  return { answer, paymentUrl: data['payment_url'] as string, mspOrderId: String(data['order_id'] ?? orderId) };
}

/**
 * The shopper on MultiSafepay's payment page: opens it, presses a button (the fake notifies the shop before it
 * answers, as MultiSafepay's notification precedes most returns) and is sent back: the address, with its
 * `transactionid` and the order's proof (`msp_token`) when the shop added one.
 */
async function onPaymentPage(paymentUrl: string, choice: 'pay' | 'cancel') {
  const page = await fetch(paymentUrl, { signal: AbortSignal.timeout(10_000) });
  expect(page.status === 200, `the payment page ${paymentUrl} answered ${page.status}`);
  await page.text();
  const chosen = await fetch(paymentUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `choice=${choice}`,
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  await chosen.text();
  const location = chosen.headers.get('location') ?? '';
  expect(chosen.status === 303 && location !== '', `the payment page did not send the shopper back (${chosen.status})`);
  const back = new URL(location);
  return {
    location,
    transactionid: back.searchParams.get('transactionid') ?? '',
    token: back.searchParams.get('msp_token') ?? undefined,
  };
}

/** A paid order whose notification has not been sent yet (the kit sends it, as it chooses). */
async function paidQuietly(context: KitContext) {
  const id = context.orderId();
  const { mspOrderId } = await startPayment(context, new Browser(context.shop), id);
  await context.fake.choose(mspOrderId, 'pay', false);
  return mspOrderId;
}

/** An order created and left open (`initialized`) on the payment page. */
async function unpaid(context: KitContext) {
  const id = context.orderId();
  return (await startPayment(context, new Browser(context.shop), id)).mspOrderId;
}

/** How often the shop fulfilled each order (its fulfilment hook: every order and status it acted on). */
async function fulfilled(context: KitContext, orderId: string): Promise<number> {
  const answer = await new Browser(context.shop).fetch(context.paths.fulfilments, {
    headers: { Accept: 'application/json' },
  });
  const list = record(answer.json)['fulfilments'];
  expect(
    answer.status === 200 && Array.isArray(list),
    `the fulfilment hook ${context.paths.fulfilments} must answer {"fulfilments":[{"order_id","status"},...]}: ` +
      `got ${show(answer)}`,
  );
  return list.filter((item) => record(item)['order_id'] === orderId && record(item)['status'] === 'completed').length;
}

/** MultiSafepay acknowledges a notification by HTTP 200 with `OK` in the first 100 characters (webhook.md:346-347). */
const acknowledged = (status: number | undefined, text: string) => status === 200 && text.slice(0, 100).includes('OK');

const isRefusal = (status: number | undefined) => status !== undefined && status >= 400 && status < 500;

/** The fake's API requests for one order (`GET /orders/{id}`) from index `from` on. */
async function orderLookups(context: KitContext, orderId: string, from: number) {
  const requests = await context.fake.requests();
  return requests.slice(from).filter((item) => item.method === 'GET' && item.path === `/orders/${orderId}`).length;
}

/** POST /orders requests the fake received for one order id. */
async function ordersPosted(context: KitContext, orderId: string) {
  const requests = await context.fake.requests();
  return requests.filter(
    (item) => item.method === 'POST' && item.path === '/orders' && record(item.body)['order_id'] === orderId,
  ).length;
}

/** POST /orders requests the fake received from index `from` on, whatever their order id. */
async function ordersPostedSince(context: KitContext, from: number) {
  const requests = await context.fake.requests();
  return requests.slice(from).filter((item) => item.method === 'POST' && item.path === '/orders');
}

/**
 * A refusal of the shop's own mistake that the element can read: 4xx or 5xx, JSON, `success: false`, marked
 * `error_source: "shop"` (the element then says the shop could not start the payment, not MultiSafepay).
 */
function shopRefusalProblem(answer: Answer): string | undefined {
  if (answer.status < 400 || answer.status > 599) return `HTTP ${answer.status}, not 4xx or 5xx`;
  if (!/json/i.test(answer.contentType)) return `Content-Type ${answer.contentType || 'missing'}, not JSON`;
  const body = record(answer.json);
  if (body['success'] !== false || body['error_source'] !== 'shop') {
    return 'not {"success":false,...,"error_source":"shop"}';
  }
  return undefined;
}

/** A refusal the element can read: 4xx, JSON, `success: false`. */
function refusalProblem(answer: Answer): string | undefined {
  if (answer.status < 400 || answer.status > 499) return `HTTP ${answer.status}, not 4xx`;
  if (!/json/i.test(answer.contentType)) return `Content-Type ${answer.contentType || 'missing'}, not JSON`;
  if (record(answer.json)['success'] !== false) return 'not {"success":false,...}';
  return undefined;
}

// ---- the checks ---------------------------------------------------------------------------------------------------

export const CHECKS: Check[] = [
  {
    id: 'create-order',
    name: "the element's order gets a payment page on MultiSafepay's payment origin",
    async run(context) {
      const id = context.orderId();
      const { answer, paymentUrl, mspOrderId } = await startPayment(context, new Browser(context.shop), id);
      expect(/json/i.test(answer.contentType), `the answer's Content-Type is ${answer.contentType || 'missing'}`);
      expect(
        paymentUrl.startsWith(`${context.info.origin}/`),
        `payment_url ${paymentUrl} is not on the payment origin ${context.info.origin}`,
      );
      expect(await context.fake.order(mspOrderId), `MultiSafepay has no order ${mspOrderId}`);
    },
  },
  {
    id: 'server-price',
    name: "orders are created at the server's price, whatever amount the browser sends",
    async run(context) {
      for (const amount of [1, context.amount * 10, '1']) {
        const id = context.orderId();
        const answer = await new Browser(context.shop).createOrder(
          context.paths.createOrder,
          elementBody(context, id, { amount }),
        );
        // Refusing a body whose amount is not the order's is as good as ignoring it: nothing is paid at that price.
        if (answer.status !== 200) continue;
        const mspOrderId = String(record(record(answer.json)['data'])['order_id'] ?? id);
        const order = await context.fake.order(mspOrderId);
        expect(order, `the shop answered 200 but MultiSafepay has no order ${mspOrderId}`);
        expect(
          order.amount === context.amount && order.currency === context.currency,
          `the browser sent amount ${JSON.stringify(amount)}: MultiSafepay was asked for ${order.amount} ` +
            `${order.currency}, the shop's price is ${context.amount} ${context.currency}`,
        );
      }
    },
  },
  {
    id: 'payment-options',
    name: 'the order asks MultiSafepay for POST notifications to the shop and brings the shopper back',
    async run(context) {
      const id = context.orderId();
      const { mspOrderId } = await startPayment(context, new Browser(context.shop), id);
      const options = (await context.fake.order(mspOrderId))?.payment_options ?? {};
      expect(
        options['notification_method'] === 'POST',
        `payment_options.notification_method is ${JSON.stringify(options['notification_method'])}, not "POST"`,
      );
      for (const field of ['notification_url', 'redirect_url', 'cancel_url']) {
        const value = options[field];
        let absolute = false;
        try {
          absolute = typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
        } catch {
          absolute = false;
        }
        expect(absolute, `payment_options.${field} is ${JSON.stringify(value)}, not an absolute http(s) URL`);
      }
    },
  },
  {
    id: 'no-gateway',
    name: 'an order without a gateway gets a payment page, where MultiSafepay lists the methods',
    async run(context) {
      const id = context.orderId();
      const from = (await context.fake.requests()).length;
      // The element sends no `gateway` when it has no list (undefined: left out of the JSON body).
      const answer = await new Browser(context.shop).createOrder(
        context.paths.createOrder,
        elementBody(context, id, { gateway: undefined }),
      );
      const paymentUrl = record(record(answer.json)['data'])['payment_url'];
      expect(
        answer.status === 200 && record(answer.json)['success'] === true && typeof paymentUrl === 'string',
        `order ${id} without a gateway got ${show(answer)}`,
      );
      expect(
        paymentUrl.startsWith(`${context.info.origin}/`),
        `payment_url ${paymentUrl} is not on the payment origin ${context.info.origin}`,
      );
      const posted = await ordersPostedSince(context, from);
      expect(posted.length === 1, `MultiSafepay was asked ${posted.length} times to create ${id}`);
      // MultiSafepay's payment page lists the methods when the order names none: its example sends no gateway
      // (post-orders/payment-page.json; orders/PaymentPage.yaml: "If unset").
      const sent = record(posted[0]!.body);
      expect(
        !Object.hasOwn(sent, 'gateway'),
        `MultiSafepay was asked for gateway ${JSON.stringify(sent['gateway'])}: an order without one leaves it out`,
      );
    },
  },
  {
    id: 'cross-site',
    name: 'cross-site requests are refused (403) before MultiSafepay hears of them',
    async run(context) {
      const attempts: [string, Record<string, string | null>][] = [
        ['without X-MSP-Checkout', { 'X-MSP-Checkout': null }],
        ['as text/plain (a form or no-cors fetch)', { 'Content-Type': 'text/plain' }],
        ['from another origin', { Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' }],
        [
          'as a form from another origin',
          {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-MSP-Checkout': null,
            Origin: 'https://attacker.example',
            'Sec-Fetch-Site': 'cross-site',
          },
        ],
      ];
      const problems: string[] = [];
      for (const [label, headers] of attempts) {
        const id = context.orderId();
        const answer = await new Browser(context.shop).createOrder(
          context.paths.createOrder,
          elementBody(context, id),
          headers,
        );
        if (answer.status !== 403 || refusalProblem(answer)) problems.push(`${label}: ${show(answer)}`);
        else if ((await ordersPosted(context, id)) > 0) problems.push(`${label}: MultiSafepay was asked for ${id}`);
      }
      expect(problems.length === 0, problems.join('; '));
    },
  },
  {
    id: 'unknown-order',
    name: 'an order the shop does not know is refused (404) before MultiSafepay hears of it',
    async run(context) {
      const id = context.unknownId();
      const answer = await new Browser(context.shop).createOrder(context.paths.createOrder, elementBody(context, id));
      expect(answer.status === 404 && !refusalProblem(answer), `order ${id} got ${show(answer)}`);
      expect((await ordersPosted(context, id)) === 0, `MultiSafepay was asked to create ${id}`);
    },
  },
  {
    id: 'bnpl-needs-cart',
    name: "a buy-now-pay-later order without its cart is refused as the shop's, before MultiSafepay hears of it",
    async run(context) {
      // A kit order has no cart (the test mode's orders are 10.00 EUR, nothing more): every gateway MultiSafepay
      // takes only with a shopping_cart must be refused by the shop, not sent for MultiSafepay to refuse.
      const browser = new Browser(context.shop);
      // Each problem, with the gateways that had it and the first answer that showed it.
      const problems = new Map<string, { gateways: string[]; answer: Answer }>();
      let last = '';
      for (const gateway of SHOPPING_CART_GATEWAYS) {
        last = context.orderId();
        const from = (await context.fake.requests()).length;
        const answer = await browser.createOrder(context.paths.createOrder, elementBody(context, last, { gateway }));
        const posted = (await ordersPostedSince(context, from)).length;
        const problem = posted > 0 ? 'MultiSafepay was asked to create the order' : shopRefusalProblem(answer);
        if (!problem) continue;
        const seen = problems.get(problem) ?? { gateways: [], answer };
        problems.set(problem, { ...seen, gateways: [...seen.gateways, gateway] });
      }
      expect(
        problems.size === 0,
        'an order without shopping_cart must be refused by the shop (4xx or 5xx, JSON, "error_source":"shop") ' +
          'before MultiSafepay is asked: ' +
          [...problems]
            .map(([problem, { gateways, answer }]) => `${problem} for ${gateways.join(', ')} (first: ${show(answer)})`)
            .join('; '),
      );
      // The refusal leaves nothing behind: the shopper, back on the checkout, pays the order by a method without a cart.
      await startPayment(context, browser, last);
    },
  },
  {
    id: 'bad-input',
    name: 'bad input gets a 4xx JSON answer, never HTML or a 500',
    async run(context) {
      const browser = new Browser(context.shop);
      const order = (changes: Record<string, unknown>) => elementBody(context, context.orderId(), changes);
      const { createOrder, gateways, status, notification } = context.paths;
      const post = (body: unknown) => browser.createOrder(createOrder, body);
      const cases: [string, () => Promise<Answer>][] = [
        ['create-order: not JSON', () => post('{"type":"redirect",')],
        ['create-order: a JSON array', () => post('[]')],
        ['create-order: gateway "<b>"', () => post(order({ gateway: '<b>' }))],
        ['create-order: amount "ten"', () => post(order({ amount: 'ten' }))],
        ['create-order: amount -5', () => post(order({ amount: -5 }))],
        ['create-order: currency "euro"', () => post(order({ currency: 'euro' }))],
        ['create-order: a 51-character order id', () => post(order({ order_id: `kit-${'x'.repeat(47)}` }))],
        ['create-order: a line break in the order id', () => post(order({ order_id: 'kit-\nforged' }))],
        ['create-order: markup in the description', () => post(order({ description: '<script>x</script>' }))],
        ['create-order: type "direct"', () => post(order({ type: 'direct' }))],
        ['create-order: 100 kB', () => post(order({ description: 'x'.repeat(100_000) }))],
        ['gateways: currency "euro"', () => browser.get(gateways, { currency: 'euro' })],
        ['gateways: amount "-5"', () => browser.get(gateways, { amount: '-5' })],
        ['gateways: country "Netherlands"', () => browser.get(gateways, { country: 'Netherlands' })],
        ['status: no transactionid', () => browser.get(status)],
        ['status: a 51-character transactionid', () => browser.get(status, { transactionid: 'x'.repeat(51) })],
        ['status: a line break in transactionid', () => browser.get(status, { transactionid: 'a\nb' })],
        ['notification: POST without Auth or body', () => browser.fetch(notification, { method: 'POST' })],
        [
          'notification: POST of garbage',
          () =>
            browser.fetch(`${notification}?transactionid=x&timestamp=1`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Auth: 'garbage' },
              body: 'not json',
            }),
        ],
        ['notification: GET without transactionid', () => browser.fetch(notification)],
      ];
      const problems: string[] = [];
      for (const [label, send] of cases) {
        const answer = await send();
        const problem = refusalProblem(answer);
        if (problem) problems.push(`${label}: ${problem} (${show(answer)})`);
      }
      expect(problems.length === 0, problems.join('; '));
    },
  },
  {
    id: 'retry-same-browser',
    name: 'a retried order gets its payment page again in the same browser, and MultiSafepay one order',
    async run(context) {
      const browser = new Browser(context.shop);
      const id = context.orderId();
      const first = await startPayment(context, browser, id);
      const again = await browser.createOrder(context.paths.createOrder, elementBody(context, id));
      const page = record(record(again.json)['data'])['payment_url'];
      expect(again.status === 200, `the retry got ${show(again)}`);
      expect(page === first.paymentUrl, `the retry got another payment page: ${String(page)}`);
      const posted = await ordersPosted(context, first.mspOrderId);
      expect(posted === 1, `MultiSafepay was asked ${posted} times to create ${first.mspOrderId}`);
    },
  },
  {
    id: 'retry-other-browser',
    name: 'another browser repeating a known order id gets 409 (1006), never the payment page',
    async run(context) {
      const id = context.orderId();
      const first = await startPayment(context, new Browser(context.shop), id);
      const other = await new Browser(context.shop).createOrder(context.paths.createOrder, elementBody(context, id));
      const token = new URL(first.paymentUrl).pathname;
      expect(!other.text.includes(token), `another browser got the payment page: ${show(other)}`);
      const body = record(other.json);
      expect(
        other.status === 409 &&
          !refusalProblem(other) &&
          body['error_code'] === 1006 &&
          body['error_source'] === 'shop',
        `another browser got ${show(other)}; expected HTTP 409 {"success":false,"error_code":1006,...,"error_source":"shop"}`,
      );
    },
  },
  {
    id: 'gateways',
    name: "the gateway list is MultiSafepay's, for the shopper's filters",
    async run(context) {
      const query = { currency: 'EUR', amount: '1000', country: 'NL', locale: 'nl_NL' };
      const answer = await new Browser(context.shop).get(context.paths.gateways, query);
      const data = record(answer.json)['data'];
      expect(
        answer.status === 200 && record(answer.json)['success'] === true && Array.isArray(data),
        `got ${show(answer)}`,
      );
      const ids = data.map((item) => record(item)['id']).sort();
      const filters = new URLSearchParams(query).toString();
      const upstream = async (path: string) => {
        const response = await fetch(`${context.info.baseUrl}${path}?${filters}`, {
          headers: { api_key: context.info.apiKey },
        });
        const items = ((await response.json()) as { data: { id: string }[] }).data;
        return items.map((item) => item.id).sort();
      };
      const expected = [await upstream('/payment-methods'), await upstream('/gateways')];
      expect(
        expected.some((list) => JSON.stringify(list) === JSON.stringify(ids)),
        `the shop listed ${JSON.stringify(ids)}; MultiSafepay lists ${JSON.stringify(expected[0])} for ${filters}`,
      );
    },
  },
  {
    id: 'notification-valid',
    name: 'a valid notification is answered OK and the order fulfilled once',
    async run(context) {
      const id = context.orderId();
      const { paymentUrl, mspOrderId } = await startPayment(context, new Browser(context.shop), id);
      await onPaymentPage(paymentUrl, 'pay');
      const sent = (await context.fake.notifications()).filter((item) => item.orderId === mspOrderId);
      expect(sent.length === 1, `the fake sent ${sent.length} notifications for ${mspOrderId}`);
      expect(acknowledged(sent[0]!.status, sent[0]!.answer), `it was answered ${sent[0]!.status}: ${sent[0]!.answer}`);
      const count = await fulfilled(context, mspOrderId);
      expect(count === 1, `the order was fulfilled ${count} times`);
    },
  },
  {
    id: 'notification-resend',
    name: 'a resent notification (POST or GET) is answered OK and not fulfilled twice',
    async run(context) {
      const id = await paidQuietly(context);
      for (const method of ['POST', 'POST', 'GET'] as const) {
        const sent = await context.fake.notify(id, { method });
        expect(acknowledged(sent.status, sent.answer), `a ${method} was answered ${sent.status}: ${sent.answer}`);
      }
      const count = await fulfilled(context, id);
      expect(count === 1, `the order was fulfilled ${count} times after three notifications`);
    },
  },
  {
    id: 'notification-pretty',
    name: 'a pretty-printed notification body verifies (the signature covers the bytes sent)',
    async run(context) {
      const id = await paidQuietly(context);
      const sent = await context.fake.notify(id, { pretty: true });
      expect(
        acknowledged(sent.status, sent.answer),
        `a correctly signed, pretty-printed body was answered ${sent.status}: ${sent.answer.slice(0, 100)}`,
      );
      const count = await fulfilled(context, id);
      expect(count === 1, `the order was fulfilled ${count} times`);
    },
  },
  {
    id: 'notification-refused',
    name: 'forged, stale, tampered and other-order signatures are refused (4xx) and fulfil nothing',
    async run(context) {
      const paid = await paidQuietly(context);
      const open = await unpaid(context);
      // A genuine notification of the open order lends its Auth header (a real signature, of another order's body).
      const genuineOpen = await context.fake.notify(open);
      const tampered = (body: string) =>
        body
          .replace(/"status":"initialized"/g, '"status":"completed"')
          .replace(/"financial_status":"\w+"/, '"financial_status":"completed"');
      const openBody = genuineOpen.sent;
      const attempts: [string, string, Parameters<FakeControl['notify']>[1]][] = [
        ['forged (signed with another key)', paid, { forged: true }],
        ['stale (signed an hour ago)', paid, { stale: true }],
        ['tampered (an open order made "completed")', open, { body: tampered(openBody) }],
        ['signed for another order', paid, { auth: genuineOpen.auth }],
      ];
      const problems: string[] = [];
      for (const [label, id, options] of attempts) {
        const sent = await context.fake.notify(id, options);
        if (!isRefusal(sent.status)) problems.push(`${label}: answered ${sent.status} ${sent.answer.slice(0, 60)}`);
      }
      for (const id of [paid, open]) {
        const count = await fulfilled(context, id);
        if (count > 0) problems.push(`order ${id} was fulfilled ${count} times`);
      }
      expect(problems.length === 0, problems.join('; '));
      const genuine = await context.fake.notify(paid);
      expect(
        acknowledged(genuine.status, genuine.answer) && (await fulfilled(context, paid)) === 1,
        `after the refusals, the genuine notification was answered ${genuine.status} and not fulfilled once`,
      );
    },
  },
  {
    id: 'notification-other-transactionid',
    name: "a signed notification sent under another order's transactionid does not fulfil that order",
    async run(context) {
      const paid = await paidQuietly(context);
      const open = await unpaid(context);
      const sent = await context.fake.notify(paid, { transactionid: open });
      expect(sent.status === undefined || sent.status < 500, `it was answered ${sent.status}: ${sent.answer}`);
      const count = await fulfilled(context, open);
      expect(count === 0, `order ${open}, still open at MultiSafepay, was fulfilled ${count} times`);
    },
  },
  {
    id: 'notification-get',
    name: 'a GET notification is not trusted on its word: the shop asks MultiSafepay',
    async run(context) {
      const open = await unpaid(context);
      let from = (await context.fake.requests()).length;
      const sentOpen = await context.fake.notify(open, { method: 'GET' });
      expect(sentOpen.status !== undefined && sentOpen.status < 500, `a GET was answered ${sentOpen.status}`);
      expect((await fulfilled(context, open)) === 0, `an open order was fulfilled on a GET notification`);
      expect((await orderLookups(context, open, from)) > 0, `the shop did not ask MultiSafepay GET /orders/${open}`);
      const paid = await paidQuietly(context);
      from = (await context.fake.requests()).length;
      const sentPaid = await context.fake.notify(paid, { method: 'GET' });
      expect(
        acknowledged(sentPaid.status, sentPaid.answer),
        `a GET was answered ${sentPaid.status}: ${sentPaid.answer}`,
      );
      expect((await orderLookups(context, paid, from)) > 0, `the shop did not ask MultiSafepay GET /orders/${paid}`);
      const count = await fulfilled(context, paid);
      expect(count === 1, `a paid order was fulfilled ${count} times on a GET notification`);
    },
  },
  {
    id: 'status-after-payment',
    name: 'the return page gets the true status after payment or cancellation',
    async run(context) {
      for (const choice of ['pay', 'cancel'] as const) {
        const browser = new Browser(context.shop);
        const { paymentUrl } = await startPayment(context, browser, context.orderId());
        const back = await onPaymentPage(paymentUrl, choice);
        const answer = await browser.get(context.paths.status, {
          transactionid: back.transactionid,
          msp_token: back.token,
        });
        const expected = { order_id: back.transactionid, status: choice === 'pay' ? 'completed' : 'cancelled' };
        expect(
          answer.status === 200 &&
            record(answer.json)['success'] === true &&
            JSON.stringify(record(answer.json)['data']) === JSON.stringify(expected),
          `back from "${choice}" at ${back.location}, the status endpoint answered ${show(answer)}; expected ` +
            `{"success":true,"data":${JSON.stringify(expected)}}`,
        );
      }
    },
  },
  {
    id: 'status-unknown-order',
    name: "an unknown order's status is 404",
    async run(context) {
      const answer = await new Browser(context.shop).get(context.paths.status, { transactionid: context.orderId() });
      expect(answer.status === 404 && !refusalProblem(answer), `got ${show(answer)}`);
    },
  },
  {
    id: 'status-needs-proof',
    name: "nothing leaks without the order's proof: another browser gets the unknown-order 404",
    async run(context) {
      const paidBack = async () => {
        const { paymentUrl } = await startPayment(context, new Browser(context.shop), context.orderId());
        return onPaymentPage(paymentUrl, 'pay');
      };
      const mine = await paidBack();
      const theirs = await paidBack();
      const from = (await context.fake.requests()).length;
      const stranger = new Browser(context.shop);
      const attempts: [string, string | undefined][] = [
        ['without msp_token', undefined],
        ["with another order's msp_token", theirs.token ?? 'none'],
        ['with a made-up msp_token', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      ];
      const problems: string[] = [];
      for (const [label, token] of attempts) {
        const answer = await stranger.get(context.paths.status, {
          transactionid: mine.transactionid,
          msp_token: token,
        });
        if (answer.status !== 404 || JSON.stringify(answer.json) !== JSON.stringify(UNKNOWN_ORDER_ANSWER)) {
          problems.push(`${label}: ${show(answer)}`);
        }
      }
      const asked = await orderLookups(context, mine.transactionid, from);
      if (asked > 0) problems.push(`MultiSafepay was asked ${asked} times for the order's status`);
      expect(
        problems.length === 0,
        `a paid order's status, asked for by a stranger, must be HTTP 404 ${JSON.stringify(UNKNOWN_ORDER_ANSWER)}: ` +
          problems.join('; '),
      );
    },
  },
];
