// onStatus is where a shop ships an order: it must run once per order and status, at any volume, on one process or
// many, whatever is replayed at the notification URL. An outside red-team run found that 6,000 reported orders were
// enough: the default memoryStore forgot its oldest "reported" marks past 10,000 entries, and an unsigned GET
// notification for each forgotten order ran onStatus again (12,000 times in 12,000 probes). It also found that a
// genuine signature for order A, sent with ?transactionid=B, was acted on for B.
//
// Here: 50,000 orders created and reported on two instances sharing the default store, then MultiSafepay's signed
// resend and an unsigned GET of each (in a process of its own: ../../support/volume/exactly-once.ts); the same on
// Redis; and a signed notification moved onto another order. MultiSafepay answers in-process
// (../../support/in-process-multisafepay.ts), so that the figures are the handlers' and their store's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { memoryStore } from '../../../src/server/index.js';
import { recordFigures } from '../../support/figures.mjs';
import { inProcessMultiSafepay } from '../../support/in-process-multisafepay.js';
import { startRedis, type TestRedis } from '../../support/redis.mjs';
import {
  createRequest,
  signedNotification,
  twoInstances,
  type ExactlyOnceFigures,
} from '../../support/volume/exactly-once.js';
import { runVolume } from '../../support/volume/run.js';

const SUITE = 'exactly-once';
const figure = (figures: Parameters<typeof recordFigures>[1]) => recordFigures(SUITE, figures);
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe('50,000 reported orders on two instances of the default store, then a resend and an unsigned GET of each', () => {
  test('onStatus ran once per order: 0 extra calls; what the store holds for them', async () => {
    const run = await runVolume<ExactlyOnceFigures>('exactly-once', [50_000]);
    figure({
      'reported orders (default store)': run.orders,
      'signed resends and unsigned GETs after them': run.orders * 2,
      'extra onStatus calls': run.extra,
      'store memory after 50,000 reported orders (MB)': { value: megabytes(run.retainedBytes), how: 'max' },
      'store memory per reported order (bytes)': { value: Math.round(run.retainedBytes / run.orders), how: 'max' },
    });
    assert.deepEqual(run.created, { 200: run.orders });
    assert.equal(run.reportedOnce, run.orders, 'each order reported once');
    assert.equal(run.extra, 0, `onStatus ran ${run.extra} more times for orders already reported`);
    // Every copy is acknowledged, so that MultiSafepay stops resending an order already reported.
    assert.deepEqual(run.resends, { 200: run.orders });
    assert.deepEqual(run.gets, { 200: run.orders });
    // Bounded by the orders reported in the marks' lifetime, at a known cost each (docs/deploying.md): a leak of a
    // request's worth per order would be several KB.
    assert.ok(run.retainedBytes / run.orders < 2048, `${run.retainedBytes} bytes for ${run.orders} orders`);
  });
});

describe('on Redis: two instances, 2,000 reported orders, then a resend and an unsigned GET of each', () => {
  let redis: TestRedis;
  before(async () => {
    redis = await startRedis();
  });
  after(() => redis.stop());

  test('onStatus ran once per order: 0 extra calls', async () => {
    const run = await runVolume<ExactlyOnceFigures>('exactly-once', [2_000, redis.url]);
    figure({ 'reported orders (Redis)': run.orders, 'extra onStatus calls': run.extra });
    assert.equal(run.reportedOnce, run.orders);
    assert.equal(run.extra, 0);
    assert.deepEqual(run.gets, { 200: run.orders });
  });
});

describe('the order of a signed notification is the one its signed body names', () => {
  test('a genuine notification of order A sent with ?transactionid=B is refused (400) and logged; neither is reported', async () => {
    const msp = inProcessMultiSafepay();
    const warnings: string[] = [];
    const shop = twoInstances(msp, [memoryStore()], { logger: { warn: (line: string) => warnings.push(line) } });
    const a = shop.instances[0]!;
    for (const id of ['order-a', 'order-b']) assert.equal((await a.createOrder(createRequest(id))).status, 200);
    msp.orders.get('order-a')!.status = 'completed';
    const moved = await a.notification(signedNotification(msp.apiKey, 'order-a', 'order-b'));
    const acted = shop.calls;
    figure({ 'signed notifications moved to another order': 1, 'moved notifications acted on': acted });
    assert.equal(moved.status, 400);
    assert.equal(acted, 0, `onStatus heard ${[...shop.reported.keys()].join(', ')}`);
    const refusal = /notification refused \(400\): transactionid "order-b" is not the signed order_id "order-a"/;
    assert.ok(
      warnings.some((line) => refusal.test(line)),
      warnings.join('\n'),
    );
    // The same notification at its own order, with the query or without it, is acted on once.
    assert.equal((await a.notification(signedNotification(msp.apiKey, 'order-a'))).status, 200);
    assert.equal((await a.notification(signedNotification(msp.apiKey, 'order-a', null))).status, 200);
    assert.deepEqual([...shop.reported], [['order-a completed', 1]]);
  });
});
