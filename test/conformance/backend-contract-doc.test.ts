/// <reference types="node" />
// docs/backend-contract.md's exchanges, run: each pair of ```http blocks (a request, then the answer) after a
// `<!-- checked: <where>[, after: <step>] -->` comment is sent where the comment says, and the answer compared:
// - node: to msp-checkout/server's handlers (from src/) on https://shop.example, talking to a fake MultiSafepay;
// - fake: a request to MultiSafepay: its body must be what the Node handlers sent for that order, and a fresh fake's
//   answer to it the documented one;
// - python: to the Python reference backend (examples/python), for what the Node backend does not do yet.
// Steps: `pay <order>` (the shopper pays; no notification), `created <order>` (another browser created it first).
// The documented answer matches when its status is the same, each header it shows is the same, and its JSON body is
// found in the actual one: every field it shows, with the same value (`…` in a string stands for any text), and
// array items from the first on. The order of the page is the order of the run.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCheckoutHandlers, type CheckoutHandlers } from '../../src/server/index.js';
import { CHECKS, startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = 'docs/backend-contract.md';
const SHOP = 'https://shop.example';
const PAYMENT_PAGE = 'https://testpayv2.multisafepay.com';
const markdown = readFileSync(new URL(`../../${DOC}`, import.meta.url), 'utf8');

interface Message {
  start: string;
  headers: [string, string][];
  body: string;
}

function parse(block: string): Message {
  const [head = '', ...rest] = block.split(/\n\n/);
  const [start = '', ...lines] = head.split('\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  return { start, headers, body: rest.join('\n\n').trim() };
}

const EXCHANGE =
  /<!-- checked: (\w+)(?:, after: (\w+) ([\w-]+))? -->\s*```http\n([\s\S]*?)```\s*```http\n([\s\S]*?)```/g;
const exchanges = [...markdown.matchAll(EXCHANGE)].map((match) => ({
  where: match[1]!,
  step: match[2] ? { name: match[2], order: match[3]! } : undefined,
  line: markdown.slice(0, match.index).split('\n').length,
  request: parse(match[4]!),
  answer: parse(match[5]!),
}));

/** A documented string with `…` matches any text in its place. */
function textMatches(documented: string, actual: string): boolean {
  if (!documented.includes('…')) return documented === actual;
  const pattern = documented
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** Where the documented JSON is not found in the actual JSON. */
function mismatches(documented: unknown, actual: unknown, path = '(body)'): string[] {
  if (typeof documented === 'string') {
    return typeof actual === 'string' && textMatches(documented, actual) ? [] : [`${path}: ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual) || actual.length < documented.length) return [`${path}: ${JSON.stringify(actual)}`];
    return documented.flatMap((item, index) => mismatches(item, actual[index], `${path}[${index}]`));
  }
  if (typeof documented === 'object' && documented !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return [`${path}: ${JSON.stringify(actual)}`];
    }
    const object = actual as Record<string, unknown>;
    const keys = Object.entries(documented);
    if (keys.length === 0 && Object.keys(object).length > 0) return [`${path}: ${JSON.stringify(actual)}`];
    return keys.flatMap(([key, value]) =>
      key in object ? mismatches(value, object[key], `${path}.${key}`) : [`${path}.${key}: missing`],
    );
  }
  return documented === actual ? [] : [`${path}: ${JSON.stringify(actual)}, documented ${JSON.stringify(documented)}`];
}

async function compare(documented: Message, response: Response) {
  const text = (await response.text()).replaceAll(fake.origin, PAYMENT_PAGE).replaceAll(spare.origin, PAYMENT_PAGE);
  const problems: string[] = [];
  const status = Number(documented.start.split(' ')[1]);
  if (response.status !== status) problems.push(`status ${response.status}, documented ${status}: ${text}`);
  for (const [name, value] of documented.headers) {
    const got = response.headers.get(name) ?? '';
    if (!textMatches(value, got)) problems.push(`${name}: ${got}, documented ${value}`);
  }
  if (/^[[{]/.test(documented.body)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.push(`not JSON: ${text.slice(0, 200)}`);
    }
    if (parsed !== undefined) problems.push(...mismatches(JSON.parse(documented.body), parsed));
  } else if (!textMatches(documented.body, text)) {
    problems.push(`body ${JSON.stringify(text)}, documented ${JSON.stringify(documented.body)}`);
  }
  assert.deepEqual(problems, []);
}

// ---- the backends --------------------------------------------------------------------------------------------

let fake: FakeMultiSafepay;
/** The fake the `fake` exchanges are sent to (the first one already has their orders). */
let spare: FakeMultiSafepay;
let checkout: CheckoutHandlers;
let python: { child: ChildProcess; origin: string; fake: FakeMultiSafepay } | undefined;
const ORDERS: Record<string, { amount: number; currency: string; description: string }> = {
  'order-1234': { amount: 1000, currency: 'EUR', description: 'Order 1234 at Example Shop' },
  'order-5678': { amount: 1000, currency: 'EUR', description: 'Order 5678 at Example Shop' },
};

before(async () => {
  fake = await startFakeMultiSafepay();
  spare = await startFakeMultiSafepay();
  checkout = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    allowedOrigins: [SHOP],
    resolveOrder: ({ body }) => ORDERS[String(body['order_id'])] ?? null,
    // The backend adds the shopper's proof (msp_token) to the return addresses itself.
    paymentOptions: {
      notification_url: `${SHOP}/checkout/notification`,
      redirect_url: `${SHOP}/return`,
      cancel_url: `${SHOP}/cancel`,
    },
    onStatus: () => {},
    // The page's notification was signed at 1700000000: checked as of then.
    notificationWindowSeconds: Date.now() / 1000 - 1_699_999_000,
    logger: { warn: () => {} },
  });
});

after(async () => {
  python?.child.kill();
  await python?.fake.close();
  await fake.close();
  await spare.close();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startPython() {
  const pythonFake = await startFakeMultiSafepay();
  const port = await freePort();
  const child = spawn('python3', ['examples/python/shop.py'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      MSP_API_URL: pythonFake.baseUrl,
      MSP_API_KEY: pythonFake.apiKey,
      PORT: String(port),
      SHOP_ORIGIN: SHOP,
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(`${origin}/checkout/status`);
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { child, origin, fake: pythonFake };
}

const ELEMENT_HEADERS = { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: SHOP };
const elementBody = (orderId: string) =>
  JSON.stringify({ type: 'redirect', gateway: 'IDEAL', order_id: orderId, currency: 'EUR', amount: 1000 });

function requestInit(message: Message): RequestInit {
  const [method = 'GET'] = message.start.split(' ');
  const headers = message.headers.filter(([name]) => name.toLowerCase() !== 'host');
  return { method, headers, ...(message.body ? { body: message.body } : {}) };
}

const ROUTES: Record<string, keyof CheckoutHandlers> = {
  '/checkout/create-order': 'createOrder',
  '/checkout/gateways': 'listGateways',
  '/checkout/notification': 'notification',
  '/checkout/status': 'orderStatus',
};

test(`every HTTP exchange of ${DOC} is checked`, () => {
  const blocks = markdown.match(/```http\n/g)?.length ?? 0;
  assert.ok(exchanges.length >= 12, `${exchanges.length} exchanges found`);
  assert.equal(blocks, exchanges.length * 2, 'each ```http block belongs to a checked request and answer');
  for (const { request, answer } of exchanges) {
    assert.match(request.start, /^(GET|POST) \/\S* HTTP\/1\.1$/);
    assert.match(answer.start, /^HTTP\/1\.1 \d{3} [A-Z]/);
  }
});

test(`${DOC} lists every check of the conformance kit, in the kit's order`, () => {
  const table = [...markdown.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((match) => match[1]);
  assert.deepEqual(
    table.filter((id) => CHECKS.some((check) => check.id === id)),
    CHECKS.map((check) => check.id),
  );
});

for (const exchange of exchanges) {
  const [method, path = ''] = exchange.request.start.split(' ');
  test(`${DOC}:${exchange.line}, ${method} ${path.split('?')[0]} (${exchange.where}): the documented answer`, async () => {
    const init = requestInit(exchange.request);
    if (exchange.where === 'node') {
      if (exchange.step?.name === 'pay') await fake.choose(exchange.step.order, 'pay', { notify: false });
      const route = ROUTES[new URL(path, SHOP).pathname];
      assert.ok(route, `no handler for ${path}`);
      return compare(exchange.answer, await checkout[route](new Request(new URL(path, SHOP), init)));
    }
    if (exchange.where === 'fake') {
      const documented = JSON.parse(exchange.request.body) as Record<string, unknown>;
      const sent = fake.requests.find(
        (item) =>
          item.method === 'POST' && (item.body as Record<string, unknown>)?.['order_id'] === documented['order_id'],
      );
      assert.deepEqual(mismatches(documented, sent?.body), [], 'the Node backend sent MultiSafepay this body');
      return compare(exchange.answer, await fetch(new URL(path, spare.origin), init));
    }
    assert.equal(exchange.where, 'python');
    python ??= await startPython();
    if (exchange.step?.name === 'created') {
      const first = await fetch(`${python.origin}/checkout/create-order`, {
        method: 'POST',
        headers: ELEMENT_HEADERS,
        body: elementBody(exchange.step.order),
      });
      assert.equal(first.status, 200, await first.text());
    }
    return compare(exchange.answer, await fetch(new URL(path, python.origin), init));
  });
}
