// Clients that hang up mid-request, at msp-checkout/server's node:http adapter (toNodeHandler), over raw TCP on
// 127.0.0.1 (node:net) against the fake MultiSafepay: a client sends its headers, maybe part of its body, then closes
// or resets the connection. Each request must end: the adapter's promise settles, nothing reaches MultiSafepay (no
// order, no status fetched), onStatus is not called, the log says what happened, no body timer stays behind and the
// server closes. Over real HTTP by necessity: a connection closed or reset halfway exists only on a socket, and what
// it must not leave behind (an unsettled adapter call, a body timer, an open connection) lives in toNodeHandler.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  createCheckoutHandlers,
  toNodeHandler,
  type FetchHandler,
  type StatusEvent,
} from '../../../src/server/index.js';
import { signNotification, startFakeMultiSafepay, type FakeMultiSafepay } from '../../../src/server/testing/index.js';
import { recordFigures } from '../../support/figures.mjs';
import { elementBody } from '../../support/shop.js';

const SUITE = 'client-aborts';
// Far longer than any test: a body timer the adapter forgot to clear would still be running at the end.
const BODY_TIMEOUT = 10 * 60_000;

let fake: FakeMultiSafepay;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
});
after(() => fake.close());

/** One toNodeHandler call: whether its promise has settled, and the client's port, to find it by. */
interface Call {
  settled: boolean;
  port: number | undefined;
  promise: Promise<void>;
}

interface RecordingShop {
  origin: string;
  port: number;
  server: Server;
  logs: string[];
  statusEvents: StatusEvent[];
  calls: Call[];
}

/** A shop whose every toNodeHandler call is kept, to see that each one settles. */
async function startRecordingShop(): Promise<RecordingShop> {
  const logs: string[] = [];
  const statusEvents: StatusEvent[] = [];
  const calls: Call[] = [];
  let origin = '';
  const handlers = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    resolveOrder: ({ body }) => ({ amount: 2500, currency: 'EUR', description: `Order ${body.order_id}` }),
    paymentOptions: () => ({ notification_url: `${origin}/checkout/notification` }),
    onStatus: (event) => {
      statusEvents.push(event);
    },
    timeout: 5000,
    logger: { warn: (line: string) => logs.push(line) },
  });
  const routes: Record<string, FetchHandler> = {
    '/checkout/create-order': handlers.createOrder,
    '/checkout/notification': handlers.notification,
  };
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    const call: Call = { settled: false, port: req.socket.remotePort, promise: Promise.resolve() };
    call.promise = toNodeHandler(route, { bodyTimeout: BODY_TIMEOUT })(req, res).finally(() => {
      call.settled = true;
    });
    calls.push(call);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return { origin, port, server, logs, statusEvents, calls };
}

