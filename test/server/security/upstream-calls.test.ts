// Strangers must not spend the shop's MultiSafepay quota: every call is made with the shop's API key, and once
// MultiSafepay's rate limit runs out, checkout is down. An outside red-team run found three open paths: listGateways
// called MultiSafepay once per distinct amount (12,000 amounts, 12,000 calls, 91 MB of cached lists), orderStatus once
// per unknown order id, and an unsigned GET notification once per made-up transactionid.
//
// Here: 300 distinct amounts through the fake over HTTP, the list filtered by each method's allowed_amount, and 10,000
// distinct requests of each kind a stranger can send (in a process of its own: ../../support/volume/upstream-calls.ts)
// with the calls and the memory they cost.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createCheckoutHandlers } from '../../../src/server/index.js';
import { recordFigures } from '../../support/figures.mjs';
import { inProcessMultiSafepay, STUB_METHODS } from '../../support/in-process-multisafepay.js';
import { quiet, useFakeAndShop } from '../../support/shop.js';
import { runVolume } from '../../support/volume/run.js';
import type { Kind, KindFigures } from '../../support/volume/upstream-calls.js';

const SUITE = 'upstream-calls';
const figure = (figures: Parameters<typeof recordFigures>[1]) => recordFigures(SUITE, figures);
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe('the gateway list: one call per currency, country and locale, whatever the amount', () => {
  const running = useFakeAndShop({ notify: false });
  const listCalls = () => running.fake.requests.filter((request) => request.path === '/payment-methods').length;

  test('300 distinct amounts, at once and then one by one, cost at most 3 calls to MultiSafepay', async () => {
    const before = listCalls();
    const ask = (amount: number) =>
      running.shop.request(`/checkout/gateways?currency=EUR&country=NL&locale=nl_NL&amount=${amount}`);
    const atOnce = await Promise.all(Array.from({ length: 300 }, (_, i) => ask(1000 + i)));
    for (const answer of atOnce) assert.equal(answer.status, 200);
    await Promise.all(atOnce.map((answer) => answer.arrayBuffer()));
    for (let i = 0; i < 300; i++) {
      const answer = await ask(5000 + i);
      assert.equal(answer.status, 200);
      await answer.arrayBuffer();
    }
    const calls = listCalls() - before;
    figure({ 'distinct amounts asked': 600, 'gateway list calls for them': calls });
    assert.ok(calls <= 3, `${calls} calls to MultiSafepay for 600 amounts`);
    // The amount is not sent: the list is the one for the currency, country and locale.
    const sent = running.fake.requests.filter((request) => request.path === '/payment-methods').at(-1)!;
    assert.equal(sent.query, '?country=NL&currency=EUR&locale=nl_NL');
  });

  test('each method is kept only when its allowed_amount admits the amount (bounds inclusive, max null: none)', async () => {
    const msp = inProcessMultiSafepay();
    const shop = createCheckoutHandlers({
      apiKey: msp.apiKey,
      environment: msp.baseUrl,
      fetch: msp.fetch,
      resolveOrder: () => null,
      logger: quiet,
    });
    const offered = async (amount: number) => {
      const answer = await shop.listGateways(
        new Request(`https://shop.example/checkout/gateways?currency=EUR&amount=${amount}`),
      );
      const { data } = (await answer.json()) as { data: { id: string }[] };
      return data.map((method) => method.id);
    };
    const admits = (amount: number) =>
      STUB_METHODS.filter(
        (method) =>
          method.allowed_currencies.includes('EUR') &&
          amount >= method.allowed_amount.min &&
          (method.allowed_amount.max === null || amount <= method.allowed_amount.max),
      ).map((method) => method.id);
    for (const amount of [1, 99, 100, 999, 1000, 1_000_000, 1_000_001, 5_000_000, 5_000_001, 10_000_001]) {
      assert.deepEqual(await offered(amount), admits(amount), `amount ${amount}`);
    }
    assert.notDeepEqual(admits(1), admits(1_000_001), 'the bounds make a difference');
    assert.equal(msp.calls.get('GET /payment-methods'), 1);
  });
});

describe('10,000 distinct requests of each kind a stranger can send', () => {
  test('the calls to MultiSafepay and the memory they cost', async () => {
    const run = await runVolume<Record<Kind, KindFigures>>('upstream-calls', [10_000]);
    const calls = (kind: Kind) => run[kind].calls;
    for (const [kind, figures] of Object.entries(run)) {
      figure({
        [`${kind}: calls per 10,000`]: figures.calls,
        [`${kind}: memory after 10,000 (MB)`]: { value: megabytes(figures.heapBytes), how: 'max' },
      });
    }
    assert.equal(calls('gateway lists, distinct amounts'), 0, 'the list was fetched once, before');
    assert.equal(calls('statuses without proof'), 0);
    assert.equal(calls('statuses with a forged token'), 0);
    assert.equal(calls('GET notifications, made-up ids'), 0);
    assert.deepEqual(run['statuses without proof'].statuses, { 404: 10_000 });
    assert.deepEqual(run['GET notifications, made-up ids'].statuses, { 404: 10_000 });
    // Real country and language pairs are lists of their own (a call each, made-up countries refused with 400);
    // what is kept of them is bounded (GATEWAY_LISTS_KEPT lists).
    assert.ok(calls('gateway lists, distinct filters') < 10_000);
    for (const [kind, figures] of Object.entries(run)) {
      assert.ok(figures.heapBytes < 8 * 1024 * 1024, `${kind}: ${megabytes(figures.heapBytes)} MB`);
    }
  });
});
