// The merchant backend that component tests talk to, over real HTTP, as web-test-runner middleware.
// Each test sends its orders to /backend/orders/<scenario>?test=<id> and reads what reached the server from
// /backend/log?test=<id>. Scenarios mimic MultiSafepay's answers passed through and the ways a backend fails.

import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { recordFigures } from './figures.mjs';

const log = new Map();
const MAX_BODY = 64 * 1024;

/**
 * Answers held until the test releases them, so that no test races an answer against its own actions, whatever the
 * load on the machine: a test names a gate (its conversation's id, see backend-client.ts), its requests wait there,
 * and `POST /backend/release?gate=<key>` lets them go, and every later one at once (`&count=<n>`: only the first n
 * waiting). `GET /backend/arrived?gate=<key>` answers how many requests have reached the gate (asked again and
 * again rather than held open: the browser has six connections to a host for all its test pages, and held
 * answers already take some). A request whose client goes away stops waiting; one that
 * nobody releases is let go after HELD_AT_MOST ms, so that a test that forgot to is a failed assertion, never a hang.
 */
const gates = new Map();
const HELD_AT_MOST = 30_000;

function gateOf(key) {
  let gate = gates.get(key);
  if (!gate) {
    gate = { open: false, arrived: 0, waiting: new Set() };
    gates.set(key, gate);
  }
  return gate;
}

/**
 * Waits at gate `key` until it is released ('released') or, with `ctx`, until the client goes away ('closed').
 */
function heldAt(key, ctx) {
  const gate = gateOf(key);
  gate.arrived += 1;
  if (gate.open) return Promise.resolve('released');
  return new Promise((resolve) => {
    const done = (how) => {
      gate.waiting.delete(go);
      clearTimeout(timer);
      ctx?.req.socket.off('close', closed);
      resolve(how);
    };
    const go = () => done('released');
    const closed = () => done('closed');
    const timer = setTimeout(go, HELD_AT_MOST);
    gate.waiting.add(go);
    ctx?.req.socket.once('close', closed);
  });
}

/**
 * Releases gate `key`: what waits there goes, and what comes later goes at once. With `count`, only the first
 * `count` requests waiting there go (the gate stays shut for later ones): one attempt answered, the next held again.
 */
function release(key, count) {
  const gate = gateOf(key);
  if (count === undefined) gate.open = true;
  for (const go of [...gate.waiting].slice(0, count ?? Infinity)) go();
}

