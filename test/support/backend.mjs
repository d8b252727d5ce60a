// The merchant backend that component tests talk to, over real HTTP, as web-test-runner middleware.
// Each test sends its orders to /backend/orders/<scenario>?test=<id> and reads what reached the server from
// /backend/log?test=<id>. Scenarios mimic MultiSafepay's answers passed through and the ways a backend fails.

import { readFile } from 'node:fs/promises';

const log = new Map();
const MAX_BODY = 64 * 1024;

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
  slow: (ctx, context) =>
    new Promise((resolve) => {
      const timer = setTimeout(
        () => resolve(scenarios.success(ctx, context)),
        Number(context.url.searchParams.get('ms') ?? 1000),
      );
      ctx.req.socket.once('close', () => {
        clearTimeout(timer);
        ctx.status = 204; // the client went away; nobody reads this
        resolve();
      });
    }),
  drop: (ctx) => {
    ctx.respond = false;
    ctx.req.socket.destroy();
  },
  'stall-body': (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
    ctx.res.write('{"success": true, "data": {');
    const timer = setTimeout(() => ctx.res.destroy(), 10_000);
    ctx.res.once('close', () => clearTimeout(timer));
  },
};

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

  // The built script-tag file byte for byte (the dev server rewrites the JavaScript it serves, which would break
  // its integrity hash), and a tampered copy, as a compromised CDN would serve it.
  if (ctx.path === '/backend/dist/msp-checkout.min.js' || ctx.path === '/backend/tampered.min.js') {
    const script = await readFile('dist/msp-checkout.min.js');
    ctx.type = 'text/javascript';
    ctx.body = ctx.path.includes('tampered')
      ? Buffer.concat([script, Buffer.from(';window.__tampered = true;')])
      : script;
    return;
  }

  if (ctx.path === '/backend/no-content') {
    ctx.status = 204;
    return;
  }

  if (ctx.path.startsWith('/backend/pay/')) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="en"><title>Fake payment page</title><h1>Fake payment page</h1></html>';
    return;
  }

  const match = /^\/backend\/orders\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const raw = await readBody(ctx.req);
  const entries = log.get(testId) ?? [];
  entries.push({ method: ctx.method, headers: ctx.headers, body: raw, at: Date.now() });
  log.set(testId, entries);
  const scenario = scenarios[match[1]];
  if (!scenario) return json(ctx, 404, { success: false, error_code: 404, error_info: `no scenario ${match[1]}` });
  let order = {};
  try {
    order = JSON.parse(raw);
  } catch {
    // scenarios that do not read the order still answer
  }
  return scenario(ctx, { order, url, origin: url.origin });
}
