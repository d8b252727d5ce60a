// The README's "Your backend" example, run as written (copied from the README, not from here) against the fake
// MultiSafepay: an order is created, paid, and its notification reaches onStatus. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startFakeMultiSafepay } from '../../dist/server/testing/index.js';

const ROOT = join(import.meta.dirname, '../..');

function readmeBackendExample() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Your backend\n'));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'the "Your backend" section has a js example');
  return block[1];
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('the README "Your backend" example runs as written: creates, pays and hears the notification', async () => {
  const fake = await startFakeMultiSafepay();
  // A project of its own that installed msp-checkout (this repository, built).
  const dir = mkdtempSync(join(tmpdir(), 'msp-readme-backend-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules/msp-checkout'), 'dir');
  writeFileSync(join(dir, 'server.mjs'), readmeBackendExample());
  // Tests listen on 127.0.0.1 only: the example's listen(port) is bound there, nothing else is changed.
  writeFileSync(
    join(dir, 'loopback.mjs'),
    `import { Server } from 'node:net';
const listen = Server.prototype.listen;
Server.prototype.listen = function (port, ...rest) {
  return typeof port === 'number' || typeof port === 'string'
    ? listen.call(this, Number(port), '127.0.0.1', ...rest.filter((arg) => typeof arg === 'function'))
    : listen.call(this, port, ...rest);
};
`,
  );
  const port = await freePort();
  const shop = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', './loopback.mjs', 'server.mjs'], {
    cwd: dir,
    env: {
      ...process.env,
      MSP_API_KEY: `${fake.apiKey}\n`,
      MSP_ENV: fake.baseUrl,
      PORT: String(port),
      SHOP_ORIGIN: shop,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    let created;
    for (let attempt = 0; attempt < 200 && !created; attempt++) {
      created = await fetch(`${shop}/checkout/create-order`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: shop },
        body: JSON.stringify({
          type: 'redirect',
          gateway: 'DOTPAY',
          order_id: 'order-1234',
          customer: { locale: 'en_US' },
        }),
      }).catch(() => new Promise((resolve) => setTimeout(resolve, 100)));
    }
    assert.ok(created, `the example did not start: ${output}`);
    const json = await created.json();
    assert.equal(created.status, 200, JSON.stringify(json));
    assert.ok(json.data.payment_url.startsWith(`${fake.origin}/connect/`));
    assert.equal(fake.orders.get('order-1234').amount, 1000);
    const { notification } = await fake.choose('order-1234', 'pay');
    assert.equal(notification.status, 200);
    assert.equal(notification.body, 'OK');
    assert.match(output, /order order-1234 is completed/);
  } finally {
    child.kill();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