/** Scenario name -> how to answer. `order` is the parsed body, `url` the request URL. */
const scenarios = {
  success: (ctx, { order, origin }) =>
    json(ctx, 200, {
      success: true,
      data: {
        order_id: order.order_id ?? 'generated-1',
        payment_url: `${origin}/backend/pay/${order.order_id ?? 'generated-1'}?lang=en_US`,
      },
    }),
  'success-test-env': (ctx, { order }) =>
    json(ctx, 200, {
      success: true,
      data: {
        order_id: order.order_id ?? 'generated-1',
        payment_url: 'https://testpayv2.multisafepay.com/connect/13oElUaESR7YS2b4gUJV9oI4tUXeb1mj1D8/?lang=en_US',
        session_id: 'abc',
      },
    }),
  'payment-url': (ctx, { url }) => {
    const raw = url.searchParams.get('value');
    return json(ctx, 200, {
      success: true,
      data: { order_id: 'o-1', payment_url: raw === null ? undefined : JSON.parse(raw) },
    });
  },
  'msp-error': (ctx, { url }) =>
    json(ctx, Number(url.searchParams.get('status') ?? 200), {
      success: false,
      data: {},
      error_code: Number(url.searchParams.get('code') ?? 1000),
      error_info: url.searchParams.get('info') ?? 'Unknown error',
    }),
  'html-500': (ctx) => {
    ctx.status = 500;
    ctx.type = 'text/html';
    ctx.body =
      '<!DOCTYPE html><html><body><h1>Internal Server Error</h1><script>window.__pwned = true</script></body></html>';
  },
  'html-200': (ctx) => {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<html><body>Please log in</body></html>';
  },
  'invalid-json': (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{"success": true, "data": {"payment_url": "https://payv2.multi';
  },
  'not-msp-json': (ctx) => json(ctx, 200, { ok: true, url: 'https://payv2.multisafepay.com/x' }),
  'empty-502': (ctx) => {
    ctx.status = 502;
    ctx.body = '';
  },
  redirect: (ctx) => {
    ctx.status = 302;
    ctx.set('Location', '/login');
  },
  // The success answer, held at the test's gate until the test releases it.
  held: async (ctx, context) => {
    if ((await heldAt(context.testId, ctx)) === 'closed') {
      context.entry.aborted = Date.now();
      ctx.status = 204; // the client went away; nobody reads this
      return;
    }
    return scenarios.success(ctx, context);
  },
  drop: (ctx) => {
    ctx.respond = false;
    ctx.req.socket.destroy();
  },
  // Any answer, from the query: status, type (Content-Type), location, body, or prefix + fill x repeat + suffix
  // for very large bodies. With recover=1 the second request of the test is answered like `success-test-env`.
  raw: (ctx, context) => {
    const params = context.url.searchParams;
    if (params.get('recover') === '1' && context.attempt > 1) return scenarios['success-test-env'](ctx, context);
    const repeat = Number(params.get('repeat') ?? 0);
    const body =
      params.get('body') ??
      `${params.get('prefix') ?? ''}${(params.get('fill') ?? '').repeat(repeat)}${params.get('suffix') ?? ''}`;
    const headers = {};
    if (params.has('type')) headers['Content-Type'] = params.get('type');
    if (params.has('location')) headers.Location = params.get('location');
    ctx.respond = false;
    ctx.res.writeHead(Number(params.get('status') ?? 200), headers);
    ctx.res.end(body);
  },
  // Holds the request until the client goes away, and logs when it did: proof that the element aborted it.
  hold: (ctx, { entry }) =>
    new Promise((resolve) => {
      ctx.req.socket.once('close', () => {
        entry.aborted = Date.now();
        ctx.status = 204; // nobody reads this
        resolve();
      });
    }),
  // The first request of a test is answered only once the test releases it (too late for the element, which gave
  // up), later ones at once; all with the same order and payment page, as a backend answers a retried order id.
  late: async (ctx, context) => {
    if (context.attempt === 1) {
      // Waits for the release even when the client has gone: the late answer is then lost, and logged as such.
      await heldAt(context.testId);
      if (ctx.req.socket.destroyed) {
        context.entry.lateAnswerLost = Date.now();
        ctx.status = 204;
        return;
      }
    }
    return scenarios.success(ctx, context);
  },
  // Headers, half a body, then the connection is cut.
  'reset-body': (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '200' });
    // Cut once the half body is on its way: the client has headers and part of the body, then a reset.
    ctx.res.write('{"success": true, "data": {', () => ctx.res.destroy());
  },
  // Headers, then one byte every 200 ms, for ever: a body that never ends but never stalls either.
  trickle: (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
    ctx.res.write('{"success": true, "data": {"padding": "');
    const timer = setInterval(() => ctx.res.write('a'), 200);
    ctx.res.once('close', () => clearInterval(timer));
  },
  // Headers and half a body, then nothing until the client goes away (or HELD_AT_MOST ms pass).
  'stall-body': (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
    ctx.res.write('{"success": true, "data": {');
    const timer = setTimeout(() => ctx.res.destroy(), HELD_AT_MOST);
    ctx.res.once('close', () => clearTimeout(timer));
  },
};

const PAYMENT_METHODS = [
  {
    id: 'IDEAL',
    name: 'iDEAL',
    allowed_countries: ['NL'],
    allowed_currencies: ['EUR'],
    allowed_amount: { min: 1, max: 5000000 },
    preferred_countries: ['NL'],
    icon_urls: { vector: '/backend/icon.svg?id=IDEAL' },
  },
  {
    id: 'DOTPAY',
    name: 'Dotpay',
    allowed_countries: ['PL'],
    allowed_currencies: ['EUR', 'PLN'],
    allowed_amount: { min: 100, max: 1000000 },
    preferred_countries: ['PL'],
    icon_urls: { vector: '/backend/missing-icon.svg' },
  },
  {
    id: 'ALIPAY',
    name: 'Alipay',
    allowed_countries: [],
    allowed_currencies: ['EUR', 'USD'],
    allowed_amount: { min: 1, max: 1000 },
    preferred_countries: ['CN'],
  },
  { id: 'PAYPAL', name: 'PayPal', allowed_countries: [], allowed_currencies: [], preferred_countries: [] },
  { id: 'NEWPAY', name: 'NewPay' },
];

