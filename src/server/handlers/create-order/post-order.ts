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

/** POST /orders; remembers the page, or ends the claim (`claimed`: this request holds it) when nothing was created. */
export async function postOrder(
  context: HandlerContext,
  id: string,
  upstream: UpstreamOrder,
  claimed: boolean,
): Promise<ApiResult> {
  const result = await context.callApi('POST', '/orders', upstream);
  if (result.status === 200) return rememberPage(context, id, upstream, result, claimed);
  if (claimed) await releaseClaim(context, id);
  if (result.body['error_code'] === 1006) return refusedAsExisting(context, id, upstream, result);
  return result;
}

/** MultiSafepay's answer with its payment page, remembered for a retry on any instance; a 502 when it has none. */
async function rememberPage(
  { logger, records }: HandlerContext,
  id: string,
  upstream: UpstreamOrder,
  result: ApiResult,
  claimed: boolean,
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
