// Nothing tied an order or its status to its shopper. An outside red-team run found that without authorizeStatus
// (the default, and the README shop) 2,019 cookie-less probes of order-N found the real order in 6 s, that a known
// order answered in 0.65 ms and an unknown one in 102 ms (MultiSafepay was asked), and that another browser repeating
// a known order id and gateway was handed the same payment_url: it could cancel the order, or block its owner.
//
// The proof, as the backends in every language implement it (docs/backend-contract.md): a status is answered only
// with the status token of the order's return URL (`msp_token`, HMAC-SHA256 of the order id), or when the shop's
// authorizeStatus allows it; otherwise the unknown order's 404, after the same work. The payment page is given again
// only to the browser whose `msp_checkout` cookie created the order; another gets 409 (1006).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryStore, type CheckoutStore } from '../../../src/server/index.js';
import { recordFigures } from '../../support/figures.mjs';
import { until } from '../../support/instances.js';
import {
  BROWSER_COOKIE,
  createOrder,
  elementBody,
  startShop,
  statusToken,
  useFakeAndShop,
  type Shop,
} from '../../support/shop.js';

const SUITE = 'shopper-proof';
const figure = (figures: Parameters<typeof recordFigures>[1]) => recordFigures(SUITE, figures);

/** The one answer for an order that does not exist and for a request without the order's proof (the contract's). */
const UNKNOWN_ORDER = '{"success":false,"data":{},"error_code":404,"error_info":"Unknown order","error_source":"shop"}';