/**
 * Gateway lists in MultiSafepay's two shapes, held ones (at the test's gate, or per currency), and failures.
 * `testId` names the test's gate.
 */
async function gatewayLists(ctx, shape, url, testId) {
  const currency = url.searchParams.get('currency') ?? '';
  switch (shape) {
    case 'gateways':
      return json(ctx, 200, {
        success: true,
        data: [
          { id: 'IDEAL', description: 'iDEAL' },
          { id: 'DOTPAY', description: 'DotPay' },
          { id: 'ALIPAY', description: 'Alipay' },
          { id: 'MISTERCASH', description: 'Bancontact' },
        ],
      });
    case 'payment-methods':
      return json(ctx, 200, { success: true, data: PAYMENT_METHODS });
    case 'wallets':
      return json(ctx, 200, {
        success: true,
        data: [
          { id: 'APPLEPAY', description: 'Apple Pay' },
          { id: 'GOOGLEPAY', description: 'Google Pay' },
          { id: 'IDEAL', description: 'iDEAL' },
        ],
      });
    case 'long': {
      const ids = [
        'IDEAL',
        'DOTPAY',
        'ALIPAY',
        'ALIPAYPLUS',
        'MISTERCASH',
        'PAYPAL',
        'TRUSTLY',
        'EPS',
        'MBWAY',
        'MULTIBANCO',
        'BELFIUS',
        'KBC',
        'CBC',
        'MYBANK',
        'BIZUM',
        'TRUSTPAY',
        'WECHAT',
        'BANKTRANS',
        'X01',
        'X02',
        'X03',
        'X04',
      ];
      return json(ctx, 200, {
        success: true,
        data: ids.map((id) => ({ id, allowed_countries: [], allowed_currencies: [] })),
      });
    }
    case 'by-currency': {
      // Each currency's list is held at a gate of its own (`<test>:<currency>`): the test answers them in the order
      // it chooses, and only the newer request's answer may show.
      if ((await heldAt(`${testId}:${currency}`, ctx)) === 'closed') return;
      return json(ctx, 200, {
        success: true,
        data: [{ id: currency === 'EUR' ? 'IDEAL' : 'DOTPAY', allowed_countries: [], allowed_currencies: [] }],
      });
    }
    case 'held':
      if ((await heldAt(testId, ctx)) === 'closed') return;
      return json(ctx, 200, { success: true, data: [{ id: 'IDEAL' }] });
    case 'held-503':
      // Fails once released, every time: the test looks at what the shopper has while it loads, and on Retry.
      if ((await heldAt(testId, ctx)) === 'closed') return;
      ctx.status = 503;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><h1>Service unavailable</h1>';
      return;
    case 'html-500':
      ctx.status = 500;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><h1>Bad gateway</h1>';
      return;
    case 'not-a-list':
      return json(ctx, 200, { success: true, data: { id: 'IDEAL' } });
    default:
      return json(ctx, 404, { success: false, error_code: 404, error_info: 'no such list' });
  }
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

async function readBody(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function backendMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/backend/')) return next();
  const url = new URL(ctx.url, `http://${ctx.host}`);
  const testId = url.searchParams.get('test') ?? 'default';

  if (ctx.path === '/backend/log') return json(ctx, 200, log.get(testId) ?? []);

  // The gates of held answers (see `gates` above).
  if (ctx.path === '/backend/release' && ctx.method === 'POST') {
    const count = url.searchParams.get('count');
    release(url.searchParams.get('gate') ?? testId, count === null ? undefined : Number(count));
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/backend/arrived') {
    return json(ctx, 200, { arrived: gateOf(url.searchParams.get('gate') ?? testId).arrived });
  }

  // Figures measured by the security suites, for the table of scripts/test.mjs (see test/support/figures.mjs).
  if (ctx.path === '/backend/figures' && ctx.method === 'POST') {
    const { suite, figures } = JSON.parse(await readBody(ctx.req));
    recordFigures(suite, figures);
    ctx.status = 204;
    return;
  }

  // A loopback port nothing listens on (a server was there a moment ago): the network-faults suite's offline shop.
  if (ctx.path === '/backend/closed-port') {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    return json(ctx, 200, { port });
  }

  // The fuzz suite's seed: MSP_FUZZ_SEED to replay a failure, otherwise a new one per run.
  if (ctx.path === '/backend/fuzz-seed') {
    return json(ctx, 200, { seed: Number(process.env.MSP_FUZZ_SEED ?? randomInt(2 ** 31 - 1)) });
  }

  // The built script-tag file byte for byte (the dev server rewrites the JavaScript it serves, which would break
  // its integrity hash), and a tampered copy, as a compromised CDN would serve it.
  if (ctx.path === '/backend/dist/msp-checkout.dev.js') {
    ctx.type = 'text/javascript';
    ctx.body = await readFile('dist/msp-checkout.dev.js');
    return;
  }
  if (ctx.path === '/backend/dist/msp-checkout.min.js' || ctx.path === '/backend/tampered.min.js') {
    const script = await readFile('dist/msp-checkout.min.js');
    ctx.type = 'text/javascript';
    ctx.body = ctx.path.includes('tampered')
      ? Buffer.concat([script, Buffer.from(';window.__tampered = true;')])
      : script;
    return;
  }

  if (ctx.path === '/backend/dist/msp-payment-status.min.js') {
    ctx.type = 'text/javascript';
    ctx.body = await readFile('dist/msp-payment-status.min.js');
    return;
  }

  // The parts msp-checkout.min.js loads on demand, next to it, byte for byte (it checks their hashes).
  const part = /^\/backend\/dist\/(msp-checkout\.gateway-list\.js)$/.exec(ctx.path);
  if (part) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`dist/${part[1]}`);
    return;
  }

  // The script tag again, in a folder of its own per test, with its parts as a host may serve them:
  // /backend/parts/<variant>-<id>/<file>. Variants: `genuine`; `tampered` (each part with a line added, as a
  // compromised host would serve it: it sets window.__tampered if it ever runs); `missing` (404); `flaky` (404 the
  // first time, then genuine); `swap` (genuine the first time, then tampered: a second fetch of a part would run it).
  // Every request for a part is logged under "parts:<variant>-<id>".
  const hosted =
    /^\/backend\/parts\/((genuine|tampered|missing|flaky|swap)-[\w-]+)\/(msp-checkout\.(?:min|gateway-list)\.js)$/.exec(
      ctx.path,
    );
  if (hosted) {
    const [, folder, variant, file] = hosted;
    const bytes = await readFile(`dist/${file}`);
    ctx.type = 'text/javascript';
    if (file === 'msp-checkout.min.js') {
      ctx.body = bytes;
      return;
    }
    const key = `parts:${folder}`;
    const requests = [...(log.get(key) ?? []), { url: ctx.url, headers: ctx.headers, at: Date.now() }];
    log.set(key, requests);
    const first = requests.filter((request) => new URL(request.url, url).pathname === ctx.path).length === 1;
    if (variant === 'missing' || (variant === 'flaky' && first)) {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'Not found';
      return;
    }
    const tampered = variant === 'tampered' || (variant === 'swap' && !first);
    ctx.body = tampered
      ? Buffer.concat([bytes, Buffer.from(`\nwindow.__tampered = ${JSON.stringify(file)};\n`)])
      : bytes;
    return;
  }

  // The shipped languages next to them, as the scripts import them (relative to their own URL).
  const language = /^\/backend\/dist\/((?:status-)?locales)\/([a-z]{2,3})\.js$/.exec(ctx.path);
  if (language) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`dist/${language[1]}/${language[2]}.js`);
    return;
  }

  if (ctx.path === '/backend/icon.svg') {
    ctx.type = 'image/svg+xml';
    ctx.body =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="24"><rect width="40" height="24" fill="#c06"/></svg>';
    return;
  }

  // A folder of logos for the `icons` attribute: any <name>.svg is a small logo, except names starting with
  // "missing" (404); `?gate=` holds the answer there until the test releases it, to look at a logo still loading.
  const logo = /^\/backend\/logos\/([a-z0-9_-]+)\.svg$/.exec(ctx.path);
  if (logo) {
    if (url.searchParams.has('gate') && (await heldAt(url.searchParams.get('gate'), ctx)) === 'closed') return;
    if (logo[1].startsWith('missing')) return json(ctx, 404, { error: 'no such logo' });
    ctx.type = 'image/svg+xml';
    ctx.body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 50"><text x="4" y="34" font-size="24">${logo[1]}</text></svg>`;
    return;
  }

  // A whole document from the query, for the windows of test/support/popup.ts.
  if (ctx.path === '/backend/page') {
    ctx.type = 'text/html';
    ctx.body = url.searchParams.get('html') ?? '';
    return;
  }

  if (ctx.path === '/backend/no-content') {
    ctx.status = 204;
    return;
  }

  if (ctx.path.startsWith('/backend/pay/')) {
    // Every load of a payment page is logged under "pay:<order id>": the navigations a test caused.
    const key = `pay:${ctx.path.slice('/backend/pay/'.length)}`;
    log.set(key, [...(log.get(key) ?? []), { method: ctx.method, headers: ctx.headers, body: '', at: Date.now() }]);
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="en"><title>Fake payment page</title><h1>Fake payment page</h1></html>';
    return;
  }

  // The return page's status endpoint. `answers` is a comma-separated script, one item per request (the last one
  // repeats): a MultiSafepay status (`initialized`, `completed`, ...), `404` (an unknown order, as the reference
  // server answers), `html-404` (a wrong URL), `500`, `drop` (connection cut), `other` (an answer about another order),
  // `hold` (no answer until the client goes away, logged as `aborted`). `<answer>~<name>` holds the answer at the
  // gate `<test>:<name>` until the test releases it (or the client goes away, logged as `aborted`).
  if (ctx.path === '/backend/status') {
    const entries = log.get(testId) ?? [];
    const entry = { method: ctx.method, headers: ctx.headers, body: '', url: ctx.url, at: Date.now() };
    entries.push(entry);
    log.set(testId, entries);
    const answers = (url.searchParams.get('answers') ?? 'completed').split(',');
    const [answer, gate] = answers[Math.min(entries.length, answers.length) - 1].split('~');
    if (gate && (await heldAt(`${testId}:${gate}`, ctx)) === 'closed') {
      entry.aborted = Date.now();
      ctx.status = 204; // nobody reads this
      return;
    }
    const orderId = url.searchParams.get('transactionid');
    switch (answer) {
      case '404':
        return json(ctx, 404, { success: false, data: {}, error_code: 404, error_info: 'Unknown order' });
      case 'html-404':
        ctx.status = 404;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><h1>Not found</h1><img src=x onerror="window.__pwned = true">';
        return;
      case '500':
        return json(ctx, 500, { success: false, data: {}, error_code: 500, error_info: '<b>Store down</b>' });
      case 'long-500':
        // A message with no space in it (a token, a URL): wider than a narrow screen unless it may break.
        return json(ctx, 500, { success: false, data: {}, error_code: 500, error_info: `Rejected:${'x'.repeat(120)}` });
      case 'drop':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'other':
        return json(ctx, 200, { success: true, data: { order_id: 'someone-else', status: 'completed' } });
      case 'hold':
        return new Promise((resolve) => {
          ctx.req.socket.once('close', () => {
            entry.aborted = Date.now();
            ctx.status = 204; // nobody reads this
            resolve();
          });
        });
      default:
        return json(ctx, 200, { success: true, data: { order_id: orderId, status: answer } });
    }
  }

  const list = /^\/backend\/gateways\/([\w-]+)$/.exec(ctx.path);
  if (list) {
    const entries = log.get(testId) ?? [];
    const entry = { method: ctx.method, headers: ctx.headers, body: '', url: ctx.url };
    entries.push(entry);
    log.set(testId, entries);
    // Closed before the answer was written: the client gave the request up.
    ctx.res.once('close', () => ctx.res.writableFinished || (entry.aborted = Date.now()));
    return gatewayLists(ctx, list[1], url, testId);
  }

  const match = /^\/backend\/orders\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const raw = await readBody(ctx.req);
  const entries = log.get(testId) ?? [];
  const entry = { method: ctx.method, headers: ctx.headers, body: raw, at: Date.now() };
  entries.push(entry);
  log.set(testId, entries);
  const scenario = scenarios[match[1]];
  if (!scenario) return json(ctx, 404, { success: false, error_code: 404, error_info: `no scenario ${match[1]}` });
  let order = {};
  try {
    order = JSON.parse(raw);
  } catch {
    // scenarios that do not read the order still answer
  }
  return scenario(ctx, { order, url, origin: url.origin, entry, attempt: entries.length, testId });
}
