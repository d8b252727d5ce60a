// msp-checkout/server's handlers against the fake MultiSafepay. The element's and the return page's requests are
// handed to the handlers as Requests (../support/shop.ts); MultiSafepay is outside the project, so the fake is a real
// HTTP server on 127.0.0.1 and its notifications reach the shop over HTTP, as do the last block's requests to the fake.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { ResolvedOrder } from '../../src/server/index.js';
import {
  FAKE_GATEWAYS,
  signNotification,
  startFakeMultiSafepay,
  type FakeMultiSafepay,
} from '../../src/server/testing/index.js';
import { DOTPAY_SEED_REQUEST } from '../conformance/fixtures/multisafepay-examples.js';
import { createOrder, elementBody, lastSent, startShop, statusToken, useFakeAndShop } from '../support/shop.js';

/** The fake's methods (every one MultiSafepay offers) in `currency`, and in `country` when given, in its order. */
const offering = (currency: string, country?: string) =>
  FAKE_GATEWAYS.filter(
    (gateway) =>
      gateway.currencies.includes(currency) &&
      (country === undefined || gateway.countries.length === 0 || gateway.countries.includes(country)),
  ).map((gateway) => gateway.id);

describe('msp-checkout/server createOrder', () => {
  const running = useFakeAndShop();

  test('creates a redirect order and passes MultiSafepay answer through', async () => {
    const body = elementBody();
    const result = await createOrder(running.shop, body);
    assert.equal(result.status, 200);
    assert.equal(result.json.success, true);
    assert.equal(result.json.data.order_id, body.order_id);
    assert.match(result.json.data.payment_url, new RegExp(`^${running.fake.origin}/connect/`));
    const sent = lastSent(running.fake);
    assert.equal(sent.type, 'redirect');
    assert.equal(sent.gateway, 'DOTPAY');
    assert.deepEqual(sent.customer, { locale: 'en_US' });
    assert.equal(sent.payment_options['notification_url'], `${running.shop.origin}/checkout/notification`);
    // The return URLs carry the order's status token after the shop's own query (docs/payment-status.md).
    const token = statusToken(running.fake.apiKey, body.order_id);
    assert.equal(sent.payment_options['redirect_url'], `${running.shop.origin}/checkout/return?msp_token=${token}`);
    assert.equal(
      sent.payment_options['cancel_url'],
      `${running.shop.origin}/checkout/cancel?order=${body.order_id}&msp_token=${token}`,
    );
  });

  test('the amount, currency and description come from resolveOrder, never from the browser', async () => {
    const body = elementBody({ amount: 1, currency: 'PLN', description: 'cheap' });
    const result = await createOrder(running.shop, body);
    assert.equal(result.status, 200);
    const order = running.fake.orders.get(body.order_id)!;
    assert.equal(order.amount, 2500);
    assert.equal(order.currency, 'EUR');
    assert.equal(order.description, `Order ${body.order_id} at Test Shop`);
  });

  test('browser fields other than the allowed ones never reach MultiSafepay', async () => {
    const body = elementBody({ var1: 'x', payment_options: { redirect_url: 'https://evil.example/' } });
    await createOrder(running.shop, body);
    const sent = lastSent(running.fake);
    assert.equal(sent['var1'], undefined);
    assert.match(
      sent.payment_options['redirect_url']!,
      new RegExp(`^${running.shop.origin}/checkout/return\\?msp_token=`),
    );
  });

  test("a field the page added with orderFields that browserFields does not pass on (docs/frameworks.md's var1, customer.email) is named in the log; listed in browserFields, it reaches MultiSafepay", async () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const shop = await startShop(running.fake, { logger });
    try {
      const plain = elementBody();
      assert.equal((await createOrder(shop, plain)).status, 200);
      assert.deepEqual(warnings, [], 'what the element sends of its own is not worth a line');
      const body = elementBody({ var1: 'campaign-7', customer: { locale: 'en_US', email: 'shopper@example.com' } });
      assert.equal((await createOrder(shop, body)).status, 200);
      assert.equal(lastSent(running.fake)['var1'], undefined);
      assert.deepEqual(lastSent(running.fake).customer, { locale: 'en_US' }, 'of customer, only the locale');
      assert.deepEqual(warnings, [
        `msp-checkout/server: order ${body.order_id}: the browser's "var1", "customer.email" not passed on to MultiSafepay (browserFields: none)`,
      ]);
    } finally {
      await shop.close();
    }
    warnings.length = 0;
    const passing = await startShop(running.fake, { logger, browserFields: ['var1', 'customer.email'] });
    try {
      const body = elementBody({ var1: 'campaign-7', customer: { locale: 'en_US', email: 'shopper@example.com' } });
      assert.equal((await createOrder(passing, body)).status, 200);
      assert.equal(lastSent(running.fake)['var1'], 'campaign-7');
      assert.equal(lastSent(running.fake).customer?.email, 'shopper@example.com');
      assert.deepEqual(warnings, []);
    } finally {
      await passing.close();
    }
  });

  describe('validates the body with the element rules', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      // Without a gateway, MultiSafepay's payment page lists the methods (test/server/shop-order-fields.test.ts).
      ['gateway empty', { gateway: '' }, /gateway/],
      ['gateway lower case', { gateway: 'dotpay' }, /gateway/],
      ['gateway with markup', { gateway: '<b>' }, /gateway/],
      ['order_id of 51 characters', { order_id: 'o'.repeat(51) }, /order_id/],
      ['order_id blank', { order_id: '   ' }, /order_id/],
      ['type direct', { type: 'direct' }, /type/],
      // The order's rules: amount a positive integer, ISO 4217 currency, description <= 200 characters of plain text.
      ['amount zero', { amount: 0 }, /amount/],
      ['amount negative', { amount: -1000 }, /amount/],
      ['amount fractional', { amount: 10.5 }, /amount/],
      ['amount as a decimal string', { amount: '10.00' }, /amount/],
      ['amount as text', { amount: 'ten' }, /amount/],
      ['currency lower case', { currency: 'eur' }, /currency/],
      ['currency of four letters', { currency: 'EURO' }, /currency/],
      ['description of 201 characters', { description: 'x'.repeat(201) }, /description/],
      ['description with HTML', { description: 'Hello <script>alert(1)</script>' }, /description/],
    ];
    for (const [name, overrides, pattern] of cases) {
      test(name, async () => {
        const before = running.fake.orderCount;
        const result = await createOrder(running.shop, elementBody(overrides));
        assert.equal(result.status, 400);
        assert.equal(result.json.success, false);
        assert.match(result.json.error_info, pattern);
        assert.equal(running.fake.orderCount, before);
      });
    }

    // Valid but different from the shop's: amount, currency and description come from resolveOrder, never from the
    // browser (MultiSafepay's own example requests write the amount as the string "1000": accepted too).
    const ignored: [string, Record<string, unknown>][] = [
      ['another amount', { amount: 1 }],
      ['amount as a string of digits', { amount: '1000' }],
      ['another currency', { currency: 'PLN' }],
      ['another description', { description: 'Cheap order' }],
    ];
    for (const [name, overrides] of ignored) {
      test(`${name}: accepted, and the order is resolveOrder's`, async () => {
        const body = elementBody(overrides);
        const result = await createOrder(running.shop, body);
        assert.equal(result.status, 200);
        const order = running.fake.orders.get(body.order_id)!;
        assert.deepEqual([order.amount, order.currency], [2500, 'EUR']);
        assert.equal(order.description, `Order ${body.order_id} at Test Shop`);
      });
    }

    test('accepts the limits themselves (200 characters, 50 characters)', async () => {
      const result = await createOrder(
        running.shop,
        elementBody({ description: 'd'.repeat(200), order_id: 'o'.repeat(50) }),
      );
      assert.equal(result.status, 200);
    });

    test('an order resolveOrder does not know is refused with 404', async () => {
      const result = await createOrder(running.shop, elementBody({ order_id: 'unknown-order' }));
      assert.equal(result.status, 404);
      assert.equal(running.fake.orderCount, running.fake.orders.size);
      assert.equal(running.fake.orders.has('unknown-order'), false);
    });
  });

  describe('MultiSafepay errors keep their code', () => {
    test('1032 with HTTP 401 for a wrong API key', async () => {
      const wrong = await startShop(running.fake, { apiKey: 'wrong-key' });
      try {
        const result = await createOrder(wrong, elementBody());
        assert.equal(result.status, 401);
        assert.deepEqual(result.json, { success: false, data: {}, error_code: 1032, error_info: 'Invalid API key' });
        assert.doesNotMatch(result.text, /wrong-key/);
      } finally {
        await wrong.close();
      }
    });

    test('1023 for a gateway that does not take the currency', async () => {
      const usd = await startShop(running.fake, {
        resolveOrder: () => ({ amount: 100, currency: 'USD', description: 'x' }),
      });
      try {
        const result = await createOrder(usd, elementBody({ gateway: 'IDEAL' }));
        assert.equal(result.json.error_code, 1023);
        assert.equal(result.status, 400);
      } finally {
        await usd.close();
      }
    });

    test('1002 for a currency MultiSafepay does not know', async () => {
      const xxx = await startShop(running.fake, {
        resolveOrder: () => ({ amount: 100, currency: 'XXX', description: 'x' }),
      });
      try {
        assert.equal((await createOrder(xxx, elementBody({ gateway: 'IDEAL' }))).json.error_code, 1002);
      } finally {
        await xxx.close();
      }
    });

    test('a completed order id is refused with 1006, an open one gives back the same payment page', async () => {
      const body = elementBody();
      const first = await createOrder(running.shop, body);
      const again = await createOrder(running.shop, body);
      assert.equal(again.status, 200);
      assert.equal(again.json.data.payment_url, first.json.data.payment_url);
      await running.fake.choose(body.order_id, 'pay');
      // A second server process (no memory of the first) meets MultiSafepay's 1006.
      const other = await startShop(running.fake);
      try {
        const third = await createOrder(other, body);
        assert.equal(third.json.error_code, 1006);
      } finally {
        await other.close();
      }
    });
  });

  test('another gateway for the same open order is not answered from memory', async () => {
    const body = elementBody();
    const first = await createOrder(running.shop, body);
    assert.equal(first.status, 200);
    const other = await createOrder(running.shop, { ...body, gateway: 'ALIPAY' });
    assert.equal(other.json.error_code, 1006, 'MultiSafepay decides, not a stale memory');
  });

  test('the API key is never logged nor answered', async () => {
    const lines: string[] = [];
    const logger = { warn: (...args: unknown[]) => lines.push(args.join(' ')) };
    const secretKey = 'sk-never-log-this-0123456789';
    // A resolveOrder that answers nonsense, as a JavaScript shop's can.
    const invalid = () => ({ amount: -1 }) as unknown as ResolvedOrder;
    const shops = [
      await startShop(running.fake, { apiKey: secretKey, logger }),
      await startShop(running.fake, { apiKey: secretKey, logger, environment: 'http://127.0.0.1:1/v1/json' }),
      await startShop(running.fake, { apiKey: secretKey, logger, resolveOrder: invalid }),
    ];
    try {
      for (const each of shops) {
        const result = await createOrder(each, elementBody());
        assert.doesNotMatch(result.text, /never-log-this/);
      }
      assert.ok(lines.length >= 2);
      for (const line of lines) assert.doesNotMatch(line, /never-log-this/);
    } finally {
      for (const each of shops) await each.close();
    }
  });

  test('network failure is a 502 and a timeout a 504, in the same shape', async () => {
    const down = await startShop(running.fake, { environment: 'http://127.0.0.1:1/v1/json' });
    try {
      const result = await createOrder(down, elementBody());
      assert.equal(result.status, 502);
      assert.equal(result.json.success, false);
      assert.equal(result.json.error_code, 502);
    } finally {
      await down.close();
    }
    const slow = await startShop(running.fake, { timeout: 200 });
    const body = elementBody();
    // MultiSafepay creates the order and holds its answer until released: only the shop's 200 ms can end the wait.
    const release = running.fake.holdAnswers();
    try {
      const result = await createOrder(slow, body);
      assert.equal(result.status, 504);
      assert.equal(result.json.success, false);
      assert.equal(result.json.error_code, 504);
      // The order was created at MultiSafepay after all; the retry must not create a second payment.
      assert.ok(running.fake.orders.has(body.order_id));
      release();
      // Its payment page never reached this server, and MultiSafepay documents no way to ask for it again
      // (GET /orders/{id} has no payment_url): the retry gets the documented 409, not a second order.
      const count = running.fake.orderCount;
      const retry = await createOrder(slow, body);
      assert.equal(retry.status, 409);
      assert.deepEqual([retry.json.success, retry.json.error_code], [false, 409]);
      assert.equal(running.fake.orderCount, count);
    } finally {
      release();
      await slow.close();
    }
  });
});

