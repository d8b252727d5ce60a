// The order a real shop sends: MultiSafepay's order fields the shop owns, returned by resolveOrder (the customer, the
// delivery address, the cart), reach MultiSafepay as given, win over anything the browser sends, and a shape
// MultiSafepay would refuse, or a buy-now-pay-later order without its cart, is the shop's 500, logged with its
// reason, before MultiSafepay is called. test/conformance/multisafepay-order-examples.test.ts sends MultiSafepay's own
// examples the same way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { CheckoutOptions, MultiSafepayCheckoutOptions, ResolvedOrder } from '../../src/server/index.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { createOrder, elementBody, lastSent, startShop, type Shop } from '../support/shop.js';

/** A Klarna cart of two lines with 21% VAT, as MultiSafepay's klarna-redirect.json shapes one. */
const KLARNA_ORDER = {
  amount: 3520,
  currency: 'EUR',
  description: 'Order 1234 at Example Shop',
  customer: {
    locale: 'nl_NL',
    first_name: 'Jan',
    last_name: 'Jansen',
    address1: 'Kraanspoor',
    house_number: '39',
    zip_code: '1033SC',
    city: 'Amsterdam',
    country: 'NL',
    email: 'jan@example.com',
    ip_address: '203.0.113.7',
  },
  delivery: {
    first_name: 'Jan',
    last_name: 'Jansen',
    address1: 'Kraanspoor',
    house_number: '39',
    zip_code: '1033SC',
    city: 'Amsterdam',
    country: 'NL',
    email: 'jan@example.com',
  },
  shopping_cart: {
    items: [
      { name: 'Espresso cups', unit_price: 12.5, quantity: 2, merchant_item_id: 'cups', tax_table_selector: 'BTW21' },
      {
        name: 'Shipping',
        unit_price: 4.09,
        quantity: 1,
        merchant_item_id: 'msp-shipping',
        tax_table_selector: 'BTW21',
      },
    ],
  },
  checkout_options: {
    tax_tables: {
      default: { shipping_taxed: true, rate: 0.21 },
      alternate: [{ name: 'BTW21', rules: [{ rate: 0.21 }] }],
    },
  },
  gateway_info: { birthday: '1980-01-31', phone: '0612345678', email: 'jan@example.com', gender: 'M' },
} satisfies ResolvedOrder;

let fake: FakeMultiSafepay;
const shops: Shop[] = [];
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
});
after(async () => {
  await Promise.all(shops.map((shop) => shop.close()));
  await fake.close();
});

/** A shop whose resolveOrder gives `order` for every order id; its log lines are in `logs`. */
async function shopWith(order: Record<string, unknown>, options: Partial<CheckoutOptions> = {}) {
  const logs: string[] = [];
  const shop = await startShop(fake, {
    resolveOrder: () => order as unknown as ResolvedOrder,
    logger: { warn: (line: string) => logs.push(line) },
    ...options,
  });
  shops.push(shop);
  return { shop, logs };
}

const ordersPosted = () => fake.requests.filter((request) => request.method === 'POST' && request.path === '/orders');

