// The script-tag page and a single-page app served with the strictest policy a PCI DSS 4.0 page would use (6.4.3):
// the strict Content-Security-Policy and Trusted Types for scripts. A whole payment (render, choose, pay,
// msp-redirect, the payment page) must cause 0 violations, counted by a `securitypolicyviolation` listener and by the
// policy's report endpoint. Where Lit falls back to <style> elements, a nonce (window.litNonce) keeps it at 0; a
// control without the nonce shows that both collectors do see violations. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeMultiSafepay } from '../../../dist/server/testing/index.js';
import { recordFigures } from '../../support/figures.mjs';
import {
  bundleSpa,
  holdPaymentPageUntilHeard,
  launchChromium,
  shopLog,
  startShopPages,
} from '../../support/shop-pages.mjs';

const SUITE = 'strict-policies';

/** The policy, Trusted Types, and where to report; with a style nonce when the page has one. */
export function strictPolicy(nonce) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'report-uri /csp-report',
  ].join('; ');
}

let fake;
let browser;
let plain;
let nonced;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
  const spa = await bundleSpa();
  plain = await startShopPages({ fake, spa, csp: () => strictPolicy() });
  nonced = await startShopPages({ fake, csp: (nonce) => strictPolicy(nonce) });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await plain?.close();
  await nonced?.close();
  await fake?.close();
});

