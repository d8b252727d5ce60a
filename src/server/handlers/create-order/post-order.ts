// The call that creates an order at MultiSafepay (POST /orders) and what becomes of its answer: its payment page is
// remembered for a retry, or the claim on the order id ends when nothing was created; a refusal with 1006 of an order
// id MultiSafepay already has is told apart by asking MultiSafepay for that order (GET /orders/{id}).
import { isRecord } from '../../../shared/guards.js';
import { failureBody } from '../../../shared/wire.js';
import type { HandlerContext } from '../../context.js';
import type { ApiResult } from '../../multisafepay-client.js';
import type { UpstreamOrder } from './upstream-order.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The error_code (and HTTP status) of a retry that MultiSafepay refuses with 1006 for an order that is still open
 * there, when no one remembers its payment page: MultiSafepay documents no way to ask for it again (GET /orders/{id}
 * has no payment_url: MultiSafepay/docs openapi/components/schemas/OrderDetails.yaml, examples/responses/getOrder.json).
 * The element shows the shopper a message of its own for it (`errorMspPaymentStarted`).
 */
export const PAYMENT_PAGE_UNKNOWN = 409;

/**
 * POST /orders; remembers that this shop created the order and its page for the browser that created it (`owner`),
 * or ends the claim (`claimed`: this request holds it) when nothing was created.
 */
export async function postOrder(
  context: HandlerContext,
  id: string,
  upstream: UpstreamOrder,
  claimed: boolean,
  owner: string,
): Promise<ApiResult> {
  const result = await context.callApi('POST', '/orders', upstream);
  // Created at MultiSafepay, or perhaps (no answer: 502, 504): a GET notification of this id is this shop's to take
  // to MultiSafepay (../notification.ts). Written beside the page, not after it: one round trip's wait, not two.
  const created = result.status === 200 || result.status >= 500 ? rememberCreated(context, id) : undefined;
  try {
    if (result.status === 200) return await rememberPage(context, id, upstream, result, claimed, owner);
    if (claimed) await releaseClaim(context, id);
    if (result.body['error_code'] === 1006) return await refusedAsExisting(context, id, upstream, result);
    return result;
  } finally {
    await created;
  }
}

/** Marks the order as this shop's; a store that fails only costs its GET notifications (logged). */
async function rememberCreated({ logger, records }: HandlerContext, id: string): Promise<void> {
  await records.rememberCreated(id).catch((error: unknown) => {
    logger.warn(`msp-checkout/server: order ${id}: ${message(error)}; a GET notification of it will be refused`);
  });
}

/** MultiSafepay's answer with its payment page, remembered for a retry on any instance; a 502 when it has none. */
async function rememberPage(
  { logger, records }: HandlerContext,
  id: string,
  upstream: UpstreamOrder,
  result: ApiResult,
  claimed: boolean,
  owner: string,
): Promise<ApiResult> {
  const data = isRecord(result.body['data']) ? result.body['data'] : {};
  if (typeof data['payment_url'] !== 'string' || data['payment_url'] === '') {
    logger.warn(`msp-checkout/server: MultiSafepay created order ${id} without a payment_url`);
    if (claimed) await records.releasePage(id).catch(() => undefined);
    return { status: 502, body: failureBody(502, 'MultiSafepay answered without a payment page') };
  }
  const page = {
    gateway: upstream['gateway'] as string,
    amount: upstream['amount'] as number,
    currency: upstream['currency'] as string,
    data,
    owner,
  };
  try {
    await records.rememberPage(id, page);
  } catch (error) {
    logger.warn(`msp-checkout/server: order ${id}: ${message(error)}; a retry cannot be given this payment page`);
  }
  return { status: 200, body: { success: true, data } };
}

/** Ends this request's claim on the order id, so that a retry need not wait; a claim not ended expires by itself. */
async function releaseClaim({ logger, records }: HandlerContext, id: string): Promise<void> {
  await records.releasePage(id).catch((error: unknown) => {
    logger.warn(`msp-checkout/server: order ${id}: ${message(error)}; its claim ends by itself`);
  });
}

/**
 * MultiSafepay refused the order id with 1006 and no instance remembers its page (the store has none: a late
 * success after a timeout, or the store was down when it was created). An order still open there with the same
 * amount, currency and gateway gets PAYMENT_PAGE_UNKNOWN: its page cannot be asked for again, and a guessed one
 * would be wrong. Anything else (paid, another amount) keeps MultiSafepay's 1006.
 */
async function refusedAsExisting(
  { callApi, logger }: HandlerContext,
  id: string,
  upstream: UpstreamOrder,
  result: ApiResult,
): Promise<ApiResult> {
  const existing = await callApi('GET', `/orders/${encodeURIComponent(id)}`);
  const data = existing.status === 200 && isRecord(existing.body['data']) ? existing.body['data'] : undefined;
  const open =
    data !== undefined &&
    data['status'] === 'initialized' &&
    data['amount'] === upstream['amount'] &&
    data['currency'] === upstream['currency'] &&
    (!isRecord(data['payment_details']) || data['payment_details']['type'] === upstream['gateway']);
  if (!open) return result;
  logger.warn(`msp-checkout/server: order ${id} is open at MultiSafepay but no instance remembers its payment page`);
  const info = 'The payment of this order was already started; its payment page is not known here';
  return { status: PAYMENT_PAGE_UNKNOWN, body: failureBody(PAYMENT_PAGE_UNKNOWN, info) };
}
