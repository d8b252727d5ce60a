// A shop on 127.0.0.1 for the Playwright security suites: the script-tag page and a single-page app (both with the
// element, test/e2e/security/fixtures/page.js logging its events and CSP violations to the console), a page that frames
// them, the reference backend (msp-checkout/server) against a fake MultiSafepay, and a CSP report endpoint.
// The same server answers as http://127.0.0.1:<port> and http://localhost:<port>: two origins, for cross-origin
// frames. Needs `npm run build` first.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCheckoutHandlers, toNodeHandler } from '../../dist/server/index.js';
import { holdPaymentPage } from './shown-while-leaving.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/e2e/security/fixtures');
const escape = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Bundles fixtures/spa-app.js (the npm build and Lit) as an app's bundler would: spa.js, and the chunks it imports on
 * demand (the Pay request, the gateway list, the languages), as a map of file name to bytes, served next to it.
 */
export async function bundleSpa() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'msp-spa-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: join(fixtures, 'spa-app.js'), formats: ['es'], fileName: () => 'spa.js' },
    },
  });
  const files = new Map(readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name))]));
  rmSync(outDir, { recursive: true, force: true });
  return files;
}

/**
 * @param {{ fake: { apiKey: string, baseUrl: string, origin: string },
 *   csp?: (nonce: string) => string | undefined, spa?: Map<string, Buffer> }} options
 */
export async function startShopPages({ fake, csp, spa }) {
  const reports = [];
  const checkout = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    resolveOrder: ({ body }) => ({ amount: 1000, currency: 'EUR', description: `Order ${body.order_id} at Test Shop` }),
    paymentOptions: { notification_url: 'http://127.0.0.1:9/n', redirect_url: 'http://127.0.0.1:9/r' },
    logger: { warn: () => {} },
  });
  const sri = readFileSync(join(root, 'dist/msp-checkout.min.js.sri'), 'utf8').trim();

  function page(res, nonce, title, head, body) {
    const policy = csp?.(nonce);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(policy ? { 'Content-Security-Policy': policy } : {}),
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script src="/fixtures/page.js"></script>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`);
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const q = (name) => url.searchParams.get(name);
    const nonce = randomBytes(16).toString('base64');
    const origins = escape(fake.origin);
    switch (url.pathname) {
      case '/script-tag.html':
        return page(
          res,
          nonce,
          'Checkout',
          `${q('fallback') ? '<script src="/fixtures/no-constructable-stylesheets.js"></script>' : ''}
${q('autosubmit') ? '<script src="/fixtures/autosubmit.js" defer></script>' : ''}
${q('nonce') ? `<script src="/fixtures/lit-nonce.js" nonce="${nonce}"></script>` : ''}
<script src="/dist/msp-checkout.min.js" integrity="${sri}" crossorigin="anonymous"></script>`,
          `<msp-checkout endpoint="/checkout/create-order" gateways="IDEAL,DOTPAY,ALIPAY" amount="1000" currency="EUR"
  locale="${escape(q('locale') ?? 'en_US')}" order-id="${escape(q('order') ?? 'order-1')}" payment-origins="${origins}"${
    q('icons') === null ? '' : ` icons="${escape(q('icons'))}"`
  }></msp-checkout>`,
        );
      case '/spa.html':
        return page(
          res,
          nonce,
          'App checkout',
          '<script type="module" src="/spa.js"></script>',
          `<div id="app" data-order-id="${escape(q('order') ?? 'app-1')}" data-payment-origins="${origins}"></div>`,
        );
      case '/top.html': {
        const sandbox = q('sandbox');
        return page(
          res,
          nonce,
          'Shop with a framed checkout',
          '',
          `<iframe title="Checkout" width="600" height="420" src="${escape(q('src'))}"${
            sandbox === null ? '' : ` sandbox="${escape(sandbox)}"`
          }></iframe>`,
        );
      }
      case '/csp-report': {
        let text = '';
        for await (const chunk of req) text += chunk;
        reports.push(JSON.parse(text || '{}'));
        return res.writeHead(204).end();
      }
      case '/spa.js':
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(spa?.get('spa.js') ?? '');
      case '/dist/msp-checkout.min.js':
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' });
        return res.end(readFileSync(join(root, 'dist/msp-checkout.min.js')));
      case '/checkout/create-order':
        return toNodeHandler(checkout.createOrder)(req, res);
      default: {
        // The single-page app's chunks, next to spa.js.
        const chunk = spa?.get(url.pathname.slice(1));
        if (chunk && url.pathname.endsWith('.js')) {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          return res.end(chunk);
        }
        // The parts the script loads on demand, from next to itself, under the hashes it carries.
        const part = /^\/dist\/(msp-checkout\.gateway-list\.js)$/.exec(url.pathname);
        if (part) {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          return res.end(readFileSync(join(root, `dist/${part[1]}`)));
        }
        // A shipped language, which the script imports from next to itself.
        const language = /^\/dist\/locales\/([a-z]{2,3})\.js$/.exec(url.pathname);
        if (language) {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          return res.end(readFileSync(join(root, `dist/locales/${language[1]}.js`)));
        }
        // The shop's own copies of the payment-method logos (the demo's placeholders), for `icons="/logos/"`.
        const logo = /^\/logos\/([a-z0-9]+\.svg)$/.exec(url.pathname);
        if (logo && existsSync(join(root, 'demo/payment-logos', logo[1]))) {
          res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' });
          return res.end(readFileSync(join(root, 'demo/payment-logos', logo[1])));
        }
        const fixture = /^\/fixtures\/([\w-]+\.js)$/.exec(url.pathname);
        if (fixture) {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          return res.end(readFileSync(join(fixtures, fixture[1])));
        }
        return res.writeHead(404).end();
      }
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    reports,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Collects a Playwright page's `[shop]` console lines: events of the element and CSP violations, in all frames. */
export function shopLog(page) {
  const log = { events: [], violations: [] };
  page.on('console', (message) => {
    const match = /^\[shop\] (event|violation) (.*)$/s.exec(message.text());
    if (!match) return;
    (match[1] === 'event' ? log.events : log.violations).push(JSON.parse(match[2]));
  });
  return log;
}

/**
 * The first `type` event in `log`, waited for (10 s at most; `undefined` then): a console line reaches the test a
 * little after what the page shows, and from a cross-origin frame by another channel.
 */
export async function heard(log, type) {
  const deadline = Date.now() + 10_000;
  let event;
  while (!(event = log.events.find((candidate) => candidate.type === type)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return event;
}

/**
 * Holds the payment page (/connect/) until `log` has heard the element's `type` event (holdPaymentPage: 10 s at
 * most): a console line the page writes just before it leaves can otherwise be lost with it (a fresh-clone CI run lost
 * the single-page app's msp-redirect so). Set up before Pay.
 */
export function holdPaymentPageUntilHeard(page, log, type) {
  return holdPaymentPage(page, () => heard(log, type));
}

/** Launches the Chromium the project tests with. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}
