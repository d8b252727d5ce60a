// Any number of instances of msp-checkout/server, restarts and serverless: two and three instances of the
// handlers share one store (a real Redis; then one memoryStore() in one process), MultiSafepay being the fake on
// 127.0.0.1. The shopper, the return page and MultiSafepay's notifications each reach whichever instance the load
// balancer picks. Over real HTTP on purpose (../support/instances.ts): each instance is a node:http server, as a shop
// deploys it, and a client that gives up mid-request is a closed connection.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { memoryStore, redisStore, type CheckoutStore, type StatusEvent } from '../../src/server/index.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { createOrderOn, notifyOn, startInstances, statusOn, until, type Instances } from '../support/instances.js';
import { connectRedis, startRedis, type RedisClient, type TestRedis } from '../support/redis.mjs';
import { ELEMENT_HEADERS, elementBody, sentBody } from '../support/shop.js';

let fake: FakeMultiSafepay;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
});
after(() => fake.close());

const postsFor = (orderId: string) =>
  fake.requests.filter((request) => request.method === 'POST' && sentBody(request)?.order_id === orderId).length;
const getsFor = (orderId: string) =>
  fake.requests.filter((request) => request.method === 'GET' && request.path === `/orders/${orderId}`).length;
const eventsFor = (events: StatusEvent[], orderId: string) =>
  events.filter((event) => event.orderId === orderId).map((event) => event.status);

/**
 * The suites, on stores made by `storeFor()`: called once per instance, so that with Redis every instance has its
 * own client (as separate processes would), and with memory they share one object.
 */