describe('msp-checkout/server listGateways', () => {
  const running = useFakeAndShop();

  const get = async (query: string) => {
    const response = await running.shop.request(`/checkout/gateways${query}`);
    const json = (await response.json()) as { success: boolean; data: { id: string }[] };
    return { status: response.status, json, cache: response.headers.get('x-cache') };
  };

  test('proxies GET /payment-methods with the filters and caches per filter set', async () => {
    const calls = () => running.fake.requests.filter((request) => request.path.startsWith('/payment-methods')).length;
    const first = await get('?currency=PLN&country=pl');
    assert.equal(first.status, 200);
    // Dotpay and the methods of every country that take złoty (cards, wallets, bank transfer).
    assert.deepEqual(
      first.json.data.map((gateway) => gateway.id),
      offering('PLN', 'PL'),
    );
    assert.ok(offering('PLN', 'PL').includes('DOTPAY'));
    assert.equal(calls(), 1);
    assert.equal(running.fake.requests.at(-1)!.query, '?country=PL&currency=PLN');
    const second = await get('?country=PL&currency=PLN');
    assert.equal(second.cache, 'hit');
    assert.deepEqual(second.json, first.json);
    assert.equal(calls(), 1);
    await get('?currency=EUR');
    assert.equal(calls(), 2);
  });

  test('refuses malformed filters without calling MultiSafepay', async () => {
    const count = running.fake.requests.length;
    assert.equal((await get('?currency=euro')).status, 400);
    assert.equal((await get('?amount=-1')).status, 400);
    assert.equal((await get('?country=POL')).status, 400);
    assert.equal(running.fake.requests.length, count);
  });

  test('errors are passed through and not cached', async () => {
    const wrong = await startShop(running.fake, { apiKey: 'nope' });
    try {
      const response = await wrong.request('/checkout/gateways?currency=USD');
      assert.equal(response.status, 401);
      assert.equal((await response.json()).error_code, 1032);
      const again = await wrong.request('/checkout/gateways?currency=USD');
      assert.equal(again.headers.get('x-cache'), null);
      await again.arrayBuffer();
    } finally {
      await wrong.close();
    }
  });
});

