// Several instances of msp-checkout/server's handlers, as a shop runs them behind a load balancer: each instance is
// its own createCheckoutHandlers() on its own node:http server (127.0.0.1, a free port), all with the same options
// and the same MultiSafepay (the fake). What `onStatus` hears, on any instance, lands in one list, as it would land in
// the shop's one database. `perRequest: true` creates the handlers anew for every request, as serverless platforms
// do. Needs `npm run build` first.
import { createServer } from 'node:http';
import { createCheckoutHandlers, toNodeHandler } from '../../dist/server/index.js';
import { ELEMENT_HEADERS } from './shop.mjs';

export const quiet = { warn: () => {} };

/**
 * Starts `count` instances sharing `shared.statusEvents` (and, through `options.store`, one store).
 * `options` are createCheckoutHandlers' options over the defaults here.
 */
export async function startInstances(fake, count, options = {}, { perRequest = false, statusEvents = [] } = {}) {
  const instances = [];
  for (let i = 0; i < count; i++) instances.push(await startInstance(fake, options, { perRequest, statusEvents }));
  return Object.assign(instances, {
    statusEvents,
    close: () => Promise.all(instances.map((instance) => instance.close())),
  });
}

async function startInstance(fake, options, { perRequest, statusEvents }) {
  const instance = { origin: '', created: 0 };
  const make = () => {
    instance.created++;
    return createCheckoutHandlers({
      apiKey: fake.apiKey,
      environment: fake.baseUrl,
      resolveOrder: ({ body }) => ({ amount: 2500, currency: 'EUR', description: `Order ${body.order_id}` }),
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
      ...(typeof options === 'function' ? options() : options),
    });
  };
  const kept = perRequest ? undefined : make();
  const paths = {
    '/checkout/create-order': 'createOrder',
    '/checkout/gateways': 'listGateways',
    '/checkout/notification': 'notification',
    '/checkout/status': 'orderStatus',
  };
  const server = createServer((req, res) => {
    const name = paths[new URL(req.url, 'http://x').pathname];
    if (!name) return res.writeHead(404).end();
    const handlers = kept ?? make();
    return toNodeHandler(handlers[name])(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  instance.origin = `http://127.0.0.1:${server.address().port}`;
  instance.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return instance;
}

async function answer(response) {
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/** What the element sends to createOrder, on `instance`. */
export async function createOrderOn(instance, body) {
  return answer(
    await fetch(`${instance.origin}/checkout/create-order`, {
      method: 'POST',
      headers: { ...ELEMENT_HEADERS, Origin: instance.origin },
      body: JSON.stringify(body),
    }),
  );
}

/** What the return page asks `instance`. */
export async function statusOn(instance, orderId) {
  return answer(await fetch(`${instance.origin}/checkout/status?transactionid=${encodeURIComponent(orderId)}`));
}

/**
 * MultiSafepay's notification for `orderId`, signed as MultiSafepay signs it, delivered to `instance` (a load
 * balancer's choice): the fake sends it to the order's notification_url, which is rewritten to this instance.
 */
export async function notifyOn(fake, instance, orderId) {
  const order = fake.orders.get(orderId);
  const saved = order.payment_options.notification_url;
  const target = `${instance.origin}/checkout/notification`;
  order.payment_options.notification_url = target;
  // The fake reads the address before its first await: put it back at once, so that concurrent copies do not mix.
  const sent = fake.sendNotification(orderId);
  order.payment_options.notification_url = saved;
  const record = await sent;
  if (!record?.url.startsWith(target)) throw new Error(`the notification went to ${record?.url}, not ${target}`);
  return record;
}

export const until = async (check, ms = 10_000, what = 'condition') => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
