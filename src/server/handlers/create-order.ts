import { isRecord } from '../../guards.js';
import { isCurrencyCode, isMinorAmount } from '../../money.js';
import { orderFieldProblems } from '../../order.js';
import { remember } from '../bounded-memory.js';
import type { HandlerContext } from '../context.js';
import type { ApiResult } from '../multisafepay-client.js';
import type { FetchHandler, ResolvedOrder } from '../options.js';
import { samePaymentPage } from '../payment-page-memory.js';
import { BodyError, crossSiteProblem, readText } from '../request-guards.js';
import { failure, failureBody, json } from '../responses.js';

/**
 * The error_code (and HTTP status) of a retry that MultiSafepay refuses with 1006 for an order that is still open
 * there, when no one remembers its payment page: MultiSafepay documents no way to ask for it again. The element shows
 * the shopper a message of its own for it (`errorMspPaymentStarted`).
 */
export const PAYMENT_PAGE_UNKNOWN = 409;

/** POST: creates the MultiSafepay order for what `resolveOrder` says the shopper pays, and answers its payment page. */
export function createOrderHandler(context: HandlerContext): FetchHandler {
  const { options, callApi, logger, maxBodyBytes, browserFields, statuses, paymentPages } = context;
  /** Attempts in flight or done in this process, by order id, gateway, amount and currency (a double click). */
  const attempts = new Map<string, Promise<ApiResult>>();

  /**
   * POST /orders; after a timeout the order may exist at MultiSafepay, which then refuses the retry with 1006.
   * An order still open there with the same gateway, amount and currency is given back from the payment page memory;
   * when nothing remembers it, the retry gets PAYMENT_PAGE_UNKNOWN, never a guessed page.
   */
  async function createUpstream(
    id: string,
    upstream: Record<string, unknown> & { gateway: string; amount: number; currency: string },
  ): Promise<ApiResult> {
    const order = { gateway: upstream.gateway, amount: upstream.amount, currency: upstream.currency };
    const known = await paymentPages.get(id);
    if (known && samePaymentPage(known, order)) return created(id, known.payment_url);

    const result = await callApi('POST', '/orders', upstream);
    if (result.status === 200) {
      const data = isRecord(result.body['data']) ? result.body['data'] : {};
      if (typeof data['payment_url'] !== 'string' || data['payment_url'] === '') {
        logger.warn('msp-checkout/server: MultiSafepay created the order without a payment_url');
        return { status: 502, body: failureBody(502, 'MultiSafepay answered without a payment page') };
      }
      if (!statuses.has(id)) remember(statuses, id, 'initialized');
      await paymentPages.set(id, { ...order, payment_url: data['payment_url'] });
      return { status: 200, body: { success: true, data } };
    }
    if (result.body['error_code'] !== 1006) return result;
    const existing = await callApi('GET', `/orders/${encodeURIComponent(id)}`);
    const data = existing.status === 200 && isRecord(existing.body['data']) ? existing.body['data'] : undefined;
    const open =
      data !== undefined &&
      data['status'] === 'initialized' &&
      data['amount'] === upstream.amount &&
      data['currency'] === upstream.currency &&
      (!isRecord(data['payment_details']) || data['payment_details']['type'] === upstream.gateway);
    if (!open) return result;
    const remembered = await paymentPages.get(id);
    if (remembered && samePaymentPage(remembered, order)) return created(id, remembered.payment_url);
    logger.warn(`msp-checkout/server: order ${id} is open at MultiSafepay but its payment page is not remembered`);
    return {
      status: PAYMENT_PAGE_UNKNOWN,
      body: failureBody(
        PAYMENT_PAGE_UNKNOWN,
        'The payment of this order was already started; its payment page is not known here',
      ),
    };
  }

  function created(id: string, paymentUrl: string): ApiResult {
    return { status: 200, body: { success: true, data: { order_id: id, payment_url: paymentUrl } } };
  }

  return async function createOrder(request) {
    // Everything a page on another site could send is refused with 403, as the contract says, before any work.
    if (request.method !== 'POST') return failure(403, 'Use POST', { Allow: 'POST' });
    const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') return failure(403, 'The body must be application/json');
    const refused = crossSiteProblem(request, options.allowedOrigins);
    if (refused) return failure(403, refused);

    let body: unknown;
    try {
      body = JSON.parse(await readText(request, maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyError) return failure(error.status, error.message);
      return failure(400, 'The body is not valid JSON');
    }
    if (!isRecord(body)) return failure(400, 'The body must be a JSON object');
    if (body['type'] !== undefined && body['type'] !== 'redirect') return failure(400, 'type must be "redirect"');
    // Only what the server uses from the browser is checked: the gateway and the order id. Amount, currency and
    // description come from resolveOrder, so MultiSafepay's own example request (amount "1000", a string) passes.
    const problems = orderFieldProblems({ gateway: body['gateway'], order_id: body['order_id'] });
    if (problems.length > 0) return failure(400, problems.join('; '));

    let resolved: ResolvedOrder | null | undefined;
    try {
      resolved = await options.resolveOrder({ body, request });
    } catch (error) {
      logger.warn(`msp-checkout/server: resolveOrder failed: ${error instanceof Error ? error.message : error}`);
      return failure(500, 'The order could not be looked up');
    }
    if (!resolved) return failure(404, 'Unknown order');
    const orderId = resolved.order_id ?? body['order_id'];
    const order = {
      order_id: orderId,
      currency: resolved.currency,
      amount: resolved.amount,
      description: resolved.description,
    };
    const serverProblems = orderFieldProblems({ ...order, gateway: body['gateway'] });
    if (orderId === undefined) serverProblems.push('order_id is missing');
    if (!isMinorAmount(order.amount)) serverProblems.push('amount is missing');
    if (!isCurrencyCode(order.currency)) serverProblems.push('currency is missing');
    if (typeof order.description !== 'string' || order.description === '')
      serverProblems.push('description is missing');
    if (serverProblems.length > 0) {
      logger.warn(`msp-checkout/server: resolveOrder returned an invalid order: ${serverProblems.join('; ')}`);
      return failure(500, 'The order could not be looked up');
    }

    const id = orderId as string;
    const extra = Object.fromEntries(
      browserFields
        .filter((field) => isRecord(body[field]) || typeof body[field] === 'string')
        .map((field) => [field, body[field]]),
    );
    const paymentOptions =
      typeof options.paymentOptions === 'function'
        ? options.paymentOptions({ ...resolved, order_id: id })
        : (options.paymentOptions ?? {});
    const upstream = {
      ...extra,
      type: 'redirect',
      gateway: body['gateway'] as string,
      ...order,
      order_id: id,
      payment_options: { notification_method: 'POST', ...paymentOptions },
    };

    // The same order, gateway and amount again (a double click, a retry after a timeout): the same payment page.
    const key = [id, upstream.gateway, upstream.amount, upstream.currency].join('\n');
    const previous = attempts.get(key);
    if (previous) {
      const earlier = await previous;
      if (earlier.status === 200) return json(200, earlier.body);
    }
    const attempt = createUpstream(id, upstream);
    remember(attempts, key, attempt);
    const result = await attempt;
    if (result.status !== 200 && attempts.get(key) === attempt) attempts.delete(key);
    return json(result.status, result.body);
  };
}
