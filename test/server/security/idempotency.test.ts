// The late success, at the reference backend: the element gave up on a request (its timeout), the backend carried
// on and MultiSafepay created the order; the shopper's retry must get the same payment page, not a second order.
// Over real HTTP on 127.0.0.1 against the fake MultiSafepay, on purpose: the element giving up is its fetch aborted,
// a connection the shop's node:http server (toNodeHandler) sees closed while the handler carries on.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../../src/server/testing/index.js';
import { recordFigures } from '../../support/figures.mjs';
import {
  createOrderOverHttp,
  elementBody,
  sentBody,
  startShop,
  type ElementBody,
  type Shop,
} from '../../support/shop.js';

const SUITE = 'idempotency';
let fake: FakeMultiSafepay;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
});
after(() => fake.close());

const until = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const reached = (body: ElementBody) =>
  fake.requests.some(
    (request) =>
      request.method === 'POST' && request.path === '/orders' && sentBody(request)?.order_id === body.order_id,
  );

/**
 * The element's first attempt, abandoned as the element abandons it when its timeout fires: MultiSafepay's answer is
 * held until the request has reached it (so the backend has read the whole body and carries on, whatever the load
 * on this machine), then the client gives up, then MultiSafepay answers: the late success, without timing.
 */
async function abandoned(shop: Shop, body: ElementBody) {
  const release = fake.holdAnswers();
  try {
    const controller = new AbortController();
    const attempt = createOrderOverHttp(shop, body, {}, { signal: controller.signal });
    await until(() => reached(body));
    controller.abort(new DOMException('The element gave up waiting', 'TimeoutError'));
    await assert.rejects(attempt, /TimeoutError|aborted/);
  } finally {
    release();
  }
}

test('the same server: a retry after the element timed out gets the same payment page, one order', async () => {
  const shop = await startShop(fake, { timeout: 5000 });
  try {
    const body = elementBody();
    const orders = fake.orderCount;
    await abandoned(shop, body);
    await until(() => fake.orders.has(body.order_id)); // the late success
    const retry = await createOrderOverHttp(shop, body);
    const again = await createOrderOverHttp(shop, body);
    const created = fake.orderCount - orders;
    recordFigures(SUITE, {
      'retries after a late success': 2,
      'orders created per order id (max)': { value: created, how: 'max' },
    });
    assert.equal(retry.status, 200);
    assert.equal(again.json.data.payment_url, retry.json.data.payment_url);
    assert.ok(retry.json.data.payment_url.includes(`/connect/${fake.orders.get(body.order_id)!.token}`));
    assert.equal(created, 1);
  } finally {
    await shop.close();
  }
});

test('another server process (no memory): MultiSafepay answers 1006, the backend answers 409, never a second order', async () => {
  const first = await startShop(fake, { timeout: 5000 });
  const second = await startShop(fake);
  try {
    const body = elementBody();
    const orders = fake.orderCount;
    await abandoned(first, body);
    await until(() => fake.orders.has(body.order_id));
    const retry = await createOrderOverHttp(second, body);
    const created = fake.orderCount - orders;
    const refusals = fake.requests.filter(
      (request) => request.method === 'POST' && sentBody(request)?.order_id === body.order_id,
    ).length;
    recordFigures(SUITE, {
      'retries after a late success': 1,
      'orders created per order id (max)': { value: created, how: 'max' },
    });
    assert.equal(refusals, 2, 'the retry reached MultiSafepay, which refused a second order (1006)');
    // The open order's page is not in GET /orders/{id} (MultiSafepay documents no payment_url there) and this
    // process never saw it: the documented PAYMENT_PAGE_UNKNOWN, which the element shows as its own message.
    assert.equal(retry.status, 409);
    assert.deepEqual([retry.json.success, retry.json.error_code], [false, 409]);
    assert.equal(created, 1);
  } finally {
    await first.close();
    await second.close();
  }
});
