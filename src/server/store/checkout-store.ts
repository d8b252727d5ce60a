/**
 * Where `msp-checkout/server` keeps what several instances of the handlers must share: the payment page of each
 * order id (so that a shopper's retry, on any instance, gets the same page instead of a second order), which
 * notifications were already given to `onStatus`, and the last verified status of each order.
 *
 * Four operations on short string keys and string values, each with a lifetime in seconds. Anything that can keep a
 * value for a while and insert a row only when its key is free can be a store: Redis (`redisStore`), one process's
 * memory (`memoryStore`, the default), or a table in the shop's own database.
 *
 * Rules a store must keep:
 * - `setIfAbsent` is atomic: of many concurrent calls for one key (from any number of processes) exactly one resolves
 *   `true` while the key holds an unexpired value. This is what keeps `onStatus` to once per order and status; a
 *   get-then-set implementation breaks that promise under concurrent copies of one notification.
 * - An expired value behaves as absent, for `get` and for `setIfAbsent`.
 * - Failures reject (or throw): the handlers then act safely (an order is still created, without retry memory; a
 *   notification is answered non-200 so that MultiSafepay sends it again). Never resolve a guess.
 * - Keys are at most about 120 characters of printable ASCII; values are short JSON texts or plain words.
 */
export interface CheckoutStore {
  /** The value stored under `key`, or `undefined` (or `null`) when there is none or it has expired. */
  get(key: string): Promise<string | null | undefined>;
  /** Stores `value` under `key` for `ttlSeconds` seconds, replacing any value. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /**
   * Stores `value` under `key` for `ttlSeconds` seconds only when `key` holds no unexpired value, atomically.
   * Resolves `true` when this call stored it, `false` when the key was taken.
   */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** Removes `key` (nothing happens when it is absent). */
  delete(key: string): Promise<void>;
}
