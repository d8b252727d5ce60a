// What the handlers keep in the store, under which keys and for how long, read back as checked types. Every store
// call is bounded by a timeout, so that a slow store cannot hold a shopper or MultiSafepay longer than that: a
// failure or a timeout rejects with a StoreFailure and the handler decides what is safe (docs/deploying.md).
import { isRecord } from '../../shared/guards.js';
import type { CheckoutStore } from './checkout-store.js';

/** A payment page MultiSafepay gave for an order, with what it was created for. */
export interface RememberedPage {
  gateway: string;
  amount: number;
  currency: string;
  /** MultiSafepay's `data` of the `POST /orders` answer: `order_id`, `payment_url` (and `session_id`). */
  data: Record<string, unknown>;
  /** The SHA-256 of the `msp_checkout` cookie of the browser that created the order: only it gets the page again. */
  owner: string;
}

/** An order's status as the handlers know it: `verified` from a verified notification, else from `GET /orders`. */
export interface KnownStatus {
  status: string;
  verified: boolean;
}

/**
 * Where an order's payment page stands when a request claims its creation: this call may create it, another request
 * is creating it right now, it exists (`page`), or the store holds something unreadable under its key.
 */
export type PageClaim =
  { kind: 'claimed' } | { kind: 'creating' } | { kind: 'page'; page: RememberedPage } | { kind: 'unreadable' };

/** Where a notification's claim stands: this call won it, another copy is running `onStatus`, or it is done. */
export type NotificationClaim = 'claimed' | 'processing' | 'done';

const DAY = 24 * 60 * 60;
/** A shopper's retry (double click, timeout, coming back) happens within a day; later ones create a new order. */
export const PAGE_SECONDS = DAY;
/**
 * MultiSafepay resends an unacknowledged notification 3 times, 15 minutes apart, and the dashboard can resend one
 * any time later (MultiSafepay/docs content/payment-management/webhook.md): "done" is kept for 30 days.
 */
export const DONE_SECONDS = 30 * DAY;
/**
 * How long one copy holds a notification while `onStatus` runs. Shorter than MultiSafepay's 15 minutes between
 * resends, so that a process that dies inside `onStatus` does not block the next resend.
 */
export const LEASE_SECONDS = 5 * 60;
/** A verified final status is kept as long as its notification's "done". */
export const VERIFIED_SECONDS = DONE_SECONDS;
/**
 * An order this shop created is known as its own for as long as a notification's "done": an unsigned (GET)
 * notification is taken to MultiSafepay only for such an order, so that a stranger's made-up ids cost no call.
 */
export const CREATED_SECONDS = DONE_SECONDS;
/**
 * Statuses an order is expected to leave (MultiSafepay/docs content/payment-management/payment-statuses.md):
 * a verified one is only cached briefly, like MultiSafepay's own answer, so that a later notification that never
 * arrives (all of MultiSafepay's resends failed) cannot leave the return page, or a retry, on it for days.
 */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['initialized', 'uncleared', 'reserved']);