describe('msp-checkout/server notification and orderStatus', () => {
  const running = useFakeAndShop({ notify: false });

  async function paidOrder(choice: 'pay' | 'cancel' | 'decline' = 'pay') {
    const body = elementBody();
    await createOrder(running.shop, body);
    await running.fake.choose(body.order_id, choice);
    return body.order_id;
  }

  test('a valid notification is answered OK and reported once, even when repeated', async () => {
    const orderId = await paidOrder();
    const first = (await running.fake.sendNotification(orderId))!;
    assert.equal(first.status, 200);
    assert.equal(first.body, 'OK');
    await running.fake.sendNotification(orderId);
    await running.fake.sendNotification(orderId);
    const events = running.shop.statusEvents.filter((event) => event.orderId === orderId);
    assert.deepEqual(
      events.map((event) => event.status),
      ['completed'],
    );
    assert.equal(events[0].order['amount'], 2500);
    const status = await running.shop.status(orderId);
    assert.deepEqual(await status.json(), { success: true, data: { order_id: orderId, status: 'completed' } });
  });

  test('the status comes from GET /orders/{id}, not from the notification body', async () => {
    const body = elementBody();
    await createOrder(running.shop, body);
    // Signed correctly but claiming "completed" for an order that is still open.
    const timestamp = String(Math.floor(Date.now() / 1000));
    const claim = JSON.stringify({ order_id: body.order_id, status: 'completed' });
    const response = await running.shop.request(`/checkout/notification?transactionid=${body.order_id}`, {
      method: 'POST',
      body: claim,
      headers: { Auth: signNotification(running.fake.apiKey, timestamp, claim), 'Content-Type': 'application/json' },
    });
    assert.equal(await response.text(), 'OK');
    const events = running.shop.statusEvents.filter((event) => event.orderId === body.order_id);
    assert.deepEqual(
      events.map((event) => event.status),
      ['initialized'],
    );
  });

  test('a new status is reported again; onStatus failures are retried', async () => {
    let fail = true;
    const events: string[] = [];
    const flaky = await startShop(running.fake, {
      onStatus: (event) => {
        if (fail) throw new Error('database down');
        events.push(event.status);
      },
    });
    try {
      const body = elementBody();
      await createOrder(flaky, body);
      await running.fake.choose(body.order_id, 'pay');
      assert.equal((await running.fake.sendNotification(body.order_id))?.status, 500);
      fail = false;
      assert.equal((await running.fake.sendNotification(body.order_id))?.status, 200);
      assert.equal((await running.fake.sendNotification(body.order_id))?.status, 200);
      assert.deepEqual(events, ['completed']);
    } finally {
      await flaky.close();
    }
  });

  test('notification_method GET: nothing to verify, so the status is only ever fetched from MultiSafepay', async () => {
    const orderId = await paidOrder('cancel');
    const response = await running.shop.request(`/checkout/notification?transactionid=${orderId}&status=completed`);
    assert.equal(await response.text(), 'OK');
    const events = running.shop.statusEvents.filter((event) => event.orderId === orderId);
    assert.deepEqual(
      events.map((event) => event.status),
      ['cancelled'],
    );
    const calls = running.fake.requests.length;
    const unknown = await running.shop.request('/checkout/notification?transactionid=nobody');
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).error_source, 'shop');
    assert.equal(running.fake.requests.length, calls, 'an order this shop did not create is not asked of MultiSafepay');
  });

  test('a notification MultiSafepay cannot confirm is not acknowledged, and the log says why', async () => {
    const warnings: string[] = [];
    const logged = await startShop(running.fake, { logger: { warn: (message: string) => warnings.push(message) } });
    try {
      const unknown = await logged.request('/checkout/notification?transactionid=order-of-another-shop');
      assert.equal(unknown.status, 404);
      assert.deepEqual(warnings, [
        'msp-checkout/server: notification refused (404): Unknown order: "order-of-another-shop" was not created by this shop',
      ]);
      // Created here, then gone from MultiSafepay (another account's key, another environment): MultiSafepay says so.
      const body = elementBody();
      await createOrder(logged, body);
      running.fake.orders.delete(body.order_id);
      warnings.length = 0;
      const gone = await logged.request(`/checkout/notification?transactionid=${body.order_id}`);
      assert.equal(gone.status, 404);
      assert.deepEqual(warnings, [
        `msp-checkout/server: notification for order ${JSON.stringify(body.order_id)} not acknowledged: GET /orders gave HTTP 404`,
      ]);
    } finally {
      await logged.close();
    }
  });

  test('orderStatus refuses unknown and invalid ids', async () => {
    const unknown = await running.shop.status('never-seen');
    assert.equal(unknown.status, 404);
    await unknown.arrayBuffer();
    const missing = await running.shop.request('/checkout/status');
    assert.equal(missing.status, 400);
    await missing.arrayBuffer();
  });

  test('orderStatus reveals the status only, even when getStatus returns the whole order', async () => {
    const orders = new Map<string, unknown>([
      ['plain-1', 'completed'],
      ['record-1', { status: 'completed', customer: { email: 'someone@example.com' }, amount: 2500 }],
    ]);
    const warnings: string[] = [];
    const recordShop = await startShop(running.fake, {
      getStatus: (orderId) => orders.get(orderId),
      logger: { warn: (message: string) => warnings.push(message) },
    });
    try {
      const plain = await recordShop.status('plain-1');
      assert.deepEqual(await plain.json(), { success: true, data: { order_id: 'plain-1', status: 'completed' } });
      const record = await recordShop.status('record-1');
      assert.equal(record.status, 500);
      const text = await record.text();
      assert.doesNotMatch(text, /someone@example\.com|2500|customer/);
      assert.match(warnings.join('\n'), /getStatus must return a status string/);
    } finally {
      await recordShop.close();
    }
  });

  test("authorizeStatus widens the status to the shopper's session without the token; refused looks exactly like unknown", async () => {
    // The shop's sessions: which session placed which order (as a cookie-backed session store would know).
    const placedBy = new Map<string, string>();
    const calls: string[] = [];
    const sessionShop = await startShop(running.fake, {
      authorizeStatus: (request, orderId) => {
        calls.push(orderId);
        const session = /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
        return session !== undefined && placedBy.get(orderId) === session;
      },
    });
    try {
      const body = elementBody();
      await createOrder(sessionShop, body);
      placedBy.set(body.order_id, 'alice');
      const ask = (orderId: string, session?: string) =>
        sessionShop.request(`/checkout/status?transactionid=${encodeURIComponent(orderId)}`, {
          headers: session ? { cookie: `session=${session}` } : {},
        });
      const own = await ask(body.order_id, 'alice');
      assert.equal(own.status, 200);
      assert.deepEqual(await own.json(), { success: true, data: { order_id: body.order_id, status: 'initialized' } });

      const probed = await ask(body.order_id, 'mallory');
      const anonymous = await ask(body.order_id);
      const missing = await ask('never-existed', 'mallory');
      const answers: { status: number; body: string }[] = [];
      for (const response of [probed, anonymous, missing]) {
        answers.push({ status: response.status, body: await response.text() });
      }
      assert.equal(answers[0].status, 404);
      assert.deepEqual(answers[0], answers[2]);
      assert.deepEqual(answers[1], answers[2]);
      assert.deepEqual(calls, [body.order_id, body.order_id, body.order_id, 'never-existed']);
    } finally {
      await sessionShop.close();
    }
  });
});

