// The demo, end to end, in real Chromium: the page served by Vite, the element from source, the offline fake
// backend, the fake payment page and the return page. Its own server on a free loopback port, stopped after.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo } from '../support/demo-server.mjs';
import { watchWhileLeaving } from '../support/shown-while-leaving.mjs';

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

for (const [method, country] of [
  ['Dotpay', 'PL'],
  ['Alipay', 'CN'],
]) {
  test(`a shopper pays with ${method} on the script-tag page and comes back to "payment received"`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}demo/`);
    await page.getByText('Demo controls').click();
    await page.locator('#country').selectOption(country);
    await page.getByRole('radio', { name: method, exact: true }).check();
    await page.getByRole('button', { name: 'Pay €49.95' }).click();
    await page.waitForURL(/\/connect\//);
    assert.match(await page.title(), /Fake MultiSafepay/);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/demo\/return\.html\?msp_token=[\w-]{43}&transactionid=/);
    await page.getByRole('heading', { name: 'Thank you! Your payment was received.' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
}

/** Presses Tab until `isTarget` holds for the focused element (in shadow roots too); fails after `limit` presses. */
async function tabTo(page, isTarget, limit = 15) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let el = globalThis.document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return { tag: el?.tagName, type: el?.getAttribute('type'), value: el?.value, text: el?.textContent?.trim() };
    });
    if (isTarget(focused)) return;
  }
  assert.fail('Tab never reached the target');
}

test('by keyboard alone, the whole flow: choose Dotpay, pay, pay on the payment page, back to "paid"', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
  await tabTo(page, (el) => el.tag === 'INPUT' && el.type === 'radio');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('msp-checkout').getAttribute('selected'), 'DOTPAY');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/connect\//);
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Pay');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Thank you! Your payment was received.' }).waitFor();
  await page.close();
});

test('the first screen offers Dotpay and Alipay (and iDEAL), without opening the demo controls', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  await page.getByRole('radio', { name: 'Dotpay' }).waitFor();
  const names = await page.locator('msp-checkout [part="gateway"]').allInnerTexts();
  assert.deepEqual(names.slice(0, 3), ['iDEAL', 'Dotpay', 'Alipay']);
  assert.equal(await page.locator('details.controls').getAttribute('open'), null);
  await page.close();
});

test('one price everywhere: in PLN the cart, the Pay button and the payment page all say PLN 214.95', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  await page.getByRole('radio', { name: 'Dotpay' }).waitFor();
  // Intl puts a no-break space between code and number; the shopper reads a space.
  const cart = async () => (await page.locator('[data-price]').allInnerTexts()).map((t) => t.replace(/\s/g, ' '));
  assert.deepEqual(await cart(), ['€49.95', '€49.95']);
  await page.getByRole('button', { name: 'Pay €49.95' }).waitFor();
  await page.getByText('Demo controls').click();
  await page.locator('#currency').selectOption('PLN');
  assert.deepEqual(await cart(), ['PLN 214.95', 'PLN 214.95']);
  await page.getByRole('radio', { name: 'Dotpay' }).check();
  await page.getByRole('button', { name: 'Pay PLN 214.95' }).click();
  await page.waitForURL(/\/connect\//);
  await page.getByText(': PLN 214.95 with DOTPAY').waitFor();
  await page.close();
});

test('the list of methods follows the country and currency', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  const names = () => page.locator('msp-checkout [part="gateway"]').allInnerTexts();
  await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
  assert.ok((await names()).includes('iDEAL'));
  await page.getByText('Demo controls').click();
  await page.locator('#country').selectOption('PL');
  await page.getByRole('radio', { name: 'Dotpay' }).waitFor();
  assert.ok(!(await names()).includes('iDEAL'));
  await page.locator('#currency').selectOption('USD');
  // The old list (with Alipay and Dotpay) and the loading state (no radios) both come before the new list: waited
  // for as a condition, with room for a loaded machine.
  const deadline = Date.now() + 20_000;
  let shown = await names();
  while (!(shown.includes('Alipay') && !shown.includes('Dotpay')) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    shown = await names();
  }
  assert.ok(shown.includes('Alipay') && !shown.includes('Dotpay'), `shown: ${shown.join(', ')}`);
  await page.close();
});

test('the back button from the payment page gives a usable widget', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  await page.getByRole('radio', { name: 'iDEAL' }).check();
  await page.getByRole('button', { name: 'Pay €49.95' }).click();
  await page.waitForURL(/\/connect\//);
  await page.goBack();
  const button = page.getByRole('button', { name: 'Pay €49.95' });
  await button.waitFor();
  assert.equal(await button.isEnabled(), true);
  assert.equal(await page.locator('msp-checkout').evaluate((el) => el.shadowRoot.querySelector('form').inert), false);
  await page.close();
});

test('a backend that drops the connection ends in a visible error, not a stuck spinner', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  await page.getByText('Demo controls').click();
  await page.locator('#scenario').selectOption('down');
  await page.getByRole('radio', { name: 'iDEAL' }).check();
  await page.getByRole('button', { name: 'Pay €49.95' }).click();
  await page.getByRole('alert').filter({ hasText: 'could not reach the shop' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Pay €49.95' }).isEnabled(), true);
  await page.close();
});

test('the single-page app sets properties from code, logs the events, and navigates itself', async () => {
  const page = await browser.newPage();
  // What the app shows after Pay, read without evaluating while it navigates (test/support): it navigates 800 ms
  // after msp-redirect, and the payment page is held until it has shown what it does.
  const { shown, observe } = await watchWhileLeaving(page, {
    texts: { navigation: '#navigation' },
    lists: { log: '#events li' },
    done: ({ navigation }) => navigation.startsWith('The app handles navigation'),
  });
  await page.goto(`${base}demo/spa.html`);
  await page.getByRole('radio', { name: 'Alipay (支付宝)' }).check();
  await observe();
  await page.getByRole('button', { name: 'Pay €49.95' }).click();
  await page.waitForURL(/\/connect\//);
  assert.match(shown.navigation, /^The app handles navigation/);
  const { log } = shown;
  assert.ok(log.some((line) => line.startsWith('msp-select {"gateway":"ALIPAY"')));
  assert.ok(log.some((line) => line.startsWith('msp-submit {"var1":"spa-demo","type":"redirect","gateway":"ALIPAY"')));
  assert.ok(log.some((line) => line.startsWith('msp-redirect {"orderId":"app-')));
  await page.close();
});

test('the script-tag shop page loads the built file with a classic script', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/`);
  const classic = await page.locator('script[src$="msp-checkout.min.js"]').evaluate((script) => script.type === '');
  assert.equal(classic, true);
  await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
  await page.close();
});

