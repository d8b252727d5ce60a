// The order a real shop sends, against MultiSafepay's own example requests for redirect orders
// (./fixtures/multisafepay-order-examples.ts, MultiSafepay/docs openapi/components/examples/requests/post-orders/):
// each example goes through msp-checkout/server's createOrder, with resolveOrder returning the example's fields, and
// what reaches MultiSafepay (the fake's record of `POST /orders`) must be the example itself, field for field and type
// for type; the fake must answer each with a payment page, and refuse a buy-now-pay-later one without its cart. The
// handlers are given Requests; the fake, standing for MultiSafepay, is a real HTTP server on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createCheckoutHandlers } from '../../src/server/index.js';
import { FAKE_GATEWAYS, startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { logoFileName } from '../../src/shared/gateway-logos.js';
import { needsShoppingCart } from '../../src/shared/order-requirements.js';
import { REDIRECT_EXAMPLES, REFERENCE_SUMMARIES, type ExampleRequest } from './fixtures/multisafepay-order-examples.js';

const SHOP = 'https://shop.example';
/** The shopper's language as the element sends it: no example uses it, so where it reaches MultiSafepay, it filled in. */
const BROWSER_LOCALE = 'fi_FI';

const EXAMPLES: Readonly<Record<string, ExampleRequest>> = REDIRECT_EXAMPLES;

/**
 * The examples no page of the API reference shows (their methods are retired), and what becomes of each:
 * - sofort-redirect.json: Sofort takes no new merchants, but those who have it still take payments
 *   (content/payment-methods/sofort.md:14-15): sent and accepted like the published ones;
 * - giropay.json, request-to-pay-redirect.json: end of life (giropay.md:18, request-to-pay.md:22): sent as published,
 *   and refused by the fake with 1023, as by an account that cannot offer the method;
 * - betaal-per-maand.json: discontinued (betaalpermaand.md:14), and published without the shopping_cart its own page
 *   requires (betaalpermaand.md:89): refused by the backend before MultiSafepay is called.
 */
const UNPUBLISHED = {
  'sofort-redirect.json': 'accepted',
  'giropay.json': 'retired',
  'request-to-pay-redirect.json': 'retired',
  'betaal-per-maand.json': 'without its cart',
} as const;

/** The gift cards of MultiSafepay/docs api/general/gateway-ids.md:53-86 (Edenred, Monizze and Sodexo included). */
const GIFT_CARDS = [
  'AMSGIFT', 'BABYCAD', 'BEAUTYWELL', 'BEAUTYCAD', 'BLOEMENCAD', 'BOEKENBON', 'DEGROTESPL', 'DORDTPAS', 'EDENCOM',
  'EDENCO', 'EDENRES', 'EDENSPORTS', 'FASHIONCHQ', 'FASHIONGFT', 'FIETSENBON', 'GELREPAS', 'GEZONDHEID', 'GOOD4FUN',
  'HORSESGIFT', 'MONIECO', 'MONIGIFT', 'MONIMEAL', 'NATNLBIOSC', 'NATNLETUIN', 'PARFUMCADE', 'ROTGIFT', 'UPAS',
  'SPORTENFIT', 'SODESPORTS', 'VRGIFTCARD', 'VVVGIFTCRD', 'WEBSHOPGFT', 'WIJNCADEAU', 'YOURGIFT',
]; // prettier-ignore

/**
 * The gateways a placeholder stands for. MultiSafepay writes a gateway its example cannot name as a list or leaves it
 * empty; a shopper always pays with one, so each is sent once per id it stands for:
 * - credit-card-redirect.json: "CREDITCARD/AMEX/MAESTRO/MASTERCARD/VISA", one of the five;
 * - alipay-plus.json: "" under "Alipay(+) direct/redirect" (orders.yaml:27), Alipay or Alipay+;
 * - gift-card.json: "" under "Gift card/Edenred" (orders.yaml:123), each gift card of gateway-ids.md.
 * payment-page.json has no gateway at all, and none is sent: the payment page then lists the methods.
 */
const PLACEHOLDERS: Readonly<Record<string, readonly (string | undefined)[]>> = {
  'credit-card-redirect.json': ['CREDITCARD', 'AMEX', 'MAESTRO', 'MASTERCARD', 'VISA'],
  'alipay-plus.json': ['ALIPAY', 'ALIPAYPLUS'],
  'gift-card.json': GIFT_CARDS,
};

interface Case {
  file: string;
  example: ExampleRequest;
  gateway: string | undefined;
  /** The test's name: the file, and the gateway a placeholder was sent as. */
  name: string;
}

const casesOf = (file: string): Case[] => {
  const example = EXAMPLES[file]!;
  return (PLACEHOLDERS[file] ?? [example.gateway]).map((gateway) => ({
    file,
    example,
    gateway,
    name: PLACEHOLDERS[file] ? `${file} as ${gateway}` : file,
  }));
};

const published = Object.keys(EXAMPLES).filter((file) => Object.hasOwn(REFERENCE_SUMMARIES, file));
const accepted = [...published, 'sofort-redirect.json'].flatMap(casesOf);
const retired = ['giropay.json', 'request-to-pay-redirect.json'].flatMap(casesOf);
/** The buy-now-pay-later examples, each of which MultiSafepay publishes with its cart. */
const bnpl = accepted.filter(({ gateway }) => needsShoppingCart(gateway));

/** `object` without `fields`. */
function without<T extends object, K extends keyof T>(object: T, ...fields: K[]): Omit<T, K> {
  const copy = { ...object };
  for (const field of fields) delete copy[field];
  return copy;
}

/** The example's fields that the shop owns: what resolveOrder returns besides the order's own four. */
const shopFields = (example: ExampleRequest) =>
  without(example, 'type', 'gateway', 'order_id', 'currency', 'amount', 'description', 'payment_options');

/**
 * What MultiSafepay must receive for `example` paid with `gateway`: the example itself, compared field for field and
 * type for type (deepStrictEqual), except what the backend sets by contract (docs/backend-contract.md):
 * - `type` is "redirect": this backend creates redirect orders only. The examples MultiSafepay's reference labels
 *   "direct/redirect" write "" or "direct/redirect" there, and the order schemas say "If not set, `redirect` is used".
 * - `gateway` is the shopper's choice, which the element sends: the example's, or the id a placeholder stands for.
 * - `customer.locale`: the element always sends the shopper's language, which fills in where the shop's customer has
 *   none (the examples without a customer, and recurring-initial.json's, which has only a `reference`).
 * - `payment_options`: the example's, given as the paymentOptions option, with `notification_method: "POST"`, which
 *   the backend sets (MultiSafepay signs only POST notifications); `msp_token`, the shopper's proof that the backend
 *   may add to `redirect_url` and `cancel_url`, is taken out before comparing (withoutProof).
 * `order_id`, `amount`, `currency` and `description` come from resolveOrder, never from the browser, and must be the
 * example's like every other field.
 */
function expected(example: ExampleRequest, gateway: string | undefined): Record<string, unknown> {
  const rest = without(example, 'gateway');
  const customer = { locale: BROWSER_LOCALE, ...example.customer };
  return {
    ...rest,
    ...(gateway === undefined ? {} : { gateway }),
    type: 'redirect',
    customer,
    payment_options: { ...example.payment_options, notification_method: 'POST' },
  };
}

/** A URL without the backend's `msp_token` parameter. */
const withoutToken = (url: unknown) =>
  typeof url === 'string'
    ? url.replace(/([?&])msp_token=[^&#]*(&?)/, (_, sep: string, more: string) => (more ? sep : ''))
    : url;

/** The order as MultiSafepay received it, without the shopper's proof (see expected()). */
function withoutProof(sent: Record<string, unknown>): Record<string, unknown> {
  const options = sent['payment_options'] as Record<string, unknown>;
  return {
    ...sent,
    payment_options: {
      ...options,
      ...(options['redirect_url'] === undefined ? {} : { redirect_url: withoutToken(options['redirect_url']) }),
      ...(options['cancel_url'] === undefined ? {} : { cancel_url: withoutToken(options['cancel_url']) }),
    },
  };
}

let fake: FakeMultiSafepay;
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
});
after(() => fake.close());

/**
 * A shop whose resolveOrder returns `example`'s order and fields (and `change`s them), and whose payment options are
 * the example's; then the element's request for the order, paid with `gateway`. Every example uses one order id, so
 * each run starts from a fresh fake and a fresh shop (and its store).
 */
async function sendThroughShop(
  { example, gateway }: Case,
  change: (fields: ReturnType<typeof shopFields>) => ReturnType<typeof shopFields> = (fields) => fields,
) {
  fake.reset();
  const logs: string[] = [];
  const paymentOptions = without(example.payment_options, 'notification_method');
  const handlers = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    allowedOrigins: [SHOP],
    resolveOrder: () => ({
      order_id: example.order_id,
      amount: example.amount,
      currency: example.currency,
      description: example.description,
      ...change(shopFields(example)),
    }),
    paymentOptions,
    timeout: 5000,
    logger: { warn: (line: string) => logs.push(line) },
  });
  const body = {
    type: 'redirect',
    ...(gateway === undefined ? {} : { gateway }),
    order_id: example.order_id,
    currency: example.currency,
    amount: example.amount,
    description: example.description,
    customer: { locale: BROWSER_LOCALE },
  };
  const response = await handlers.createOrder(
    new Request(`${SHOP}/checkout/create-order`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: SHOP },
      body: JSON.stringify(body),
    }),
  );
  const answer = (await response.json()) as {
    success: boolean;
    data: { payment_url?: string };
    error_code?: number;
    error_info?: string;
  };
  const posted = fake.requests.filter((request) => request.method === 'POST' && request.path === '/orders');
  return { status: response.status, answer, posted, logs };
}

