// The README's complete shop (docs/backend.md, started as a merchant copies it: ../../support/readme-shop.mjs) holds
// to what its code says: an outside red-team run found its `headersTimeout: 10_000` enforced at about 30 s (node:http
// checks its timeouts every connectionsCheckingInterval, 30 s unless set), no frame-ancestors, and a fixed order id
// any browser could pay, cancel or read. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { recordFigures } from '../../support/figures.mjs';
import { shopFolder, startReadmeShop } from '../../support/readme-shop.mjs';

const SUITE = 'readme-shop-limits';
const figure = (figures) => recordFigures(SUITE, figures);

let folder;
let shop;
let origin;
const log = { text: '' };

before(async () => {
  folder = shopFolder();
  ({ child: shop, origin } = await startReadmeShop(folder.work, log));
});

after(() => {
  shop?.kill();
  folder?.remove();
});

/**
 * A raw TCP client that sends `head`, then one byte of `trickle` every `every` ms (none when empty), until the server
 * closes the connection or `limit` ms pass. Resolves with what the server answered and when it closed.
 */
function slowClient(head, trickle, { every = 500, limit = 60_000 } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let answer = '';
    let at = 0;
    let timer;
    let gaveUp = false;
    socket.on('connect', () => {
      if (head) socket.write(head);
      if (trickle) {
        timer = setInterval(() => socket.writable && socket.write(trickle[at++ % trickle.length]), every);
      }
    });
    socket.on('data', (data) => (answer += data));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(stop);
      resolve({ answer, closedAfter: Date.now() - started, closedByServer: !gaveUp });
    });
    const stop = setTimeout(() => {
      gaveUp = true;
      socket.destroy();
    }, limit);
  });
}

test('headers trickled a byte at a time, or none at all: the shop closes the connection at its 10 s headersTimeout', async () => {
  const [trickled, silent] = await Promise.all([
    slowClient('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Padding: 1\r\n'),
    slowClient('', ''),
  ]);
  const worst = Math.max(trickled.closedAfter, silent.closedAfter);
  figure({
    'headersTimeout the shop sets (ms)': { value: 10_000, how: 'set' },
    'slow headers closed after (ms)': { value: trickled.closedAfter, how: 'max' },
    'silent connection closed after (ms)': { value: silent.closedAfter, how: 'max' },
  });
  for (const client of [trickled, silent]) assert.ok(client.closedByServer, `open after ${client.closedAfter} ms`);
  assert.match(trickled.answer, /^HTTP\/1\.1 408/);
  // 10 s, then at most one connectionsCheckingInterval (1 s), with room for a loaded machine: not node:http's 30 s.
  assert.ok(worst >= 9_000, `closed after ${worst} ms, before its headersTimeout`);
  assert.ok(worst < 20_000, `closed after ${worst} ms`);
});

test("every answer forbids framing by other sites: Content-Security-Policy: frame-ancestors 'self'", async () => {
  const paths = ['/', '/return?transactionid=x', '/cancel', '/msp-checkout.min.js', '/checkout/status', '/nothing'];
  const policies = [];
  for (const path of paths) {
    const answer = await fetch(`${origin}${path}`);
    await answer.arrayBuffer();
    policies.push(answer.headers.get('content-security-policy'));
  }
  figure({ 'shop answers checked': paths.length, 'without frame-ancestors': policies.filter((p) => !p).length });
  assert.deepEqual(policies, Array(paths.length).fill("frame-ancestors 'self'"));
});

test("the order id is the shopper's session's: another session can neither create it nor read its status", async () => {
  const page = await fetch(`${origin}/`);
  const session = /^shop_session=([\w-]{22}); Path=\/; HttpOnly; SameSite=Lax$/.exec(
    page.headers.get('set-cookie') ?? '',
  )?.[1];
  assert.ok(session, page.headers.get('set-cookie'));
  const orderId = /order-id="([^"]+)"/.exec(await page.text())?.[1];
  assert.equal(orderId, `order-${session}`);
  const create = (cookie) =>
    fetch(`${origin}/checkout/create-order`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: origin, Cookie: cookie },
      body: JSON.stringify({ type: 'redirect', gateway: 'IDEAL', order_id: orderId, customer: { locale: 'en_US' } }),
    });
  const stranger = 'shop_session=ANOTHER-shoppers-sessi';
  const attempts = [await create(stranger), await create('')];
  const own = await create(`shop_session=${session}`);
  assert.equal(own.status, 200);
  const status = (cookie) =>
    fetch(`${origin}/checkout/status?transactionid=${orderId}`, { headers: { Cookie: cookie } }).then((r) => r.status);
  const reads = [await status(stranger), await status('')];
  figure({
    "another session's attempts on an order": attempts.length + reads.length,
    succeeded: [...attempts.map((answer) => answer.status), ...reads].filter((code) => code < 400).length,
  });
  assert.deepEqual(
    attempts.map((answer) => answer.status),
    [404, 404],
  );
  assert.deepEqual(reads, [404, 404]);
  assert.equal(await status(`shop_session=${session}`), 200, 'its own session reads it (authorizeStatus)');
});
