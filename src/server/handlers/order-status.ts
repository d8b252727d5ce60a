import { isOrderId } from '../../shared/order.js';
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { lookUpStatus } from '../order-status-source.js';
import { failure, json } from '../responses.js';

/**
 * GET ?transactionid=: the order's status for the return page (`<msp-payment-status>`): the merchant's `getStatus`
 * when it knows it, else the last verified notification (from any instance, through the store), else MultiSafepay's
 * own answer. The answer reveals the status only, `{"success":true,"data":{"order_id","status"}}`; with
 * `authorizeStatus`, only to the session it allows, and a refused request is answered exactly like an unknown order.
 */
export function orderStatusHandler(context: HandlerContext): FetchHandler {
  const { options } = context;
  return async function orderStatus(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const orderId = new URL(request.url).searchParams.get('transactionid');
    if (!isOrderId(orderId)) {
      return failure(400, 'transactionid is missing or invalid');
    }
    if (options.authorizeStatus && (await options.authorizeStatus(request, orderId)) !== true) {
      return failure(404, 'Unknown order');
    }
    const known = options.getStatus ? await options.getStatus(orderId) : undefined;
    if (known !== undefined && known !== null) {
      // Only a status string leaves the server: a getStatus that returns the whole order record must not leak it.
      if (typeof known !== 'string') {
        context.logger.warn('msp-checkout/server: getStatus must return a status string; answered 500');
        return failure(500, 'Status not available');
      }
      return json(200, { success: true, data: { order_id: orderId, status: known } });
    }
    const lookup = await lookUpStatus(context, orderId);
    if (lookup.found) return json(200, { success: true, data: { order_id: orderId, status: lookup.status } });
    if (lookup.unknown) return failure(404, 'Unknown order');
    return json(lookup.failure.status, lookup.failure.body);
  };
}
