import type { CheckoutStore } from './checkout-store.js';

/**
 * The three commands {@link redisStore} sends, typed by shape so that `msp-checkout/server` needs no Redis package at
 * run time: a connected client of the official `redis` package (node-redis 4 to 6, `createClient()` or
 * `createCluster()`) has them.
 */
export interface RedisClientLike {
  get(key: string): Promise<unknown>;
  // node-redis 4 knows only these option names; 5 and 6 still accept them. A client that ignored NX would turn
  // de-duplication into a plain overwrite, so the one spelling every version reads is used.
  set(key: string, value: string, options: { EX: number; NX?: true }): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** Prefix of every key (default `"msp-checkout:"`), to share a Redis database with other data. */
  prefix?: string;
}

/**
 * A store in Redis, shared by every instance given a client of the same Redis: for several processes behind a load
 * balancer, restarts and serverless functions. De-duplication is one atomic `SET key value NX EX ttl`.
 *
 * Create the client with `disableOfflineQueue: true` so that a command fails at once while Redis is unreachable
 * (instead of waiting in the client's queue and running late), and listen to its `error` event.
 */
export function redisStore(client: RedisClientLike, options: RedisStoreOptions = {}): CheckoutStore {
  if (
    !client ||
    typeof client.get !== 'function' ||
    typeof client.set !== 'function' ||
    typeof client.del !== 'function'
  ) {
    throw new TypeError('msp-checkout/server: redisStore needs a client of the redis package (createClient())');
  }
  const prefix = options.prefix ?? 'msp-checkout:';
  const seconds = (ttl: number): number => Math.max(1, Math.ceil(ttl));
  return {
    async get(key) {
      const reply = await client.get(prefix + key);
      // A client with a Buffer type mapping answers bytes; String() decodes them as UTF-8.
      return reply === null || reply === undefined ? undefined : String(reply);
    },
    async set(key, value, ttlSeconds) {
      await client.set(prefix + key, value, { EX: seconds(ttlSeconds) });
    },
    async setIfAbsent(key, value, ttlSeconds) {
      // SET ... NX answers OK when it wrote the key and nil when the key existed.
      const reply = await client.set(prefix + key, value, { EX: seconds(ttlSeconds), NX: true });
      return reply !== null && reply !== undefined;
    },
    async delete(key) {
      await client.del(prefix + key);
    },
  };
}
