// msp-checkout/server under attack, against the fake MultiSafepay (real HTTP on 127.0.0.1): cross-site requests,
// oversized and slow (slow-loris) clients, forged and replayed notifications, and memory under a flood of them.
// Result: 0 orders created, 0 forged notifications accepted, bounded memory. Where the attack is in the request
// (its headers, its body, a forged signature) the handlers are given Requests (../support/shop.ts); where it is in
// the transport it goes over real HTTP to the shop's node:http server and toNodeHandler: a chunked body streamed over
// a socket, slow-loris clients on raw TCP, and the heap under a flood of connections.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, test } from 'node:test';
import { signNotification, startFakeMultiSafepay, type FakeMultiSafepay } from '../../../src/server/testing/index.js';
import { recordFigures } from '../../support/figures.mjs';
import {
  createOrder,
  createOrderOverHttp,
  elementBody,
  startShop,
  type Answer,
  type Shop,
} from '../../support/shop.js';

const SUITE = 'server-abuse';
const figure = (figures: Parameters<typeof recordFigures>[1]) => recordFigures(SUITE, figures);

let fake: FakeMultiSafepay;
let shop: Shop;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
  shop = await startShop(fake);
});
after(async () => {
  await shop.close();
  await fake.close();
});

/** Runs `attempt` and returns how many orders it created at MultiSafepay and how often MultiSafepay was called. */
async function created(attempt: () => Promise<unknown>) {
  const orders = fake.orderCount;
  const calls = fake.requests.length;
  await attempt();
  return { orders: fake.orderCount - orders, calls: fake.requests.length - calls };
}

describe('CSRF: what another site can send creates nothing', () => {
  const cases: [string, RequestInit, Record<string, string>][] = [
    ['wrong method', { method: 'PUT' }, {}],
    ['form content type', {}, { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['text/plain content type', {}, { 'Content-Type': 'text/plain' }],
    ['missing X-MSP-Checkout', {}, { 'X-MSP-Checkout': '' }],
    ['Sec-Fetch-Site: cross-site', {}, { 'Sec-Fetch-Site': 'cross-site' }],
    ['a foreign Origin', {}, { Origin: 'https://evil.example' }],
    ['Origin null (a sandboxed frame, a data: page)', {}, { Origin: 'null' }],
    [
      'a cross-site HTML form post, as a browser sends it',
      { body: 'type=redirect&gateway=IDEAL&order_id=x&amount=1&currency=EUR' },
      {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-MSP-Checkout': '',
        Origin: 'https://evil.example',
        'Sec-Fetch-Site': 'cross-site',
        'Sec-Fetch-Mode': 'navigate',
      },
    ],
    [
      "a no-cors fetch's text/plain JSON from another site",
      {},
      { 'Content-Type': 'text/plain;charset=UTF-8', 'X-MSP-Checkout': '', Origin: 'https://evil.example' },
    ],
    ['a same-site subdomain without the header', {}, { 'X-MSP-Checkout': '', 'Sec-Fetch-Site': 'same-site' }],
  ];
  for (const [name, init, headers] of cases) {
    test(name, async () => {
      let result: Answer | undefined;
      const effect = await created(async () => {
        result = await createOrder(shop, elementBody(), headers, init);
      });
      figure({ 'CSRF attempts': 1, 'orders created': effect.orders });
      assert.equal(result!.status, 403);
      assert.equal(result!.json.success, false);
      assert.equal(result!.json.error_code, 403);
      assert.equal(typeof result!.json.error_info, 'string');
      assert.deepEqual(effect, { orders: 0, calls: 0 }, 'MultiSafepay was not called');
    });
  }

  test('the configured allowedOrigins replace the own-host rule', async () => {
    const strict = await startShop(fake, { allowedOrigins: ['https://shop.example'] });
    try {
      const refused = await created(async () => assert.equal((await createOrder(strict, elementBody())).status, 403));
      figure({ 'CSRF attempts': 1, 'orders created': refused.orders });
      assert.equal(refused.orders, 0);
      const allowed = await created(async () => {
        assert.equal((await createOrder(strict, elementBody(), { Origin: 'https://shop.example' })).status, 200);
      });
      assert.equal(allowed.orders, 1);
    } finally {
      await strict.close();
    }
  });
});

describe('oversized bodies', () => {
  test('invalid JSON, a non-object body and a body over the limit', async () => {
    const effect = await created(async () => {
      assert.equal((await createOrder(shop, '{"gateway":')).status, 400);
      assert.equal((await createOrder(shop, '[1,2]')).status, 400);
      const huge = await createOrder(shop, JSON.stringify(elementBody({ customer: { x: 'y'.repeat(100_000) } })));
      assert.equal(huge.status, 413);
    });
    figure({ 'oversized bodies sent': 1, 'orders created': effect.orders });
    assert.equal(effect.orders, 0);
  });

  test('a streamed (chunked) body over the limit is refused without buffering it all', async () => {
    const chunk = new TextEncoder().encode(`"${'y'.repeat(8192)}",`);
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"x":['));
        sent += 1;
        if (sent > 64) controller.close();
        else controller.enqueue(chunk);
      },
    });
    let result: Answer | undefined;
    const effect = await created(async () => {
      // Over HTTP: the body arrives in chunks on the socket, and toNodeHandler hands it on as it comes.
      const init: RequestInit & { duplex: 'half' } = { body: stream, duplex: 'half' };
      result = await createOrderOverHttp(shop, undefined, {}, init);
    });
    figure({ 'oversized bodies sent': 1, 'orders created': effect.orders });
    assert.equal(result!.status, 413);
    assert.equal(effect.orders, 0);
  });

  test('a notification body over 1 MB is refused before its signature is computed', async () => {
    const response = await shop.request('/checkout/notification?transactionid=x', {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
      headers: { Auth: 'AAAA' },
    });
    figure({ 'oversized bodies sent': 1 });
    assert.equal(response.status, 413);
    await response.arrayBuffer();
  });
});

