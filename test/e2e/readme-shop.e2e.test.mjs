// The complete shop of docs/backend.md (the README's "Your backend" shows its heart and links to it), copied as a
// merchant copies it, paid through in Chromium against the fake MultiSafepay: shop.mjs exactly as docs/backend.md
// prints it, started by its test-shop.mjs (the fixed port swapped for a free one, so that parallel runs never
// collide). The README's excerpt is checked to be that file's own lines. Also the Node test docs/testing.md prints.
// `msp-checkout` resolves to this repository (a symlink in a temporary node_modules): needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { freePort } from '../../dist/server/testing/conformance/run.js';
import { launchChromium } from '../support/shop-pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fenced ```js block of `markdown` whose first line starts with `// <name>`. */
export function codeBlock(markdown, name) {
  const block = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.startsWith(`// ${name}`));
  assert.ok(block, `no \`\`\`js block starting with "// ${name}"`);
  return block;
}

/** The shop's page, the README's "Your backend" links to it; this test runs its code. */
const BACKEND_DOC = 'docs/backend.md';

let work;
let shop;
let origin;
let browser;

/**
 * Starts docs/backend.md's test-shop.mjs (so shop.mjs and a fake MultiSafepay of its own) on free ports, in `cwd`;
 * resolves when it says where it listens. `log.text` collects what it prints.
 */
async function startShop(cwd, log) {
  const [fakePort, shopPort] = [await freePort(), await freePort()];
  const recipe = codeBlock(readFileSync(join(ROOT, BACKEND_DOC), 'utf8'), 'test-shop.mjs');
  assert.match(recipe, /startFakeMultiSafepay\(\{ port: 4010 \}\)/);
  const file = `test-shop-${shopPort}.mjs`;
  writeFileSync(join(cwd, file), recipe.replace('{ port: 4010 }', `{ port: ${fakePort} }`));
  const shopOrigin = `http://127.0.0.1:${shopPort}`;
  const child = spawn(process.execPath, [file], {
    cwd,
    env: { ...process.env, PORT: String(shopPort), HOST: '127.0.0.1', SHOP_ORIGIN: shopOrigin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log.text += chunk));
  child.stderr.on('data', (chunk) => (log.text += chunk));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the shop did not start: ${log.text}`)), 30_000);
    child.stdout.on('data', () => log.text.includes('Shop on') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => reject(new Error(`the shop exited with ${code}: ${log.text}`)));
  });
  return { child, origin: shopOrigin };
}

const log = { text: '' };

before(async () => {
  const backendDoc = readFileSync(join(ROOT, BACKEND_DOC), 'utf8');
  work = mkdtempSync(join(tmpdir(), 'msp-readme-shop-'));
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(ROOT, join(work, 'node_modules', 'msp-checkout'), 'dir');
  writeFileSync(join(work, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(work, 'shop.mjs'), codeBlock(backendDoc, 'shop.mjs'));
  writeFileSync(
    join(work, 'checkout.test.mjs'),
    codeBlock(readFileSync(join(ROOT, 'docs/testing.md'), 'utf8'), 'checkout.test.mjs'),
  );
  ({ child: shop, origin } = await startShop(work, log));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  shop?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the README's shop excerpt is the complete shop's own lines, in order (its `// …` lines mark what it leaves out)", () => {
  const shop = codeBlock(readFileSync(join(ROOT, BACKEND_DOC), 'utf8'), 'shop.mjs').split('\n');
  const excerpt = codeBlock(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'shop.mjs')
    .split('\n')
    .slice(1);
  const shown = excerpt.filter((line) => line !== '' && !line.trim().startsWith('// …'));
  assert.ok(shown.length >= 30, `the README shows ${shown.length} lines of the shop`);
  let at = 0;
  for (const line of shown) {
    const found = shop.indexOf(line, at);
    assert.ok(found >= 0, `the README's shop excerpt has a line the shop lacks (or out of order): ${line}`);
    at = found + 1;
  }
  const needed = ['createCheckoutHandlers({', 'resolveOrder:', 'onStatus:', 'checkout.createOrder', 'toNodeHandler('];
  for (const part of needed) {
    assert.ok(
      shown.some((line) => line.includes(part)),
      `the README's excerpt lacks ${part}`,
    );
  }
});

test('the complete shop says where it listens', () => {
  assert.match(log.text, new RegExp(`Shop on ${origin}/`));
});