let sequence = 0;
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pays on `path` of `shop` like a shopper and returns the violations both collectors saw, and the events. */
async function payUnderPolicy(shop, path, payButton = /^Pay/) {
  const reportsBefore = shop.reports.length;
  const page = await browser.newPage();
  const log = shopLog(page);
  await holdPaymentPageUntilHeard(page, log, 'msp-redirect');
  const orderId = `csp-${process.pid}-${(sequence += 1)}`;
  const response = await page.goto(`${shop.origin}${path}${path.includes('?') ? '&' : '?'}order=${orderId}`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  await page.getByRole('radio', { name: 'iDEAL' }).check();
  const accent = await page
    .locator('msp-checkout')
    .evaluate(
      (el) =>
        el.ownerDocument.defaultView.getComputedStyle(el.shadowRoot.querySelector('button[type="submit"]'))
          .backgroundColor,
    );
  await page.getByRole('button', { name: payButton }).click();
  await page.waitForURL(`${fake.origin}/connect/**`, { timeout: 20_000 });
  await settle(500); // reports are sent after the fact
  await page.close();
  return {
    listener: log.violations,
    reported: shop.reports.slice(reportsBefore),
    events: log.events.map((event) => event.type),
    accent,
  };
}

function record(result) {
  recordFigures(SUITE, {
    'full flows under the strict policy': 1,
    'violations (securitypolicyviolation listener)': result.listener.length,
    'violations (report endpoint)': result.reported.length,
  });
}

describe('the strict policy: the strict CSP and Trusted Types', () => {
  test('the script-tag page (SRI script, attributes): a whole payment with 0 violations', async () => {
    const result = await payUnderPolicy(plain, '/script-tag.html');
    record(result);
    assert.deepEqual(result.listener, []);
    assert.deepEqual(result.reported, []);
    assert.deepEqual(result.events, ['msp-select', 'msp-submit', 'msp-redirect']);
    assert.equal(result.accent, 'rgb(11, 92, 173)', "the element's styles apply");
  });

  test('the script-tag page in Polish (the language module imported from next to the script): 0 violations', async () => {
    const result = await payUnderPolicy(plain, '/script-tag.html?locale=pl_PL', /^Zapłać/);
    record(result);
    assert.deepEqual(result.listener, []);
    assert.deepEqual(result.reported, []);
    assert.deepEqual(result.events, ['msp-select', 'msp-submit', 'msp-redirect']);
  });

  test('the single-page app (bundled npm build, properties, its own navigation): 0 violations', async () => {
    const result = await payUnderPolicy(plain, '/spa.html');
    record(result);
    assert.deepEqual(result.listener, []);
    assert.deepEqual(result.reported, []);
    assert.deepEqual(result.events, ['msp-select', 'msp-submit', 'msp-redirect']);
    assert.equal(result.accent, 'rgb(11, 92, 173)');
  });

  test("Lit's <style> fallback with the page's nonce in window.litNonce: styled, 0 violations", async () => {
    const result = await payUnderPolicy(nonced, '/script-tag.html?fallback=1&nonce=1');
    record(result);
    assert.deepEqual(result.listener, []);
    assert.deepEqual(result.reported, []);
    assert.equal(result.accent, 'rgb(11, 92, 173)', 'the fallback <style> was applied');
  });

  test('control: the fallback without the nonce is refused, and both collectors see it', async () => {
    const page = await browser.newPage();
    const log = shopLog(page);
    const reportsBefore = nonced.reports.length;
    await page.goto(`${nonced.origin}/script-tag.html?fallback=1&order=control-${process.pid}`);
    await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
    const accent = await page
      .locator('msp-checkout')
      .evaluate(
        (el) =>
          el.ownerDocument.defaultView.getComputedStyle(el.shadowRoot.querySelector('button[type="submit"]'))
            .backgroundColor,
      );
    const deadline = Date.now() + 20_000; // reports come when the browser sends them: a condition, not a delay
    while (nonced.reports.length === reportsBefore && Date.now() < deadline) await settle(50);
    const reported = nonced.reports.slice(reportsBefore);
    recordFigures(SUITE, {
      'control violations caught (listener / report)': `${log.violations.length} / ${reported.length}`,
    });
    assert.ok(log.violations.some((violation) => violation.directive.startsWith('style-src')));
    assert.ok(reported.some((report) => report['csp-report']?.['violated-directive']?.startsWith('style-src')));
    assert.notEqual(accent, 'rgb(11, 92, 173)', 'the refused styles do not apply');
    await page.close();
  });
});

describe('the strict policy with payment-method logos', () => {
  /** The logos in the element: their paths and whether each has loaded, once every one has loaded or failed. */
  async function logosOf(page) {
    const checkout = page.locator('msp-checkout');
    await checkout.evaluate(async (el) => {
      const images = [...el.shadowRoot.querySelectorAll('img[part="icon"]')];
      for (const img of images) img.loading = 'eager';
      await Promise.all(images.map((img) => img.decode().catch(() => {})));
    });
    return checkout.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('img[part="icon"]')].map((img) => ({
        path: new URL(img.src).pathname,
        loaded: img.naturalWidth > 0,
      })),
    );
  }

  test('self-hosted logos (icons="/logos/") under img-src \'self\': shown, a whole payment with 0 violations', async () => {
    const page = await browser.newPage();
    const log = shopLog(page);
    const reportsBefore = plain.reports.length;
    await page.goto(`${plain.origin}/script-tag.html?icons=/logos/&order=logos-${process.pid}`);
    await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
    assert.deepEqual(await logosOf(page), [
      { path: '/logos/ideal.svg', loaded: true },
      { path: '/logos/dotpay.svg', loaded: true },
      { path: '/logos/alipay.svg', loaded: true },
    ]);
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByRole('button', { name: /^Pay/ }).click();
    await page.waitForURL(`${fake.origin}/connect/**`, { timeout: 20_000 });
    await settle(500);
    await page.close();
    const reported = plain.reports.slice(reportsBefore);
    recordFigures(SUITE, {
      'logo flows under the strict policy': 1,
      'logo violations (listener / report)': `${log.violations.length} / ${reported.length}`,
    });
    assert.deepEqual(log.violations, []);
    assert.deepEqual(reported, []);
  });

  test('control: logos from another host are refused by img-src, and both collectors see it', async () => {
    const page = await browser.newPage();
    const log = shopLog(page);
    const reportsBefore = plain.reports.length;
    // The same server under its other name: another origin, as MultiSafepay's media host would be.
    await page.goto(
      `${plain.origin}/script-tag.html?icons=${plain.otherOrigin}/logos/&order=logos-control-${process.pid}`,
    );
    await page.getByRole('radio', { name: 'iDEAL' }).waitFor();
    const logos = await logosOf(page);
    const deadline = Date.now() + 20_000; // reports come when the browser sends them: a condition, not a delay
    while (plain.reports.length === reportsBefore && Date.now() < deadline) await settle(50);
    await page.close();
    assert.equal(logos.length, 3);
    assert.ok(
      logos.every((logo) => !logo.loaded),
      'no refused logo was drawn',
    );
    assert.ok(log.violations.some((violation) => violation.directive.startsWith('img-src')));
    assert.ok(
      plain.reports
        .slice(reportsBefore)
        .some((report) => report['csp-report']?.['violated-directive']?.startsWith('img-src')),
    );
  });
});
