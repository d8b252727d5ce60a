import { orderFieldProblems } from '../../order.js';
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { failure, json } from '../responses.js';

/** GET ?transactionid=: the order's status as the merchant knows it, for the return page. */
export function orderStatusHandler(context: HandlerContext): FetchHandler {
  const { options, statuses } = context;
  return async function orderStatus(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const orderId = new URL(request.url).searchParams.get('transactionid');
    if (!orderId || orderFieldProblems({ order_id: orderId }, { partial: true }).length > 0) {
      return failure(400, 'transactionid is missing or invalid');
    }
    const known = options.getStatus ? await options.getStatus(orderId) : statuses.get(orderId);
    if (known === undefined || known === null) return failure(404, 'Unknown order');
    return json(200, { success: true, data: { order_id: orderId, status: known } });
  };
}
