// The shopper's way back, end to end in real Chromium: the demo shop (Vite, the checkout's script-tag file), the
// reference server and the fake MultiSafepay's payment page, then demo/return.html with <msp-payment-status> from
// its own script-tag file, asking the reference server's orderStatus. Needs `npm run build` first (dist/).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { startDemo } from '../support/demo-server.mjs';

let demo;
let browser;
let base;

before(async () => {
  demo = await startDemo();
  ({ browser, base } = demo);
});

after(async () => {
  await demo?.close();
});

/**
 * The status token the demo's backend puts in an order's return URLs (docs/backend-contract.md): keyed with its API
 * key, the embedded fake MultiSafepay's. A test that opens the return page itself, as if MultiSafepay had sent the
 * shopper there, gives it the token MultiSafepay's redirect would carry.
 */
const tokenOf = (orderId) =>
  createHmac('sha256', 'fake-msp-test-key').update(`msp-status:${orderId}`).digest('base64url');

/** Where MultiSafepay sends the shopper back: demo/return.html (with `query`), the order's token, its transactionid. */
const BACK = /\/demo\/return\.html\?msp_token=[\w-]{43}&transactionid=/;

/** The sentence the element shows, as a screen reader finds it: the page's heading. */
const outcome = (page, name) => page.getByRole('heading', { name, exact: true });

