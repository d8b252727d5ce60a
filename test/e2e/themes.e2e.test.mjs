// The themes demo page in real Chromium, served by Vite (element from source, offline demo backend): three shops
// theme one element with custom properties, ::part() and slots. Each must speak its language, wear its accent,
// fit a 320 px screen and pass axe, before and after an error. Its own server on a free loopback port.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { startDemo } from '../support/demo-server.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const SHOPS = [
  {
    id: 'boutique-checkout',
    legend: 'Betaalmethode',
    gateways: ['iDEAL', 'Bankoverschrijving'],
    pay: 'Betaal € 368,00',
    noChoice: 'Kies een betaalmethode.',
  },
  {
    id: 'electronics-checkout',
    legend: 'Metoda płatności',
    gateways: ['Dotpay', 'Przelew bankowy'],
    pay: 'Zapłać 748,00 zł',
    noChoice: 'Wybierz metodę płatności.',
  },
  {
    id: 'tea-checkout',
    legend: '支付方式',
    gateways: ['支付宝', '微信支付'],
    pay: '支付 ¥648.00',
    noChoice: '请选择支付方式。',
  },
];

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

/** Opens the themes page at `width` and waits until every shop shows its last payment method. */
async function openThemes(width) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}demo/themes.html`);
  for (const shop of SHOPS) {
    await page
      .locator(`#${shop.id}`)
      .getByRole('radio', { name: shop.gateways.at(-1), exact: true })
      .waitFor();
  }
  return { page, errors };
}

/** Collapses whitespace, no-break spaces included (Intl puts one between € and the amount). */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