/** The example as MultiSafepay publishes it, sent to the fake directly, with a placeholder filled in as above. */
async function sendToFake({ example, gateway }: Case, change: (body: Record<string, unknown>) => void = () => {}) {
  fake.reset();
  const body: Record<string, unknown> = { ...example };
  if (gateway !== undefined) body['gateway'] = gateway;
  // "direct/redirect" stands for either; the redirect order is the one this project creates.
  if (body['type'] === 'direct/redirect') body['type'] = 'redirect';
  change(body);
  const response = await fetch(`${fake.baseUrl}/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', api_key: fake.apiKey },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    answer: (await response.json()) as { success: boolean; data: { payment_url?: string }; error_code?: number },
  };
}

describe("which of MultiSafepay's example requests are redirect orders", () => {
  test('37 files: 33 the API reference shows, 4 for retired methods it no longer shows', () => {
    assert.equal(Object.keys(EXAMPLES).length, 37);
    assert.equal(published.length, 33);
    const unpublished = Object.keys(EXAMPLES).filter((file) => !Object.hasOwn(REFERENCE_SUMMARIES, file));
    assert.deepEqual(unpublished.sort(), Object.keys(UNPUBLISHED).sort());
  });

  test('each placeholder stands for gateways the fake offers, as every published example does', () => {
    const offered = new Set(FAKE_GATEWAYS.map(({ id }) => id));
    for (const { name, gateway } of accepted) assert.ok(gateway === undefined || offered.has(gateway), name);
  });
});

describe('a shop sends each example through msp-checkout/server: MultiSafepay receives the example', () => {
  for (const item of accepted) {
    test(`${item.name}: the example's fields in its types, and a payment page`, async () => {
      const { status, answer, posted } = await sendThroughShop(item);
      assert.equal(posted.length, 1);
      assert.deepStrictEqual(
        withoutProof(posted[0]!.body as Record<string, unknown>),
        expected(item.example, item.gateway),
      );
      assert.equal(status, 200, JSON.stringify(answer));
      const url = answer.data.payment_url ?? '';
      assert.ok(url.startsWith(`${fake.origin}/connect/`), url);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      const html = await page.text();
      for (const line of item.example.shopping_cart?.items ?? []) assert.ok(html.includes(`<td>${line.name}</td>`));
    });
  }

  for (const item of retired) {
    test(`${item.name}: sent as published; a retired method, refused with 1023`, async () => {
      const { answer, posted } = await sendThroughShop(item);
      assert.equal(posted.length, 1);
      assert.deepStrictEqual(
        withoutProof(posted[0]!.body as Record<string, unknown>),
        expected(item.example, item.gateway),
      );
      assert.equal(answer.success, false);
      assert.equal(answer.error_code, 1023);
    });
  }

  test('betaal-per-maand.json: a BNPL order published without its cart, refused before MultiSafepay hears of it', async () => {
    const { status, answer, posted, logs } = await sendThroughShop(casesOf('betaal-per-maand.json')[0]!);
    assert.equal(status, 500);
    assert.match(answer.error_info ?? '', /SANTANDER .*shopping_cart/);
    assert.equal(posted.length, 0);
    assert.ok(
      logs.some((line) => /\(500\).*SANTANDER .*shopping_cart/.test(line)),
      logs.join('\n'),
    );
  });
});

