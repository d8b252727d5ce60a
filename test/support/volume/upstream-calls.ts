// The volume run of test/server/security/upstream-calls.test.ts, in a process of its own (./run.ts): 10,000 distinct
// requests of each kind a stranger can send without an order of their own, each kind on fresh handlers with the
// default store, MultiSafepay answering in this process (../in-process-multisafepay.ts). Prints, per kind, the calls
// to MultiSafepay they cost and what the handlers hold afterwards.
//   node --expose-gc --import tsx upstream-calls.ts <requests>
import { createCheckoutHandlers, memoryStore, type CheckoutHandlers } from '../../../src/server/index.js';
import { inProcessMultiSafepay, type InProcessMultiSafepay } from '../in-process-multisafepay.js';
import { quiet } from '../shop.js';
import { heapAfterGc, inBatches } from './run.js';

const SHOP = 'https://shop.example';

const LOCALES = [
  'nl_NL',
  'en_US',
  'en_GB',
  'de_DE',
  'fr_FR',
  'it_IT',
  'es_ES',
  'pl_PL',
  'pt_PT',
  'sv_SE',
  'da_DK',
  'nb_NO',
  'fi_FI',
  'cs_CZ',
  'tr_TR',
];

/** The kinds of request, each as the i-th of `count` distinct ones. */
export const KINDS = {
  /** The gateway list for 10,000 amounts. */
  'gateway lists, distinct amounts': (i: number) =>
    new Request(`${SHOP}/checkout/gateways?currency=EUR&amount=${i + 1}`),
  /**
   * The gateway list for 10,000 distinct country and language pairs: each real pair is a list of its own at
   * MultiSafepay, so each costs a call; what is kept of them is bounded.
   */
  'gateway lists, distinct filters': (i: number) => {
    const country = String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26));
    const locale = LOCALES[Math.floor(i / 676) % LOCALES.length];
    return new Request(`${SHOP}/checkout/gateways?currency=EUR&country=${country}&locale=${locale}`);
  },
  /** The status of 10,000 made-up order ids, without a token. */
  'statuses without proof': (i: number) => new Request(`${SHOP}/checkout/status?transactionid=order-${i}`),
  /** The status of 10,000 made-up order ids, each with a token that is not theirs. */
  'statuses with a forged token': (i: number) =>
    new Request(`${SHOP}/checkout/status?transactionid=order-${i}&msp_token=${'A'.repeat(43)}`),
  /** 10,000 unsigned (GET) notifications of made-up order ids. */
  'GET notifications, made-up ids': (i: number) =>
    new Request(`${SHOP}/checkout/notification?transactionid=forged-${i}&timestamp=1`),
} as const satisfies Record<string, (i: number) => Request>;

export type Kind = keyof typeof KINDS;

export interface KindFigures {
  requests: number;
  calls: number;
  statuses: Record<number, number>;
  /** Heap growth after the requests, their answers read and collected. */
  heapBytes: number;
}

function handlersFor(msp: InProcessMultiSafepay): CheckoutHandlers {
  return createCheckoutHandlers({
    apiKey: msp.apiKey,
    environment: msp.baseUrl,
    fetch: msp.fetch,
    store: memoryStore(),
    resolveOrder: () => null,
    logger: quiet,
  });
}

const route = (request: Request): keyof CheckoutHandlers => {
  const path = new URL(request.url).pathname;
  return path.endsWith('/gateways') ? 'listGateways' : path.endsWith('/status') ? 'orderStatus' : 'notification';
};

async function measure(kind: Kind, count: number): Promise<KindFigures> {
  const msp = inProcessMultiSafepay();
  const handlers = handlersFor(msp);
  // Warm up on another kind of value (JIT, the first list), so that the figure is what the distinct requests add.
  await handlers.listGateways(new Request(`${SHOP}/checkout/gateways?currency=EUR`)).then((r) => r.arrayBuffer());
  const calls = msp.callCount;
  const before = await heapAfterGc();
  const make = KINDS[kind];
  const statuses = await inBatches(
    Array.from({ length: count }, (_, i) => i),
    (i) => {
      const request = make(i);
      return handlers[route(request)](request);
    },
  );
  const heapBytes = (await heapAfterGc()) - before;
  return { requests: count, calls: msp.callCount - calls, statuses, heapBytes: Math.max(0, heapBytes) };
}

async function main() {
  const count = Number(process.argv[2] ?? 10_000);
  const figures: Partial<Record<Kind, KindFigures>> = {};
  for (const kind of Object.keys(KINDS) as Kind[]) figures[kind] = await measure(kind, count);
  console.log(JSON.stringify(figures));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
