import { isRecord } from '../../shared/guards.js';
import { isCurrencyCode, isMinorAmount } from '../../shared/money.js';
import { orderFieldProblems } from '../../shared/order.js';
import type { HandlerContext } from '../context.js';
import { customerLocale } from '../customer-locale.js';
import type { ApiResult } from '../multisafepay-client.js';
import type { FetchHandler, ResolvedOrder } from '../options.js';
import { lookUpStatus } from '../order-status-source.js';
import { BodyError, crossSiteProblem, readText } from '../request-guards.js';
import { failureBody } from '../../shared/wire.js';
import { failure, json } from '../responses.js';
import type { PageClaim, RememberedPage } from '../store/checkout-records.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `"1000"` as 1000 (MultiSafepay's example requests write the amount so); anything else as it is. */
const digitsAsNumber = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/**
 * The error_code (and HTTP status) of a retry that MultiSafepay refuses with 1006 for an order that is still open
 * there, when no one remembers its payment page: MultiSafepay documents no way to ask for it again (GET /orders/{id}
 * has no payment_url: MultiSafepay/docs openapi/components/schemas/OrderDetails.yaml, examples/responses/getOrder.json).
 * The element shows the shopper a message of its own for it (`errorMspPaymentStarted`).
 */
export const PAYMENT_PAGE_UNKNOWN = 409;

/** What the element sends of its own (src/order.ts): the body's other fields are the page's `orderFields`. */
const ELEMENT_FIELDS = new Set(['type', 'gateway', 'order_id', 'currency', 'amount', 'description', 'customer']);

