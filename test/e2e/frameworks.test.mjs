// React 19, Vue 3, Svelte 5 and Angular apps (examples/) built against the PACKED package and driven in Chromium:
// the list shows, Pay without a choice is reported to the app, a method is chosen by keyboard, Pay, the app sees
// msp-redirect and the window reaches the (fake) payment page. The shop's server counts requests, which proves
// that React's StrictMode double mount makes no second gateway-list request. Also: the package imports in Node,
// a server-rendered tag upgrades in the browser, and the bytes each app gains from the element.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { createCheckoutHandlers, demoResolveOrder, toNodeHandler } from '../../dist/server/index.js';
import { startFakeMultiSafepay } from '../../dist/server/testing/index.js';
import {
  FRAMEWORKS,
  buildExample,
  bytesTable,
  exampleDir,
  installExample,
  jsBytes,
  packRoot,
} from '../../scripts/frameworks.mjs';
import { watchWhileLeaving } from '../support/shown-while-leaving.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const title = (name) => name[0].toUpperCase() + name.slice(1);

/**
 * `entry` bundled as an app's bundler does (minified, Lit inside, shipped languages split into chunks of their own
 * because they are dynamic imports): the entry chunk and every chunk it imports statically, in one buffer.
 */
function bundledWithStaticImports(entry) {
  const { outputFiles, metafile } = buildSync({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Each language chunk is an entry point of its own too: the entry's output keeps the entry's file name.
  const entryOutput = `out/${basename(entry)}`;
  const needed = new Set();
  const visit = (path) => {
    if (needed.has(path)) return;
    needed.add(path);
    for (const imported of metafile.outputs[path].imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryOutput);
  const contents = outputFiles.filter((file) => [...needed].some((path) => file.path.endsWith(path)));
  return Buffer.concat(contents.map((file) => file.contents));
}

let browser;
let tarball;
const built = new Map();
const started = Date.now();

before(async () => {
  tarball = packRoot();
  for (const name of FRAMEWORKS) {
    const since = Date.now();
    installExample(name, tarball);
    built.set(name, buildExample(name));
    console.log(`# ${name}: npm ci, tarball, build in ${((Date.now() - since) / 1000).toFixed(1)} s`);
  }
  // React's development build: StrictMode mounts, unmounts and mounts again (production builds do not).
  built.set('react-strict', buildExample('react', { outDir: 'dist-strict', development: true }));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  if (tarball) rmSync(join(tarball, '..'), { recursive: true, force: true });
  console.log(`# frameworks suite: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
});

/**
 * A shop: the built app's files, the reference backend (msp-checkout/server) against its own fake MultiSafepay,
 * and a count of requests per path. `extra` adds routes.
 */
async function startShop(root, extra = {}) {
  const fake = await startFakeMultiSafepay();
  const counts = new Map();
  let origin = '';
  const checkout = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    resolveOrder: demoResolveOrder({ amount: 2500, currency: 'EUR', description: 'Example order' }),
    paymentOptions: () => ({
      notification_url: `${origin}/api/notification`,
      redirect_url: `${origin}/return`,
      cancel_url: `${origin}/return?cancelled=1`,
    }),
  });
  const routes = {
    '/api/orders': toNodeHandler(checkout.createOrder),
    '/api/gateways': toNodeHandler(checkout.listGateways),
    '/api/config': (_req, res) => send(res, 200, 'application/json', JSON.stringify({ paymentOrigins: fake.origin })),
    ...extra,
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://shop.invalid').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    if (routes[path]) return void routes[path](req, res);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    count: (path) => counts.get(path) ?? 0,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await fake.close();
    },
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** The flow every example supports, with the same texts; returns what the page showed and logged. */
async function payWithTrustlyByKeyboard(page, shop, name) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // What the app shows after Pay, read without evaluating while the element navigates (test/support).
  const { shown, observe } = await watchWhileLeaving(page, {
    texts: { leaving: '#leaving' },
    lists: { events: '#events li' },
    done: ({ leaving }) => leaving.startsWith('Going to the payment page for order'),
  });
  await page.goto(shop.origin);
  await page.getByRole('heading', { name: `${title(name)} checkout` }).waitFor();
  await page.getByRole('radio', { name: 'Trustly' }).waitFor();
  // The endpoint's list, restricted and ordered by the app's `gateways` objects: a property, not an attribute.
  assert.deepEqual(await page.locator('msp-checkout [part~="gateway-name"]').allInnerTexts(), [
    'iDEAL',
    'Trustly',
    'Alipay',
  ]);
  const effectRuns = await page.locator('body').getAttribute('data-effect-runs');
  const gateways = await page.locator('msp-checkout').evaluate((el) => ({
    attribute: el.getAttribute('gateways'),
    property: el.gateways,
  }));
  assert.deepEqual(gateways, {
    attribute: null,
    property: [{ id: 'IDEAL', name: 'iDEAL' }, { id: 'TRUSTLY' }, 'ALIPAY'],
  });

  // Pay without a choice: msp-error reaches the app, and focus goes to the methods.
  await page.getByRole('button', { name: 'Pay €25.00' }).click();
  await page.locator('#problem').getByText('Error: no-gateway-selected').waitFor();
  // By keyboard: the arrow key chooses the next method; Enter pays.
  await page.keyboard.press('ArrowDown');
  await page.locator('#chosen').getByText('Chosen: Trustly').waitFor();
  assert.equal(await page.locator('#problem').innerText(), '');
  await observe();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/connect\//);
  assert.match(shown.leaving, /^Going to the payment page for order /);
  const { events } = shown;
  assert.match(await page.title(), /Fake MultiSafepay/);
  assert.deepEqual(errors, []);
  return { events, effectRuns };
}

describe('example apps, built against the packed package', () => {
  for (const name of FRAMEWORKS) {
    test(`${name}: properties from code, events in the app, a keyboard payment to the payment page`, async () => {
      const shop = await startShop(built.get(name));
      const page = await browser.newPage();
      try {
        const { events, effectRuns } = await payWithTrustlyByKeyboard(page, shop, name);
        if (name === 'react') assert.equal(effectRuns, '1', 'production React mounts once');
        assert.deepEqual(events, ['msp-error no-gateway-selected', 'msp-select TRUSTLY', 'msp-redirect']);
        assert.equal(shop.count('/api/gateways'), 1);
        assert.equal(shop.count('/api/orders'), 1);
      } finally {
        await page.close();
        await shop.close();
      }
    });
  }

  test('react StrictMode (development build): the double mount makes one list request and loses no listener', async () => {
    const shop = await startShop(built.get('react-strict'));
    const page = await browser.newPage();
    try {
      const { events, effectRuns } = await payWithTrustlyByKeyboard(page, shop, 'react');
      // The app's effect ran twice (StrictMode's mount, unmount, mount): the double mount did happen.
      assert.equal(effectRuns, '2');
      // Each event reached the app once: no listener doubled, none lost after StrictMode's cleanup.
      assert.deepEqual(events, ['msp-error no-gateway-selected', 'msp-select TRUSTLY', 'msp-redirect']);
      assert.equal(shop.count('/api/gateways'), 1);
      assert.equal(shop.count('/api/orders'), 1);
    } finally {
      await page.close();
      await shop.close();
    }
  });

  test('the bytes each framework app gains from the element (gzip of its JavaScript, with and without)', () => {
    // `import 'msp-checkout'` registers both elements (<msp-checkout> and <msp-payment-status>): the reference is that
    // entry bundled the way a script-tag file is (minified, with one Lit), measured in this run.
    const installed = join(exampleDir('svelte'), 'node_modules/msp-checkout/dist');
    const entryBundle = bundledWithStaticImports(join(installed, 'index.js'));
    const entryGzip = gzipSync(entryBundle, { level: 9 }).length;
    const scriptTagGzip = gzipSync(readFileSync(join(installed, 'msp-checkout.min.js')), { level: 9 }).length;
    const rows = FRAMEWORKS.map((name) => ({
      name,
      with: jsBytes(built.get(name)),
      without: jsBytes(buildExample(name, { outDir: 'dist-no-element', stub: true })),
    }));
    console.log(bytesTable(rows));
    console.log(
      `(the script-tag file, checkout and Lit: ${scriptTagGzip} gzip bytes; 'msp-checkout' bundled alone with its exports and Lit: ${entryGzip})`,
    );
    for (const row of rows) {
      const added = row.with.gzip - row.without.gzip;
      // The stub build really left the element out, and the app's bundler added the element and one Lit: about
      // what the entry bundled alone weighs (gzip of a whole bundle differs from the entry's own by a few percent).
      assert.ok(added > 10_000, `${row.name}: the build without the element only saved ${added} bytes`);
      assert.ok(
        added <= entryGzip * 1.03,
        `${row.name} gains ${added} gzip bytes, 'msp-checkout' alone is ${entryGzip}`,
      );
    }
  });
});

describe('server rendering', () => {
  test('Node imports every entry of the installed tarball (node -e "import(\'msp-checkout\')")', () => {
    const script = `
      const resolved = import.meta.resolve('msp-checkout');
      if (!resolved.includes('/node_modules/msp-checkout/dist/')) throw new Error('not the installed package: ' + resolved);
      const main = await import('msp-checkout');
      const own = await import('msp-checkout/msp-checkout.js');
      await import('msp-checkout/define.js');
      await import('msp-checkout/server');
      await import('msp-checkout/server/testing');
      if (main.MspCheckout !== own.MspCheckout) throw new Error('two classes');
      if (customElements.get('msp-checkout') !== main.MspCheckout) throw new Error('not registered');
      console.log('ok');
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: exampleDir('svelte'),
      encoding: 'utf8',
    });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout.trim(), 'ok');
    assert.equal(result.status, 0);
  });

  test('a server-rendered tag shows its fallback, then upgrades in place when the script arrives', async () => {
    const attribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    let release;
    const scriptMayGo = new Promise((resolve) => (release = resolve));
    const shop = await startShop(exampleDir('svelte'), {
      // What a server framework writes: a plain tag with attributes, and fallback text in its light DOM.
      '/ssr': (_req, res) => {
        const order = { id: 'ssr-1', amount: 2500 };
        send(
          res,
          200,
          'text/html',
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
          <script src="/msp-checkout.min.js" async></script></head><body>
          <msp-checkout endpoint="/api/orders" gateways="IDEAL,TRUSTLY" amount="${attribute(order.amount)}"
            currency="EUR" locale="en_US" order-id="${attribute(order.id)}"><p>Loading the payment methods…</p></msp-checkout>
          </body></html>`,
        );
      },
      // The installed package's script-tag file, held back until the test has seen the page without it.
      '/msp-checkout.min.js': async (_req, res) => {
        await scriptMayGo;
        const file = join(exampleDir('svelte'), 'node_modules/msp-checkout/dist/msp-checkout.min.js');
        send(res, 200, 'text/javascript', readFileSync(file));
      },
    });
    const page = await browser.newPage();
    try {
      await page.goto(`${shop.origin}/ssr`, { waitUntil: 'domcontentloaded' });
      await page.getByText('Loading the payment methods…').waitFor();
      assert.equal(await page.evaluate(() => globalThis.customElements.get('msp-checkout')), undefined);
      release();
      await page.getByRole('radio', { name: 'Trustly' }).waitFor();
      assert.equal(await page.getByText('Loading the payment methods…').isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Pay €25.00' }).isVisible(), true);
      assert.equal(await page.locator('msp-checkout').evaluate((el) => el.shadowRoot !== null), true);
    } finally {
      release();
      await page.close();
      await shop.close();
    }
  });
});
