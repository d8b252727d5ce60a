// Home-made because it needs nothing new: playwright-core (already a dev dependency, for the end-to-end tests) and
// the Chromium the tests use take the README's pictures of <msp-checkout>, light and dark, from the built script-tag
// file on a page of their own. Run `npm run build` first, then `node scripts/screenshots.mjs`; it writes
// docs/images/checkout-light.png and checkout-dark.png, cropped to the element at a device scale of 1.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { ensureChromium } from './find-chromium.mjs';

const ROOT = new URL('../', import.meta.url);
// The page follows the system's colour scheme, and the element the page's: what a shop with both schemes gets.
const PAGE = `<!doctype html>
<html lang="en">
  <meta charset="utf-8" />
  <meta name="color-scheme" content="light dark" />
  <title>msp-checkout</title>
  <style>
    body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
    msp-checkout { display: block; inline-size: 360px; padding: 16px; }
  </style>
  <script src="/dist/msp-checkout.min.js"></script>
  <msp-checkout
    endpoint="/checkout/create-order"
    gateways="IDEAL,DOTPAY,BANKTRANS,ALIPAYPLUS"
    amount="1000"
    currency="EUR"
    order-id="order-1234"
    locale="en_US"
    selected="IDEAL"
  ></msp-checkout>
</html>`;

const server = createServer(async (request, response) => {
  if (request.url === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
  if (request.url !== '/dist/msp-checkout.min.js') return response.writeHead(404).end();
  const script = await readFile(new URL('dist/msp-checkout.min.js', ROOT));
  response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ colorScheme, deviceScaleFactor: 1, viewport: { width: 480, height: 600 } });
    await page.goto(`${origin}/`);
    const checkout = page.locator('msp-checkout');
    await checkout.getByRole('button', { name: 'Pay €10.00' }).waitFor();
    const file = new URL(`docs/images/checkout-${colorScheme}.png`, ROOT);
    await writeFile(file, await checkout.screenshot({ animations: 'disabled' }));
    console.log(`${file.pathname.slice(ROOT.pathname.length)}: ${colorScheme}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