/**
 * A raw TCP client that sends `head` and then one byte of `trickle` every `every` ms, until the server closes the
 * connection. Resolves with what the server answered, when it closed, and whether the server closed it (rather than
 * this client's own limit of 10 s, far beyond the server's timeouts; a body here takes 30 s and more to trickle).
 */
function slowClient(
  origin: string,
  head: string,
  trickle: string,
  every = 200,
): Promise<{ answer: string; closedAfter: number; closedByServer: boolean }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let answer = '';
    let at = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (!socket.writable) return;
        socket.write(trickle[at % trickle.length]);
        at += 1;
      }, every);
    });
    socket.on('data', (data) => (answer += data));
    socket.on('error', () => {});
    let gaveUp = false;
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(limit);
      resolve({ answer, closedAfter: Date.now() - started, closedByServer: !gaveUp });
    });
    // The test's own limit: a connection still open after 10 s means the server never timed it out.
    const limit = setTimeout(() => {
      gaveUp = true;
      socket.destroy();
    }, 10_000);
  });
}

describe('slow-loris clients are timed out', () => {
  const HEADERS_TIMEOUT = 1000;
  const BODY_TIMEOUT = 1000;
  let guarded: Shop;
  before(async () => {
    // The complete shop's server settings (docs/backend.md), with shorter times, and toNodeHandler's body deadline.
    guarded = await startShop(
      fake,
      {},
      {
        server: { headersTimeout: HEADERS_TIMEOUT, requestTimeout: 0, connectionsCheckingInterval: 200 },
        adapter: { bodyTimeout: BODY_TIMEOUT },
      },
    );
  });
  after(() => guarded.close());

  test('headers trickled one byte at a time: the connection is closed (node:http headersTimeout)', async () => {
    const clients = await Promise.all(
      Array.from({ length: 20 }, () =>
        slowClient(guarded.origin, 'POST /checkout/create-order HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Padding: 1\r\n'),
      ),
    );
    const slowest = Math.max(...clients.map((client) => client.closedAfter));
    figure({
      'slow-loris connections': clients.length,
      'slow-loris connections left open': clients.filter((client) => client.closedAfter >= 10_000).length,
      'slow-loris max time to close (ms)': { value: slowest, how: 'max' },
    });
    // Closed by the server's timeout, not by the client's own limit (how soon depends on this machine's load: the
    // time is a figure, not an assertion).
    for (const client of clients) assert.ok(client.closedByServer, `open after ${client.closedAfter} ms`);
    for (const client of clients) assert.match(client.answer, /^HTTP\/1\.1 408/);
  });

  test('a body trickled one byte at a time: 408 and the connection closed (toNodeHandler bodyTimeout)', async () => {
    const body = JSON.stringify(elementBody());
    const head = [
      'POST /checkout/create-order HTTP/1.1',
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      'X-MSP-Checkout: 1',
      `Content-Length: ${body.length}`,
      '',
      '',
    ].join('\r\n');
    let clients: Awaited<ReturnType<typeof slowClient>>[] = [];
    const effect = await created(async () => {
      clients = await Promise.all(Array.from({ length: 20 }, () => slowClient(guarded.origin, head, body)));
    });
    const slowest = Math.max(...clients.map((client) => client.closedAfter));
    figure({
      'slow-loris connections': clients.length,
      'slow-loris connections left open': clients.filter((client) => client.closedAfter >= 10_000).length,
      'slow-loris max time to close (ms)': { value: slowest, how: 'max' },
      'orders created': effect.orders,
    });
    for (const client of clients) assert.ok(client.closedByServer, `open after ${client.closedAfter} ms`);
    for (const client of clients) assert.match(client.answer, /^HTTP\/1\.1 408/);
    assert.equal(effect.orders, 0);
  });
});

