// One order per order id, whatever the retries: the same order, gateway and amount again (a double click, a retry
// after a timeout, on any instance) from the browser that created it gets the same payment page instead of a second
// order. Identical requests in flight in this process share one attempt; across instances the first request claims
// the order id in the store and creates the order, a concurrent one waits for its page, and a later one gets the
// remembered page while the order is open at MultiSafepay. Another browser repeating the order id gets 409 (1006) and
// never the page: with it, a stranger who guessed an order id could cancel the order or pay it in the shopper's name.
import { failureBody } from '../../../shared/wire.js';
import type { HandlerContext } from '../../context.js';
import type { ApiResult } from '../../multisafepay-client.js';
import { lookUpStatus } from '../../order-status-source.js';
import type { PageClaim, RememberedPage } from '../../store/checkout-records.js';
import { postOrder } from './post-order.js';
import type { UpstreamOrder } from './upstream-order.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Creates an order, or gives back its payment page to the browser that created it (`owner`: the SHA-256 of its
 * `msp_checkout` cookie); one of these per handler, for its requests in flight.
 */
export type CreateOnce = (id: string, upstream: UpstreamOrder, owner: string) => Promise<ApiResult>;

/** The handler's CreateOnce: requests in flight share an attempt, the store keeps one order per id across instances. */
export function createOnce(context: HandlerContext): CreateOnce {
  /** Identical requests in flight in this process (a double click) share one attempt; settled ones are dropped. */
  const inFlight = new Map<string, Promise<ApiResult>>();
  const apiTimeout = context.options.timeout ?? 15_000;
  return (id, upstream, owner) => {
    // Another browser's identical request never shares this browser's attempt (nor its payment page).
    const key = [id, upstream['gateway'], upstream['amount'], upstream['currency'], owner].join('\n');
    let attempt = inFlight.get(key);
    if (!attempt) {
      attempt = createAcrossInstances(context, id, upstream, owner, apiTimeout);
      inFlight.set(key, attempt);
      const settled = () => inFlight.delete(key);
      attempt.then(settled, settled);
    }
    return attempt;
  };
}

/**
 * Creates the order once across every instance: claims the order id in the store and POSTs it, waits while another
 * request holds the claim (until MultiSafepay's timeout has passed for it), or reuses the page the store remembers.
 * Without the store (it failed, or holds something unreadable) the order is created all the same.
 */
async function createAcrossInstances(
  context: HandlerContext,
  id: string,
  upstream: UpstreamOrder,
  owner: string,
  apiTimeout: number,
): Promise<ApiResult> {
  const deadline = Date.now() + apiTimeout + 1000;
  for (;;) {
    let claim: PageClaim;
    try {
      claim = await context.records.claimPage(id, Math.ceil(apiTimeout / 1000) + 5);
    } catch (error) {
      context.logger.warn(`msp-checkout/server: order ${id}: ${message(error)}; creating it without the retry memory`);
      return postOrder(context, id, upstream, false, owner);
    }
    if (claim.kind === 'claimed') return postOrder(context, id, upstream, true, owner);
    if (claim.kind === 'page') {
      if (claim.page.owner !== owner) return createdByAnother(id);
      if (isPageFor(claim.page, upstream)) return reuseOpenPage(context, id, claim.page, upstream, owner);
      return postOrder(context, id, upstream, false, owner); // another gateway or amount: MultiSafepay decides
    }
    if (claim.kind === 'unreadable') return postOrder(context, id, upstream, false, owner);
    if (Date.now() >= deadline) {
      const info = `Order ${id} is being created by another request: try again`;
      return { status: 503, body: failureBody(503, info, { shop: true }) };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Another browser's request for an order id this shop created: MultiSafepay's "order already exists" (1006) as the
 * shop's own answer, with no call to MultiSafepay and never the payment page.
 */
function createdByAnother(id: string): ApiResult {
  const info = `Order ${id} already exists`;
  return { status: 409, body: failureBody(1006, info, { shop: true }) };
}

/** Whether a remembered page was given for this gateway, amount and currency. */
const isPageFor = (page: RememberedPage, upstream: UpstreamOrder) =>
  page.gateway === upstream['gateway'] && page.amount === upstream['amount'] && page.currency === upstream['currency'];

/**
 * The remembered page, only while the order is still open (initialized): a paid, cancelled or expired order's page
 * says so and takes no payment, so the shopper gets a clear 1006 instead (the element's "already paid" message).
 */
async function reuseOpenPage(
  context: HandlerContext,
  id: string,
  page: RememberedPage,
  upstream: UpstreamOrder,
  owner: string,
): Promise<ApiResult> {
  const lookup = await lookUpStatus(context, id);
  if (lookup.found && lookup.status === 'initialized') return { status: 200, body: { success: true, data: page.data } };
  if (lookup.found) {
    const info = `Order ${id} is already ${lookup.status}: it cannot be paid again`;
    return { status: 409, body: failureBody(1006, info) };
  }
  if (!lookup.unknown) return lookup.failure;
  // Remembered, but MultiSafepay does not know it (the store outlived a switch of account or environment).
  return postOrder(context, id, upstream, false, owner);
}
