// Several instances of msp-checkout/server's handlers (src/server/, no build), as a shop runs them behind a load
// balancer: each instance is its own createCheckoutHandlers() on its own node:http server (127.0.0.1, a free port),
// all with the same options and the same MultiSafepay (the fake). What `onStatus` hears, on any instance, lands in
// one list, as it would land in the shop's one database. `perRequest: true` creates the handlers anew for every
// request, as serverless platforms do. Over real HTTP on purpose: the deployment suites run the server as shops
// deploy it, each instance a process's node:http server that the shopper, the return page and MultiSafepay reach.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createCheckoutHandlers,
  toNodeHandler,
  type CheckoutHandlers,
  type CheckoutOptions,
  type StatusEvent,
} from '../../src/server/index.js';
import type { FakeMultiSafepay, FakeNotificationRecord } from '../../src/server/testing/index.js';
import { answerOf, ELEMENT_HEADERS, quiet, ROUTES, statusPath, statusToken, type Answer } from './shop.js';

export interface Instance {
  origin: string;
  /** The key of its status tokens: what the return URLs of its orders carry as `msp_token`. */
  statusSecret: string;
  /** How many times its handlers were created (once, or once per request with `perRequest`). */
  created: number;
  close(): Promise<void>;
}

export type Instances = Instance[] & { statusEvents: StatusEvent[]; close(): Promise<unknown> };

type InstanceOptions = Partial<CheckoutOptions> | (() => Partial<CheckoutOptions>);

/**
 * Starts `count` instances sharing `statusEvents` (and, through `options.store`, one store). `options` are
 * createCheckoutHandlers' options over the defaults here; a function is called once per handlers created.
 */
export async function startInstances(
  fake: FakeMultiSafepay,
  count: number,
  options: InstanceOptions = {},
  { perRequest = false, statusEvents = [] as StatusEvent[] } = {},
): Promise<Instances> {
  const instances: Instance[] = [];
  for (let i = 0; i < count; i++) instances.push(await startInstance(fake, options, { perRequest, statusEvents }));
  return Object.assign(instances, {
    statusEvents,
    close: () => Promise.all(instances.map((instance) => instance.close())),
  });
}

async function startInstance(
  fake: FakeMultiSafepay,
  options: InstanceOptions,
  { perRequest, statusEvents }: { perRequest: boolean; statusEvents: StatusEvent[] },
): Promise<Instance> {
  const instance: Instance = { origin: '', statusSecret: fake.apiKey, created: 0, close: async () => {} };
  const make = (): CheckoutHandlers => {
    instance.created++;
    const given = typeof options === 'function' ? options() : options;
    instance.statusSecret = given.statusSecret ?? given.apiKey ?? fake.apiKey;
    return createCheckoutHandlers({
      apiKey: fake.apiKey,
      environment: fake.baseUrl,
      resolveOrder: ({ body }) => ({ amount: 2500, currency: 'EUR', description: `Order ${body['order_id']}` }),
      paymentOptions: () => ({
        notification_url: `${instance.origin}/checkout/notification`,
        redirect_url: `${instance.origin}/checkout/return`,
        cancel_url: `${instance.origin}/checkout/cancel`,
      }),
      onStatus: (event) => {
        statusEvents.push(event);
      },
      timeout: 3000,
      logger: quiet,
      ...given,
    });
  };
  const kept = perRequest ? undefined : make();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (!Object.hasOwn(ROUTES, pathname)) return res.writeHead(404).end();
    const handlers = kept ?? make();
    return toNodeHandler(handlers[ROUTES[pathname as keyof typeof ROUTES]])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  instance.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  instance.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return instance;
}

/** What the element sends to createOrder, on `instance`. */
export async function createOrderOn(instance: Instance, body: unknown): Promise<Answer> {
  return answerOf(
    await fetch(`${instance.origin}/checkout/create-order`, {
      method: 'POST',
      headers: { ...ELEMENT_HEADERS, Origin: instance.origin },
      body: JSON.stringify(body),
    }),
  );
}

/** What the return page asks `instance`, with the status token of the order's return URL. */
export async function statusOn(instance: Instance, orderId: string): Promise<Answer> {
  return answerOf(await fetch(`${instance.origin}${statusPath(orderId, statusToken(instance.statusSecret, orderId))}`));
}

/**
 * MultiSafepay's notification for `orderId`, signed as MultiSafepay signs it, delivered to `instance` (a load
 * balancer's choice): the fake sends it to the order's notification_url, which is rewritten to this instance.
 */
export async function notifyOn(
  fake: FakeMultiSafepay,
  instance: Instance,
  orderId: string,
): Promise<FakeNotificationRecord> {
  const order = fake.orders.get(orderId)!;
  const saved = order.payment_options['notification_url'];
  const target = `${instance.origin}/checkout/notification`;
  order.payment_options['notification_url'] = target;
  // The fake reads the address before its first await: put it back at once, so that concurrent copies do not mix.
  const sent = fake.sendNotification(orderId);
  order.payment_options['notification_url'] = saved;
  const record = await sent;
  if (!record?.url.startsWith(target)) throw new Error(`the notification went to ${record?.url}, not ${target}`);
  return record;
}

export const until = async (check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition') => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
