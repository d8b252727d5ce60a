// The smaller findings of an outside red-team run, each with what it measured: createOrder rejected its promise (a
// 500 from the Node adapter, nothing logged) for {"order_id":{"toString":"x"}}; U+0085, U+2028 and U+2029 in logged
// values split log lines; any gateway the browser named was accepted; the browser could set customer.ip_address,
// forwarded_ip and reference, which MultiSafepay's fraud screening reads; a protocol-relative icon URL
// (//host/x.svg) loaded over http from a foreign host. (The README shop's timeouts and frame-ancestors:
// test/e2e/security/readme-shop-limits.test.mjs.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startFakeMultiSafepay } from '../../../src/server/testing/index.js';
import { isImageUrl } from '../../../src/shared/gateway-logos.js';
import { recordFigures } from '../../support/figures.mjs';
import { createOrder, elementBody, lastSent, startShop, useFakeAndShop, type Answer } from '../../support/shop.js';

const SUITE = 'smaller-findings';
const figure = (figures: Parameters<typeof recordFigures>[1]) => recordFigures(SUITE, figures);

describe('createOrder: a field of another type than the element sends', () => {
  const logs: string[] = [];
  const running = useFakeAndShop({ notify: false }, { logger: { warn: (line: string) => logs.push(line) } });

  const bodies: [string, Record<string, unknown>, RegExp][] = [
    ['order_id {"toString":"x"}', { order_id: { toString: 'x' } }, /order_id must be a string/],
    ['order_id {"valueOf":1,"toString":[]}', { order_id: { valueOf: 1, toString: [] } }, /order_id must be a string/],
    ['order_id an array', { order_id: ['a', 'b'] }, /order_id must be a string/],
    ['order_id a number', { order_id: 1234 }, /order_id must be a string/],
    ['gateway {"toString":"IDEAL"}', { gateway: { toString: 'IDEAL' } }, /gateway must be a string/],
    ['currency an object', { currency: { toString: 'EUR' } }, /currency must be a string/],
    ['description an object', { description: { toString: 'd' } }, /description must be a string/],
    ['amount an object', { amount: { valueOf: 1000 } }, /amount must be a number/],
    ['amount true', { amount: true }, /amount must be a number/],
    ['type an object', { type: { toString: 'redirect' } }, /type must be a string/],
    ['customer.locale an object', { customer: { locale: { toString: 'en_US' } } }, /customer\.locale must be a string/],
  ];
  for (const [name, overrides, reason] of bodies) {
    test(`${name}: a logged 400, nothing created`, async () => {
      const before = running.fake.orderCount;
      const logged = logs.length;
      let answer: Answer | undefined;
      let thrown: unknown;
      try {
        answer = await createOrder(running.shop, elementBody(overrides));
      } catch (error) {
        thrown = error;
      }
      const line = logs.slice(logged).join('\n');
      figure({
        'bodies with fields of another type': 1,
        'answered with a logged 400': answer?.status === 400 && /refused POST/.test(line) ? 1 : 0,
        'rejected promises (500, nothing logged)': thrown === undefined ? 0 : 1,
      });
      assert.equal(thrown, undefined, `the handler threw: ${thrown}`);
      assert.equal(answer!.status, 400);
      assert.equal(answer!.json.error_source, 'shop');
      assert.match(answer!.json.error_info, reason);
      assert.match(line, /refused POST \/checkout\/create-order \(400\)/);
      assert.equal(running.fake.orderCount, before);
    });
  }

  test('a handler that throws all the same is a logged 500, not a rejected promise', async () => {
    const lines: string[] = [];
    const shop = await startShop(running.fake, {
      logger: { warn: (line: string) => lines.push(line) },
      resolveOrder: () => ({ amount: 1000, currency: 'EUR', description: 'x' }),
      paymentOptions: () => {
        throw new Error('paymentOptions broke');
      },
    });
    try {
      const answer = await createOrder(shop, elementBody());
      assert.equal(answer.status, 500);
      assert.equal(answer.json.error_source, 'shop');
      assert.deepEqual(lines, ['msp-checkout/server: POST /checkout/create-order failed (500): paymentOptions broke']);
    } finally {
      await shop.close();
    }
  });
});

describe('log lines: what a request carries cannot start a line of its own', () => {
  // Line breaks as log readers and shippers see them: C0 (CR, LF, VT, FF), NEL in C1, and Unicode's line and
  // paragraph separators, which JSON.stringify leaves as they are.
  const BREAKS = ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u001c', '\u009b'];
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

  test('order ids, Origins and transactionids with U+0085, U+2028, U+2029 and other controls: every line is one line', async () => {
    const lines: string[] = [];
    const fake = await startFakeMultiSafepay({ notify: false });
    const shop = await startShop(fake, { logger: { warn: (line: string) => lines.push(line) } });
    try {
      for (const mark of BREAKS) {
        const forged = `${mark}msp-checkout/server: order paid`;
        // The order id (isOrderId refuses C0 and DEL only) reaches the dropped-field line; var1 is dropped.
        await createOrder(shop, elementBody({ order_id: `o${mark}x`.slice(0, 50), var1: 'x' }));
        // A Latin-1 Origin (a header may carry U+0085 and the C1 controls) reaches the refusal line.
        if (mark.charCodeAt(0) <= 0xff)
          await createOrder(shop, elementBody(), { Origin: `https://evil.example${mark}` });
        // A transactionid reaches the notification's refusal line.
        await shop.request(`/checkout/notification?transactionid=${encodeURIComponent(`n${forged}`.slice(0, 50))}`);
        await shop.request(`/checkout/status?transactionid=${encodeURIComponent(`s${forged}`.slice(0, 50))}`);
      }
      const split = lines.filter((line) => BREAKING.test(line));
      figure({ 'log lines with forged line breaks': split.length, 'log lines written': lines.length });
      assert.ok(lines.length >= BREAKS.length * 3, `${lines.length} lines`);
      assert.deepEqual(split, []);
    } finally {
      await shop.close();
      await fake.close();
    }
  });
});

