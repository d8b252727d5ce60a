// msp-checkout/server as MultiSafepay's own material says MultiSafepay behaves: the handlers
// are given Requests (../support/shop.ts); MultiSafepay, the fake or a stub of it, is a real HTTP server on 127.0.0.1
// (it is outside the project), and the fake's notifications reach the shop over HTTP.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as server from '../../src/server/index.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { DOTPAY_SEED_REQUEST } from '../conformance/fixtures/multisafepay-examples.js';
import { createOrder, elementBody, sentBody, startShop, type Shop } from '../support/shop.js';

/** A MultiSafepay stand-in on 127.0.0.1 that answers every call with `answer` (status, JSON body). */
async function startStubMultiSafepay(answer: { status: number; body: unknown }) {
  const requests: { method: string | undefined; url: string | undefined }[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url });
    req.resume();
    res.writeHead(answer.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiKey: 'stub-key',
    baseUrl: `${origin}/v1/json`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

type Stub = Awaited<ReturnType<typeof startStubMultiSafepay>>;

/** MultiSafepay's notification of `orderId` to `shop`, signed with `apiKey` as MultiSafepay signs it. */
function notifySigned(shop: Shop, apiKey: string, orderId: string) {
  const body = JSON.stringify({ order_id: orderId });
  const auth = server.signNotification(apiKey, String(Math.floor(Date.now() / 1000)), body);
  return shop.request(`/checkout/notification?transactionid=${orderId}`, {
    method: 'POST',
    body,
    headers: { Auth: auth },
  });
}

describe('1. an API key with a trailing newline or space (as read from a secrets file)', () => {
  let fake: FakeMultiSafepay;
  before(async () => {
    fake = await startFakeMultiSafepay({ notify: false });
  });
  after(() => fake.close());

  for (const [name, suffix] of [
    ['newline', '\n'],
    ['space', ' '],
    ['CRLF and tab', '\r\n\t'],
  ]) {
    test(`a ${name}: orders are created and their notifications verify (trimmed, as MultiSafepay's PHP SDK does)`, async () => {
      const shop = await startShop(fake, { apiKey: `${fake.apiKey}${suffix}` });
      try {
        const body = elementBody();
        assert.equal((await createOrder(shop, body)).status, 200);
        await fake.choose(body.order_id, 'pay');
        const notification = (await fake.sendNotification(body.order_id))!;
        assert.equal(notification.status, 200);
        assert.equal(notification.body, 'OK');
        assert.deepEqual(
          shop.statusEvents.map((event) => [event.orderId, event.status]),
          [[body.order_id, 'completed']],
        );
      } finally {
        await shop.close();
      }
    });
  }
});

describe('2. "success": false with HTTP 200 is a failure (decided by the flag, as the PHP SDK does)', () => {
  let stub: Stub;
  let shop: Shop;
  before(async () => {
    stub = await startStubMultiSafepay({
      status: 200,
      body: { success: false, data: {}, error_code: 1000, error_info: 'Unknown error' },
    });
    shop = await startShop(stub);
  });
  after(async () => {
    await shop.close();
    await stub.close();
  });

  test('createOrder answers the failure with its code, not {"success":true,"data":{}}', async () => {
    const result = await createOrder(shop, elementBody());
    assert.equal(result.status, 502);
    assert.deepEqual(result.json, { success: false, data: {}, error_code: 1000, error_info: 'Unknown error' });
  });

  test('listGateways answers the failure, not an empty list', async () => {
    const response = await shop.request('/checkout/gateways?currency=EUR');
    assert.equal(response.status, 502);
    const json = await response.json();
    assert.deepEqual([json.success, json.error_code], [false, 1000]);
  });

  test('a notification is not acknowledged and onStatus never hears "unknown"', async () => {
    const response = await notifySigned(shop, stub.apiKey, 'order-1');
    assert.notEqual(response.status, 200);
    assert.doesNotMatch(await response.text(), /^OK/);
    assert.deepEqual(shop.statusEvents, []);
  });

  test('an order answered without a status is not acknowledged either (MultiSafepay retries)', async () => {
    const noStatus = await startStubMultiSafepay({ status: 200, body: { success: true, data: { order_id: 'x' } } });
    const other = await startShop(noStatus);
    try {
      const response = await notifySigned(other, noStatus.apiKey, 'x');
      assert.equal(response.status, 502);
      assert.deepEqual(other.statusEvents, []);
    } finally {
      await other.close();
      await noStatus.close();
    }
  });
});

describe('3. a retried order id does not depend on payment_url in GET /orders/{id}', () => {
  let fake: FakeMultiSafepay;
  before(async () => {
    fake = await startFakeMultiSafepay({ notify: false });
  });
  after(() => fake.close());

  test("the fake's GET /orders/{id} has no payment_url, like MultiSafepay's documented order", async () => {
    const shop = await startShop(fake);
    try {
      const body = elementBody();
      await createOrder(shop, body);
      const response = await fetch(`${fake.baseUrl}/orders/${body.order_id}`, { headers: { api_key: fake.apiKey } });
      const { data } = await response.json();
      assert.equal(data.status, 'initialized');
      assert.equal('payment_url' in data, false);
    } finally {
      await shop.close();
    }
  });

  test('the same server remembers the page: a retry gets it without a second POST /orders', async () => {
    const shop = await startShop(fake);
    try {
      const body = elementBody();
      const first = await createOrder(shop, body);
      const posts = () => fake.requests.filter((r) => r.method === 'POST' && sentBody(r)?.order_id === body.order_id);
      const again = await createOrder(shop, body);
      assert.equal(again.json.data.payment_url, first.json.data.payment_url);
      assert.equal(posts().length, 1);
    } finally {
      await shop.close();
    }
  });

  test('a server that never saw the page answers 409 PAYMENT_PAGE_UNKNOWN with a clear error_info', async () => {
    const first = await startShop(fake);
    const second = await startShop(fake);
    try {
      const body = elementBody();
      assert.equal((await createOrder(first, body)).status, 200);
      const retry = await createOrder(second, body);
      assert.equal(retry.status, 409);
      assert.equal(retry.json.success, false);
      assert.equal(retry.json.error_code, 409);
      assert.match(retry.json.error_info, /already started/);
      assert.equal(fake.orderCount, fake.orders.size);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('a paid order id is still refused with MultiSafepay 1006', async () => {
    const first = await startShop(fake);
    const second = await startShop(fake);
    try {
      const body = elementBody();
      await createOrder(first, body);
      await fake.choose(body.order_id, 'pay');
      const retry = await createOrder(second, body);
      assert.equal(retry.json.error_code, 1006);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('5. locales outside MultiSafepay ab_CD form still get payment methods', () => {
  let fake: FakeMultiSafepay;
  let shop: Shop;
  before(async () => {
    fake = await startFakeMultiSafepay();
    shop = await startShop(fake);
  });
  after(async () => {
    await shop.close();
    await fake.close();
  });

  for (const locale of ['fil_PH', 'yue_HK', 'haw_US']) {
    test(`${locale}: 200 with the list; the locale is not passed on in a form MultiSafepay does not use`, async () => {
      const response = await shop.request(`/checkout/gateways?currency=EUR&country=PH&locale=${locale}`);
      assert.equal(response.status, 200);
      const json = (await response.json()) as { data: { id: string }[] };
      assert.ok(json.data.some((method) => method.id === 'ALIPAY'));
      assert.doesNotMatch(fake.requests.at(-1)!.query, /locale/);
    });
  }

  test('an ab_CD locale is passed on; a malformed one is still refused', async () => {
    await (await shop.request('/checkout/gateways?currency=PLN&locale=pl_PL')).arrayBuffer();
    assert.match(fake.requests.at(-1)!.query, /locale=pl_PL/);
    const bad = await shop.request(`/checkout/gateways?locale=${encodeURIComponent('<x>')}`);
    assert.equal(bad.status, 400);
  });
});

describe('6. MultiSafepay\'s own example request (amount written as the string "1000")', () => {
  let fake: FakeMultiSafepay;
  let shop: Shop;
  before(async () => {
    fake = await startFakeMultiSafepay({ notify: false });
    shop = await startShop(fake);
  });
  after(async () => {
    await shop.close();
    await fake.close();
  });

  test('creates the order with the amount resolveOrder gives, not 400', async () => {
    const body = { ...DOTPAY_SEED_REQUEST, order_id: `seed-${process.pid}` };
    const result = await createOrder(shop, body);
    assert.equal(result.status, 200);
    assert.equal(result.json.success, true);
    const order = fake.orders.get(body.order_id)!;
    assert.deepEqual([order.amount, order.currency, order.gateway], [2500, 'EUR', 'DOTPAY']);
    // The example's payment_options (example.com URLs) are the browser's: never passed on.
    assert.equal(order.payment_options['notification_url'], `${shop.origin}/checkout/notification`);
  });
});

describe('7. the signature check is exact, as PHP hash_equals compares it', () => {
  const key = 'your-MultiSafepay-API-key';
  const body = '{"order_id":"o-1","status":"completed"}';
  const now = 1_700_000_000;
  const timestamp = String(now);
  const [, signature] = Buffer.from(server.signNotification(key, timestamp, body), 'base64')
    .toString()
    .split(':');
  const auth = (sig: string) => Buffer.from(`${timestamp}:${sig}`).toString('base64');

  test('the signature as MultiSafepay sends it verifies', () => {
    assert.equal(server.verifyNotification(body, auth(signature), key, { now }), true);
  });
  test('upper-case hex is refused', () => {
    assert.equal(server.verifyNotification(body, auth(signature.toUpperCase()), key, { now }), false);
  });
  test('an extra trailing digit is refused', () => {
    assert.equal(server.verifyNotification(body, auth(`${signature}0`), key, { now }), false);
    assert.equal(server.verifyNotification(body, auth(`${signature}00`), key, { now }), false);
  });
  test('a missing digit is refused', () => {
    assert.equal(server.verifyNotification(body, auth(signature.slice(0, -1)), key, { now }), false);
  });

  test('the notification handler refuses an upper-case signature with 403', async () => {
    const fake = await startFakeMultiSafepay({ notify: false });
    const shop = await startShop(fake);
    try {
      const order = elementBody();
      await createOrder(shop, order);
      const stamp = String(Math.floor(Date.now() / 1000));
      const raw = JSON.stringify({ order_id: order.order_id });
      const [, sig] = Buffer.from(server.signNotification(fake.apiKey, stamp, raw), 'base64')
        .toString()
        .split(':');
      const send = (s: string) =>
        shop.request(`/checkout/notification?transactionid=${order.order_id}&timestamp=${stamp}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Auth: Buffer.from(`${stamp}:${s}`).toString('base64') },
          body: raw,
        });
      assert.equal((await send(sig.toUpperCase())).status, 403);
      assert.equal((await send(`${sig}a`)).status, 403);
      assert.equal((await send(sig)).status, 200);
    } finally {
      await shop.close();
      await fake.close();
    }
  });
});
