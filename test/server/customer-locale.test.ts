// customer.locale from the browser, as MultiSafepay receives it: the element's request handed to msp-checkout/server's
// create-order handler (../support/shop.ts), and what reached the fake MultiSafepay (real HTTP on 127.0.0.1).
//
// MultiSafepay's word on it: MultiSafepay/docs openapi/components/schemas/Customer.yaml, `locale`: "Format: ab_CD with
// ISO 639 language codes and ISO 3166 country codes", `default: 'en_US'` (its enum of 14 payment-page languages is
// contradicted by the same text, which tells Dankort shops to send da_DK: the format is the rule). The SDKs default to
// en_US too: MultiSafepay/php-sdk src/Api/Transactions/OrderRequest/Arguments/CustomerDetails.php, MultiSafepay/python-sdk
// src/multisafepay/client/client.py. So: ab_CD is passed on, other spellings of a language and country are written
// as ab_CD, a real language that has no ab_CD form gets the documented default en_US, and anything else is a 400 with
// its reason, logged, and never reaches MultiSafepay.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { customerLocale } from '../../src/server/customer-locale.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { createOrder, elementBody, sentBody, startShop, type Shop } from '../support/shop.js';

/** MultiSafepay's documented form (Customer.yaml `format`). */
const AB_CD = /^[a-z]{2}_[A-Z]{2}$/;

let fake: FakeMultiSafepay;
let shop: Shop;
const logs: string[] = [];
before(async () => {
  fake = await startFakeMultiSafepay({ notify: false });
  // customer.email passes too (browserFields), to show that the locale's rewriting leaves the rest of customer alone.
  shop = await startShop(fake, {
    logger: { warn: (line: string) => logs.push(line) },
    browserFields: ['customer.email'],
  });
});
after(async () => {
  await shop.close();
  await fake.close();
});

/** Creates an order with `locale` as customer.locale; returns the answer and the body MultiSafepay received. */
async function orderWithLocale(locale: unknown) {
  const body = elementBody({ customer: { locale, email: 'shopper@example.com' } });
  const logged = logs.length;
  const answer = await createOrder(shop, body);
  const sent = fake.requests.find(
    (request) =>
      request.method === 'POST' && request.path === '/orders' && sentBody(request)?.order_id === body.order_id,
  );
  return { answer, sent: sent && sentBody(sent), body, log: logs.slice(logged) };
}

describe('customer.locale in MultiSafepay form is passed on as it is', () => {
  // en_US and nl_NL: Customer.yaml's table; da_DK: Customer.yaml's Dankort example (not in its enum).
  for (const locale of ['en_US', 'nl_NL', 'pl_PL', 'da_DK', 'pt_PT']) {
    test(locale, async () => {
      const { answer, sent } = await orderWithLocale(locale);
      assert.equal(answer.status, 200);
      assert.equal(sent?.customer?.locale, locale);
      assert.equal(sent?.customer?.email, 'shopper@example.com', 'the rest of customer is untouched');
    });
  }
});

describe('other spellings of a language and country are written as ab_CD', () => {
  const cases = [
    ['en-us', 'en_US'],
    ['en-US', 'en_US'],
    ['EN_us', 'en_US'],
    ['nl', 'nl_NL'], // a bare language: its likely country
    ['fr', 'fr_FR'],
    ['iw_IL', 'he_IL'], // a deprecated code, replaced
    ['es-419', 'es_ES'], // a group of countries: the language's likely country
    ['zh-Hant-TW', 'zh_TW'],
    ['zh-Hant', 'zh_TW'], // Traditional Chinese: its likely country
    ['en-GB-u-ca-gregory', 'en_GB'],
    ['tl_PH', 'tl_PH'], // Tagalog's ISO 639-1 code, though BCP 47 now writes it fil
    ['en-UK', 'en_GB'], // an alias, replaced
  ];
  for (const [given, expected] of cases) {
    test(`${given} -> ${expected}`, async () => {
      const { answer, sent } = await orderWithLocale(given);
      assert.equal(answer.status, 200);
      assert.equal(sent?.customer?.locale, expected);
      assert.match(sent!.customer!.locale!, AB_CD);
    });
  }
});

describe("a language with no two-letter code gets MultiSafepay's documented default, en_US, and can pay", () => {
  for (const locale of ['fil_PH', 'yue_HK', 'haw_US', 'und']) {
    test(locale, async () => {
      const { answer, sent } = await orderWithLocale(locale);
      assert.equal(answer.status, 200);
      assert.ok(answer.json.data.payment_url);
      assert.equal(sent?.customer?.locale, 'en_US');
    });
  }
});

