// npm run bench:server: how fast msp-checkout/server's createOrder and notification handlers answer against the fake
// MultiSafepay, on one instance with the default memoryStore() and on one and three instances sharing one Redis
// (Debian's redis-server, started here on 127.0.0.1 and stopped after), and how many Redis round trips each request
// costs. Prints a table; not a test. Everything runs in this one process (the instances are separate handlers and
// node:http servers, the load is spread over them in turn), so the figures compare configurations on one machine,
// not the scaling of real separate hosts. BENCH_REQUESTS (default 2000) per run, BENCH_CONCURRENCY (default 20),
// BENCH_ROUNDS (default 3; the median round is shown).
// Home-made, not autocannon: it counts the Redis round trips each request costs and compares instance counts in one
// process, which an HTTP load tool cannot see.
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { createCheckoutHandlers, memoryStore, redisStore, toNodeHandler } from '../dist/server/index.js';
import { signNotification, startFakeMultiSafepay } from '../dist/server/testing/index.js';
import { connectRedis, startRedis } from '../test/support/redis.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
process.chdir(resolve(import.meta.dirname, '..'));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];

async function startInstance(fake, store) {
  const instance = { origin: '' };
  const handlers = createCheckoutHandlers({
    apiKey: fake.apiKey,
    environment: fake.baseUrl,
    resolveOrder: ({ body }) => ({ amount: 2500, currency: 'EUR', description: `Order ${body.order_id}` }),
    paymentOptions: () => ({
      notification_url: `${instance.origin}/notification`,
      redirect_url: `${instance.origin}/return`,
    }),
    onStatus: () => {},
    logger: { warn: (line) => console.error(line) },
    ...(store ? { store } : {}),
  });
  const routes = { '/create-order': handlers.createOrder, '/notification': handlers.notification };
  const server = createServer((req, res) => toNodeHandler(routes[new URL(req.url, 'http://x').pathname])(req, res));
  server.keepAliveTimeout = 60_000;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  instance.origin = `http://127.0.0.1:${server.address().port}`;
  instance.close = () => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  };
  return instance;
}

/** Runs `count` requests, `CONCURRENCY` at a time; `send(i)` returns the Response. */
async function load(count, send) {
  const latencies = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        const begin = performance.now();
        const response = await send(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - begin);
        if (response.status !== 200) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: count / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), failed };
}

async function redisCalls(client) {
  const info = await client.info('commandstats');
  let total = 0;
  for (const [, name, calls] of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)) {
    if (!['info', 'ping', 'client', 'hello', 'select', 'config'].includes(name)) total += Number(calls);
  }
  return total;
}

let run = 0;
async function measure(label, fake, instances, redisClient) {
  run++;
  const ids = Array.from({ length: REQUESTS }, (_, i) => `bench-${process.pid}-${run}-${i}`);
  const pick = (i) => instances[i % instances.length];
  const create = (i) =>
    fetch(`${pick(i).origin}/create-order`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1', Origin: pick(i).origin },
      body: JSON.stringify({
        gateway: 'DOTPAY',
        order_id: ids[i],
        currency: 'EUR',
        amount: 2500,
        description: 'x',
        customer: { locale: 'en_US' },
      }),
    });
  const notify = (i) => {
    const order = fake.orders.get(ids[i]);
    const body = JSON.stringify({ order_id: ids[i], status: order.status, amount: order.amount });
    const timestamp = String(Math.floor(Date.now() / 1000));
    return fetch(`${pick(i).origin}/notification?transactionid=${encodeURIComponent(ids[i])}&timestamp=${timestamp}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Auth: signNotification(fake.apiKey, timestamp, body) },
      body,
    });
  };
  const before = redisClient ? await redisCalls(redisClient) : 0;
  const created = await load(REQUESTS, create);
  const middle = redisClient ? await redisCalls(redisClient) : 0;
  for (const id of ids) {
    const order = fake.orders.get(id);
    if (order) order.status = 'completed';
  }
  const notified = await load(REQUESTS, notify);
  const after = redisClient ? await redisCalls(redisClient) : 0;
  const trips = (calls) => (redisClient ? (calls / REQUESTS).toFixed(2) : '-');
  return [
    [`${label}: createOrder`, created, trips(middle - before)],
    [`${label}: notification`, notified, trips(after - middle)],
  ];
}

const fake = await startFakeMultiSafepay({ notify: false });
const redis = await startRedis();
const clients = [];
const client = async () => {
  const connected = await connectRedis(redis.url);
  clients.push(connected);
  return connected;
};
const observer = await client();
const configurations = [
  ['1 instance, memoryStore()', async () => [await startInstance(fake, memoryStore())], undefined],
  ['1 instance, redisStore', async () => [await startInstance(fake, redisStore(await client()))], observer],
  [
    '3 instances, one Redis',
    async () => {
      const three = [];
      for (let i = 0; i < 3; i++) three.push(await startInstance(fake, redisStore(await client())));
      return three;
    },
    observer,
  ],
];
// Each configuration runs ROUNDS times, in turn, so that a busy spell of the machine does not fall on one of them;
// the table gives the median round of each.
const results = new Map();
try {
  const warm = await startInstance(fake, redisStore(await client()));
  await measure('warm-up', fake, [warm], observer); // JIT, sockets, connections: not reported
  await warm.close();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, start, redisClient] of configurations) {
      const instances = await start();
      const rows = await measure(label, fake, instances, redisClient);
      for (const instance of instances) await instance.close();
      for (const [name, result, trips] of rows) {
        if (!results.has(name)) results.set(name, []);
        results.get(name).push({ ...result, trips });
      }
    }
  }
} finally {
  for (const connected of clients) connected.destroy();
  await redis.stop();
  await fake.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [...results].map(([name, runs]) => [
  name,
  {
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
  },
  runs[0].trips,
]);

const header = ['handler', 'req/s', 'p50 ms', 'p99 ms', 'non-200 (all rounds)', 'Redis round trips / request'];
const cells = [
  header,
  ...rows.map(([label, r, trips]) => [label, r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.failed, trips]),
].map((row) => row.map(String));
const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
const [load1] = loadavg();
console.log(
  `\nmsp-checkout/server against the fake MultiSafepay: ${REQUESTS} requests per row and round, median of ${ROUNDS} rounds, ` +
    `${CONCURRENCY} concurrent, ` +
    `Node ${process.version}, ${availableParallelism()} cores, load average ${load1.toFixed(1)}`,
);
console.log(`${line(cells[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of cells.slice(1)) console.log(line(row));
console.log(
  '\nEach createOrder also makes one POST /orders, each notification one GET /orders/{id}, to the fake (same process).',
);
