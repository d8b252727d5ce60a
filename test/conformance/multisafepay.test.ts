// Conformance with MultiSafepay's own published material: their notification test vectors verify (and
// tampered ones do not), the fake answers with the fields and types of MultiSafepay's documented examples, and
// MultiSafepay's official Node wrapper (@multisafepay/api-wrapper) works against the fake. The examples are kept in
// ./fixtures/multisafepay-examples.ts, each with the repository and path it comes from. The server's handlers are
// given Requests (../support/shop.ts); the fake, standing for MultiSafepay, is a real HTTP server on 127.0.0.1, which
// is what the official wrapper and the payment page's notifications reach.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { verifyNotification } from '../../src/server/index.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { createOrder, elementBody, startShop } from '../support/shop.js';
import {
  ALIPAY_SEED_REQUEST,
  DOTPAY_SEED_REQUEST,
  GET_ORDER_RESPONSE,
  LIST_GATEWAYS_RESPONSE,
  LIST_PAYMENT_METHODS_RESPONSE,
  PHP_SDK_NOTIFICATION_VECTOR,
  POST_ORDERS_REDIRECT_RESPONSE,
  WEBHOOK_ORDER_EXAMPLE,
  WEBHOOK_SIGNATURE_EXAMPLE,
} from './fixtures/multisafepay-examples.js';

/** A JSON value's type: null, array, object, integer, number, string, boolean. */
function jsonType(value: unknown) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Compares an answer of the fake with a documented example, field by field and type by type, and returns the
 * differences. `null` matches any type: MultiSafepay's examples write null for a value that is absent (items,
 * related_transactions, var1..var3, reason_code are null in one example and a value in another). Options, by path
 * (`data.costs[]`, `data.payment_details`):
 * - `subset`: objects whose fields depend on the payment method (an iDEAL or a card order documents more): the
 *   fake may have fewer, never one MultiSafepay does not document there;
 * - `extra`: fields the fake may add, documented elsewhere by MultiSafepay (say where in the caller);
 * - `absent`: documented fields the fake may leave out (say why in the caller);
 * - `contradicted`: fields whose documented type this example contradicts (say which source wins in the caller).
 */
interface DifferenceOptions {
  subset?: string[];
  extra?: string[];
  absent?: string[];
  contradicted?: string[];
}

// JSON as parsed: `any` is what JSON.parse gives, and the walk below checks each value's type before it reads it.
type Json = ReturnType<typeof JSON.parse>;

function differences(actual: Json, documented: Json, options: DifferenceOptions = {}, path = ''): string[] {
  const { subset = [], extra = [], absent = [], contradicted = [] } = options;
  const found: string[] = [];
  const typeA = jsonType(actual);
  const typeD = jsonType(documented);
  if (typeA === 'null' || typeD === 'null') return found;
  if (typeA !== typeD && !contradicted.includes(path)) {
    // JSON has one number type: 0 documented where the fake writes 0.29 is the same type.
    if (!(typeA === 'number' && typeD === 'integer') && !(typeA === 'integer' && typeD === 'number')) {
      found.push(`${path || '(root)'}: ${typeA}, documented ${typeD}`);
    }
    return found;
  }
  if (typeA === 'array') {
    if (actual.length > 0 && documented.length > 0) {
      found.push(...differences(actual[0], documented[0], options, `${path}[]`));
    }
    return found;
  }
  if (typeA !== 'object') return found;
  const here = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(documented)) {
    if (!(key in actual)) {
      if (!subset.includes(path) && !absent.includes(here(key))) found.push(`${here(key)}: missing`);
      continue;
    }
    found.push(...differences(actual[key], documented[key], options, here(key)));
  }
  for (const key of Object.keys(actual)) {
    if (!(key in documented) && !extra.includes(here(key))) found.push(`${here(key)}: not in the documented example`);
  }
  return found;
}