/** A store operation that failed or did not answer in time. */
export class StoreFailure extends Error {
  constructor(operation: string, cause: unknown) {
    super(`store ${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreFailure';
  }
}

const pageKey = (orderId: string) => `page:${orderId}`;
/** The value of `page:<order id>` while one request creates the order at MultiSafepay. */
const CREATING = 'creating';
const statusKey = (orderId: string) => `status:${orderId}`;
const notifiedKey = (orderId: string, status: string) => `notified:${orderId}:${status}`;
const createdKey = (orderId: string) => `created:${orderId}`;

/**
 * The keys that must last their whole lifetime, whatever else is stored: the marks of notifications reported (or
 * being reported) and of orders this shop created. A store that forgets entries under memory pressure must never
 * forget these early (`memoryStore` keeps them apart from what it may forget): a forgotten "done" would give a
 * replayed notification to `onStatus` a second time.
 */
export function isLastingKey(key: string): boolean {
  return key.startsWith('notified:') || key.startsWith('created:');
}

function parse(text: string | null | undefined): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parsePage(text: string | null | undefined): RememberedPage | undefined {
  const value = parse(text);
  if (
    !isRecord(value) ||
    typeof value['gateway'] !== 'string' ||
    typeof value['amount'] !== 'number' ||
    typeof value['currency'] !== 'string' ||
    !isRecord(value['data']) ||
    typeof value['data']['payment_url'] !== 'string'
  ) {
    return undefined;
  }
  // A page remembered without its browser (by a version before the shopper's proof) belongs to nobody: a retry of it
  // is refused as for another browser, never handed the page.
  const owner = typeof value['owner'] === 'string' ? value['owner'] : '';
  return {
    gateway: value['gateway'],
    amount: value['amount'],
    currency: value['currency'],
    data: value['data'],
    owner,
  };
}

export interface CheckoutRecords {
  /**
   * Claims the creation of `orderId`'s order for `leaseSeconds` (atomically across every instance), or tells what
   * stands in the way: another request creating it, or its remembered page.
   */
  claimPage(orderId: string, leaseSeconds: number): Promise<PageClaim>;
  /** Remembers the page MultiSafepay gave (ending the claim). */
  rememberPage(orderId: string, page: RememberedPage): Promise<void>;
  /** Ends a claim that created nothing. */
  releasePage(orderId: string): Promise<void>;
  /** Marks `orderId` as an order this shop created (at MultiSafepay), for CREATED_SECONDS. */
  rememberCreated(orderId: string): Promise<void>;
  /** Whether this shop created `orderId` within CREATED_SECONDS (as far as the store knows). */
  wasCreated(orderId: string): Promise<boolean>;
  /** The status known for `orderId`: verified, or cached from MultiSafepay for a few seconds. */
  knownStatus(orderId: string): Promise<KnownStatus | undefined>;
  /**
   * Records a verified status (replacing a cached one): a final one for long, an open one (OPEN_STATUSES) for
   * `openSeconds` only.
   */
  recordVerifiedStatus(orderId: string, status: string, openSeconds: number): Promise<void>;
  /** Caches MultiSafepay's answer briefly, unless a verified status is known meanwhile. */
  cacheStatus(orderId: string, status: string, seconds: number): Promise<void>;
  /** Claims the right to give (order, status) to `onStatus`, atomically across every instance. */
  claimNotification(orderId: string, status: string): Promise<NotificationClaim>;
  /** `onStatus` succeeded: later copies are answered OK without calling it. */
  finishNotification(orderId: string, status: string): Promise<void>;
  /** `onStatus` failed: the next copy (MultiSafepay's resend) claims it again. */
  releaseNotification(orderId: string, status: string): Promise<void>;
}

/** The handlers' records in `store`, every call bounded by `timeoutMs`. */
export function checkoutRecords(store: CheckoutStore, timeoutMs: number): CheckoutRecords {
  async function call<T>(operation: string, work: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      // work() may throw synchronously (a store written without async): that is a failure like any other.
      return await Promise.race([Promise.resolve().then(work), late]);
    } catch (error) {
      throw new StoreFailure(operation, error);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async claimPage(orderId, leaseSeconds) {
      const key = pageKey(orderId);
      if (await call('setIfAbsent', () => store.setIfAbsent(key, CREATING, leaseSeconds))) return { kind: 'claimed' };
      const value = await call('get', () => store.get(key));
      // Gone in between (the other request failed, the lease ended): as good as "creating", asked again shortly.
      if (value === CREATING || value === null || value === undefined) return { kind: 'creating' };
      const page = parsePage(value);
      return page ? { kind: 'page', page } : { kind: 'unreadable' };
    },
    async rememberPage(orderId, page) {
      await call('set', () => store.set(pageKey(orderId), JSON.stringify(page), PAGE_SECONDS));
    },
    async releasePage(orderId) {
      await call('delete', () => store.delete(pageKey(orderId)));
    },
    async rememberCreated(orderId) {
      await call('set', () => store.set(createdKey(orderId), '1', CREATED_SECONDS));
    },
    async wasCreated(orderId) {
      const value = await call('get', () => store.get(createdKey(orderId)));
      return value !== null && value !== undefined;
    },
    async knownStatus(orderId) {
      const value = parse(await call('get', () => store.get(statusKey(orderId))));
      if (!isRecord(value) || typeof value['status'] !== 'string') return undefined;
      return { status: value['status'], verified: value['verified'] === true };
    },
    async recordVerifiedStatus(orderId, status, openSeconds) {
      const value = JSON.stringify({ status, verified: true });
      const seconds = OPEN_STATUSES.has(status) ? Math.max(1, openSeconds) : VERIFIED_SECONDS;
      await call('set', () => store.set(statusKey(orderId), value, seconds));
    },
    async cacheStatus(orderId, status, seconds) {
      const value = JSON.stringify({ status, verified: false });
      await call('setIfAbsent', () => store.setIfAbsent(statusKey(orderId), value, seconds));
    },
    async claimNotification(orderId, status) {
      const key = notifiedKey(orderId, status);
      if (await call('setIfAbsent', () => store.setIfAbsent(key, 'processing', LEASE_SECONDS))) return 'claimed';
      return (await call('get', () => store.get(key))) === 'done' ? 'done' : 'processing';
    },
    async finishNotification(orderId, status) {
      await call('set', () => store.set(notifiedKey(orderId, status), 'done', DONE_SECONDS));
    },
    async releaseNotification(orderId, status) {
      await call('delete', () => store.delete(notifiedKey(orderId, status)));
    },
  };
}
