// The reference backend's own refusals: each says in its JSON that it is the shop's backend
// (`error_source: 'shop'`, which the element reports as backend-error, never as MultiSafepay's), and each is logged
// with its reason, never with the API key. MultiSafepay's own refusals stay as MultiSafepay sent them. The handlers
// are given Requests (../support/shop.ts); the fake MultiSafepay is a real HTTP server on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { createOrder, elementBody, startShop, type Shop } from '../support/shop.js';

const SECRET = 'sk-refusal-log-never-0123456789';

describe("msp-checkout/server's own refusals", () => {
  let fake: FakeMultiSafepay;
  let shop: Shop;
  const lines: string[] = [];
  const logged = () => lines.splice(0);

  before(async () => {
    fake = await startFakeMultiSafepay({ apiKey: SECRET });
    shop = await startShop(fake, {
      apiKey: SECRET,
      logger: { warn: (...args: unknown[]) => lines.push(args.join(' ')) },
      // The shop's configured origin is 127.0.0.1; a developer opens it at localhost.
      allowedOrigins: ['http://127.0.0.1:3000'],
    });
  });
  after(async () => {
    await shop.close();
    await fake.close();
  });

  test('an origin that does not match SHOP_ORIGIN: 403 marked as the shop backend, logged with both origins', async () => {
    logged();
    const result = await createOrder(shop, elementBody(), { Origin: 'http://localhost:3000' });
    assert.equal(result.status, 403);
    assert.deepEqual(result.json, {
      success: false,
      data: {},
      error_code: 403,
      error_info: 'This origin may not create orders',
      error_source: 'shop',
    });
    const lines = logged();
    assert.equal(lines.length, 1);
    assert.equal(
      lines[0],
      'msp-checkout/server: refused POST /checkout/create-order (403): This origin may not create orders; ' +
        "Origin http://localhost:3000 (allowed: http://127.0.0.1:3000; it must match the browser's address exactly)",
    );
    assert.equal(fake.orderCount, 0);
  });

  const refusals: [string, { headers?: Record<string, string>; body?: unknown }, number, RegExp][] = [
    [
      'without the X-MSP-Checkout header',
      { headers: { 'X-MSP-Checkout': '' } },
      403,
      /X-MSP-Checkout header is missing/,
    ],
    ['from another site', { headers: { 'Sec-Fetch-Site': 'cross-site' } }, 403, /Cross-site requests are refused/],
    ['with a form content type', { headers: { 'Content-Type': 'text/plain' } }, 403, /application\/json/],
    ['with a body that is not JSON', { body: '{oops' }, 400, /not valid JSON/],
    ['with an invalid field', { body: elementBody({ gateway: 'ideal' }) }, 400, /gateway/],
    ['for an order the shop does not know', { body: elementBody({ order_id: 'unknown-order' }) }, 404, /Unknown order/],
  ];
  for (const [what, request, status, reason] of refusals) {
    test(`a request ${what}: ${status}, marked as the shop backend's, logged with its reason`, async () => {
      logged();
      const origin = 'http://127.0.0.1:3000';
      const result = await createOrder(shop, request.body ?? elementBody(), { Origin: origin, ...request.headers });
      assert.equal(result.status, status);
      assert.equal(result.json.error_source, 'shop');
      assert.match(result.json.error_info, reason);
      const lines = logged();
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], new RegExp(`^msp-checkout/server: refused POST /checkout/create-order \\(${status}\\): `));
      assert.match(lines[0], reason);
      assert.doesNotMatch(lines[0], /refusal-log-never/);
    });
  }

  test('the return-page status and gateway list refusals are logged too', async () => {
    logged();
    const status = await shop.request('/checkout/status?transactionid=%00bad');
    assert.equal(status.status, 400);
    assert.equal((await status.json()).error_source, 'shop');
    const list = await shop.request('/checkout/gateways?currency=euro');
    assert.equal(list.status, 400);
    const lines = logged();
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0], /^msp-checkout\/server: refused GET \/checkout\/status \(400\): transactionid/);
    assert.match(lines[1], /^msp-checkout\/server: refused GET \/checkout\/gateways \(400\): currency/);
  });

  test('the notification URL logs each refusal with its reason: wrong method, no transactionid, too large a body', async () => {
    logged();
    const url = '/checkout/notification';
    const wrongMethod = await shop.request(`${url}?transactionid=order-1`, { method: 'PUT' });
    assert.equal(wrongMethod.status, 405);
    const noId = await shop.request(url);
    assert.equal(noId.status, 400);
    assert.equal((await noId.json()).error_source, 'shop');
    const tooLarge = await shop.request(`${url}?transactionid=order-1`, {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    assert.equal(tooLarge.status, 413);
    const lines = logged();
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /^msp-checkout\/server: notification refused \(405\): Use POST$/);
    assert.match(lines[1], /^msp-checkout\/server: notification refused \(400\): transactionid is missing or invalid$/);
    assert.match(lines[2], /^msp-checkout\/server: notification refused \(413\): /);
    for (const line of lines) assert.doesNotMatch(line, /refusal-log-never/);
    assert.deepEqual(shop.statusEvents, []);
  });

  test("MultiSafepay's own refusal is passed through unmarked, and is not logged as the shop's", async () => {
    const wrongKey = await startShop(fake, {
      apiKey: 'not-the-key',
      logger: { warn: (...args: unknown[]) => lines.push(args.join(' ')) },
    });
    try {
      logged();
      const result = await createOrder(wrongKey, elementBody());
      assert.equal(result.json.error_code, 1032);
      assert.equal(result.json.error_source, undefined);
      assert.deepEqual(
        logged().filter((line) => line.includes('refused')),
        [],
      );
    } finally {
      await wrongKey.close();
    }
  });
});