describe('the fake MultiSafepay', () => {
  let fake: FakeMultiSafepay;
  before(async () => {
    fake = await startFakeMultiSafepay({ apiKey: 'doc-key' });
  });
  after(() => fake.close());

  const api = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    fetch(`${fake.baseUrl}${path}`, {
      ...init,
      headers: { api_key: 'doc-key', 'Content-Type': 'application/json', ...init.headers },
    });

  test("answers MultiSafepay's documented Dotpay example in the documented shape", async () => {
    const page = await readFile(
      new URL('../../../shared/reference/create-order-dotpay.md', import.meta.url),
      'utf8',
    ).catch(() => undefined);
    const blocks = page ? [...page.matchAll(/```shell\s*([\s\S]*?)```/g)].map((match) => JSON.parse(match[1])) : [];
    const request = blocks[0] ?? DOTPAY_SEED_REQUEST;
    const documented = blocks[1] ?? {
      success: true,
      data: { order_id: 'my-order-id-1', payment_url: 'https://payv2.multisafepay.com/connect/x/?lang=nl_NL' },
    };
    const response = await api('/orders', { method: 'POST', body: JSON.stringify(request) });
    assert.equal(response.status, 200);
    const answer = await response.json();
    assert.deepEqual(Object.keys(answer).sort(), Object.keys(documented).sort());
    // The seed page's example answer has no session_id; MultiSafepay's OpenAPI example has it
    // (MultiSafepay/docs openapi/components/examples/responses/postOrdersRedirect.json).
    assert.deepEqual(Object.keys(answer.data).sort(), [...Object.keys(documented.data), 'session_id'].sort());
    assert.equal(answer.success, true);
    assert.equal(answer.data.order_id, documented.data.order_id);
    assert.match(answer.data.payment_url, /\/connect\/[\w-]+\/\?lang=en_US$/);
    const order = await (await api('/orders/my-order-id-1')).json();
    assert.equal(order.data.amount, 1000);
    assert.equal(order.data.status, 'initialized');
  });

  test('documented error codes', async () => {
    const base = { type: 'redirect', gateway: 'IDEAL', currency: 'EUR', amount: 100, description: 'd' };
    const expectError = async (body: unknown, code: number, status = 400, headers: Record<string, string> = {}) => {
      const response = await api('/orders', { method: 'POST', body: JSON.stringify(body), headers });
      assert.equal(response.status, status);
      const json = await response.json();
      assert.equal(json.success, false);
      assert.equal(json.error_code, code);
    };
    await expectError({ ...base, order_id: 'e1', amount: 0 }, 1001);
    await expectError({ ...base, order_id: 'e2', currency: 'EURO' }, 1002);
    await expectError({ ...base, order_id: 'e3', description: 'x'.repeat(201) }, 1008);
    await expectError({ ...base, order_id: 'e4', gateway: 'NOPE' }, 1023);
    await expectError({ ...base, order_id: 'e5' }, 1032, 401, { api_key: 'wrong' });
    const ok = await api('/orders', { method: 'POST', body: JSON.stringify({ ...base, order_id: 'e6' }) });
    assert.equal(ok.status, 200);
    await ok.arrayBuffer();
    await expectError({ ...base, order_id: 'e6' }, 1006);
    assert.equal(fake.orders.has('e1'), false);
  });

  test('lists gateways in both shapes', async () => {
    const gateways = await (await api('/gateways?country=NL')).json();
    assert.equal(gateways.success, true);
    assert.ok(
      gateways.data.some((item: { id: string; description: unknown }) => {
        return item.id === 'IDEAL' && typeof item.description === 'string';
      }),
    );
    const methods = await (await api('/payment-methods?currency=PLN')).json();
    assert.deepEqual(
      methods.data.map((item: { id: string }) => item.id),
      offering('PLN'),
    );
    assert.equal(methods.data[0].id, 'DOTPAY');
    assert.deepEqual(methods.data[0].allowed_currencies, ['EUR', 'PLN']);
  });

  test('the payment page: a person chooses, is sent back with ?transactionid=, and the merchant is notified', async () => {
    const received: { url: string; auth: string | undefined; body: string }[] = [];
    const merchant = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      received.push({ url: req.url ?? '', auth: req.headers['auth'] as string | undefined, body });
      res.end('OK');
    });
    await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
    const merchantOrigin = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
    try {
      const created = await api('/orders', {
        method: 'POST',
        body: JSON.stringify({
          type: 'redirect',
          gateway: 'IDEAL',
          order_id: 'page-1',
          currency: 'EUR',
          amount: 995,
          description: 'Page test',
          payment_options: {
            notification_url: `${merchantOrigin}/notify`,
            redirect_url: `${merchantOrigin}/thanks`,
            cancel_url: `${merchantOrigin}/cancelled`,
          },
        }),
      });
      const { data } = await created.json();
      const html = await (await fetch(data.payment_url)).text();
      assert.match(html, /value="pay"/);
      assert.match(html, /value="cancel"/);
      assert.match(html, /value="decline"/);
      const chosen = await fetch(data.payment_url, {
        method: 'POST',
        body: 'choice=pay',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      });
      assert.equal(chosen.status, 303);
      assert.equal(chosen.headers.get('location'), `${merchantOrigin}/thanks?transactionid=page-1`);
      assert.equal(received.length, 1);
      const url = new URL(received[0].url, merchantOrigin);
      assert.equal(url.searchParams.get('transactionid'), 'page-1');
      const timestamp = url.searchParams.get('timestamp')!;
      assert.equal(received[0].auth, signNotification('doc-key', timestamp, received[0].body));
      assert.equal(JSON.parse(received[0].body).status, 'completed');
    } finally {
      merchant.closeAllConnections();
      await new Promise((resolve) => merchant.close(resolve));
    }
  });
});
