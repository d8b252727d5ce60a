import { isLastingKey } from './checkout-records.js';
import type { CheckoutStore } from './checkout-store.js';

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Most entries kept of what may be forgotten early (payment pages, statuses; default 10000); past it the oldest
   * are forgotten first. The marks of reported notifications and of created orders are not counted: they are never
   * forgotten before their lifetime (30 days).
   */
  maxEntries?: number;
}

interface Entry {
  value: string;
  /** Milliseconds since the epoch. */
  expires: number;
}

/** Expired entries are swept at most this often when the cache is full, so a full cache costs no scan per write. */
const SWEEP_INTERVAL_MS = 1000;
/** Expired marks are swept at most this often (a scan of every mark, about 1 ms per 10,000). */
const MARK_SWEEP_INTERVAL_MS = 60_000;

/**
 * A store in this process's memory: the default of `createCheckoutHandlers`, shared only by the handlers given this
 * same object in this same process. It is right for one long-running process; several instances, restarts and
 * serverless functions need a shared store ({@link redisStore}).
 *
 * It keeps two things apart. What may be forgotten early (a retry's payment page, a status) is a cache of at most
 * `maxEntries`, the oldest forgotten first. What must last (that a notification was given to `onStatus`, that this
 * shop created an order) is never forgotten before its lifetime (30 days), whatever the cache holds: it is bounded by
 * that lifetime instead, about 0.5 KB per order reported in the last 30 days (measured: 27 MB for 50,000 reported
 * orders, the full cache of 10,000 included; test/server/security/exactly-once.test.ts). Only an order created at
 * MultiSafepay or a verified notification adds a mark, never a stranger's request alone.
 */
export function memoryStore(options: MemoryStoreOptions = {}): CheckoutStore {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError('msp-checkout/server: memoryStore maxEntries must be a positive integer');
  }
  // A Map keeps insertion order; a write deletes first, so the first key is the least recently written.
  const cache = new Map<string, Entry>();
  const marks = new Map<string, Entry>();
  let nextSweep = 0;
  let nextMarkSweep = 0;

  const mapOf = (key: string) => (isLastingKey(key) ? marks : cache);

  const live = (key: string, now: number): Entry | undefined => {
    const map = mapOf(key);
    const entry = map.get(key);
    if (entry && entry.expires <= now) {
      map.delete(key);
      return undefined;
    }
    return entry;
  };

  const sweep = (map: Map<string, Entry>, now: number) => {
    for (const [key, entry] of map) if (entry.expires <= now) map.delete(key);
  };

  const write = (key: string, value: string, ttlSeconds: number, now: number): void => {
    const map = mapOf(key);
    map.delete(key);
    map.set(key, { value, expires: now + ttlSeconds * 1000 });
    if (map === marks) {
      if (now >= nextMarkSweep) {
        nextMarkSweep = now + MARK_SWEEP_INTERVAL_MS;
        sweep(marks, now);
      }
      return;
    }
    if (cache.size <= maxEntries) return;
    if (now >= nextSweep) {
      nextSweep = now + SWEEP_INTERVAL_MS;
      sweep(cache, now);
    }
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  };

  return {
    async get(key) {
      return live(key, Date.now())?.value;
    },
    async set(key, value, ttlSeconds) {
      write(key, value, ttlSeconds, Date.now());
    },
    // One process runs one callback at a time: the check and the write cannot interleave with another call.
    async setIfAbsent(key, value, ttlSeconds) {
      const now = Date.now();
      if (live(key, now)) return false;
      write(key, value, ttlSeconds, now);
      return true;
    },
    async delete(key) {
      mapOf(key).delete(key);
    },
  };
}
