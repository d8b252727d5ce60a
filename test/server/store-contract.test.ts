// The store contract of msp-checkout/server (src/server/store/checkout-store.ts), run against each store it ships:
// memoryStore() and redisStore(client) on a real Redis (Debian's redis-server, started by the test on 127.0.0.1).
// A shop's own store (docs/deploying.md: Your own store) should pass the same cases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { memoryStore, redisStore, type CheckoutStore, type RedisClientLike } from '../../src/server/index.js';
import { connectRedis, startRedis, type RedisClient, type TestRedis } from '../support/redis.mjs';

const until = async (check: () => Promise<boolean> | boolean, ms = 10_000, what = 'condition') => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

let sequence = 0;
const freshKey = () => `contract:${process.pid}:${++sequence}`;

/**
 * The cases every store must pass. `stores()` gives the store under test and, for the concurrency case, more handles
 * on the same data (other clients of the same Redis; the same object for memory).
 */
interface ContractContext {
  store: CheckoutStore;
  handles: CheckoutStore[];
  close(): void;
}

function contract(name: string, setup: () => Promise<ContractContext>) {
  describe(`${name} keeps the store contract`, () => {
    let context: ContractContext;
    before(async () => {
      context = await setup();
    });
    after(() => context.close());

    test('an absent key reads as undefined', async () => {
      assert.equal(await context.store.get(freshKey()), undefined);
    });

    test('set stores a value that get returns, and a second set replaces it', async () => {
      const key = freshKey();
      await context.store.set(key, '{"payment_url":"https://pay.example/1"}', 60);
      assert.equal(await context.store.get(key), '{"payment_url":"https://pay.example/1"}');
      await context.store.set(key, 'done', 60);
      assert.equal(await context.store.get(key), 'done');
    });

    test('a value is gone once its lifetime has passed', async () => {
      const key = freshKey();
      await context.store.set(key, 'short', 1);
      await until(async () => (await context.store.get(key)) === undefined, 10_000, 'the value to expire');
    });

    test('setIfAbsent stores only into a free key', async () => {
      const key = freshKey();
      assert.equal(await context.store.setIfAbsent(key, 'first', 60), true);
      assert.equal(await context.store.setIfAbsent(key, 'second', 60), false);
      assert.equal(await context.store.get(key), 'first');
    });

    test('setIfAbsent takes a key again after delete and after expiry', async () => {
      const key = freshKey();
      assert.equal(await context.store.setIfAbsent(key, 'lease', 1), true);
      await context.store.delete(key);
      assert.equal(await context.store.get(key), undefined);
      assert.equal(await context.store.setIfAbsent(key, 'lease again', 1), true);
      await until(async () => (await context.store.get(key)) === undefined, 10_000, 'the lease to expire');
      assert.equal(await context.store.setIfAbsent(key, 'after expiry', 60), true);
      assert.equal(await context.store.get(key), 'after expiry');
    });

    test('of 30 concurrent setIfAbsent calls on one key, from every handle, exactly one wins', async () => {
      const key = freshKey();
      const handles = context.handles;
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => handles[i % handles.length].setIfAbsent(key, `claim ${i}`, 60)),
      );
      assert.equal(results.filter(Boolean).length, 1);
      const winner = results.indexOf(true);
      assert.equal(await context.store.get(key), `claim ${winner}`);
    });

    test('delete of an absent key does nothing', async () => {
      await context.store.delete(freshKey());
    });
  });
}

contract('memoryStore()', async () => {
  const store = memoryStore();
  return { store, handles: [store], close: () => {} };
});

let redis: TestRedis;
const clients: RedisClient[] = [];
before(async () => {
  redis = await startRedis();
});
after(async () => {
  for (const client of clients) client.destroy();
  await redis.stop();
});
const client = async () => {
  const connected = await connectRedis(redis.url);
  clients.push(connected);
  return connected;
};

contract('redisStore(client) on a real Redis', async () => {
  // Three clients stand for three instances of the handlers.
  const handles = [redisStore(await client()), redisStore(await client()), redisStore(await client())];
  return { store: handles[0], handles, close: () => {} };
});

describe('memoryStore()', () => {
  test('is bounded: past maxEntries the least recently written entries are forgotten first', async () => {
    const store = memoryStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) await store.set(key, key, 60);
    await store.set('a', 'a again', 60); // written again: now the newest
    await store.set('d', 'd', 60);
    assert.equal(await store.get('b'), undefined);
    assert.equal(await store.get('a'), 'a again');
    assert.equal(await store.get('c'), 'c');
    assert.equal(await store.get('d'), 'd');
  });

  test('refuses a maxEntries that is not a positive integer', () => {
    assert.throws(() => memoryStore({ maxEntries: 0 }), /maxEntries must be a positive integer/);
    assert.throws(() => memoryStore({ maxEntries: 1.5 }), /maxEntries must be a positive integer/);
  });

  test('two stores do not share anything: only the same object is shared', async () => {
    const one = memoryStore();
    const two = memoryStore();
    await one.set('k', 'v', 60);
    assert.equal(await two.get('k'), undefined);
  });
});

describe('redisStore(client)', () => {
  test('writes under the prefix with a Redis expiry, and claims with one SET NX EX (never get-then-set)', async () => {
    const observer = await client();
    const store = redisStore(await client());
    const seen: string[] = [];
    const monitor = await client();
    await monitor.monitor((line: string) => seen.push(line));
    const key = freshKey();
    await store.set(key, 'v', 120);
    const ttl = await observer.ttl(`msp-checkout:${key}`);
    assert.ok(ttl > 0 && ttl <= 120, `TTL ${ttl}`);
    assert.equal(await observer.get(`msp-checkout:${key}`), 'v');
    const claimKey = freshKey();
    assert.equal(await store.setIfAbsent(claimKey, 'x', 30), true);
    await until(() => seen.some((line) => line.includes(claimKey)), 5000, 'MONITOR to show the claim');
    const commands = seen.filter((line) => line.includes(claimKey));
    assert.equal(commands.length, 1, commands.join('\n'));
    assert.match(commands[0], new RegExp(`"SET" "msp-checkout:${claimKey}" "x" .*"NX"`, 'i'));
    assert.match(commands[0], /"EX" "30"/i);
  });

  test('two prefixes on one Redis are two separate stores', async () => {
    const connected = await client();
    const shopA = redisStore(connected, { prefix: 'shop-a:' });
    const shopB = redisStore(connected, { prefix: 'shop-b:' });
    await shopA.set('order-1', 'a', 60);
    assert.equal(await shopB.get('order-1'), undefined);
    assert.equal(await shopB.setIfAbsent('order-1', 'b', 60), true);
    assert.equal(await shopA.get('order-1'), 'a');
  });

  test('refuses something that is not a redis client', () => {
    // What a JavaScript caller can pass, whatever the types say.
    assert.throws(() => redisStore({} as RedisClientLike), /needs a client of the redis package/);
    assert.throws(() => redisStore(undefined as unknown as RedisClientLike), /needs a client of the redis package/);
  });

  test('while Redis is unreachable every operation rejects; none resolves a guess', async () => {
    const own = await startRedis();
    const errors: unknown[] = [];
    const connected = await connectRedis(own.url, { errors });
    const store = redisStore(connected);
    try {
      await store.set('k', 'v', 60);
      await own.kill();
      await assert.rejects(store.get('k'));
      await assert.rejects(store.set('k', 'v', 60));
      await assert.rejects(store.setIfAbsent('k2', 'v', 60));
      await assert.rejects(store.delete('k'));
    } finally {
      connected.destroy();
      await own.stop();
    }
  });
});