function sharedStoreSuites(label: string, storeFor: () => CheckoutStore) {
  describe(`${label}: two and three instances`, () => {
    let three: Instances;
    before(async () => {
      // A status learned from MultiSafepay is cached for a minute here, so that a busy machine cannot outlast it.
      three = await startInstances(fake, 3, () => ({ store: storeFor(), statusCacheMs: 60_000 }));
    });
    after(() => three.close());

    test('the notification reaches instance A, the return page asks instance B: B knows the order is paid', async () => {
      const [a, b] = three;
      const body = elementBody();
      assert.equal((await createOrderOn(a, body)).status, 200);
      await fake.choose(body.order_id, 'pay');
      assert.equal((await notifyOn(fake, a, body.order_id)).status, 200);
      const status = await statusOn(b, body.order_id);
      assert.equal(status.status, 200);
      assert.deepEqual(status.json, { success: true, data: { order_id: body.order_id, status: 'completed' } });
      assert.deepEqual(eventsFor(three.statusEvents, body.order_id), ['completed']);
    });

    test('paid before any notification: every instance learns it from MultiSafepay (GET /orders), cached briefly', async () => {
      const [a, b, c] = three;
      const body = elementBody();
      assert.equal((await createOrderOn(a, body)).status, 200);
      await fake.choose(body.order_id, 'pay');
      const before = getsFor(body.order_id);
      for (const instance of [c, b, a]) {
        const status = await statusOn(instance, body.order_id);
        assert.equal(status.status, 200);
        assert.equal(status.json.data.status, 'completed');
      }
      assert.equal(
        getsFor(body.order_id) - before,
        1,
        'one GET /orders for three status requests (cached in the store)',
      );
      assert.deepEqual(eventsFor(three.statusEvents, body.order_id), [], 'no notification, no onStatus');
    });

    test('an order MultiSafepay does not know is 404 "Unknown order" on every instance', async () => {
      for (const instance of three) {
        const status = await statusOn(instance, `never-created-${Math.random().toString(36).slice(2)}`);
        assert.equal(status.status, 404);
        assert.equal(status.json.success, false);
        assert.match(status.json.error_info, /Unknown order/);
      }
    });

    test('a retry of the same order on other instances gets the same payment page; one order at MultiSafepay', async () => {
      const [a, b, c] = three;
      const body = elementBody();
      const orders = fake.orderCount;
      const first = await createOrderOn(a, body);
      const second = await createOrderOn(b, body);
      const third = await createOrderOn(c, body);
      assert.equal(first.status, 200);
      assert.equal(second.status, 200);
      assert.equal(third.status, 200);
      assert.equal(second.json.data.payment_url, first.json.data.payment_url);
      assert.equal(third.json.data.payment_url, first.json.data.payment_url);
      assert.equal(fake.orderCount - orders, 1);
      assert.equal(postsFor(body.order_id), 1, 'the retries were answered from the store, not sent to MultiSafepay');
    });

    test('the element gave up on instance A while it was still creating: the retry on B gets that page', async () => {
      const [a, b] = three;
      const body = elementBody();
      // MultiSafepay's answer is held until A's request has reached it (A has read the whole body and carries on),
      // then the element gives up, as on its timeout: no timing, whatever the load on this machine.
      const release = fake.holdAnswers();
      try {
        const controller = new AbortController();
        const abandoned = fetch(`${a.origin}/checkout/create-order`, {
          method: 'POST',
          headers: { ...ELEMENT_HEADERS, Origin: a.origin }, // the same browser as the retry below
          body: JSON.stringify(body),
          signal: controller.signal,
        });
        await until(() => postsFor(body.order_id) === 1, 15_000, "A's request to reach MultiSafepay");
        controller.abort(new DOMException('The element gave up waiting', 'TimeoutError'));
        await assert.rejects(abandoned, /TimeoutError|aborted/);
        const retrying = createOrderOn(b, body); // A is still waiting for MultiSafepay, or has just remembered
        release();
        const retry = await retrying;
        assert.equal(retry.status, 200);
        assert.ok(retry.json.data.payment_url.includes(`/connect/${fake.orders.get(body.order_id)!.token}`));
        assert.equal(postsFor(body.order_id), 1, 'no second POST /orders, so no 1006 and no undocumented field');
      } finally {
        release();
      }
    });

    test('ten concurrent requests for one order across three instances: one order, one page for all', async () => {
      const body = elementBody();
      const orders = fake.orderCount;
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => createOrderOn(three[i % 3], body)));
      const pages = new Set(answers.map((answer) => answer.json?.data?.payment_url));
      assert.deepEqual(
        answers.map((answer) => answer.status),
        Array(10).fill(200),
      );
      assert.equal(pages.size, 1);
      assert.equal(fake.orderCount - orders, 1);
      assert.equal(postsFor(body.order_id), 1, 'one POST /orders: the others waited for its page');
    });

    test('ten copies of one notification at once across three instances: onStatus once; a later resend is OK', async () => {
      const body = elementBody();
      assert.equal((await createOrderOn(three[0], body)).status, 200);
      await fake.choose(body.order_id, 'pay');
      const copies = await Promise.all(
        Array.from({ length: 10 }, (_, i) => notifyOn(fake, three[i % 3], body.order_id)),
      );
      assert.deepEqual(eventsFor(three.statusEvents, body.order_id), ['completed']);
      const statuses = copies.map((copy) => copy.status);
      assert.ok(statuses.includes(200), `statuses: ${statuses}`);
      // A copy that met another one still running onStatus is not acknowledged: MultiSafepay sends it again.
      for (const status of statuses) assert.ok(status === 200 || status === 503, `statuses: ${statuses}`);
      for (const instance of three) assert.equal((await notifyOn(fake, instance, body.order_id)).status, 200);
      assert.deepEqual(eventsFor(three.statusEvents, body.order_id), ['completed']);
    });

    test('once per order and status: a later status of the same order is reported once more', async () => {
      const body = elementBody();
      assert.equal((await createOrderOn(three[2], body)).status, 200);
      await fake.choose(body.order_id, 'pay');
      assert.equal((await notifyOn(fake, three[0], body.order_id)).status, 200);
      fake.orders.get(body.order_id)!.status = 'refunded'; // the shop refunded it in MultiSafepay's dashboard
      assert.equal((await notifyOn(fake, three[1], body.order_id)).status, 200);
      assert.equal((await notifyOn(fake, three[2], body.order_id)).status, 200);
      assert.deepEqual(eventsFor(three.statusEvents, body.order_id), ['completed', 'refunded']);
      assert.equal((await statusOn(three[0], body.order_id)).json.data.status, 'refunded');
    });

    test('an order already paid is not handed its payment page again, on any instance (1006)', async () => {
      const [a, b, c] = three;
      const notified = elementBody();
      const unnotified = elementBody();
      const firsts = [await createOrderOn(a, notified), await createOrderOn(a, unnotified)];
      await fake.choose(notified.order_id, 'pay');
      await fake.choose(unnotified.order_id, 'pay');
      assert.equal((await notifyOn(fake, b, notified.order_id)).status, 200);
      // Known paid from the verified notification; and, without one, from MultiSafepay's GET /orders.
      for (const [body, first] of [
        [notified, firsts[0]],
        [unnotified, firsts[1]],
      ] as const) {
        for (const instance of [a, c]) {
          const retry = await createOrderOn(instance, body);
          assert.equal(retry.status, 409);
          assert.equal(retry.json.success, false);
          assert.equal(retry.json.error_code, 1006, 'the code the element shows as "already paid"');
          assert.match(retry.json.error_info, /already completed/);
          assert.doesNotMatch(retry.text, new RegExp(first.json.data.payment_url.replace(/[.?]/g, '\\$&')));
        }
        assert.equal(postsFor(body.order_id), 1);
      }
    });
  });

  describe(`${label}: a restart (new instances, the same store)`, () => {
    test('the new instances know the status, give back the open payment page and do not report again', async () => {
      const old = await startInstances(fake, 2, () => ({ store: storeFor() }));
      const paid = elementBody();
      const open = elementBody();
      let page;
      try {
        assert.equal((await createOrderOn(old[0], paid)).status, 200);
        page = (await createOrderOn(old[1], open)).json.data.payment_url;
        await fake.choose(paid.order_id, 'pay');
        assert.equal((await notifyOn(fake, old[1], paid.order_id)).status, 200);
      } finally {
        await old.close();
      }
      const fresh = await startInstances(fake, 2, () => ({ store: storeFor() }), { statusEvents: old.statusEvents });
      try {
        const status = await statusOn(fresh[0], paid.order_id);
        assert.equal(status.json.data.status, 'completed');
        const retry = await createOrderOn(fresh[1], open);
        assert.equal(retry.status, 200);
        assert.equal(retry.json.data.payment_url, page);
        assert.equal(postsFor(open.order_id), 1);
        assert.equal((await notifyOn(fake, fresh[0], paid.order_id)).status, 200, 'MultiSafepay resends');
        assert.deepEqual(eventsFor(fresh.statusEvents, paid.order_id), ['completed']);
      } finally {
        await fresh.close();
      }
    });
  });

  describe(`${label}: handlers created for every request (serverless)`, () => {
    let functions: Instances;
    before(async () => {
      functions = await startInstances(fake, 2, () => ({ store: storeFor() }), { perRequest: true });
    });
    after(() => functions.close());

    test('a retry gets the same page, the status is known, ten copies of a notification give one onStatus', async () => {
      const body = elementBody();
      const first = await createOrderOn(functions[0], body);
      const retry = await createOrderOn(functions[1], body);
      assert.equal(retry.json.data.payment_url, first.json.data.payment_url);
      assert.equal(postsFor(body.order_id), 1);
      await fake.choose(body.order_id, 'pay');
      const copies = await Promise.all(
        Array.from({ length: 10 }, (_, i) => notifyOn(fake, functions[i % 2], body.order_id)),
      );
      assert.ok(copies.some((copy) => copy.status === 200));
      assert.deepEqual(eventsFor(functions.statusEvents, body.order_id), ['completed']);
      assert.equal((await statusOn(functions[1], body.order_id)).json.data.status, 'completed');
      const created = functions[0].created + functions[1].created;
      assert.ok(created >= 13, `handlers were created per request (${created} times)`);
    });
  });
}