describe('resolveOrder gives the order MultiSafepay gets', () => {
  test("a Klarna order reaches POST /orders with the shop's customer, delivery, cart and tax tables, as given", async () => {
    const { shop } = await shopWith(KLARNA_ORDER);
    const result = await createOrder(shop, elementBody({ gateway: 'KLARNA', customer: { locale: 'nl_NL' } }));
    assert.equal(result.status, 200, result.text);
    const sent = lastSent(fake);
    for (const field of ['customer', 'delivery', 'shopping_cart', 'checkout_options', 'gateway_info'] as const) {
      assert.deepStrictEqual(sent[field], KLARNA_ORDER[field], field);
    }
    assert.deepEqual([sent.amount, sent.currency, sent.description], [3520, 'EUR', 'Order 1234 at Example Shop']);
  });

  test('every other field the shop owns reaches MultiSafepay in its type', async () => {
    const fields = {
      var1: 'customer-77',
      var2: '',
      var3: 'split:{"a":1}',
      items: '<ul><li>2 x Espresso cups</li></ul>',
      days_active: 3,
      seconds_active: 3600,
      second_chance: { send_mail: true },
      recurring_model: 'cardOnFile',
      custom_info: { custom_1: 'gift wrap' },
      plugin: { shop: 'Example Shop', plugin_version: '1.0.0' },
      google_analytics: { account: 'G-XXXX' },
      manual: false,
    } satisfies Partial<ResolvedOrder>;
    const { shop } = await shopWith({ amount: 2500, currency: 'EUR', description: 'Order', ...fields });
    assert.equal((await createOrder(shop, elementBody({ gateway: 'CREDITCARD' }))).status, 200);
    const sent = lastSent(fake);
    for (const [field, value] of Object.entries(fields)) assert.deepStrictEqual(sent[field], value, field);
  });

  test("without a gateway, the order goes without one: MultiSafepay's payment page lists the methods", async () => {
    const { shop } = await shopWith({ amount: 2500, currency: 'EUR', description: 'Order' });
    const result = await createOrder(shop, elementBody({ gateway: undefined }));
    assert.equal(result.status, 200, result.text);
    assert.equal('gateway' in lastSent(fake), false);
    assert.match(result.json.data.payment_url, /\/connect\//);
  });
});

describe("docs/backend.md's cart for Klarna and in3", () => {
  const markdown = readFileSync(new URL('../../docs/backend.md', import.meta.url), 'utf8');
  const code = /<!-- run by test\/server\/shop-order-fields\.test\.ts -->\s*```js\n([\s\S]*?)```/.exec(markdown)?.[1];

  for (const gateway of ['KLARNA', 'IN3']) {
    test(`${gateway}: the page's resolveOrder creates the order with its cart and tax tables`, async () => {
      assert.ok(code, 'the example is in docs/backend.md');
      fake.reset(); // MultiSafepay takes order-1234 once
      const module = `${code}\nexport { resolveOrder };`;
      const { resolveOrder } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as {
        resolveOrder: CheckoutOptions['resolveOrder'];
      };
      const { shop, logs } = await shopWith({}, { resolveOrder });
      const result = await createOrder(
        shop,
        elementBody({ gateway, order_id: 'order-1234', customer: { locale: 'nl_NL' } }),
      );
      assert.equal(result.status, 200, `${result.text} ${logs.join('\n')}`);
      const sent = lastSent(fake);
      assert.equal(sent.amount, 6534);
      assert.equal(sent.customer?.locale, 'nl_NL');
      assert.deepEqual(sent['shopping_cart'], {
        items: [
          { name: 'Espresso cups', unit_price: 25, quantity: 2, merchant_item_id: 'cups', tax_table_selector: 'VAT21' },
          {
            name: 'Shipping',
            unit_price: 4,
            quantity: 1,
            merchant_item_id: 'msp-shipping',
            tax_table_selector: 'VAT21',
          },
        ],
      });
      assert.equal((sent['checkout_options'] as MultiSafepayCheckoutOptions).tax_tables?.default?.rate, 0.21);
      assert.equal((await createOrder(shop, elementBody({ gateway, order_id: 'order-9' }))).status, 404);
    });
  }
});

describe("the browser never overrides the shop's values; it fills in what the shop left out", () => {
  test("customer: the shop's fields win, the browser's fill the gaps", async () => {
    const { shop } = await shopWith(
      { amount: 2500, currency: 'EUR', description: 'Order', customer: { locale: 'nl_NL', email: 'jan@example.com' } },
      { browserFields: ['customer'] },
    );
    const browser = { locale: 'de_DE', email: 'someone@attacker.example', first_name: 'Jan' };
    assert.equal((await createOrder(shop, elementBody({ customer: browser }))).status, 200);
    assert.deepEqual(lastSent(fake).customer, { locale: 'nl_NL', email: 'jan@example.com', first_name: 'Jan' });
  });

  test("the browser's locale fills in a shop's customer without one, in MultiSafepay's form", async () => {
    const { shop } = await shopWith({
      amount: 2500,
      currency: 'EUR',
      description: 'Order',
      customer: { email: 'jan@example.com', locale: undefined },
    });
    assert.equal((await createOrder(shop, elementBody({ customer: { locale: 'de-de' } }))).status, 200);
    assert.deepEqual(lastSent(fake).customer, { locale: 'de_DE', email: 'jan@example.com' });
  });

  test("var1 and a cart the browser may set (browserFields) give way to the shop's", async () => {
    const { shop } = await shopWith(
      {
        amount: 3520,
        currency: 'EUR',
        description: 'Order',
        var1: 'shop-ref',
        shopping_cart: KLARNA_ORDER.shopping_cart,
      },
      { browserFields: ['customer', 'var1', 'shopping_cart'] },
    );
    const forged = { items: [{ name: 'Free TV', unit_price: 0, quantity: 1 }], note: 'x' };
    const body = elementBody({ gateway: 'KLARNA', var1: 'forged', shopping_cart: forged });
    assert.equal((await createOrder(shop, body)).status, 200);
    const sent = lastSent(fake);
    assert.equal(sent['var1'], 'shop-ref');
    // Of an object both give, the browser fills only fields the shop left out: `note`, never the shop's lines.
    assert.deepStrictEqual(sent['shopping_cart'], { note: 'x', ...KLARNA_ORDER.shopping_cart });
  });
});

describe('a buy-now-pay-later order without its cart is refused before MultiSafepay is called', () => {
  const withoutCart: Record<string, unknown> = { ...KLARNA_ORDER, shopping_cart: undefined };
  const cases: [string, Record<string, unknown>, string][] = [
    ['KLARNA without shopping_cart', withoutCart, 'KLARNA'],
    ['IN3 with an empty cart', { ...withoutCart, shopping_cart: { items: [] } }, 'IN3'],
    ['AFTERPAY (Riverty) without shopping_cart', withoutCart, 'AFTERPAY'],
    ['EINVOICE without shopping_cart', withoutCart, 'EINVOICE'],
  ];
  for (const [name, order, gateway] of cases) {
    test(`${name}: 500 from the shop, 0 calls to MultiSafepay, and the reason in the log`, async () => {
      const { shop, logs } = await shopWith(order);
      const before = fake.requests.length;
      const result = await createOrder(shop, elementBody({ gateway }));
      assert.equal(result.status, 500);
      assert.equal(result.json.success, false);
      assert.equal(result.json.error_source, 'shop');
      assert.match(result.json.error_info, new RegExp(`^${gateway} is a buy-now-pay-later method: .*shopping_cart`));
      assert.equal(fake.requests.length, before, 'MultiSafepay was called');
      const line = logs.find((entry) => entry.includes('(500)'));
      assert.match(line ?? logs.join('\n'), new RegExp(`create-order \\(500\\): ${gateway} .*resolveOrder gave none`));
    });
  }

  test('the same order with iDEAL needs no cart', async () => {
    const { shop } = await shopWith(withoutCart);
    assert.equal((await createOrder(shop, elementBody({ gateway: 'IDEAL' }))).status, 200);
  });
});

describe("a shape MultiSafepay would refuse is the shop's 500, naming the field, before MultiSafepay is called", () => {
  const base = { amount: 2500, currency: 'EUR', description: 'Order' };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a cart as text', { shopping_cart: 'two cups' }, /shopping_cart must be an object, got a string/],
    [
      'a quantity as text',
      { shopping_cart: { items: [{ name: 'Cup', unit_price: 1, quantity: '2' }] } },
      /shopping_cart\.items\[0\]\.quantity must be an integer, got a string/,
    ],
    ['an e-mail address as a number', { customer: { email: 42 } }, /customer\.email must be a string, got an integer/],
    ['days_active of 1.5', { days_active: 1.5 }, /days_active must be an integer, got a number/],
    ['var1 null', { var1: null }, /var1 must be a string, got null/],
    [
      'tax tables as an array',
      { checkout_options: { tax_tables: [] } },
      /checkout_options\.tax_tables must be an object/,
    ],
    ['a misspelt field', { shoping_cart: { items: [] } }, /"shoping_cart" is not an order field resolveOrder may give/],
    ['payment_options', { payment_options: { redirect_url: 'https://x' } }, /payment_options .*paymentOptions option/],
    ['a gateway', { gateway: 'IDEAL' }, /gateway is not taken from resolveOrder/],
  ];
  for (const [name, fields, reason] of cases) {
    test(name, async () => {
      const { shop, logs } = await shopWith({ ...base, ...fields });
      const before = ordersPosted().length;
      const result = await createOrder(shop, elementBody({ gateway: 'IDEAL' }));
      assert.equal(result.status, 500);
      assert.equal(result.json.error_source, 'shop');
      assert.match(result.json.error_info, reason);
      assert.ok(
        logs.some((line) => reason.test(line)),
        logs.join('\n'),
      );
      assert.equal(ordersPosted().length, before);
    });
  }

  test("fields MultiSafepay does not document are the shop's to send: passed on inside a known object", async () => {
    const { shop } = await shopWith({ ...base, customer: { locale: 'nl_NL', house_extension: 'A' } });
    assert.equal((await createOrder(shop, elementBody({ gateway: 'IDEAL' }))).status, 200);
    assert.deepEqual(lastSent(fake).customer, { locale: 'nl_NL', house_extension: 'A' });
  });
});
