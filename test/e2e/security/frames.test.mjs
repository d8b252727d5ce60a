// The element inside iframes, in real Chromium with a top page the test controls: the payment page opens in the
// TOP window where the page allows it, and otherwise Pay fails with navigation-blocked telling the integrator what
// to allow. Never a payment page inside the frame. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFakeMultiSafepay } from '../../../dist/server/testing/index.js';
import { recordFigures } from '../../support/figures.mjs';
import { heard, launchChromium, shopLog, startShopPages } from '../../support/shop-pages.mjs';

const SUITE = 'frames';
const TOP_BY_ACTIVATION = 'allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation';
const NO_TOP = 'allow-scripts allow-same-origin allow-forms';

let fake;
let shop;
let browser;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
  shop = await startShopPages({ fake });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await shop?.close();
  await fake?.close();
});

let sequence = 0;

/** Opens the shop's top page with the checkout in an iframe; counts payment pages loaded into any frame. */
async function framedCheckout({ crossOrigin, sandbox, autosubmit = false }) {
  const page = await browser.newPage();
  const log = shopLog(page);
  const framed = { paymentPagesInFrames: 0 };
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() && frame.url().startsWith(fake.origin)) framed.paymentPagesInFrames += 1;
  });
  const orderId = `frame-${process.pid}-${(sequence += 1)}`;
  const src = `${crossOrigin ? shop.otherOrigin : shop.origin}/script-tag.html?order=${orderId}${autosubmit ? '&autosubmit=1' : ''}`;
  const top = `${shop.origin}/top.html?src=${encodeURIComponent(src)}${
    sandbox === undefined ? '' : `&sandbox=${encodeURIComponent(sandbox)}`
  }`;
  await page.goto(top);
  const frame = page.frameLocator('iframe');
  return { page, log, framed, frame, top, src };
}

async function pay(frame) {
  await frame.getByRole('radio', { name: 'iDEAL' }).check();
  await frame.getByRole('button', { name: /^Pay/ }).click();
}

const allowed = [
  ['a same-origin iframe without sandbox', { crossOrigin: false }],
  ['a cross-origin iframe without sandbox', { crossOrigin: true }],
  [
    'a cross-origin iframe sandboxed with allow-top-navigation-by-user-activation',
    { crossOrigin: true, sandbox: TOP_BY_ACTIVATION },
  ],
  [
    'a same-origin iframe sandboxed with allow-top-navigation-by-user-activation',
    { crossOrigin: false, sandbox: TOP_BY_ACTIVATION },
  ],
];
for (const [name, options] of allowed) {
  test(`${name}: Pay sends the top window to the payment page`, async () => {
    const { page, framed, frame } = await framedCheckout(options);
    await pay(frame);
    await page.waitForURL(`${fake.origin}/connect/**`, { timeout: 20_000 });
    const title = await page.title();
    recordFigures(SUITE, {
      'frames tested': 1,
      'top-window redirects where the frame may': 1,
      'payment pages inside a frame': framed.paymentPagesInFrames,
    });
    assert.match(title, /Fake MultiSafepay/);
    assert.equal(page.frames().length, 1, 'the shop page and its frame are gone');
    assert.equal(framed.paymentPagesInFrames, 0);
    await page.close();
  });
}

const blocked = [
  ['a cross-origin iframe sandboxed without top navigation', { crossOrigin: true, sandbox: NO_TOP }],
  ['a same-origin iframe sandboxed without top navigation', { crossOrigin: false, sandbox: NO_TOP }],
  [
    'allow-top-navigation-by-user-activation, but submit() called without a click',
    { crossOrigin: true, sandbox: TOP_BY_ACTIVATION, autosubmit: true },
  ],
];
for (const [name, options] of blocked) {
  test(`${name}: navigation-blocked, saying what to allow; the frame stays the shop's`, async () => {
    const { page, log, framed, frame, top, src } = await framedCheckout(options);
    if (!options.autosubmit) await pay(frame);
    const alert = frame.getByRole('alert');
    await alert.getByText('could not be opened').waitFor({ timeout: 20_000 });
    const error = await heard(log, 'msp-error');
    const button = frame.getByRole('button', { name: /^Pay/ });
    await button.waitFor();
    const childUrl = page.frames()[1]?.url();
    recordFigures(SUITE, {
      'frames tested': 1,
      'blocked frames ending in navigation-blocked': error?.detail.code === 'navigation-blocked' ? 1 : 0,
      'payment pages inside a frame': framed.paymentPagesInFrames,
    });
    assert.equal(error?.detail.code, 'navigation-blocked');
    assert.match(error.detail.message, /allow-top-navigation-by-user-activation/);
    assert.equal(page.url(), top);
    assert.equal(childUrl, src);
    assert.equal(framed.paymentPagesInFrames, 0);
    assert.equal(await button.isEnabled(), true);
    assert.equal(await frame.locator('msp-checkout form').getAttribute('aria-busy'), 'false');
    await page.close();
  });
}