describe('the fake takes each example as MultiSafepay publishes it', () => {
  for (const item of accepted) {
    test(`${item.name}: a payment page`, async () => {
      const { status, answer } = await sendToFake(item);
      assert.equal(status, 200, JSON.stringify(answer));
      assert.ok(answer.data.payment_url?.startsWith(`${fake.origin}/connect/`));
    });
  }

  for (const item of retired) {
    test(`${item.name}: 1023, the method is retired`, async () => {
      const { status, answer } = await sendToFake(item);
      assert.deepEqual([status, answer.success, answer.error_code], [400, false, 1023]);
    });
  }
});

describe('a buy-now-pay-later example without its cart', () => {
  test('there is one for each BNPL method MultiSafepay gives a redirect example', () => {
    assert.deepEqual(bnpl.map(({ gateway }) => gateway).sort(), [
      'AFTERPAY',
      'BILLINK',
      'BNPL_MF',
      'EINVOICE',
      'IN3',
      'KLARNA',
    ]);
  });

  for (const item of bnpl) {
    test(`${item.name}: the backend refuses it, the shop's mistake, and MultiSafepay hears nothing`, async () => {
      const { status, answer, posted } = await sendThroughShop(item, (fields) => without(fields, 'shopping_cart'));
      assert.equal(status, 500);
      assert.equal(answer.success, false);
      assert.match(answer.error_info ?? '', new RegExp(`${item.gateway} .*shopping_cart`));
      assert.equal(posted.length, 0);
    });

    test(`${item.name}: sent anyway, the fake refuses it as MultiSafepay would (1016)`, async () => {
      const { status, answer } = await sendToFake(item, (body) => delete body['shopping_cart']);
      assert.deepEqual([status, answer.success, answer.error_code], [400, false, 1016]);
      const empty = await sendToFake(item, (body) => (body['shopping_cart'] = { items: [] }));
      assert.equal(empty.answer.error_code, 1016, 'an empty cart is no cart');
    });
  }
});