describe('on one Redis', () => {
  let redis: TestRedis;
  const clients: RedisClient[] = [];
  const stores: CheckoutStore[] = [];
  before(async () => {
    redis = await startRedis();
    // Enough connected clients for every instance the suites start; each instance takes its own.
    for (let i = 0; i < 12; i++) clients.push(await connectRedis(redis.url));
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await redis.stop();
  });
  sharedStoreSuites('redisStore', () => {
    const store = redisStore(clients[stores.length % clients.length]);
    stores.push(store);
    return store;
  });
});

describe('on one memoryStore() shared in one process', () => {
  const shared = memoryStore();
  sharedStoreSuites('memoryStore', () => shared);
});

describe('one process with the default store', () => {
  test('paying an already-paid order again is refused with 1006, not handed the stored payment page', async () => {
    const shop = (await startInstances(fake, 1))[0];
    try {
      const body = elementBody();
      const first = await createOrderOn(shop, body);
      const again = await createOrderOn(shop, body);
      assert.equal(again.json.data.payment_url, first.json.data.payment_url, 'while open: the same page');
      await fake.choose(body.order_id, 'pay');
      assert.equal((await notifyOn(fake, shop, body.order_id)).status, 200);
      const paidAgain = await createOrderOn(shop, body);
      assert.equal(paidAgain.status, 409);
      assert.deepEqual(paidAgain.json, {
        success: false,
        data: {},
        error_code: 1006,
        error_info: `Order ${body.order_id} is already completed: it cannot be paid again`,
      });
      assert.equal(postsFor(body.order_id), 1);
    } finally {
      await shop.close();
    }
  });
});

describe('a verified open status is not kept for long', () => {
  test('notified "initialized", then paid with every later notification lost: MultiSafepay is asked again', async () => {
    const shop = (await startInstances(fake, 1, { statusCacheMs: 300 }))[0];
    try {
      const body = elementBody();
      await createOrderOn(shop, body);
      assert.equal((await notifyOn(fake, shop, body.order_id)).status, 200); // the shopper opened the payment page
      assert.equal((await statusOn(shop, body.order_id)).json.data.status, 'initialized');
      await fake.choose(body.order_id, 'pay'); // its notification never arrives
      await until(
        async () => (await statusOn(shop, body.order_id)).json.data.status === 'completed',
        10_000,
        'the status to come from MultiSafepay',
      );
      assert.equal((await createOrderOn(shop, body)).json.error_code, 1006, 'and the paid order is not offered again');
    } finally {
      await shop.close();
    }
  });
});