/** POST: creates the MultiSafepay order for what `resolveOrder` says the shopper pays, and answers its payment page. */
export function createOrderHandler(context: HandlerContext): FetchHandler {
  const { options, callApi, logger, maxBodyBytes, browserFields, records } = context;
  /** Identical requests in flight in this process (a double click) share one attempt; settled ones are dropped. */
  const inFlight = new Map<string, Promise<ApiResult>>();
  const apiTimeout = options.timeout ?? 15_000;

  const matches = (page: RememberedPage, upstream: Record<string, unknown>) =>
    page.gateway === upstream['gateway'] &&
    page.amount === upstream['amount'] &&
    page.currency === upstream['currency'];

  /**
   * The remembered page, only while the order is still open (initialized): a paid, cancelled or expired order's page
   * says so and takes no payment, so the shopper gets a clear 1006 instead (the element's "already paid" message).
   */
  async function reuse(id: string, page: RememberedPage, upstream: Record<string, unknown>): Promise<ApiResult> {
    const lookup = await lookUpStatus(context, id);
    if (lookup.found && lookup.status === 'initialized')
      return { status: 200, body: { success: true, data: page.data } };
    if (lookup.found) {
      const info = `Order ${id} is already ${lookup.status}: it cannot be paid again`;
      return { status: 409, body: failureBody(1006, info) };
    }
    if (!lookup.unknown) return lookup.failure;
    // Remembered, but MultiSafepay does not know it (the store outlived a switch of account or environment).
    return post(id, upstream, false);
  }

  /**
   * Creates the order once across every instance: the first request claims the order id in the store and POSTs it,
   * a concurrent one waits for its page, a later one gets the remembered page (while the order is open).
   */
  async function createUpstream(id: string, upstream: Record<string, unknown>): Promise<ApiResult> {
    const deadline = Date.now() + apiTimeout + 1000;
    for (;;) {
      let claim: PageClaim;
      try {
        claim = await records.claimPage(id, Math.ceil(apiTimeout / 1000) + 5);
      } catch (error) {
        logger.warn(`msp-checkout/server: order ${id}: ${message(error)}; creating it without the retry memory`);
        return post(id, upstream, false);
      }
      if (claim.kind === 'claimed') return post(id, upstream, true);
      if (claim.kind === 'page') {
        if (matches(claim.page, upstream)) return reuse(id, claim.page, upstream);
        return post(id, upstream, false); // another gateway or amount: MultiSafepay decides
      }
      if (claim.kind === 'unreadable') return post(id, upstream, false);
      if (Date.now() >= deadline) {
        const info = `Order ${id} is being created by another request: try again`;
        return { status: 503, body: failureBody(503, info, { shop: true }) };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** POST /orders; remembers the page, or ends the claim when nothing was created. */
  async function post(id: string, upstream: Record<string, unknown>, claimed: boolean): Promise<ApiResult> {
    const result = await callApi('POST', '/orders', upstream);
    if (result.status === 200) {
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
    if (claimed) {
      await records.releasePage(id).catch((error: unknown) => {
        logger.warn(`msp-checkout/server: order ${id}: ${message(error)}; its claim ends by itself`);
      });
    }
    if (result.body['error_code'] === 1006) return refusedAsExisting(id, upstream, result);
    return result;
  }

  /**
   * MultiSafepay refused the order id with 1006 and no instance remembers its page (the store has none: a late
   * success after a timeout, or the store was down when it was created). An order still open there with the same
   * amount, currency and gateway gets PAYMENT_PAGE_UNKNOWN: its page cannot be asked for again, and a guessed one
   * would be wrong. Anything else (paid, another amount) keeps MultiSafepay's 1006.
   */
  async function refusedAsExisting(
    id: string,
    upstream: Record<string, unknown>,
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
    // The browser's fields are checked with the element's own rules (src/order.ts), although amount, currency and
    // description then come from resolveOrder: a body the element could never have sent is refused before any work.
    // The amount may be written as digits, as MultiSafepay's own example requests do ("amount": "1000" in its
    // "Create Dotpay order" / "Create Alipay order" pages, the project's reference create-order-dotpay.md).
    const problems = orderFieldProblems({
      gateway: body['gateway'],
      order_id: body['order_id'],
      amount: digitsAsNumber(body['amount']),
      currency: body['currency'],
      description: body['description'],
    });
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
    // What the page added with orderFields (docs/frameworks.md: var1) and browserFields does not pass on is dropped,
    // so that a browser cannot set MultiSafepay fields the shop did not allow; said in the log, so it is not lost
    // silently. Names are JSON-quoted: a key from the browser cannot forge a log line.
    const dropped = Object.keys(body).filter((field) => !ELEMENT_FIELDS.has(field) && !browserFields.includes(field));
    if (dropped.length > 0) {
      const names = dropped.slice(0, 5).map((field) => JSON.stringify(field.slice(0, 40)));
      logger.warn(
        `msp-checkout/server: order ${id}: the browser's ${names.join(', ')}${dropped.length > 5 ? ', …' : ''} not passed on to MultiSafepay (browserFields: ${browserFields.join(', ')})`,
      );
    }
    // The browser's locale reaches MultiSafepay only in its documented ab_CD form (./customer-locale.ts).
    const customer = extra['customer'];
    // MultiSafepay's `customer` is an object (Customer.yaml): a string would be refused there, after the shopper waited.
    if (browserFields.includes('customer') && body['customer'] !== undefined && !isRecord(body['customer'])) {
      return failure(400, 'customer must be an object such as {"locale":"en_US"}');
    }
    if (isRecord(customer) && customer['locale'] !== undefined) {
      const checked = customerLocale(customer['locale']);
      if (checked.problem !== undefined) return failure(400, checked.problem);
      extra['customer'] = { ...customer, locale: checked.locale };
    }
    const paymentOptions =
      typeof options.paymentOptions === 'function'
        ? options.paymentOptions({ ...resolved, order_id: id })
        : (options.paymentOptions ?? {});
    const upstream: Record<string, unknown> = {
      ...extra,
      type: 'redirect',
      gateway: body['gateway'],
      ...order,
      order_id: id,
      payment_options: { notification_method: 'POST', ...paymentOptions },
    };

    // The same order, gateway and amount again (a double click, a retry after a timeout, on any instance): the same
    // payment page, from the store; identical requests in flight here share one attempt.
    const key = [id, upstream['gateway'], upstream['amount'], upstream['currency']].join('\n');
    let attempt = inFlight.get(key);
    if (!attempt) {
      attempt = createUpstream(id, upstream);
      inFlight.set(key, attempt);
      const settled = () => inFlight.delete(key);
      attempt.then(settled, settled);
    }
    const result = await attempt;
    return json(result.status, result.body);
  };
}