test('each shop shows its methods, legend, Pay label and slotted heading and note in its own language', async () => {
  const { page, errors } = await openThemes(1280);
  for (const shop of SHOPS) {
    const seen = await page.locator(`#${shop.id}`).evaluate((el) => ({
      legend: el.shadowRoot.querySelector('[part="legend"]').textContent,
      gateways: [...el.shadowRoot.querySelectorAll('[part~="gateway-name"]')].map((name) => name.textContent),
      pay: el.shadowRoot.querySelector('[part="submit"]').textContent,
      lang: el.shadowRoot.querySelector('[lang]').getAttribute('lang'),
      slotted: ['heading', 'note'].map((name) => el.querySelector(`[slot="${name}"]`)?.assignedSlot?.name),
    }));
    assert.equal(squash(seen.legend), shop.legend, shop.id);
    assert.deepEqual(seen.gateways.map(squash), shop.gateways, shop.id);
    assert.equal(squash(seen.pay), shop.pay, shop.id);
    assert.deepEqual(seen.slotted, ['heading', 'note'], shop.id);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("each Pay button wears its shop's accent, with readable text, and the three accents differ", async () => {
  const { page } = await openThemes(1280);
  const accents = [];
  for (const shop of SHOPS) {
    const seen = await page.locator(`#${shop.id}`).evaluate((el) => {
      // The theme's --msp-checkout-accent, resolved to rgb() the way the browser resolves a colour.
      const probe = globalThis.document.createElement('span');
      probe.style.color = globalThis.getComputedStyle(el).getPropertyValue('--msp-checkout-accent').trim();
      globalThis.document.body.append(probe);
      const accent = globalThis.getComputedStyle(probe).color;
      probe.remove();
      const button = globalThis.getComputedStyle(el.shadowRoot.querySelector('[part="submit"]'));
      // Computed colours may stay in oklch() (the default text colour is computed from the accent): paint them.
      const context = globalThis.document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      const rgb = (color) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      return { accent, background: button.backgroundColor, text: rgb(button.color), fill: rgb(button.backgroundColor) };
    });
    assert.notEqual(seen.accent, '', shop.id);
    assert.equal(seen.background, seen.accent, `${shop.id}: Pay button background`);
    assert.ok(contrast(seen.text, seen.fill) >= 4.5, `${shop.id}: rgb(${seen.text}) on ${seen.background}`);
    accents.push(seen.accent);
  }
  assert.equal(new Set(accents).size, 3, accents.join(' / '));
  await page.close();
});

test('at 320 px the shops stack without horizontal scrolling, before and after an error', async () => {
  const { page } = await openThemes(320);
  const overflow = () =>
    page.evaluate(() => {
      const root = globalThis.document.documentElement;
      const wide = [...globalThis.document.querySelectorAll('.shop, msp-checkout')].filter(
        (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 || el.scrollWidth > el.clientWidth + 1,
      );
      return { page: root.scrollWidth - root.clientWidth, wide: wide.map((el) => el.id || el.className) };
    });
  assert.deepEqual(await overflow(), { page: 0, wide: [] });
  const tops = await page.locator('.shop').evaluateAll((shops) => shops.map((s) => s.getBoundingClientRect().top));
  assert.ok(tops[0] < tops[1] && tops[1] < tops[2], `stacked: ${tops.join(', ')}`);
  for (const shop of SHOPS) await page.locator(`#${shop.id}`).getByRole('button', { name: shop.pay }).click();
  for (const shop of SHOPS) await page.locator(`#${shop.id}`).getByRole('alert').getByText(shop.noChoice).waitFor();
  assert.deepEqual(await overflow(), { page: 0, wide: [] });
  await page.close();
});

for (const width of [1280, 320]) {
  test(`axe finds no violations at ${width} px, before and after Pay without a choice`, async () => {
    const { page } = await openThemes(width);
    await page.addScriptTag({ path: axePath });
    const violations = () =>
      page.evaluate(async () => {
        const { violations } = await globalThis.axe.run(globalThis.document);
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
      });
    assert.deepEqual(await violations(), []);
    for (const shop of SHOPS) await page.locator(`#${shop.id}`).getByRole('button', { name: shop.pay }).click();
    for (const shop of SHOPS) await page.locator(`#${shop.id}`).getByRole('alert').getByText(shop.noChoice).waitFor();
    assert.deepEqual(await violations(), []);
    await page.close();
  });
}

/** WCAG contrast ratio of two opaque sRGB colours given as [r, g, b], 0-255. */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, b] = color.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Each shop's logos: their files, whether each has loaded, how it shows, and the chip behind it. */
async function shopLogos(page) {
  const seen = {};
  for (const shop of SHOPS) {
    seen[shop.id] = await page.locator(`#${shop.id}`).evaluate(async (el) => {
      const images = [...el.shadowRoot.querySelectorAll('img[part="icon"]')];
      for (const img of images) img.loading = 'eager';
      await Promise.all(images.map((img) => img.decode().catch(() => {})));
      return images.map((img) => {
        const style = globalThis.getComputedStyle(img);
        return {
          file: img.getAttribute('src'),
          loaded: img.naturalWidth > 0,
          shown: style.display !== 'none' && style.visibility !== 'hidden',
          chip: style.backgroundColor,
        };
      });
    });
  }
  return seen;
}

test('each shop shows its self-hosted logos on a white chip, light or dark; in forced colours only the names', async () => {
  const { page, errors } = await openThemes(1280);
  const logos = await shopLogos(page);
  const files = Object.fromEntries(Object.entries(logos).map(([id, list]) => [id, list.map((logo) => logo.file)]));
  assert.deepEqual(files, {
    'boutique-checkout': ['/demo/payment-logos/ideal.svg', '/demo/payment-logos/banktransfer.svg'],
    'electronics-checkout': ['/demo/payment-logos/dotpay.svg', '/demo/payment-logos/banktransfer.svg'],
    'tea-checkout': ['/demo/payment-logos/alipay.svg', '/demo/payment-logos/wechat.svg'],
  });
  for (const logo of Object.values(logos).flat()) {
    assert.deepEqual([logo.loaded, logo.shown, logo.chip], [true, true, 'rgb(255, 255, 255)'], logo.file);
  }
  assert.deepEqual(errors, []);
  await page.close();

  const forced = await browser.newPage({ viewport: { width: 1280, height: 800 }, forcedColors: 'active' });
  await forced.goto(`${base}demo/themes.html`);
  await forced.locator('#tea-checkout').getByRole('radio', { name: SHOPS[2].gateways[1], exact: true }).waitFor();
  for (const logo of Object.values(await shopLogos(forced)).flat()) assert.equal(logo.shown, false, logo.file);
  for (const shop of SHOPS) {
    for (const name of shop.gateways) {
      assert.ok(await forced.locator(`#${shop.id}`).getByText(name, { exact: true }).isVisible(), name);
    }
  }
  await forced.close();
});