/** Resolves when `check()` holds; fails after `ms` (generous: the machine may be loaded). */
async function until(check: () => boolean, ms = 15_000, what = 'the condition') {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

/**
 * Opens a raw connection, sends `head` and `sent` (part of a body), waits until the server's handler has the
 * request, then hangs up: `end` (FIN after the data), `destroy` (close) or `reset` (TCP RST).
 */
async function hangUp(shop: RecordingShop, head: string, sent: string, how: 'end' | 'destroy' | 'reset') {
  const socket = connect(shop.port, '127.0.0.1');
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  const port = socket.localPort;
  const mine = () => shop.calls.find((call) => call.port === port);
  await new Promise((resolve) => socket.write(head + sent, resolve));
  await until(() => mine() !== undefined, 15_000, 'the request to reach the handler');
  const call = mine()!;
  if (how === 'end') socket.end();
  else if (how === 'reset') socket.resetAndDestroy();
  else socket.destroy();
  return call;
}

function requestHead(shop: RecordingShop, path: string, headers: Record<string, string | number>) {
  const lines = Object.entries({ Host: `127.0.0.1:${shop.port}`, ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return `POST ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** The element's create-order request: its head (with a Content-Length for the whole body) and its body. */
function createOrderRequest(shop: RecordingShop, body = elementBody()) {
  const text = JSON.stringify(body);
  const head = requestHead(shop, '/checkout/create-order', {
    'Content-Type': 'application/json',
    'X-MSP-Checkout': '1',
    Origin: shop.origin,
    'Content-Length': Buffer.byteLength(text),
  });
  return { head, text, body };
}

/** Waits until the call settles (or fails the test), then returns the shop's log lines about it. */
async function settled(call: Call) {
  await until(() => call.settled, 15_000, "the adapter's promise to settle");
  await call.promise;
}

describe('a client that hangs up before its body is complete: the request ends, nothing is created', () => {
  const cases: [string, number, 'end' | 'destroy' | 'reset'][] = [
    ['headers only, then the connection closes', 0, 'destroy'],
    ['half the body, then the connection closes', 0.5, 'destroy'],
    ['half the body, then the connection is reset (RST)', 0.5, 'reset'],
    ['all but the last byte, then the client half-closes (FIN)', -1, 'end'],
  ];
  for (const [name, part, how] of cases) {
    test(name, async () => {
      const shop = await startRecordingShop();
      const timersBefore = timers();
      try {
        const { head, text, body } = createOrderRequest(shop);
        const length = part === -1 ? text.length - 1 : Math.floor(text.length * part);
        const apiCalls = fake.requests.length;
        const orders = fake.orderCount;
        const call = await hangUp(shop, head, text.slice(0, length), how);
        await settled(call);
        recordFigures(SUITE, { 'requests cut short': 1, 'orders created': fake.orderCount - orders });
        assert.equal(fake.orderCount, orders, 'no order was created');
        assert.equal(fake.requests.length, apiCalls, 'MultiSafepay was not called');
        assert.equal(fake.orders.has(body.order_id), false);
        const line = shop.logs.find((entry) => entry.includes('/checkout/create-order'));
        assert.match(
          line ?? '',
          new RegExp(
            `refused POST /checkout/create-order \\(400\\): The client closed the connection before its request body was complete \\(${length} of ${text.length} bytes received\\)`,
          ),
          `the log: ${shop.logs.join(' | ')}`,
        );
        assert.doesNotMatch(shop.logs.join('\n'), /not valid JSON/, 'the log does not blame the JSON');
        assert.ok(timers() <= timersBefore, 'no body timer is left running');
      } finally {
        await closes(shop);
      }
    });
  }

  test('a chunked body cut off mid-chunk: the same, with the bytes received', async () => {
    const shop = await startRecordingShop();
    try {
      const head = requestHead(shop, '/checkout/create-order', {
        'Content-Type': 'application/json',
        'X-MSP-Checkout': '1',
        Origin: shop.origin,
        'Transfer-Encoding': 'chunked',
      });
      const orders = fake.orderCount;
      const call = await hangUp(shop, head, '20\r\n{"type":"redirect","gateway":"DO', 'destroy');
      await settled(call);
      assert.equal(fake.orderCount, orders);
      assert.match(
        shop.logs.join('\n'),
        /closed the connection before its request body was complete \(\d+ bytes received\)/,
      );
    } finally {
      await closes(shop);
    }
  });

  test('twenty clients hanging up at once: every request ends, the server closes, no order', async () => {
    const shop = await startRecordingShop();
    try {
      const orders = fake.orderCount;
      const cut = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const { head, text } = createOrderRequest(shop);
          return hangUp(shop, head, text.slice(0, i * 3), i % 2 === 0 ? 'destroy' : 'reset');
        }),
      );
      await Promise.all(cut.map(settled));
      recordFigures(SUITE, { 'requests cut short': cut.length, 'orders created': fake.orderCount - orders });
      assert.equal(fake.orderCount, orders);
      assert.equal(shop.logs.filter((line) => /closed the connection before/.test(line)).length, 20);
    } finally {
      await closes(shop);
    }
  });
});

describe('a notification cut off before its body is complete: no onStatus, MultiSafepay sends it again', () => {
  test('signed headers and half the body, then the connection closes', async () => {
    const shop = await startRecordingShop();
    try {
      // A paid order whose complete notification would reach onStatus.
      const body = elementBody();
      const created = await fetch(`${shop.origin}/checkout/create-order`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: shop.origin },
        body: JSON.stringify(body),
      });
      assert.equal(created.status, 200);
      await fake.choose(body.order_id, 'pay');
      const order = JSON.stringify({ order_id: body.order_id, status: 'completed' });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const head = requestHead(shop, `/checkout/notification?transactionid=${body.order_id}&timestamp=${timestamp}`, {
        'Content-Type': 'application/json',
        Auth: signNotification(fake.apiKey, timestamp, order),
        'Content-Length': Buffer.byteLength(order),
      });
      const apiCalls = fake.requests.length;
      const call = await hangUp(shop, head, order.slice(0, 10), 'destroy');
      await settled(call);
      assert.deepEqual(shop.statusEvents, [], 'onStatus was not called');
      assert.equal(fake.requests.length, apiCalls, 'the order was not fetched');
      assert.match(
        shop.logs.join('\n'),
        /notification refused \(400\): The client closed the connection before its request body was complete \(10 of \d+ bytes received\)/,
      );
    } finally {
      await closes(shop);
    }
  });
});

describe('a body the handler never reads: nothing waits for it once the answer is out', () => {
  /** A whole request over a raw connection (Connection: close); resolves with the answer once the server closes. */
  async function exchange(shop: RecordingShop, head: string, body: string) {
    const socket = connect(shop.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => {});
    socket.write(head + body);
    await closed;
    return answer;
  }

  test('fifty refused requests (wrong content type, foreign origin): answered 403, no body timer left', async () => {
    const shop = await startRecordingShop();
    try {
      const timersBefore = timers();
      const orders = fake.orderCount;
      const body = JSON.stringify(elementBody());
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          exchange(
            shop,
            requestHead(shop, '/checkout/create-order', {
              'Content-Type': i % 2 ? 'text/plain' : 'application/json',
              'X-MSP-Checkout': '1',
              Origin: 'https://evil.example',
              'Content-Length': Buffer.byteLength(body),
              Connection: 'close',
            }),
            body,
          ),
        ),
      );
      for (const answer of answers) assert.match(answer, /^HTTP\/1\.1 403/);
      await Promise.all(shop.calls.map(settled));
      assert.equal(fake.orderCount, orders);
      // Before: each refusal left its body timer running for bodyTimeout (10 minutes here), with the request.
      assert.ok(timers() <= timersBefore, `${timers() - timersBefore} body timers left running`);
    } finally {
      await closes(shop);
    }
  });
});

/** server.close() completes: no connection and no handler is left open by a client that hung up. */
async function closes(shop: RecordingShop) {
  assert.ok(
    shop.calls.every((call) => call.settled),
    'every request handled has ended',
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = new Promise<string>((resolve) => shop.server.close(() => resolve('closed')));
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('still open'), 15_000);
  });
  const outcome = await Promise.race([closed, late]);
  clearTimeout(timer);
  if (outcome !== 'closed') shop.server.closeAllConnections();
  assert.equal(outcome, 'closed', 'server.close() completed');
}