for (const [choice, message] of [
  ['Cancel', 'The payment was cancelled. Nothing was charged.'],
  ['Decline', 'The payment was declined. Nothing was charged.'],
]) {
  test(`${choice} on the payment page comes back to an honest "${message}"`, async () => {
    const page = await browser.newPage();
    await page.goto(`${base}demo/`);
    await page.getByRole('radio', { name: 'Alipay', exact: true }).check();
    await page.getByRole('button', { name: 'Pay €49.95' }).click();
    await page.waitForURL(/\/connect\//);
    await page.getByRole('button', { name: choice }).click();
    await page.waitForURL(/\/demo\/return\.html\?/);
    await page.getByRole('heading', { name: message }).waitFor();
    await page.close();
  });
}

test('the states page shows loading, logos, empty, error and busy, in light and dark, without errors', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}demo/states.html`);
  const text = (id) => page.locator(`#${id}`).evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
  await page.locator('#error-light').getByText('Payments are temporarily unavailable').waitFor();
  for (const theme of ['light', 'dark']) {
    assert.match(await text(`loading-${theme}`), /Loading payment methods/);
    assert.match(await text(`empty-${theme}`), /No payment method/);
    assert.match(await text(`error-${theme}`), /Payments are temporarily unavailable/);
    assert.match(await text(`busy-${theme}`), /Processing/);
    // Self-hosted logos (icons="/demo/payment-logos/"), each loaded, on a white chip in both themes.
    const logos = await page.locator(`#logos-${theme}`).evaluate(async (el) => {
      const images = [...el.shadowRoot.querySelectorAll('img[part="icon"]')];
      for (const img of images) img.loading = 'eager';
      await Promise.all(images.map((img) => img.decode().catch(() => {})));
      return images.map((img) => [
        img.getAttribute('src'),
        img.naturalWidth > 0,
        globalThis.getComputedStyle(img).backgroundColor,
      ]);
    });
    assert.deepEqual(
      logos,
      ['ideal', 'mistercash', 'banktransfer'].map((name) => [
        `/demo/payment-logos/${name}.svg`,
        true,
        'rgb(255, 255, 255)',
      ]),
    );
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the shop's first screen shows a logo beside each method, from the gateway list's icon_urls (the fake's own)", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}demo/`);
  await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
  const logos = await page.locator('#checkout').evaluate(async (el) => {
    const images = [...el.shadowRoot.querySelectorAll('img[part="icon"]')];
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => {})));
    return {
      methods: el.shadowRoot.querySelectorAll('[part="gateway"]').length,
      logos: images.map((img) => ({ path: new URL(img.src).pathname, loaded: img.naturalWidth > 0 })),
    };
  });
  assert.ok(logos.methods > 0);
  assert.equal(logos.logos.length, logos.methods, 'one logo per method');
  for (const logo of logos.logos) {
    assert.match(logo.path, /^\/img\/methods\/svg\/[a-z0-9]+\.svg$/, 'the vector icon MultiSafepay lists');
    assert.ok(logo.loaded, `${logo.path} loaded`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// The shop speaks Dutch: card payments are Kaartbetaling; the brands keep their names.
for (const method of ['Kaartbetaling', 'PayPal', 'Klarna', 'iDEAL in3']) {
  test(`the bike shop's cart of several lines with VAT pays through with ${method}`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}demo/methods.html`);
    await page.getByRole('radio', { name: method, exact: true }).check();
    await page.getByRole('button', { name: /145,74/ }).click();
    await page.waitForURL(/\/connect\//);
    // The fake's payment page lists the cart the backend sent: buy now, pay later is refused without it.
    await page.getByText('Kettingslot 110 cm').waitFor();
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/demo\/return\.html\?(?:.*&)?transactionid=/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the bike shop offers Apple Pay only in a browser that can pay with it', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}demo/methods.html`);
  await page.getByRole('radio', { name: 'Klarna' }).waitFor();
  const names = () => page.locator('msp-checkout [part="gateway"]').allInnerTexts();
  assert.ok(!(await names()).includes('Apple Pay'));
  await page.addInitScript(() => {
    globalThis.ApplePaySession = { canMakePayments: () => true };
  });
  await page.reload();
  await page.getByRole('radio', { name: 'Apple Pay' }).waitFor();
  assert.ok((await names()).includes('Google Pay'));
  await page.close();
});
