// The complete shop of docs/backend.md (the README's "Your backend" shows its heart and links to it), copied as a
// merchant copies it, paid through in Chromium against the fake MultiSafepay (../support/readme-shop.mjs starts it).
// The README's excerpt is checked to be that file's own lines. Also the Node test docs/testing.md prints.
// `msp-checkout` resolves to this repository (a symlink in a temporary node_modules): needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BACKEND_DOC, codeBlock, ROOT, shopFolder, startReadmeShop as startShop } from '../support/readme-shop.mjs';
import { launchChromium } from '../support/shop-pages.mjs';

let folder;
let work;
let shop;
let origin;
let browser;

const log = { text: '' };

before(async () => {
  folder = shopFolder({
    'checkout.test.mjs': codeBlock(readFileSync(join(ROOT, 'docs/testing.md'), 'utf8'), 'checkout.test.mjs'),
  });
  work = folder.work;
  ({ child: shop, origin } = await startShop(work, log));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  shop?.kill();
  folder?.remove();
});

/** Where MultiSafepay sends the shopper back: the shop's URL, the order's msp_token, then its transactionid. */
const backTo = (base, path, orderId = 'order-[\\w-]{22}') =>
  new RegExp(`^${base}/${path}\\?msp_token=[\\w-]{43}&transactionid=${orderId}$`);

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
  // The order id is the shopper's session's own; MultiSafepay sends the shopper back with it and its msp_token.
  const orderId = await page.locator('msp-checkout').getAttribute('order-id');
  assert.match(orderId, /^order-[\w-]{22}$/);
  await page.getByRole('radio', { name: 'Dotpay' }).check();
  await page.getByRole('button', { name: 'Pay €10.00' }).click();
  await page.waitForURL(/\/connect\//);
  assert.match(await page.title(), /Fake MultiSafepay/);
  await page.getByRole('button', { name: 'Pay' }).click();
  await page.waitForURL(backTo(origin, 'return', orderId));
  // The return page is <msp-payment-status>: it asked the shop's orderStatus, which knows the verified notification.
  await page.getByRole('heading', { level: 2, name: 'Thank you! Your payment was received.' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a shopper who declined follows the cancel page's link, chooses another method and pays: MultiSafepay takes an order id once, so the complete shop pays under a new one", async () => {
  // A shop of its own, so that its log holds this shopper's orders only.
  const ownLog = { text: '' };
  const own = await startShop(work, ownLog);
  const page = await browser.newPage();
  try {
    await page.goto(`${own.origin}/`);
    const orderId = await page.locator('msp-checkout').getAttribute('order-id');
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByRole('button', { name: 'Pay €10.00' }).click();
    await page.waitForURL(/\/connect\//);
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL(backTo(own.origin, 'cancel', orderId));
    await page.getByRole('heading', { level: 2, name: 'The payment was declined. Nothing was charged.' }).waitFor();
    await page.getByRole('link', { name: 'Choose another method' }).click();
    await page.waitForURL(`${own.origin}/`);
    await page.getByRole('radio', { name: 'Dotpay' }).check();
    await page.getByRole('button', { name: 'Pay €10.00' }).click();
    // Before: the shop posted the declined order id again, and the shopper read "This order was already paid or cannot
    // be paid again" (MultiSafepay's 1006) with no way to pay.
    const refused = page.locator('msp-checkout [part="error"]').filter({ hasText: /\S/ });
    await Promise.race([page.waitForURL(/\/connect\//), refused.waitFor()]);
    if (!/\/connect\//.test(page.url())) assert.fail(`still on the checkout: ${await refused.textContent()}`);
    await page.getByRole('button', { name: 'Pay', exact: true }).click();
    await page.waitForURL(backTo(own.origin, 'return', `${orderId}-2`));
    await page.getByRole('heading', { level: 2, name: 'Thank you! Your payment was received.' }).waitFor();
    assert.ok(ownLog.text.includes(`Order ${orderId}: declined\n`), ownLog.text);
    assert.ok(ownLog.text.includes(`Order ${orderId}-2: completed\n`), ownLog.text);
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
  const cancel = await fetch(`${origin}/cancel?transactionid=order-x`);
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
