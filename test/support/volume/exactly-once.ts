// The volume run of test/server/security/exactly-once.test.ts, in a process of its own (./run.ts): `orders` orders
// created and reported on two instances of the handlers sharing one store (the default memoryStore(), or Redis at
// `redis-url`), then MultiSafepay's signed resend of each and an unsigned GET of each. MultiSafepay answers in this
// process (../in-process-multisafepay.ts). Prints what onStatus heard and what the handlers and their store hold.
//   node --expose-gc --import tsx exactly-once.ts <orders> [redis-url]
import {
  createCheckoutHandlers,
  memoryStore,
  type CheckoutHandlers,
  redisStore,
  type CheckoutOptions,
  type CheckoutStore,
} from '../../../src/server/index.js';
import { signNotification } from '../../../src/server/testing/index.js';
import { inProcessMultiSafepay, type InProcessMultiSafepay } from '../in-process-multisafepay.js';
import { connectRedis } from '../redis.mjs';
import { ELEMENT_HEADERS, quiet } from '../shop.js';
import { heapAfterGc, inBatches } from './run.js';

export const SHOP = 'https://shop.example';

/**
 * Two instances of the handlers on one store (`stores` gives each its own client of it), as a shop behind a load
 * balancer runs them; what onStatus heard, on either, lands in one count, as in the shop's one database.
 */
export function twoInstances(
  msp: InProcessMultiSafepay,
  stores: CheckoutStore[],
  extra: Partial<CheckoutOptions> = {},
) {
  const reported = new Map<string, number>();
  const options: CheckoutOptions = {
    apiKey: msp.apiKey,
    environment: msp.baseUrl,
    fetch: msp.fetch,
    allowedOrigins: [SHOP],
    resolveOrder: ({ body }) => ({ amount: 1000, currency: 'EUR', description: `Order ${String(body['order_id'])}` }),
    paymentOptions: {
      notification_url: `${SHOP}/checkout/notification`,
      redirect_url: `${SHOP}/return`,
      cancel_url: `${SHOP}/cancel`,
    },
    onStatus: ({ orderId, status }) => {
      const key = `${orderId} ${status}`;
      reported.set(key, (reported.get(key) ?? 0) + 1);
    },
    logger: quiet,
    ...extra,
  };
  const instances = [0, 1].map((i) => createCheckoutHandlers({ ...options, store: stores[i % stores.length] }));
  return {
    instances,
    reported,
    /** onStatus calls in all. */
    get calls() {
      let sum = 0;
      for (const count of reported.values()) sum += count;
      return sum;
    },
  };
}

/** The element's create-order request for `orderId`, from the shopper's browser. */
export const createRequest = (orderId: string) =>
  new Request(`${SHOP}/checkout/create-order`, {
    method: 'POST',
    headers: { ...ELEMENT_HEADERS, Origin: SHOP },
    body: JSON.stringify({ type: 'redirect', gateway: 'IDEAL', order_id: orderId, customer: { locale: 'nl_NL' } }),
  });

/** MultiSafepay's notification of `orderId`, signed now (as each of its resends is), at the notification URL. */
export function signedNotification(apiKey: string, orderId: string, transactionid: string | null = orderId) {
  const body = JSON.stringify({ order_id: orderId, status: 'completed' });
  const auth = signNotification(apiKey, String(Math.floor(Date.now() / 1000)), body);
  const query = transactionid === null ? '' : `?transactionid=${encodeURIComponent(transactionid)}`;
  return new Request(`${SHOP}/checkout/notification${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Auth: auth },
    body,
  });
}

/** A notification as `notification_method: GET` sends it, or as anyone can: unsigned. */
export const unsignedGet = (orderId: string) =>
  new Request(`${SHOP}/checkout/notification?transactionid=${encodeURIComponent(orderId)}&timestamp=1`);

export interface ExactlyOnceFigures {
  orders: number;
  created: Record<number, number>;
  reportedOnce: number;
  extra: number;
  resends: Record<number, number>;
  gets: Record<number, number>;
  /** What the two instances and their memoryStore hold at the end (0 on Redis: the store is elsewhere). */
  retainedBytes: number;
  seconds: number;
}

/** Creates, reports, resends and GETs each of `ids` on `shop`'s two instances. */
async function run(shop: ReturnType<typeof twoInstances>, msp: InProcessMultiSafepay, ids: string[], size: number) {
  const [a, b] = shop.instances as [CheckoutHandlers, CheckoutHandlers];
  const created = await inBatches(ids, (id, i) => (i % 2 ? a : b).createOrder(createRequest(id)), size);
  for (const order of msp.orders.values()) order.status = 'completed';
  // Reported on the other instance than the one that created the order.
  await inBatches(ids, (id, i) => (i % 2 ? b : a).notification(signedNotification(msp.apiKey, id)), size);
  const reportedOnce = shop.calls;
  const resend = (id: string, i: number) => (i % 2 ? a : b).notification(signedNotification(msp.apiKey, id));
  const resends = await inBatches(ids, resend, size);
  const gets = await inBatches(ids, (id, i) => (i % 2 ? b : a).notification(unsignedGet(id)), size);
  return { created, reportedOnce, extra: shop.calls - reportedOnce, resends, gets };
}

async function main() {
  const orders = Number(process.argv[2] ?? 50_000);
  const redisUrl = process.argv[3];
  const started = performance.now();
  const msp = inProcessMultiSafepay();
  const ids = Array.from({ length: orders }, (_, i) => `volume-${i}`);
  const clients = redisUrl ? [await connectRedis(redisUrl), await connectRedis(redisUrl)] : [];
  const stores = redisUrl ? clients.map((client) => redisStore(client)) : [memoryStore()];
  let shop: ReturnType<typeof twoInstances> | undefined = twoInstances(msp, stores);
  stores.length = 0;
  const counted = await run(shop, msp, ids, redisUrl ? 100 : 500);
  // What the handlers and their store hold: the heap with them, less the heap without them (MultiSafepay's own
  // record of the orders, in this process too, is in both).
  const held = await heapAfterGc();
  shop = undefined;
  const retainedBytes = redisUrl ? 0 : Math.max(0, held - (await heapAfterGc()));
  for (const client of clients) client.destroy();
  const figures: ExactlyOnceFigures = {
    orders,
    ...counted,
    retainedBytes,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  console.log(JSON.stringify(figures));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
