import { orderFieldProblems } from '../../order.js';
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { lookUpStatus } from '../order-status-source.js';
import { failure, json } from '../responses.js';

/**
 * GET ?transactionid=: the order's status for the return page: the merchant's `getStatus` when it knows it, else the
 * last verified notification (from any instance, through the store), else MultiSafepay's own answer.
 */
export function orderStatusHandler(context: HandlerContext): FetchHandler {
  const { options } = context;
  return async function orderStatus(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const orderId = new URL(request.url).searchParams.get('transactionid');
    if (!orderId || orderFieldProblems({ order_id: orderId }, { partial: true }).length > 0) {
      return failure(400, 'transactionid is missing or invalid');
    }
    const known = options.getStatus ? await options.getStatus(orderId) : undefined;
    if (known !== undefined && known !== null) {
      return json(200, { success: true, data: { order_id: orderId, status: known } });
    }
    const lookup = await lookUpStatus(context, orderId);
    if (lookup.found) return json(200, { success: true, data: { order_id: orderId, status: lookup.status } });
    if (lookup.unknown) return failure(404, 'Unknown order');
    return json(lookup.failure.status, lookup.failure.body);
  };
}