describe('anything else: 400 with the reason, logged, nothing sent to MultiSafepay', () => {
  const cases: [string, unknown, RegExp][] = [
    ['an unknown language', 'xx', /customer\.locale "xx": "xx" is not a language/],
    ['an unknown language with a country', 'xx_YY', /"xx" is not a language/],
    ['a region that is not a country', 'en_QQ', /customer\.locale "en_QQ": "QQ" is not a country/],
    ['the European Union', 'en_EU', /"EU" is not a country/],
    ['a number', 1033, /customer\.locale must be a string such as en_US/],
    ['an object', { language: 'en' }, /must be a string/],
    ['an empty string', '', /customer\.locale is empty/],
    ['an overlong string', 'en_US'.padEnd(200, '_x'), /customer\.locale is longer than 35 characters/],
    ['markup', '<img src=x onerror=alert(1)>', /may hold only letters and digits separated by _ or -/],
    ['a forged line break', 'en_US\r\nX-Injected: 1', /may hold only letters and digits/],
    ['a path', '../../etc/passwd', /may hold only letters and digits/],
    ['a NUL byte', 'en\u0000US', /may hold only letters and digits/],
    ['a private-use tag', 'x-klingon', /is not a language tag such as en_US/],
    ['a grandfathered tag', 'i-klingon', /is not a language tag/],
  ];
  for (const [name, locale, reason] of cases) {
    test(name, async () => {
      const orders = fake.orderCount;
      const { answer, sent, log } = await orderWithLocale(locale);
      assert.equal(answer.status, 400);
      assert.deepEqual([answer.json.success, answer.json.error_code], [false, 400]);
      assert.match(answer.json.error_info, reason);
      assert.equal(answer.json.error_source, 'shop', "the element blames the shop's backend, not MultiSafepay");
      assert.equal(sent, undefined, 'MultiSafepay was not called');
      assert.equal(fake.orderCount, orders);
      // The browser's value is repeated only once it is known to be letters, digits, _ and -.
      assert.ok(![...'<>\r\n\u0000/'].some((char) => answer.json.error_info.includes(char)), answer.json.error_info);
      assert.equal(log.length, 1);
      assert.match(log[0], /^msp-checkout\/server: refused POST \/checkout\/create-order \(400\): customer\.locale/);
      assert.match(log[0], reason);
    });
  }
});

test('no customer.locale: none is invented (MultiSafepay applies its default)', async () => {
  const body = elementBody({ customer: { email: 'shopper@example.com' } });
  const answer = await createOrder(shop, body);
  assert.equal(answer.status, 200);
  const sent = sentBody(fake.requests.find((request) => sentBody(request)?.order_id === body.order_id)!);
  assert.deepEqual(sent?.customer, { email: 'shopper@example.com' });
});

describe('the gateways endpoint reads ?locale= by the same rule', () => {
  test('en-us is passed on as en_US', async () => {
    const response = await shop.request('/checkout/gateways?currency=EUR&locale=en-us');
    assert.equal(response.status, 200);
    assert.match(fake.requests.at(-1)!.query, /[?&]locale=en_US(&|$)/);
  });

  test('xx is refused with its reason, and logged', async () => {
    const logged = logs.length;
    const response = await shop.request('/checkout/gateways?currency=EUR&locale=xx');
    assert.equal(response.status, 400);
    assert.match((await response.json()).error_info, /^locale "xx": "xx" is not a language/);
    assert.match(logs.slice(logged).join('\n'), /refused GET \/checkout\/gateways \(400\): locale "xx"/);
  });
});

test('any value at all: either ab_CD or a problem, never an exception (fast-check, 3000 values)', () => {
  const tagLike = fc.stringMatching(/^[A-Za-z]{1,9}([-_][A-Za-z0-9]{1,8}){0,4}$/);
  fc.assert(
    fc.property(fc.oneof(tagLike, fc.string(), fc.anything()), (value) => {
      const result = customerLocale(value);
      if (result.problem === undefined) return AB_CD.test(result.locale);
      return typeof result.problem === 'string' && !/[<>\r\n]/.test(result.problem);
    }),
    { numRuns: 3000 },
  );
});

describe('customer itself must be an object, as MultiSafepay documents it (Customer.yaml)', () => {
  for (const customer of ['en_US', 42, ['en_US'], null]) {
    test(`customer ${JSON.stringify(customer)}: 400 with its reason, logged, MultiSafepay never called`, async () => {
      const body = elementBody({ customer });
      const before = fake.orderCount;
      const logged = logs.length;
      const answer = await createOrder(shop, body);
      assert.equal(answer.status, 400);
      assert.equal(answer.json.error_source, 'shop');
      assert.equal(answer.json.error_info, 'customer must be an object such as {"locale":"en_US"}');
      assert.equal(fake.orderCount, before);
      assert.match(
        logs.slice(logged).join('\n'),
        /refused POST \/checkout\/create-order \(400\): customer must be an object/,
      );
    });
  }
});