describe("the fake's payment page and payment methods", () => {
  test("the payment page lists the cart's lines as text, never as markup", async () => {
    const klarna = casesOf('klarna-redirect.json')[0]!;
    const { answer } = await sendToFake(klarna, (body) => {
      body['shopping_cart'] = {
        items: [
          { name: 'Espresso cups <img src=x onerror=alert(1)>', unit_price: 12.5, quantity: 2 },
          { name: 'Shipping & handling', unit_price: 4.95, quantity: 1, merchant_item_id: 'msp-shipping' },
        ],
      };
      body['items'] = '<script>alert(2)</script><b>2 cups</b>';
    });
    const html = await (await fetch(answer.data.payment_url!)).text();
    assert.match(html, /<td>Espresso cups &#60;img src=x onerror=alert\(1\)&#62;<\/td><td>2<\/td><td>€12\.50<\/td>/);
    assert.match(html, /<td>Shipping &#38; handling<\/td><td>1<\/td><td>€4\.95<\/td>/);
    assert.match(html, /&#60;script&#62;alert\(2\)&#60;\/script&#62;&#60;b&#62;2 cups/);
    assert.doesNotMatch(html, /<img|<script|<b>/);
  });

  test('GET /payment-methods lists every method, each with icon_urls under its MultiSafepay logo name', async () => {
    const response = await fetch(`${fake.baseUrl}/payment-methods`, { headers: { api_key: fake.apiKey } });
    const methods = (await response.json()).data as {
      id: string;
      icon_urls: { large: string; medium: string; vector: string };
      shopping_cart_required: boolean;
    }[];
    assert.deepEqual(
      methods.map(({ id }) => id),
      FAKE_GATEWAYS.map(({ id }) => id),
    );
    assert.equal(methods.length, 71);
    for (const method of methods) {
      // MultiSafepay's pattern, https://media.multisafepay.com/img/methods/svg/<name>.svg, at the fake's own origin.
      assert.equal(method.icon_urls.vector, `${fake.origin}/img/methods/svg/${logoFileName(method.id)}`, method.id);
      const icon = await fetch(method.icon_urls.vector);
      assert.equal(icon.status, 200, method.icon_urls.vector);
      assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
      await icon.arrayBuffer();
      assert.equal(method.shopping_cart_required, needsShoppingCart(method.id), method.id);
    }
  });
});
