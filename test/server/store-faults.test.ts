// Faults lose nothing: the store down or slow, Redis killed in the middle of a run, MultiSafepay down while
// the return page asks. A real Redis (Debian's redis-server, started and killed by the test), the fake MultiSafepay on
// 127.0.0.1. Over real HTTP on purpose, on the instances of ../support/instances.ts: a deployment suite, it runs the
// server as shops deploy it, each instance a node:http server, and two instances lose nothing when Redis dies.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { memoryStore, redisStore, type CheckoutStore, type StatusEvent } from '../../src/server/index.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { createOrderOn, notifyOn, startInstances, statusOn, until, type Instances } from '../support/instances.js';
import { connectRedis, startRedis, type RedisClient, type TestRedis } from '../support/redis.mjs';
import { elementBody } from '../support/shop.js';

let fake: FakeMultiSafepay;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
});
after(() => fake.close());

const eventsFor = (events: StatusEvent[], orderId: string) =>
  events.filter((event) => event.orderId === orderId).map((event) => event.status);
const logger = () => {
  const lines: string[] = [];
  return { lines, warn: (...args: unknown[]) => lines.push(args.join(' ')) };
};

/** A store that never answers: a Redis behind a dead network path, a database stuck on a lock. */
const stuckStore = (): CheckoutStore => {
  const never = () => new Promise<never>(() => {});
  return { get: never, set: never, setIfAbsent: never, delete: never };
};
/** A store whose every call throws at once, without even returning a promise. */
const brokenStore = (): CheckoutStore => {
  const fail = (): never => {
    throw new Error('connection refused');
  };
  return { get: fail, set: fail, setIfAbsent: fail, delete: fail };
};

describe('Redis killed in the middle of a run', () => {
  let redis: TestRedis;
  let instances: Instances;
  let clients: RedisClient[];
  const errors: unknown[] = [];
  const log = logger();
  before(async () => {
    redis = await startRedis();
    clients = [await connectRedis(redis.url, { errors }), await connectRedis(redis.url, { errors })];
    let next = 0;
    instances = await startInstances(fake, 2, () => ({ store: redisStore(clients[next++ % 2]), logger: log }));
  });
  after(async () => {
    await instances.close();
    for (const client of clients) client.destroy();
    await redis.stop();
  });

  test('orders keep working; notifications are answered non-200 and succeed on the resend once Redis is back', async () => {
    const [a, b] = instances;
    const before = elementBody();
    assert.equal((await createOrderOn(a, before)).status, 200);

    await redis.kill();
    const during = elementBody();
    const created = await createOrderOn(b, during);
    assert.equal(created.status, 200, 'the shopper still pays');
    assert.match(created.json.data.payment_url, new RegExp(`^${fake.origin}/connect/`));
    assert.ok(
      log.lines.some((line) => /store/i.test(line) && /retry/i.test(line)),
      `the log says the retry memory is lost: ${log.lines.join('\n')}`,
    );

    await fake.choose(before.order_id, 'pay');
    await fake.choose(during.order_id, 'pay');
    for (const id of [before.order_id, during.order_id]) {
      const refused = await notifyOn(fake, a, id);
      assert.ok(refused.status! >= 500, `not acknowledged while Redis is down (${refused.status})`);
      assert.doesNotMatch(refused.body, /OK/);
    }
    assert.deepEqual(eventsFor(instances.statusEvents, before.order_id), []);

    await redis.restart();
    await until(() => clients.every((client) => client.isReady), 15_000, 'the clients to reconnect');
    // MultiSafepay resends (3 times, 15 minutes apart): now each is recorded and reported once.
    for (const id of [before.order_id, during.order_id]) {
      assert.equal((await notifyOn(fake, b, id)).status, 200);
      assert.equal((await notifyOn(fake, a, id)).status, 200);
      assert.deepEqual(eventsFor(instances.statusEvents, id), ['completed']);
      assert.equal((await statusOn(a, id)).json.data.status, 'completed');
    }
    const after = elementBody();
    const retryA = await createOrderOn(a, after);
    const retryB = await createOrderOn(b, after);
    assert.equal(retryB.json.data.payment_url, retryA.json.data.payment_url, 'retry memory works again');
  });
});