describe('allowedGateways: the gateways the backend accepts', () => {
  const resolved: unknown[] = [];
  const running = useFakeAndShop(
    { notify: false },
    {
      allowedGateways: ['IDEAL', 'DOTPAY'],
      resolveOrder: ({ body }) => {
        resolved.push(body['order_id']);
        return { amount: 1000, currency: 'EUR', description: 'x' };
      },
    },
  );

  test('another gateway is refused with 400 before resolveOrder and MultiSafepay; listed ones are created', async () => {
    const calls = running.fake.requests.length;
    const refused = await createOrder(running.shop, elementBody({ gateway: 'ALIPAY' }));
    figure({ 'orders for a gateway the shop does not accept': 1, accepted: refused.status === 200 ? 1 : 0 });
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error_info, 'gateway "ALIPAY" is not accepted by this shop');
    assert.equal(running.fake.requests.length, calls, 'MultiSafepay never heard of it');
    assert.deepEqual(resolved, []);
    assert.equal((await createOrder(running.shop, elementBody({ gateway: 'IDEAL' }))).status, 200);
  });

  test('listGateways leaves the others out', async () => {
    const answer = await running.shop.request('/checkout/gateways?currency=EUR');
    const { data } = (await answer.json()) as { data: { id: string }[] };
    assert.deepEqual(data.map((method) => method.id).sort(), ['DOTPAY', 'IDEAL']);
  });

  test('a list that is not of gateway ids is a configuration error', async () => {
    await assert.rejects(
      startShop(running.fake, { allowedGateways: ['ideal'] }),
      /allowedGateways must be a list of gateway ids/,
    );
  });
});

describe("browserFields: the browser's customer fields reach MultiSafepay only when named", () => {
  const running = useFakeAndShop({ notify: false });
  const browserCustomer = {
    locale: 'nl_NL',
    email: 'shopper@example.com',
    ip_address: '203.0.113.9',
    forwarded_ip: '203.0.113.10',
    reference: 'trusted-customer-1',
  };

  test('by default only customer.locale; the others are dropped and named in the log', async () => {
    const lines: string[] = [];
    const shop = await startShop(running.fake, { logger: { warn: (line: string) => lines.push(line) } });
    try {
      const body = elementBody({ customer: browserCustomer });
      assert.equal((await createOrder(shop, body)).status, 200);
      const sent = lastSent(running.fake).customer ?? {};
      const passed = ['ip_address', 'forwarded_ip', 'reference', 'email'].filter((field) => field in sent);
      figure({ 'fraud-screening fields set by the browser': 3, 'passed on to MultiSafepay': passed.length });
      assert.deepEqual(sent, { locale: 'nl_NL' });
      assert.match(lines.join('\n'), /"customer\.email", "customer\.ip_address", "customer\.forwarded_ip"/);
    } finally {
      await shop.close();
    }
  });

  test("browserFields: ['customer.email'] passes the e-mail, and nothing else", async () => {
    const shop = await startShop(running.fake, { browserFields: ['customer.email'] });
    try {
      assert.equal((await createOrder(shop, elementBody({ customer: browserCustomer }))).status, 200);
      assert.deepEqual(lastSent(running.fake).customer, { locale: 'nl_NL', email: 'shopper@example.com' });
      const answer = await createOrder(shop, elementBody({ customer: { locale: 'nl_NL', email: { x: 1 } } }));
      assert.equal(answer.status, 400);
      assert.equal(answer.json.error_info, 'customer.email must be a string');
    } finally {
      await shop.close();
    }
  });
});

describe('icon URLs: https, or on the page’s own server', () => {
  const cases: [string, boolean][] = [
    ['//evil.example/ideal.svg', false],
    ['//evil.example:80/ideal.svg', false],
    ['http://evil.example/ideal.svg', false],
    ['https://media.multisafepay.com/img/methods/svg/ideal.svg', true],
    ['/assets/payment-logos/ideal.svg', true],
    ['assets/ideal.svg', true],
    ['./ideal.svg', true],
    ['http://localhost:5173/ideal.svg', true],
  ];
  test('a protocol-relative URL is refused: it takes the page’s scheme (http) to a foreign host', () => {
    const wrong = cases.filter(([url, expected]) => isImageUrl(url) !== expected);
    figure({
      'icon URLs checked': cases.length,
      'protocol-relative icon URLs accepted': cases.filter(([url]) => url.startsWith('//') && isImageUrl(url)).length,
    });
    assert.deepEqual(wrong, []);
  });
});