describe("MultiSafepay's notification signatures", () => {
  interface Vector {
    body: string;
    auth: string;
    apiKey: string;
    now: number;
  }
  const forVector = ({ json, auth, apiKey }: { json: string; auth: string; apiKey: string }): Vector => {
    const [timestamp] = Buffer.from(auth, 'base64').toString().split(':');
    // The vectors are years old: checked at their own time, as the PHP test does with validation time 0.
    return { body: json, auth, apiKey, now: Number(timestamp) };
  };
  const php = forVector(PHP_SDK_NOTIFICATION_VECTOR);
  const docs = forVector({
    json: WEBHOOK_SIGNATURE_EXAMPLE.payload,
    auth: WEBHOOK_SIGNATURE_EXAMPLE.auth,
    apiKey: WEBHOOK_SIGNATURE_EXAMPLE.apiKey,
  });
  const verify = ({ body, auth, apiKey, now }: Vector) => verifyNotification(body, auth, apiKey, { now });
  const flip = (text: string, at: number) => `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`;

  for (const [name, vector] of [
    ['the PHP SDK test vector (php-sdk tests/Unit/Util/NotificationTest.php)', php],
    ['the documentation webhook example (docs content/payment-management/webhook.md)', docs],
  ] as const) {
    describe(name, () => {
      test('verifies', () => assert.equal(verify(vector), true));
      test('verifies with a space or newline around the key (testVerifyWithEmptySpacesInApiKey)', () => {
        assert.equal(verify({ ...vector, apiKey: ` ${vector.apiKey}` }), true);
        assert.equal(verify({ ...vector, apiKey: `${vector.apiKey}\n` }), true);
      });
      test('a body changed by one character does not verify', () => {
        const at = vector.body.indexOf('"amount":') + '"amount":'.length;
        assert.equal(verify({ ...vector, body: flip(vector.body, at) }), false);
      });
      test('the body re-serialized (the same JSON, other bytes) does not verify', () => {
        const reserialized = JSON.stringify(JSON.parse(vector.body), null, 1);
        assert.notEqual(reserialized, vector.body);
        assert.equal(verify({ ...vector, body: reserialized }), false);
      });
      test('another key does not verify (testVerifyWithInvalidApiKey)', () => {
        assert.equal(verify({ ...vector, apiKey: 'a-fake-API-key' }), false);
      });
      test('a changed signature or timestamp does not verify', () => {
        const [timestamp, signature] = Buffer.from(vector.auth, 'base64').toString().split(':');
        const encode = (text: string) => Buffer.from(text).toString('base64');
        assert.equal(verify({ ...vector, auth: encode(`${timestamp}:${flip(signature, 10)}`) }), false);
        assert.equal(verify({ ...vector, auth: encode(`${Number(timestamp) + 1}:${signature}`) }), false);
      });
      test('outside the 600 s window it is refused (testCheckAuthWithFailingTimestampCheck)', () => {
        assert.equal(verify({ ...vector, now: vector.now + 601 }), false);
      });
    });
  }

  test('through the notification handler: accepted as signed, tampered refused with 403', async () => {
    const fake = await startFakeMultiSafepay({ apiKey: WEBHOOK_SIGNATURE_EXAMPLE.apiKey, notify: false });
    // A window wide enough for the 2022 example; the order itself is unknown to the fake (404, not 403).
    const shop = await startShop(fake, { notificationWindowSeconds: 100 * 365 * 86400 });
    try {
      const send = (body: string) =>
        shop.request('/checkout/notification?transactionid=my-order-id&timestamp=1641218884', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Auth: WEBHOOK_SIGNATURE_EXAMPLE.auth },
          body,
        });
      const signed = await send(WEBHOOK_SIGNATURE_EXAMPLE.payload);
      assert.equal(signed.status, 404, 'verified, then the order was looked up at MultiSafepay');
      assert.equal((await signed.json()).error_code, 1006);
      const tampered = await send(WEBHOOK_SIGNATURE_EXAMPLE.payload.replace('"amount":1000', '"amount":1'));
      assert.equal(tampered.status, 403);
    } finally {
      await shop.close();
      await fake.close();
    }
  });
});