describe('a store that is down or does not answer', () => {
  for (const [name, make] of [
    ['throws at once', brokenStore],
    ['never answers', stuckStore],
  ] as const) {
    describe(`a store that ${name}`, () => {
      let instances: Instances;
      const log = logger();
      before(async () => {
        instances = await startInstances(fake, 1, { store: make(), storeTimeout: 300, logger: log });
      });
      after(() => instances.close());

      test('creating an order still works and the log says the retry memory is lost', async () => {
        const body = elementBody();
        const created = await createOrderOn(instances[0], body);
        assert.equal(created.status, 200);
        assert.equal(created.json.data.order_id, body.order_id);
        assert.ok(
          log.lines.some((line) => line.includes(body.order_id) && /store/.test(line)),
          log.lines.join('\n'),
        );
      });

      test('a notification that cannot be recorded is answered 503 and onStatus is not called', async () => {
        const body = elementBody();
        await createOrderOn(instances[0], body);
        await fake.choose(body.order_id, 'pay');
        const answer = await notifyOn(fake, instances[0], body.order_id);
        assert.equal(answer.status, 503);
        assert.doesNotMatch(answer.body, /OK/);
        assert.deepEqual(eventsFor(instances.statusEvents, body.order_id), []);
      });

      test('the return page still gets the status, from MultiSafepay', async () => {
        const body = elementBody();
        await createOrderOn(instances[0], body);
        await fake.choose(body.order_id, 'pay');
        const status = await statusOn(instances[0], body.order_id);
        assert.equal(status.status, 200);
        assert.equal(status.json.data.status, 'completed');
      });
    });
  }
});

describe('a creation that never finishes', () => {
  test('a request for an order another request claimed and never finished gets a clear 503 of the shop', async () => {
    const store = memoryStore();
    const body = elementBody();
    await store.set(`page:${body.order_id}`, 'creating', 60); // an instance died between its claim and its answer
    const instances = await startInstances(fake, 1, { store, timeout: 300 });
    try {
      const answer = await createOrderOn(instances[0], body);
      assert.equal(answer.status, 503);
      assert.equal(answer.json.error_source, 'shop', 'not blamed on MultiSafepay');
      assert.match(answer.json.error_info, /being created by another request/);
      assert.equal(fake.orders.has(body.order_id), false);
    } finally {
      await instances.close();
    }
  });
});

describe('onStatus fails', () => {
  test('the notification is answered 500 and the resend calls onStatus again, once', async () => {
    const store = memoryStore();
    let fail = true;
    const heard: string[] = [];
    const instances = await startInstances(fake, 2, {
      store,
      onStatus: (event) => {
        heard.push(event.status);
        if (fail) throw new Error('database locked');
      },
    });
    try {
      const body = elementBody();
      await createOrderOn(instances[0], body);
      await fake.choose(body.order_id, 'pay');
      assert.equal((await notifyOn(fake, instances[0], body.order_id)).status, 500);
      fail = false;
      assert.equal((await notifyOn(fake, instances[1], body.order_id)).status, 200);
      assert.equal((await notifyOn(fake, instances[0], body.order_id)).status, 200);
      assert.deepEqual(heard, ['completed', 'completed']);
    } finally {
      await instances.close();
    }
  });
});

describe('MultiSafepay down while the return page asks', () => {
  test('no verified status and MultiSafepay unreachable: a clear 502, never a guess', async () => {
    const down = await startFakeMultiSafepay({ notify: false });
    const instances = await startInstances(down, 1, { store: memoryStore() });
    try {
      const body = elementBody();
      assert.equal((await createOrderOn(instances[0], body)).status, 200);
      await down.close();
      const status = await statusOn(instances[0], body.order_id);
      assert.equal(status.status, 502);
      assert.equal(status.json.success, false);
      assert.match(status.json.error_info, /MultiSafepay could not be reached/);
    } finally {
      await instances.close();
    }
  });

  test('MultiSafepay too slow: a clear 504', async () => {
    const instances = await startInstances(fake, 1, { store: memoryStore(), timeout: 300 });
    try {
      const body = elementBody();
      assert.equal((await createOrderOn(instances[0], body)).status, 200);
      // MultiSafepay's answer is held until released: only the shop's 300 ms can end the wait.
      const release = fake.holdAnswers();
      try {
        const status = await statusOn(instances[0], body.order_id);
        assert.equal(status.status, 504);
        assert.match(status.json.error_info, /did not answer in time/);
      } finally {
        release();
      }
    } finally {
      await instances.close();
    }
  });

  test('a verified status is answered even while MultiSafepay is down', async () => {
    const store = memoryStore();
    const down = await startFakeMultiSafepay({ notify: false });
    const instances = await startInstances(down, 2, { store });
    try {
      const body = elementBody();
      await createOrderOn(instances[0], body);
      await down.choose(body.order_id, 'pay');
      assert.equal((await notifyOn(down, instances[0], body.order_id)).status, 200);
      await down.close();
      const status = await statusOn(instances[1], body.order_id);
      assert.equal(status.status, 200);
      assert.equal(status.json.data.status, 'completed');
    } finally {
      await instances.close();
    }
  });
});