/** A store that counts what the handlers ask of it. */
function countingStore(): CheckoutStore & { operations: number } {
  const store = memoryStore();
  const counted = {
    operations: 0,
    get: (key: string) => (counted.operations++, store.get(key)),
    set: (key: string, value: string, ttl: number) => (counted.operations++, store.set(key, value, ttl)),
    setIfAbsent: (key: string, value: string, ttl: number) => (
      counted.operations++,
      store.setIfAbsent(key, value, ttl)
    ),
    delete: (key: string) => (counted.operations++, store.delete(key)),
  };
  return counted;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('the status of an order, to its shopper only', () => {
  const store = countingStore();
  const running = useFakeAndShop({ notify: false }, { store });
  const calls = () => running.fake.requests.length;

  test('2,000 probes of order-1 to order-2000 without the token find none of the 20 real orders, for 0 calls', async () => {
    const real = Array.from({ length: 20 }, (_, i) => `order-${(i + 1) * 97}`);
    for (const id of real) assert.equal((await createOrder(running.shop, elementBody({ order_id: id }))).status, 200);
    const [callsBefore, operationsBefore] = [calls(), store.operations];
    const started = performance.now();
    let found = 0;
    const answers = new Set<string>();
    for (let n = 1; n <= 2000; n++) {
      const answer = await running.shop.request(`/checkout/status?transactionid=order-${n}`);
      const text = await answer.text();
      answers.add(`${answer.status} ${text}`);
      if (answer.status === 200) found++;
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    figure({
      'status probes without proof': 2000,
      'real orders among them': real.length,
      'real orders found': found,
      'calls to MultiSafepay for the probes': calls() - callsBefore,
      'store operations for the probes': store.operations - operationsBefore,
      'time for the 2,000 probes (s)': { value: seconds, how: 'max' },
    });
    assert.equal(found, 0);
    assert.deepEqual([...answers], [`404 ${UNKNOWN_ORDER}`], 'one answer, byte for byte, for every probe');
    assert.equal(calls() - callsBefore, 0);
    assert.equal(store.operations - operationsBefore, 0);
  });

  test('without proof, a known order and a made-up id get the same answer after the same work: no timing oracle', async () => {
    const known = elementBody();
    assert.equal((await createOrder(running.shop, known)).status, 200);
    await running.fake.choose(known.order_id, 'pay');
    const work = async (orderId: string) => {
      const [callsBefore, operationsBefore] = [calls(), store.operations];
      const times: number[] = [];
      const bodies = new Set<string>();
      for (let i = 0; i < 200; i++) {
        const started = performance.now();
        const answer = await running.shop.status(orderId, { token: null });
        bodies.add(`${answer.status} ${await answer.text()}`);
        times.push(performance.now() - started);
      }
      return { calls: calls() - callsBefore, operations: store.operations - operationsBefore, times, bodies };
    };
    const ofKnown = await work(known.order_id);
    const ofUnknown = await work(`never-${known.order_id}`);
    const ms = (value: number) => ({ value: Math.round(value * 1000) / 1000, how: 'max' as const });
    figure({
      'known order without proof: calls and store operations': ofKnown.calls + ofKnown.operations,
      'made-up order: calls and store operations': ofUnknown.calls + ofUnknown.operations,
      'known order without proof, median answer (ms)': ms(median(ofKnown.times)),
      'made-up order, median answer (ms)': ms(median(ofUnknown.times)),
    });
    assert.deepEqual([...ofKnown.bodies], [`404 ${UNKNOWN_ORDER}`]);
    assert.deepEqual([...ofUnknown.bodies], [`404 ${UNKNOWN_ORDER}`]);
    assert.deepEqual([ofKnown.calls, ofKnown.operations], [0, 0]);
    assert.deepEqual([ofUnknown.calls, ofUnknown.operations], [0, 0]);
  });

  test("the return URLs carry the order's token; MultiSafepay's redirect back to them is all the return page needs", async () => {
    const body = elementBody();
    assert.equal((await createOrder(running.shop, body)).status, 200);
    const token = statusToken(running.fake.apiKey, body.order_id);
    const sent = running.fake.orders.get(body.order_id)!.payment_options;
    assert.equal(sent['redirect_url'], `${running.shop.origin}/checkout/return?msp_token=${token}`);
    // The shop's own query is kept, the token after it.
    assert.equal(
      sent['cancel_url'],
      `${running.shop.origin}/checkout/cancel?order=${body.order_id}&msp_token=${token}`,
    );
    const { location } = await running.fake.choose(body.order_id, 'pay');
    const back = new URL(location);
    assert.equal(back.searchParams.get('transactionid'), body.order_id);
    const asked = await running.shop.request(`/checkout/status${back.search}`);
    assert.deepEqual(await asked.json(), { success: true, data: { order_id: body.order_id, status: 'completed' } });
  });

  test("another order's token, a token changed by one character, a token of another key: the unknown order's 404", async () => {
    const body = elementBody();
    const other = elementBody();
    for (const each of [body, other]) assert.equal((await createOrder(running.shop, each)).status, 200);
    const token = statusToken(running.fake.apiKey, body.order_id);
    const changed = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const forgeries = [
      statusToken(running.fake.apiKey, other.order_id),
      changed,
      statusToken('another-key', body.order_id),
      `${token}=`,
      token.slice(0, 20),
      '',
    ];
    const callsBefore = calls();
    let accepted = 0;
    for (const forged of forgeries) {
      const answer = await running.shop.status(body.order_id, { token: forged });
      const text = await answer.text();
      if (answer.status !== 404 || text !== UNKNOWN_ORDER) accepted++;
    }
    figure({ 'forged status tokens': forgeries.length, 'forged status tokens accepted': accepted });
    assert.equal(accepted, 0);
    assert.equal(calls(), callsBefore);
    assert.equal((await running.shop.status(body.order_id)).status, 200, 'and the genuine one works');
  });
});

describe('statusSecret and authorizeStatus', () => {
  const running = useFakeAndShop({ notify: false });

  test('tokens are keyed with statusSecret when it is given, never with the API key', async () => {
    const shop = await startShop(running.fake, { statusSecret: 'a-status-secret-of-its-own' });
    try {
      const body = elementBody();
      assert.equal((await createOrder(shop, body)).status, 200);
      const token = statusToken('a-status-secret-of-its-own', body.order_id);
      assert.match(String(running.fake.orders.get(body.order_id)!.payment_options['redirect_url']), new RegExp(token));
      assert.equal((await shop.status(body.order_id, { token })).status, 200);
      const withKey = statusToken(running.fake.apiKey, body.order_id);
      assert.equal((await shop.status(body.order_id, { token: withKey })).status, 404);
    } finally {
      await shop.close();
    }
  });

  test('authorizeStatus widens: a session that owns the order needs no token; it never narrows a valid token', async () => {
    const owned = new Set<string>();
    const shop: Shop = await startShop(running.fake, {
      authorizeStatus: (request, orderId) => request.headers.get('cookie') === 'session=alice' && owned.has(orderId),
    });
    try {
      const body = elementBody();
      assert.equal((await createOrder(shop, body)).status, 200);
      owned.add(body.order_id);
      assert.equal(
        (await shop.status(body.order_id, { token: null, headers: { cookie: 'session=alice' } })).status,
        200,
      );
      assert.equal(
        (await shop.status(body.order_id, { token: null, headers: { cookie: 'session=mallory' } })).status,
        404,
      );
      // A bank app opened the return page in another browser: no session there, the token proves it.
      assert.equal((await shop.status(body.order_id, { headers: { cookie: 'session=mallory' } })).status, 200);
    } finally {
      await shop.close();
    }
  });
});

describe('the remembered payment page, to the browser that created the order only', () => {
  const running = useFakeAndShop({ notify: false });
  const posts = (orderId: string) =>
    running.fake.requests.filter(
      (request) => request.method === 'POST' && (request.body as { order_id?: string })?.order_id === orderId,
    ).length;

  test('the create-order answer marks a browser without the cookie: HttpOnly, SameSite=Lax, Path=/ (Secure over https)', async () => {
    const fresh = await createOrder(running.shop, elementBody(), { Cookie: '' });
    const cookie = fresh.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^msp_checkout=[A-Za-z0-9_-]{22}; Path=\/; HttpOnly; SameSite=Lax$/);
    const known = await createOrder(running.shop, elementBody());
    assert.equal(known.headers.get('set-cookie'), null, 'a browser that has one keeps it');
    const secure = await running.shop.handlers.createOrder(
      new Request('https://shop.example/checkout/create-order', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: 'https://shop.example' },
        body: JSON.stringify(elementBody()),
      }),
    );
    assert.match(secure.headers.get('set-cookie') ?? '', /; HttpOnly; Secure; SameSite=Lax$/);
    await secure.arrayBuffer();
  });

  test('another browser repeating a known order id and gateway gets 409 (1006), never the payment_url', async () => {
    const body = elementBody();
    const first = await createOrder(running.shop, body);
    assert.equal(first.status, 200);
    const again = await createOrder(running.shop, body);
    assert.equal(again.json.data.payment_url, first.json.data.payment_url, 'the same browser: the same page');
    const strangers = [
      await createOrder(running.shop, body, { Cookie: 'msp_checkout=another-browser-00000000' }),
      await createOrder(running.shop, body, { Cookie: '' }),
      await createOrder(running.shop, body, { Cookie: `${BROWSER_COOKIE.slice(0, -1)}x` }),
      await createOrder(running.shop, body, { Cookie: 'msp_checkout=not a cookie of ours' }),
    ];
    const handedThePage = strangers.filter((answer) => answer.text.includes(first.json.data.payment_url)).length;
    figure({ 'other browsers repeating a known order id': strangers.length, 'handed its payment page': handedThePage });
    assert.equal(handedThePage, 0);
    for (const answer of strangers) {
      assert.equal(answer.status, 409);
      assert.deepEqual(answer.json, {
        success: false,
        data: {},
        error_code: 1006,
        error_info: `Order ${body.order_id} already exists`,
        error_source: 'shop',
      });
    }
    assert.equal(posts(body.order_id), 1, 'and MultiSafepay heard of it once');
  });

  test('two browsers at once for a new order id: one gets the page, the other 409', async () => {
    const body = elementBody();
    const release = running.fake.holdAnswers();
    const mine = createOrder(running.shop, body);
    const theirs = createOrder(running.shop, body, { Cookie: 'msp_checkout=another-browser-00000000' });
    // One of them holds the claim, its call to MultiSafepay answered only once released; the other waits for its page.
    await until(() => posts(body.order_id) === 1, 15_000, 'the first request to reach MultiSafepay');
    release();
    const answers = await Promise.all([mine, theirs]);
    const statuses = answers.map((answer) => answer.status).sort();
    assert.deepEqual(statuses, [200, 409]);
    assert.doesNotMatch(answers.find((answer) => answer.status === 409)!.text, /payment_url/);
    assert.equal(posts(body.order_id), 1);
  });
});
