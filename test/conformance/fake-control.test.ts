/// <reference types="node" />
// The fake MultiSafepay as a test in another language drives it: its control API (/_fake/), the notifications it
// sends (what was sent and what was answered, by the order's notification_method, in the variants a test asks for),
// and the by-id endpoints MultiSafepay's SDKs call. From src/, through tsx: no build needed.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import { verifyNotification } from '../../src/server/signature.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';

/** A shop's notification endpoint that keeps what it receives and answers OK. */
async function startReceiver() {
  const received: { method: string; url: URL; auth: string | undefined; body: string }[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push({
      method: req.method!,
      url: new URL(req.url!, 'http://shop'),
      auth: req.headers['auth'] as string,
      body,
    });
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('OK');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { received, url: `http://127.0.0.1:${port}/notify`, close: () => server.close() };
}

let fake: FakeMultiSafepay;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

/** A call to the control API. */
async function control(path: string, body?: unknown) {
  const response = await fetch(new URL(path, fake.controlUrl), {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** An order created the way a shop's backend creates it. */
async function createOrder(orderId: string, paymentOptions: Record<string, unknown> = {}) {
  const response = await fetch(`${fake.baseUrl}/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', api_key: fake.apiKey },
    body: JSON.stringify({
      type: 'redirect',
      gateway: 'IDEAL',
      order_id: orderId,
      currency: 'EUR',
      amount: 1000,
      description: 'Order',
      payment_options: { notification_url: receiver.url, ...paymentOptions },
    }),
  });
  assert.equal(response.status, 200);
}

before(async () => {
  fake = await startFakeMultiSafepay();
  receiver = await startReceiver();
});
after(async () => {
  await fake.close();
  receiver.close();
});
beforeEach(() => {
  receiver.received.length = 0;
});

describe('the control API', () => {
  test('says where the fake is: API base, root for the SDKs, key, payment origin', async () => {
    const { status, json } = await control('');
    assert.equal(status, 200);
    assert.deepEqual(json, {
      baseUrl: fake.baseUrl,
      rootUrl: `${fake.origin}/v1/`,
      apiKey: fake.apiKey,
      origin: fake.origin,
      controlUrl: `${fake.origin}/_fake/`,
      notify: true,
      delay: 0,
    });
  });

  test('the root URL serves the API as the SDKs call it (json/orders under it)', async () => {
    await createOrder('root-1');
    const response = await fetch(`${fake.rootUrl}json/orders/root-1?locale=en_US`, {
      headers: { Authorization: `Bearer ${fake.apiKey}` },
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { data: { order_id: string } }).data.order_id, 'root-1');
  });

  test("choosing pay completes the order, notifies the shop and tells where the shopper's browser goes", async () => {
    await createOrder('choose-1', { redirect_url: 'https://shop.example/return?msp_token=t' });
    const { status, json } = await control('orders/choose-1/choose', { choice: 'pay' });
    assert.equal(status, 200);
    assert.equal(json['status'], 'completed');
    assert.equal(json['location'], 'https://shop.example/return?msp_token=t&transactionid=choose-1');
    const notification = json['notification'] as Record<string, unknown>;
    assert.equal(notification['answer'], 'OK');
    assert.equal(notification['body'], 'OK', 'body keeps meaning the answer');
    assert.equal(receiver.received.length, 1);
    assert.equal(notification['sent'], receiver.received[0]!.body);
    assert.equal((await control('orders/choose-1')).json['order'] instanceof Object, true);
  });

  test('choosing with "notify": false completes the order and sends nothing', async () => {
    await createOrder('quiet-1');
    const { json } = await control('orders/quiet-1/choose', { choice: 'decline', notify: false });
    assert.equal(json['status'], 'declined');
    assert.equal(json['notification'], undefined);
    assert.equal(receiver.received.length, 0);
  });

  test('refuses what it cannot do, in JSON', async () => {
    assert.equal((await control('orders/nobody/choose', { choice: 'pay' })).status, 404);
    await createOrder('refuse-1');
    assert.equal((await control('orders/refuse-1/choose', { choice: 'maybe' })).status, 400);
    assert.equal((await control('orders/refuse-1/notify', { method: 'PUT' })).status, 400);
    assert.equal((await control('orders/refuse-1/notify', { pretty: 'yes' })).status, 400);
    assert.equal((await control('nothing-here')).status, 404);
    const notJson = await fetch(new URL('orders/refuse-1/notify', fake.controlUrl), { method: 'POST', body: '{' });
    assert.equal(notJson.status, 400);
  });

  test('lists the requests it received and the notifications it sent; reset forgets them, settings change it', async () => {
    await createOrder('list-1');
    await control('orders/list-1/notify', {});
    const requests = (await control('requests')).json['requests'] as { path: string }[];
    assert.ok(requests.some((item) => item.path === '/orders'));
    const sent = (await control('notifications')).json['notifications'] as { orderId: string }[];
    assert.ok(sent.some((item) => item.orderId === 'list-1'));
    assert.equal((await control('settings', { notify: false, delay: 5 })).json['notify'], false);
    assert.equal(fake.delay, 5);
    await control('settings', { notify: true, delay: 0 });
    await control('reset', {});
    assert.deepEqual((await control('orders')).json, { orders: [] });
    assert.deepEqual((await control('requests')).json, { requests: [] });
    assert.deepEqual((await control('notifications')).json, { notifications: [] });
  });
});

describe('the notifications it sends', () => {
  const notify = async (orderId: string, options: Record<string, unknown> = {}) =>
    (await control(`orders/${orderId}/notify`, options)).json['notification'] as Record<string, string | undefined>;

  test('a POST is the order as compact JSON, signed over the bytes sent, to ?transactionid=&timestamp=', async () => {
    await createOrder('post-1');
    const record = await notify('post-1');
    const got = receiver.received[0]!;
    assert.equal(got.method, 'POST');
    assert.equal(got.url.searchParams.get('transactionid'), 'post-1');
    assert.match(got.url.searchParams.get('timestamp')!, /^\d{10}$/);
    assert.equal(got.body, JSON.stringify(JSON.parse(got.body)));
    assert.equal(JSON.parse(got.body).order_id, 'post-1');
    assert.ok(verifyNotification(got.body, got.auth!, fake.apiKey));
    assert.deepEqual(
      [record['method'], record['sent'], record['auth'], record['answer']],
      ['POST', got.body, got.auth, 'OK'],
    );
  });

  test('pretty-printed: the same order with spaces and line breaks, signed as sent', async () => {
    await createOrder('pretty-1');
    await notify('pretty-1', { pretty: true });
    const got = receiver.received[0]!;
    assert.match(got.body, /\n {2}"amount": 1000,/);
    assert.ok(verifyNotification(got.body, got.auth!, fake.apiKey));
    assert.equal(verifyNotification(JSON.stringify(JSON.parse(got.body)), got.auth!, fake.apiKey), false);
  });

  test('forged, stale, tampered and borrowed ones do not verify; another transactionid is sent as asked', async () => {
    await createOrder('bad-1');
    await createOrder('bad-2');
    const genuine = await notify('bad-2');
    await notify('bad-1', { forged: true });
    await notify('bad-1', { stale: true });
    await notify('bad-1', { body: '{"order_id":"bad-1","status":"completed"}' });
    await notify('bad-1', { auth: genuine['auth'] });
    await notify('bad-1', { transactionid: 'bad-2' });
    const [, forged, stale, tampered, borrowed, other] = receiver.received;
    for (const got of [forged, stale, tampered, borrowed]) {
      assert.equal(verifyNotification(got!.body, got!.auth!, fake.apiKey), false);
    }
    const [timestamp] = Buffer.from(stale!.auth!, 'base64').toString().split(':');
    assert.ok(Math.abs(Date.now() / 1000 - 3600 - Number(timestamp)) < 5);
    assert.ok(verifyNotification(stale!.body, stale!.auth!, fake.apiKey, { now: Number(timestamp) }));
    assert.equal(other!.url.searchParams.get('transactionid'), 'bad-2');
    assert.equal(JSON.parse(other!.body).order_id, 'bad-1');
    assert.ok(verifyNotification(other!.body, other!.auth!, fake.apiKey));
  });

  test('notification_method GET: GET notification_url?transactionid=&timestamp=, no body, no signature', async () => {
    await createOrder('get-1', { notification_method: 'GET' });
    await control('orders/get-1/choose', { choice: 'pay' });
    const got = receiver.received[0]!;
    assert.equal(got.method, 'GET');
    assert.deepEqual([...got.url.searchParams.keys()], ['transactionid', 'timestamp']);
    assert.equal(got.url.searchParams.get('transactionid'), 'get-1');
    assert.equal(got.body, '');
    assert.equal(got.auth, undefined);
    const record = fake.notifications.at(-1)!;
    assert.deepEqual([record.method, record.sent, record.auth, record.answer], ['GET', '', undefined, 'OK']);
  });

  test('a POST order can be sent a GET on request, and a GET order a POST', async () => {
    await createOrder('switch-1');
    await createOrder('switch-2', { notification_method: 'GET' });
    await notify('switch-1', { method: 'GET' });
    await notify('switch-2', { method: 'POST' });
    assert.deepEqual(
      receiver.received.map((got) => got.method),
      ['GET', 'POST'],
    );
  });
});

describe('the by-id endpoints of MultiSafepay SDKs', () => {
  const get = async (path: string) => {
    const response = await fetch(`${fake.baseUrl}${path}`, { headers: { api_key: fake.apiKey } });
    return { status: response.status, json: await response.json() };
  };

  test('GET /gateways/{id}: {id, description}, the id in any case (openapi/paths/gateways@{gateway_id}.yaml)', async () => {
    assert.deepEqual(await get('/gateways/MISTERCASH'), {
      status: 200,
      json: { success: true, data: { id: 'MISTERCASH', description: 'Bancontact' } },
    });
    assert.deepEqual((await get('/gateways/mistercash')).json, (await get('/gateways/MISTERCASH')).json);
  });

  test('GET /payment-methods/{id}: the item of the list (schemas/PaymentMethod.yaml)', async () => {
    const list = (await get('/payment-methods')).json as { data: { id: string }[] };
    const one = await get('/payment-methods/IDEAL');
    assert.equal(one.status, 200);
    assert.deepEqual(one.json, { success: true, data: list.data.find((item) => item.id === 'IDEAL') });
  });

  test('an unknown id: 404 with 1023, as MultiSafepay answers (errors/Error1023.yaml)', async () => {
    const expected = {
      status: 404,
      json: { success: false, data: {}, error_code: 1023, error_info: 'No gateway (payment method) available' },
    };
    assert.deepEqual(await get('/gateways/WRONG'), expected);
    assert.deepEqual(await get('/payment-methods/WRONG'), expected);
    assert.deepEqual(await get('/payment-methods/ideal'), expected, 'no case rule is documented for payment methods');
  });

  test('without the key: 401 with 1032', async () => {
    const response = await fetch(`${fake.baseUrl}/gateways/IDEAL`);
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { error_code: number }).error_code, 1032);
  });
});
