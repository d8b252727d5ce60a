import type { CheckoutStore } from './checkout-store.js';

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /** Most entries kept (default 10000); past it the oldest are forgotten first. */
  maxEntries?: number;
}

interface Entry {
  value: string;
  /** Milliseconds since the epoch. */
  expires: number;
}

/** Expired entries are swept at most this often when the store is full, so a full store costs no scan per write. */
const SWEEP_INTERVAL_MS = 1000;

/**
 * A store in this process's memory: the default of `createCheckoutHandlers`. Bounded (`maxEntries`, oldest forgotten
 * first) and shared only by the handlers given this same object in this same process. It is right for one
 * long-running process; several instances, restarts and serverless functions need a shared store
 * ({@link redisStore}).
 */
export function memoryStore(options: MemoryStoreOptions = {}): CheckoutStore {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError('msp-checkout/server: memoryStore maxEntries must be a positive integer');
  }
  // A Map keeps insertion order; a write deletes first, so the first key is the least recently written.
  const entries = new Map<string, Entry>();
  let nextSweep = 0;

  const live = (key: string, now: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expires <= now) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const write = (key: string, value: string, ttlSeconds: number, now: number): void => {
    entries.delete(key);
    entries.set(key, { value, expires: now + ttlSeconds * 1000 });
    if (entries.size <= maxEntries) return;
    if (now >= nextSweep) {
      nextSweep = now + SWEEP_INTERVAL_MS;
      for (const [k, entry] of entries) if (entry.expires <= now) entries.delete(k);
    }
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
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
      entries.delete(key);
    },
  };
}
