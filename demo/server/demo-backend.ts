import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { GATEWAY_CATALOGUE } from '../../src/gateway-catalogue.js';
import { orderFieldProblems } from '../../src/order.js';

/**
 * The demo's merchant backend and a stand-in for MultiSafepay, in one Vite plugin, so that `npm start` works
 * offline. It follows the backend contract of the README: the custom header, JSON only, the same field rules
 * as the element, and the amount taken from the server's own cart (never from the browser).
 */

interface DemoOrder {
  id: string;
  gateway: string;
  amount: number;
  currency: string;
  status: 'initialized' | 'completed' | 'cancelled';
}

/** What the shop's server knows about the cart: the browser's numbers are for display only. */
const CART = { amount: 4_995, currency: 'EUR', description: 'Demo shop: canvas backpack' };

const orders = new Map<string, DemoOrder>();
let sequence = 0;

export function demoBackend(): Plugin {
  return {
    name: 'msp-checkout-demo-backend',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://demo.invalid');
        if (url.pathname === '/') return redirect(res, '/demo/');
        if (url.pathname === '/api/orders' && req.method === 'POST') return void createOrder(req, res, url);
        if (url.pathname === '/api/gateways') return gatewayList(res);
        const pay = /^\/fake-msp\/pay\/([\w-]+)$/.exec(url.pathname);
        if (pay) return paymentPage(res, pay[1]!, url);
        const status = /^\/api\/orders\/([\w-]+)$/.exec(url.pathname);
        if (status) return orderStatus(res, status[1]!);
        next();
      });
    },
  };
}

async function createOrder(req: IncomingMessage, res: ServerResponse, url: URL) {
  if (req.headers['x-msp-checkout'] !== '1' || !req.headers['content-type']?.startsWith('application/json')) {
    return json(res, 403, { success: false, error_code: 403, error_info: 'Cross-site request refused' });
  }
  const scenario = url.searchParams.get('scenario') ?? 'normal';
  if (scenario === 'down') return void req.socket.destroy();
  if (scenario === 'slow') await new Promise((resolve) => setTimeout(resolve, 3000));
  if (scenario === 'html') {
    res.writeHead(500, { 'Content-Type': 'text/html' });
    return void res.end('<!doctype html><h1>500 Internal Server Error</h1>');
  }
  if (scenario === 'msp-error') {
    return json(res, 401, { success: false, data: {}, error_code: 1032, error_info: 'Invalid API key' });
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(await readBody(req)) as Record<string, unknown>;
  } catch {
    return json(res, 400, { success: false, error_code: 1000, error_info: 'Body is not JSON' });
  }
  const problems = orderFieldProblems(body);
  if (problems.length > 0) return json(res, 400, { success: false, error_code: 1000, error_info: problems.join('; ') });
  sequence += 1;
  const id =
    typeof body['order_id'] === 'string' ? `${body['order_id']}-${sequence}` : `demo-${Date.now()}-${sequence}`;
  orders.set(id, { id, gateway: String(body['gateway']), ...CART, status: 'initialized' });
  const origin = `http://${req.headers.host}`;
  return json(res, 200, { success: true, data: { order_id: id, payment_url: `${origin}/fake-msp/pay/${id}` } });
}

/** The site's enabled methods, as MultiSafepay's GET /gateways lists them (no constraints: the element filters). */
function gatewayList(res: ServerResponse) {
  const enabled = GATEWAY_CATALOGUE.filter(
    (gateway) => gateway.status !== 'discontinued' && gateway.status !== 'deprecated',
  );
  return json(res, 200, { success: true, data: enabled.map(({ id, name }) => ({ id, description: name })) });
}

function paymentPage(res: ServerResponse, id: string, url: URL) {
  const order = orders.get(id);
  if (!order) return html(res, 404, '<h1>Unknown order</h1>');
  const choice = url.searchParams.get('choice');
  if (choice === 'pay' || choice === 'cancel') {
    order.status = choice === 'pay' ? 'completed' : 'cancelled';
    return redirect(res, `/demo/return.html?transactionid=${encodeURIComponent(id)}`);
  }
  const amount = new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(
    order.amount / 100,
  );
  return html(
    res,
    200,
    `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Fake MultiSafepay payment page</title><link rel="stylesheet" href="/demo/fake-msp.css">
    <main><p class="badge">Offline demo: this is not MultiSafepay</p><h1>Pay ${escapeHtml(amount)}</h1>
    <p>Order <strong>${escapeHtml(id)}</strong> with <strong>${escapeHtml(order.gateway)}</strong></p>
    <p class="actions"><a class="pay" href="?choice=pay">Pay</a> <a href="?choice=cancel">Cancel</a></p></main></html>`,
  );
}

function orderStatus(res: ServerResponse, id: string) {
  const order = orders.get(id);
  if (!order) return json(res, 404, { success: false, error_code: 1006, error_info: 'Unknown order' });
  return json(res, 200, { success: true, data: order });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) throw new Error('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(body);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { Location: location });
  res.end();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