describe("the fake's answers have the fields and types of MultiSafepay's documented examples", () => {
  let fake: FakeMultiSafepay;
  let merchant: Server;
  const notificationBodies: string[] = [];
  before(async () => {
    fake = await startFakeMultiSafepay({ notify: false });
    merchant = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      notificationBodies.push(body);
      res.end('OK');
    });
    await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    merchant.closeAllConnections();
    await new Promise((resolve) => merchant.close(resolve));
    await fake.close();
  });

  const api = async (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${fake.baseUrl}${path}`, {
      ...init,
      headers: { api_key: fake.apiKey, 'Content-Type': 'application/json', ...init.headers },
    });
    return { status: response.status, json: (await response.json()) as Json };
  };
  const newOrder = async (overrides: Record<string, unknown> = {}) => {
    const request = {
      ...DOTPAY_SEED_REQUEST,
      order_id: `conformance-${process.pid}-${notificationBodies.length}-${Math.random()}`,
      payment_options: { notification_url: `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify` },
      customer: { locale: 'en_US', email: 'shopper@example.com' },
      ...overrides,
    };
    const created = await api('/orders', { method: 'POST', body: JSON.stringify(request) });
    assert.equal(created.status, 200);
    return { request, created: created.json };
  };

  test('POST /orders (docs openapi/components/examples/responses/postOrdersRedirect.json)', async () => {
    const { created } = await newOrder();
    assert.deepEqual(differences(created, POST_ORDERS_REDIRECT_RESPONSE), []);
    assert.deepEqual(Object.keys(created.data).sort(), Object.keys(POST_ORDERS_REDIRECT_RESPONSE.data).sort());
    // As in the example, session_id is the token in the payment page's path.
    assert.ok(created.data.payment_url.includes(`/connect/${created.data.session_id}/`));
  });

  // The order object's fields that depend on the payment method (an iDEAL or card payment documents more).
  const methodSpecific = ['data.payment_details', 'data.payment_methods[]'];

  test('GET /orders/{id} of a completed order (docs openapi/components/examples/responses/getOrder.json)', async () => {
    const { request } = await newOrder();
    await fake.choose(request.order_id, 'pay');
    const { status, json } = await api(`/orders/${request.order_id}`);
    assert.equal(status, 200);
    const found = differences(json, GET_ORDER_RESPONSE, {
      subset: methodSpecific,
      // amount_refunded: in MultiSafepay's order schema (docs openapi/components/schemas/OrderDetails.yaml) and the
      // webhook example, not in this example.
      extra: ['data.amount_refunded'],
      // The example's second cost is a refund ("withdraw"); the fake's order has the transaction fee only.
      absent: ['data.costs[].created', 'data.costs[].status'],
    });
    assert.deepEqual(found, []);
    assert.equal(json.data.order_id, request.order_id);
    assert.equal(json.data.amount, 1000);
    assert.equal(json.data.status, 'completed');
    assert.equal('payment_url' in json.data, false, 'MultiSafepay documents no payment_url here');
    assert.match(json.data.created, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    assert.match(json.data.modified, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    assert.equal(Number.isInteger(json.data.transaction_id), true);
  });

  test('the notification body of an open order (docs content/payment-management/webhook.md)', async () => {
    const { request } = await newOrder();
    const before = notificationBodies.length;
    const record = await fake.sendNotification(request.order_id);
    assert.equal(record?.status, 200);
    const body = JSON.parse(notificationBodies[before]);
    const found = differences(body, WEBHOOK_ORDER_EXAMPLE.data, {
      subset: ['payment_details', 'payment_methods[]'],
      // cocnumber and company_name: in the customer of docs getOrder.json.
      extra: ['customer.cocnumber', 'customer.company_name'],
      // This example writes the cost's transaction_id as a string ("8009375"); MultiSafepay's schema
      // (docs openapi/components/schemas/Costs.yaml, TransactionId.yaml) and getOrder.json say integer: the fake
      // sends an integer, the server reads neither.
      contradicted: ['costs[].transaction_id'],
    });
    assert.deepEqual(found, []);
    assert.equal(body.status, 'initialized');
    assert.equal(Number.isInteger(body.transaction_id), true);
  });

  test('the notification body of a completed order (php-sdk tests/Unit/Util/NotificationTest.php)', async () => {
    const { request } = await newOrder();
    await fake.choose(request.order_id, 'pay');
    const before = notificationBodies.length;
    await fake.sendNotification(request.order_id);
    const body = JSON.parse(notificationBodies[before]);
    const found = differences(body, JSON.parse(PHP_SDK_NOTIFICATION_VECTOR.json), {
      subset: ['payment_details', 'payment_methods[]'],
      extra: ['completed', 'customer.cocnumber', 'customer.company_name'],
      // checkout_options and shopping_cart belong to orders created with a shopping cart (the vector's is a
      // Magento-like cart); a redirect order without one has neither.
      absent: ['checkout_options', 'shopping_cart'],
      contradicted: ['costs[].transaction_id'],
    });
    assert.deepEqual(found, []);
  });

  test('GET /gateways (docs openapi/components/examples/responses/listGateways.json)', async () => {
    const { status, json } = await api('/gateways');
    assert.equal(status, 200);
    assert.deepEqual(differences(json, LIST_GATEWAYS_RESPONSE), []);
    assert.ok(json.data.length > 0);
    for (const item of json.data) assert.deepEqual(Object.keys(item).sort(), ['description', 'id']);
  });

  test('GET /payment-methods (docs openapi/components/examples/responses/listPaymentMethods.json)', async () => {
    const { status, json } = await api('/payment-methods');
    assert.equal(status, 200);
    assert.deepEqual(differences(json, LIST_PAYMENT_METHODS_RESPONSE), []);
    for (const item of json.data) {
      assert.deepEqual(Object.keys(item).sort(), Object.keys(LIST_PAYMENT_METHODS_RESPONSE.data[0]).sort());
      assert.deepEqual(differences(item, LIST_PAYMENT_METHODS_RESPONSE.data[0]), []);
    }
  });

  test('every icon_urls entry is an image the fake serves itself, at its own origin (offline)', async () => {
    // large and medium are PNG, vector SVG, as in listPaymentMethods.json (3x/visa.png, 2x/visa.png, svg/visa.svg);
    // names and sizes in detail: ./multisafepay-logos.test.ts.
    const { json } = await api('/payment-methods');
    for (const item of json.data) {
      for (const [size, type] of [
        ['large', 'image/png'],
        ['medium', 'image/png'],
        ['vector', 'image/svg+xml'],
      ] as const) {
        const url = item.icon_urls[size];
        assert.ok(url.startsWith(`${fake.origin}/`), url);
        assert.equal(
          new URL(url).pathname.split('.').pop(),
          new URL(LIST_PAYMENT_METHODS_RESPONSE.data[0].icon_urls[size]).pathname.split('.').pop(),
        );
        const response = await fetch(url);
        assert.equal(response.status, 200, url);
        assert.equal(response.headers.get('content-type'), type);
        await response.arrayBuffer();
      }
    }
  });

  test("the 38 currencies of MultiSafepay's list are accepted, an unknown one is refused with 1002", async () => {
    const currencies = LIST_PAYMENT_METHODS_RESPONSE.data[0].allowed_currencies;
    assert.equal(currencies.length, 38);
    for (const currency of currencies) {
      // Without a gateway (MultiSafepay's own page lists the methods): the currency alone is checked.
      const { status, json } = await api('/orders', {
        method: 'POST',
        body: JSON.stringify({
          ...DOTPAY_SEED_REQUEST,
          gateway: undefined,
          currency,
          order_id: `currency-${currency}-${process.pid}`,
        }),
      });
      assert.equal(status, 200, `${currency}: ${JSON.stringify(json)}`);
    }
    const refused = await api('/orders', {
      method: 'POST',
      body: JSON.stringify({ ...DOTPAY_SEED_REQUEST, gateway: undefined, currency: 'XXX', order_id: 'currency-XXX' }),
    });
    assert.equal(refused.json.error_code, 1002);
  });

  test('the key is accepted as an api_key header, as ?api_key= and as Authorization: Bearer (Python SDK)', async () => {
    const path = `${fake.baseUrl}/gateways`;
    assert.equal((await fetch(path, { headers: { api_key: fake.apiKey } })).status, 200);
    assert.equal((await fetch(`${path}?api_key=${fake.apiKey}`)).status, 200);
    assert.equal((await fetch(path, { headers: { Authorization: `Bearer ${fake.apiKey}` } })).status, 200);
    const wrong = await fetch(path, { headers: { Authorization: 'Bearer wrong' } });
    assert.equal(wrong.status, 401);
    assert.equal((await wrong.json()).error_code, 1032);
  });

  test('the reference server passes the fake answers on: the element gets order_id and payment_url', async () => {
    const shop = await startShop(fake);
    try {
      const result = await createOrder(shop, elementBody());
      assert.equal(result.status, 200);
      assert.match(result.json.data.payment_url, new RegExp(`^${fake.origin}/connect/`));
    } finally {
      await shop.close();
    }
  });
});

describe("MultiSafepay's official Node wrapper (@multisafepay/api-wrapper) against the fake", () => {
  const require = createRequire(import.meta.url);
  const { default: MultiSafepayClient } = require('@multisafepay/api-wrapper');
  let fake: FakeMultiSafepay;
  // The wrapper ships no types.
  let client: Json;
  before(async () => {
    fake = await startFakeMultiSafepay({ notify: false });
    client = new MultiSafepayClient(fake.apiKey, { environment: 'test' });
    // The wrapper has no base URL option (test or live only): its axios instances are re-pointed at the fake, and
    // told to ignore any proxy settings of the environment.
    for (const resource of [client.gateways, client.orders, client.issuers, client.refunds]) {
      resource.client.defaults.baseURL = `${fake.baseUrl}/`;
      resource.client.defaults.proxy = false;
    }
  });
  after(() => fake.close());

  for (const [name, seed] of [
    ['Dotpay', DOTPAY_SEED_REQUEST],
    ['Alipay', ALIPAY_SEED_REQUEST],
  ] as const) {
    test(`creates a ${name} order with the seed request, reads it back`, async () => {
      const orderId = `wrapper-${seed.gateway}-${process.pid}`;
      const created = await client.orders.create({ ...seed, order_id: orderId });
      assert.equal(created.success, true, JSON.stringify(created));
      assert.equal(created.data.order_id, orderId);
      assert.match(created.data.payment_url, new RegExp(`^${fake.origin}/connect/${created.data.session_id}/`));
      const read = await client.orders.get(orderId);
      assert.equal(read.success, true);
      assert.equal(read.data.order_id, orderId);
      assert.equal(read.data.status, 'initialized');
      assert.equal(read.data.amount, 1000);
      assert.equal(read.data.payment_details.type, seed.gateway);
      const sent = fake.requests.at(-2)?.body as { plugin?: { shop?: string } } | undefined;
      assert.equal(sent?.plugin?.shop, 'multisafepay-node-wrapper');
    });
  }

  test('lists gateways, Dotpay and Alipay among them', async () => {
    const gateways = await client.gateways.get();
    assert.equal(gateways.success, true);
    const ids: string[] = gateways.data.map((gateway: { id: string }) => gateway.id);
    assert.ok(ids.includes('DOTPAY') && ids.includes('ALIPAY'), ids.join());
  });

  test('an order id used twice: the wrapper gets MultiSafepay error 1006', async () => {
    const orderId = `wrapper-twice-${process.pid}`;
    await client.orders.create({ ...DOTPAY_SEED_REQUEST, order_id: orderId });
    const again = await client.orders.create({ ...DOTPAY_SEED_REQUEST, order_id: orderId });
    assert.deepEqual(again, { error_code: 1006, error_info: 'Invalid transaction ID' });
  });
});