test("a shopper pays with Dotpay through the complete shop: its page, its backend, the fake's payment page, its return page", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The fake's page has no icon; anything else that fails to load is the shop's fault.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(`${message.text()} ${message.location().url}`);
    }
  });
  await page.goto(`${origin}/`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Checkout');
  await page.getByRole('radio', { name: 'Dotpay' }).check();
  await page.getByRole('button', { name: 'Pay €10.00' }).click();
  await page.waitForURL(/\/connect\//);
  assert.match(await page.title(), /Fake MultiSafepay/);
  await page.getByRole('button', { name: 'Pay' }).click();
  await page.waitForURL(`${origin}/return?transactionid=order-1234`);
  // The return page is <msp-payment-status>: it asked the shop's orderStatus, which knows the verified notification.
  await page.getByRole('heading', { level: 2, name: 'Thank you! Your payment was received.' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a shopper who declined follows the cancel page's link, chooses another method and pays: MultiSafepay takes an order id once, so the complete shop pays under a new one", async () => {
  // A shop of its own: the shop above has paid order-1234 already.
  const ownLog = { text: '' };
  const own = await startShop(work, ownLog);
  const page = await browser.newPage();
  try {
    await page.goto(`${own.origin}/`);
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByRole('button', { name: 'Pay €10.00' }).click();
    await page.waitForURL(/\/connect\//);
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL(`${own.origin}/cancel?transactionid=order-1234`);
    await page.getByRole('heading', { level: 2, name: 'The payment was declined. Nothing was charged.' }).waitFor();
    await page.getByRole('link', { name: 'Choose another method' }).click();
    await page.waitForURL(`${own.origin}/`);
    await page.getByRole('radio', { name: 'Dotpay' }).check();
    await page.getByRole('button', { name: 'Pay €10.00' }).click();
    // Before: the shop posted order-1234 again, and the shopper read "This order was already paid or cannot be paid
    // again" (MultiSafepay's 1006) with no way to pay.
    const refused = page.locator('msp-checkout [part="error"]').filter({ hasText: /\S/ });
    await Promise.race([page.waitForURL(/\/connect\//), refused.waitFor()]);
    if (!/\/connect\//.test(page.url())) assert.fail(`still on the checkout: ${await refused.textContent()}`);
    await page.getByRole('button', { name: 'Pay', exact: true }).click();
    await page.waitForURL(`${own.origin}/return?transactionid=order-1234-2`);
    await page.getByRole('heading', { level: 2, name: 'Thank you! Your payment was received.' }).waitFor();
    assert.match(ownLog.text, /Order order-1234: declined\n[\s\S]*Order order-1234-2: completed\n/);
  } finally {
    await page.close();
    own.child.kill();
  }
});

test("the shop opened at localhost while SHOP_ORIGIN says 127.0.0.1: the shop's backend is blamed, in the page, the console and its log", async () => {
  const page = await browser.newPage();
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.goto(origin.replace('127.0.0.1', 'localhost') + '/');
  await page.getByRole('radio', { name: 'iDEAL' }).check();
  const logged = log.text.length;
  await page.getByRole('button', { name: 'Pay €10.00' }).click();
  const alert = page.locator('msp-checkout [part="error"]');
  await alert.getByText('The shop could not start the payment (error 403). Please try again.').waitFor();
  assert.doesNotMatch(await alert.textContent(), /MultiSafepay/);
  assert.ok(
    consoleLines.includes(
      "<msp-checkout> backend-error: The shop's backend refused the request (HTTP 403): This origin may not create orders",
    ),
    consoleLines.join('\n'),
  );
  const serverLog = log.text.slice(logged);
  assert.match(
    serverLog,
    new RegExp(
      `refused POST /checkout/create-order \\(403\\): This origin may not create orders; Origin ${origin.replace('127.0.0.1', 'localhost')} \\(allowed: ${origin};`,
    ),
  );
  await page.close();
});

test("the complete shop's cancel page, both script-tag files, the checkout's parts and their languages are served; anything else is a 404", async () => {
  const cancel = await fetch(`${origin}/cancel?transactionid=order-1234`);
  assert.equal(cancel.status, 200);
  assert.match(await cancel.text(), /<msp-payment-status endpoint="\/checkout\/status"/);
  for (const path of [
    '/msp-checkout.min.js',
    '/msp-checkout.gateway-list.js',
    '/msp-payment-status.min.js',
    '/locales/pl.js',
    '/status-locales/pl.js',
  ]) {
    const file = await fetch(`${origin}${path}`);
    assert.equal(file.status, 200, path);
    assert.match(file.headers.get('content-type'), /javascript/, path);
  }
  for (const path of ['/locales/xx.js', '/status-locales/xx.js', '/shop.mjs', '/package.json', '/index.js']) {
    assert.equal((await fetch(`${origin}${path}`)).status, 404, path);
  }
});

test('the Node test docs/testing.md prints passes as it is', () => {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT; // a test run inside this one would report to this one instead of to its stdout
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'checkout.test.mjs'], {
    cwd: work,
    env,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /# pass 2/);
});