/** Opens the shop in `locale` and `country`, chooses `method`, pays and lands on the fake payment page. */
async function toPaymentPage(page, { locale, country, method }) {
  await page.goto(`${base}demo/`);
  await page.getByText('Demo controls').click();
  await page.locator('#locale').selectOption(locale);
  await page.locator('#country').selectOption(country);
  await page.getByRole('radio', { name: method, exact: true }).check();
  // The demo makes an order id per visit and sends it with the order.
  const orderId = await page.locator('msp-checkout').evaluate((el) => el.orderId);
  await page.locator('msp-checkout button[type="submit"]').click();
  await page.waitForURL(/\/connect\//);
  assert.match(await page.title(), /Fake MultiSafepay/);
  return orderId;
}

/** Everything the return page's element said through msp-status, from the demo's event log. */
async function statusEvents(page) {
  const items = await page.locator('#events li').allInnerTexts();
  return items
    .filter((text) => text.startsWith('msp-status '))
    .map((text) => JSON.parse(text.slice('msp-status '.length)))
    .reverse();
}

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const { method, country, locale, lang, paid } of [
  {
    method: 'Dotpay',
    country: 'PL',
    locale: 'pl_PL',
    lang: 'pl-PL',
    paid: 'Dziękujemy! Twoja płatność została przyjęta.',
  },
  // In Chinese the checkout names Alipay 支付宝.
  { method: '支付宝', country: 'CN', locale: 'zh_CN', lang: 'zh-CN', paid: '谢谢！您的付款已收到。' },
]) {
  test(`${method} in ${locale}: shop -> payment page -> pay -> the return page says "paid" in that language`, async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await toPaymentPage(page, { locale, country, method });
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(BACK);
    const orderId = new URL(page.url()).searchParams.get('transactionid');
    await outcome(page, paid).waitFor();
    const element = page.locator('msp-payment-status');
    assert.equal(await element.evaluate((el) => el.shadowRoot.querySelector('[lang]').getAttribute('lang')), lang);
    // The status region says it once; the page's slot for "paid" is shown.
    assert.equal(await page.getByRole('status').filter({ hasText: paid }).count(), 1);
    await page.getByRole('link', { name: 'Continue shopping' }).waitFor();
    assert.deepEqual(await statusEvents(page), [{ orderId, status: 'completed', final: true }]);
    // The return page loaded its own script, not the checkout's.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    assert.ok(scripts.some((name) => name.endsWith('/dist/msp-payment-status.min.js')));
    assert.ok(!scripts.some((name) => /msp-checkout\.min\.js|\/dist\/locales\//.test(name)), scripts.join('\n'));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('cancel on the payment page: the return page says so, with a way back to the checkout', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await toPaymentPage(page, { locale: 'en_US', country: 'PL', method: 'Dotpay' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForURL(/\/demo\/return\.html\?cancelled=1&msp_token=[\w-]{43}&transactionid=/);
  await outcome(page, 'The payment was cancelled. Nothing was charged.').waitFor();
  await page.getByRole('link', { name: 'Back to the checkout' }).waitFor();
  assert.deepEqual(
    (await statusEvents(page)).map(({ status, final }) => ({ status, final })),
    [{ status: 'cancelled', final: true }],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('declined on the payment page: the return page says so', async () => {
  const page = await browser.newPage();
  await toPaymentPage(page, { locale: 'nl_NL', country: 'NL', method: 'iDEAL' });
  await page.getByRole('button', { name: 'Decline' }).click();
  await page.waitForURL(/\/demo\/return\.html/);
  await outcome(page, 'De betaling is geweigerd. Er is niets afgeschreven.').waitFor();
  await page.close();
});

test('a payment that stays pending past the limit: the shop will confirm by e-mail, and asking stops', async () => {
  const page = await browser.newPage();
  // The shopper comes back without paying: the order stays "initialized" at MultiSafepay.
  const created = await toPaymentPage(page, { locale: 'pl_PL', country: 'PL', method: 'Dotpay' });
  const asked = [];
  page.on('request', (request) => request.url().includes('/api/status') && asked.push(request.url()));
  const token = tokenOf(created);
  await page.goto(
    `${base}demo/return.html?msp_token=${token}&transactionid=${encodeURIComponent(created)}&pending-timeout=2500`,
  );
  await outcome(page, 'Twoja płatność jest przetwarzana. Ta strona odświeży się sama.').waitFor();
  await outcome(
    page,
    'Twoja płatność jest nadal przetwarzana. Sklep potwierdzi zamówienie e-mailem, gdy tylko płatność zostanie zakończona.',
  ).waitFor({ timeout: 15_000 });
  const events = await statusEvents(page);
  assert.deepEqual(events.at(0), { orderId: created, status: 'initialized', final: false });
  assert.deepEqual(events.at(-1), { orderId: created, status: 'initialized', final: true });
  const count = asked.length;
  assert.ok(count >= 2, `asked ${count} times`);
  await page.waitForTimeout(3000);
  assert.equal(asked.length, count, 'the element kept asking after its limit');
  await page.getByRole('button', { name: 'Spróbuj ponownie' }).waitFor();
  await page.close();
});

test('an unknown order id, and one that is not an order id at all: "unknown order", nothing of it rendered', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}demo/return.html?transactionid=never-created-42`);
  await outcome(page, 'We could not find this order. Please contact the shop.').waitFor();
  assert.deepEqual(await statusEvents(page), [{ orderId: 'never-created-42', status: 'unknown', final: true }]);

  const asked = [];
  page.on('request', (request) => request.url().includes('/api/status') && asked.push(request.url()));
  const evil = `<img src=x onerror="window.__pwned=1">`;
  await page.goto(`${base}demo/return.html?transactionid=${encodeURIComponent(evil)}${'%00'}`);
  await outcome(page, 'We could not find this order. Please contact the shop.').waitFor();
  assert.deepEqual(asked, []);
  assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
  assert.equal(await page.locator('msp-payment-status img').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the status endpoint down, then back: the error and a retry, then "paid"', async () => {
  const page = await browser.newPage();
  await toPaymentPage(page, { locale: 'en_US', country: 'PL', method: 'Dotpay' });
  await page.getByRole('button', { name: 'Pay' }).click();
  await page.waitForURL(BACK);
  const back = new URL(page.url());
  const orderId = back.searchParams.get('transactionid');
  back.searchParams.set('scenario', 'down');
  await page.goto(back.href);
  await outcome(page, 'The status of your payment could not be checked.').waitFor();
  await page.getByRole('alert').filter({ hasText: 'The shop sent an unexpected answer. Please try again.' }).waitFor();
  assert.equal(await page.locator('msp-payment-status [part="spinner"]').count(), 0);
  const retry = page.getByRole('button', { name: 'Try again' });
  await retry.focus();
  await page.keyboard.press('Enter');
  await outcome(page, 'Thank you! Your payment was received.').waitFor();
  assert.deepEqual(await statusEvents(page), [{ orderId, status: 'completed', final: true }]);
  await page.close();
});