describe('notification forgeries and replays', () => {
  async function paidOrder(choice: 'pay' | 'decline' = 'pay') {
    const body = elementBody();
    await createOrder(shop, body);
    await fake.choose(body.order_id, choice);
    return body.order_id;
  }
  const statusesOf = (orderId: string) => shop.statusEvents.filter((event) => event.orderId === orderId);
  const notify = (orderId: string, body: string, headers: Record<string, string> = {}, transactionid = orderId) =>
    shop
      .request(`/checkout/notification?transactionid=${transactionid}`, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json', ...headers },
      })
      .then(async (response) => ({ status: response.status, text: await response.text() }));

  test('a tampered body, a wrong key, a stale or future timestamp are refused', async () => {
    const orderId = await paidOrder('decline');
    const before = shop.statusEvents.length;
    const forgeries = [
      await fake.sendNotification(orderId, { body: '{"order_id":"x","status":"completed"}' }),
      await fake.sendNotification(orderId, { key: 'not-the-key' }),
      await fake.sendNotification(orderId, { timestamp: String(Math.floor(Date.now() / 1000) - 601) }),
      await fake.sendNotification(orderId, { timestamp: String(Math.floor(Date.now() / 1000) + 3600) }),
    ];
    const accepted = forgeries.filter((result) => result?.status !== 403).length;
    figure({ 'forged notifications sent': forgeries.length, 'forged notifications accepted': accepted });
    assert.equal(accepted, 0);
    assert.equal(shop.statusEvents.length, before, '0 forged or stale notifications accepted');
  });

  test('a missing or malformed Auth header is refused', async () => {
    const orderId = await paidOrder();
    const body = JSON.stringify({ order_id: orderId, status: 'completed' });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const forgeries = [
      await notify(orderId, body),
      await notify(orderId, body, { Auth: 'bm90LXNpZ25lZA==' }),
      await notify(orderId, body, { Auth: Buffer.from(`${timestamp}:abcd`).toString('base64') }),
      await notify(orderId, body, { Auth: Buffer.from(`${timestamp}:${'0'.repeat(128)}`).toString('base64') }),
      await notify(orderId, body, { Auth: Buffer.from(`:${'a'.repeat(128)}`).toString('base64') }),
      await notify(orderId, body, { Auth: '%%%not base64%%%' }),
    ];
    const accepted = forgeries.filter((result) => result.status !== 403).length;
    figure({ 'forged notifications sent': forgeries.length, 'forged notifications accepted': accepted });
    assert.equal(accepted, 0);
    assert.equal(statusesOf(orderId).length, 0);
  });

  test('a replayed genuine notification is reported once; replayed late, refused', async () => {
    const orderId = await paidOrder();
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ order_id: orderId, status: 'completed' });
    const auth = signNotification(fake.apiKey, timestamp, body);
    const first = await notify(orderId, body, { Auth: auth });
    const replays = await Promise.all(Array.from({ length: 10 }, () => notify(orderId, body, { Auth: auth })));
    assert.equal(first.text, 'OK');
    for (const replay of replays) assert.equal(replay.status, 200); // MultiSafepay retries until it hears OK
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const late = await notify(orderId, body, { Auth: signNotification(fake.apiKey, old, body) });
    const reported = statusesOf(orderId).length;
    figure({
      'replayed notifications sent': replays.length + 1,
      'replays reported again': reported - 1,
      'forged notifications accepted': late.status === 403 ? 0 : 1,
    });
    assert.equal(late.status, 403);
    assert.equal(reported, 1);
  });

  test("a genuine notification moved to another order's transactionid is refused (400): the signed body names the order", async () => {
    const paid = await paidOrder();
    const open = elementBody();
    await createOrder(shop, open);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ order_id: paid, status: 'completed' });
    const moved = await notify(paid, body, { Auth: signNotification(fake.apiKey, timestamp, body) }, open.order_id);
    const acted = statusesOf(open.order_id).length + statusesOf(paid).length;
    figure({ 'forged notifications sent': 1, 'forged notifications accepted': acted });
    assert.equal(moved.status, 400);
    assert.equal(acted, 0);
  });
});

