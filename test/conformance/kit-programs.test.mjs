// The package's two programs as a test suite in any language runs them: msp-checkout-fake (one JSON line, then its
// control API) and msp-checkout-conformance (one line per check, "N passed, M failed", its exit code, --json),
// from the built package (package.json `bin` -> dist/). Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const bin = (name) => new URL(`../../${pkg.bin[name]}`, import.meta.url);
const children = new Set();
after(() => {
  for (const child of children) child.kill();
});

/** Runs a program to its end: exit code, stdout, stderr. */
function run(args, options = {}) {
  const child = spawn(process.execPath, args, { cwd: ROOT, ...options });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Starts msp-checkout-fake and reads the JSON line it prints when it listens. */
async function startFake(args = []) {
  const child = spawn(process.execPath, [fileURLToPath(bin('msp-checkout-fake')), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return { child, info: JSON.parse(line) };
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** Starts a process and waits until `url` answers. */
async function startAndWait(command, args, env, url) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.add(child);
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      await fetch(url);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${command} did not answer on ${url}`);
}

describe('package.json bin', () => {
  test('names the two programs, each a built file that starts with #!/usr/bin/env node', () => {
    assert.deepEqual(Object.keys(pkg.bin).sort(), ['msp-checkout-conformance', 'msp-checkout-fake']);
    for (const name of Object.keys(pkg.bin)) {
      assert.match(pkg.bin[name], /^dist\//, `${name} runs what the build wrote`);
      assert.match(readFileSync(bin(name), 'utf8'), /^#!\/usr\/bin\/env node\n/);
    }
  });
});

describe('msp-checkout-fake', () => {
  test('prints one JSON line: API base URL, root URL for the SDKs, key, payment origin, control URL', async () => {
    const { child, info } = await startFake(['--api-key', 'my-test-key']);
    assert.match(info.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/v1\/json$/);
    assert.equal(info.rootUrl, `${info.origin}/v1/`);
    assert.equal(info.controlUrl, `${info.origin}/_fake/`);
    assert.equal(info.apiKey, 'my-test-key');
    const answer = await fetch(`${info.baseUrl}/gateways/IDEAL`, { headers: { api_key: 'my-test-key' } });
    assert.equal(answer.status, 200);
    const closed = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await closed, 0);
  });

  test('listens on the port it is given, and says so when it cannot', async () => {
    const { info } = await startFake();
    const port = new URL(info.origin).port;
    const taken = await run([fileURLToPath(bin('msp-checkout-fake')), '--port', port]);
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, new RegExp(`port ${port} is in use`));
    const wrong = await run([fileURLToPath(bin('msp-checkout-fake')), '--port', 'many']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--port must be a whole number/);
  });
});

describe('msp-checkout-conformance', () => {
  const kit = fileURLToPath(bin('msp-checkout-conformance'));

  test('starts the fake and the shop itself: one line per check, "20 passed, 0 failed", exit 0', async () => {
    const { code, stdout } = await run([kit, '--start', 'python3 examples/python/shop.py']);
    const lines = stdout.trim().split('\n');
    assert.equal(code, 0, stdout);
    assert.equal(lines.filter((line) => line.startsWith('pass  ')).length, 20);
    assert.match(lines.at(-1), /^20 passed, 0 failed \(\d+\.\d s\)$/);
  });

  test('uses a running fake and a shop started against it (--shop, --fake), and reports as JSON', async () => {
    const { info } = await startFake();
    const port = await freePort();
    const shop = `http://127.0.0.1:${port}`;
    await startAndWait(
      'python3',
      ['examples/python/shop.py'],
      {
        MSP_API_URL: info.baseUrl,
        MSP_API_KEY: info.apiKey,
        PORT: String(port),
        MSP_CHECKOUT_CONFORMANCE: '1',
      },
      `${shop}/checkout/status`,
    );
    const { code, stdout } = await run([kit, '--shop', shop, '--fake', info.controlUrl, '--json']);
    const report = JSON.parse(stdout);
    assert.equal(code, 0);
    assert.deepEqual([report.passed, report.failed, report.shop, report.fake], [20, 0, shop, info.baseUrl]);
    assert.deepEqual(Object.keys(report.checks[0]), ['id', 'name', 'passed', 'ms']);
  });

  test('exits 1 when a check fails, and says why under it', async () => {
    // The shop charges 1000: told 999, the kit sees a price that is not the shop's.
    const { code, stdout } = await run([
      kit,
      '--start',
      'python3 examples/python/shop.py',
      '--only',
      'create-order,server-price',
      '--amount',
      '999',
    ]);
    assert.equal(code, 1);
    assert.match(stdout, /^pass {2}create-order: /m);
    assert.match(
      stdout,
      /^FAIL {2}server-price: .*\n {6}the browser sent amount 1: MultiSafepay was asked for 1000 EUR/m,
    );
    assert.match(stdout, /\n1 passed, 1 failed \(/);
  });

  test('exits 2 when it cannot run: no shop, a shop that does not start, an unknown check', async () => {
    const none = await run([kit]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /give the shop's address \(shop\) or its command \(start\)/);
    const broken = await run([kit, '--start', 'echo "no such shop" && exit 3']);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /the shop's command ended \(3\) before it answered\nThe shop printed:\nno such shop/);
    const unknown = await run([kit, '--start', 'true', '--only', 'teleport']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no check teleport/);
  });
});