describe('bounded memory', () => {
  // Over HTTP: what a flood could leave behind is as much in node:http and toNodeHandler (sockets, request streams,
  // body timers) as in the handlers.
  test('2000 abusive requests leave the heap where it was, within noise', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const abuse = [
      () => createOrderOverHttp(shop, elementBody(), { Origin: 'https://evil.example' }),
      () => createOrderOverHttp(shop, elementBody({ customer: { x: 'y'.repeat(20_000) } })),
      () => createOrderOverHttp(shop, `{"order_id":"${Math.random()}",`),
      () => createOrderOverHttp(shop, elementBody({ gateway: 'x<y', order_id: `bad-${Math.random()}` })),
      () =>
        fetch(`${shop.origin}/checkout/notification?transactionid=flood-${Math.random()}`, {
          method: 'POST',
          body: 'z'.repeat(100_000),
          headers: { Auth: Buffer.from(`${Math.floor(Date.now() / 1000)}:${'ab'.repeat(64)}`).toString('base64') },
        }).then((response) => response.arrayBuffer()),
      () => fetch(`${shop.origin}/checkout/status?transactionid=never-${Math.random()}`).then((r) => r.arrayBuffer()),
    ];
    const round = async (count: number) => {
      for (let i = 0; i < count; i += 50) {
        await Promise.all(Array.from({ length: 50 }, (_, j) => abuse[(i + j) % abuse.length]()));
      }
    };
    await round(1000); // warm-up: JIT, sockets, buffer pools
    const orders = fake.orderCount;
    const start = heap();
    await round(2000);
    const growth = heap() - start;
    const megabytes = Math.round((growth / 1024 / 1024) * 10) / 10;
    figure({
      'abusive requests in the memory run': 2000,
      'heap growth after 2000 abusive requests (MB)': { value: megabytes, how: 'max' },
      'orders created': fake.orderCount - orders,
    });
    assert.equal(fake.orderCount, orders);
    // The heap (the server's and this test client's) moves by a few MB with the garbage collector's mood; a leak of
    // 8 KB per request, or of one in six of the 100 KB notification bodies, would pass 16 MB.
    assert.ok(growth < 16 * 1024 * 1024, `heap grew by ${megabytes} MB`);
  });
});
