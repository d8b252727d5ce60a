import { isOrderId } from '../../shared/order.js';
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { lookUpStatus } from '../order-status-source.js';
import { failure, json } from '../responses.js';
import { isStatusToken, STATUS_TOKEN_PARAMETER } from '../shopper-proof.js';

/**
 * GET ?transactionid=&msp_token=: the order's status for the return page (`<msp-payment-status>`), to the order's
 * shopper only: the request proves it with the status token of the order's return URL, or the merchant's
 * `authorizeStatus` allows it. The status is the merchant's `getStatus` when it knows it, else the last verified
 * notification (from any instance, through the store), else MultiSafepay's own answer; the answer reveals the status
 * only, `{"success":true,"data":{"order_id","status"}}`.
 *
 * Without proof the answer is the unknown order's 404, byte for byte, after the same work: no store read and no call
 * to MultiSafepay happen before the proof, so neither the answer nor its time tells a known order from a made-up id,
 * and a stranger's probes cost MultiSafepay nothing.
 */
export function orderStatusHandler(context: HandlerContext): FetchHandler {
  const { options, statusSecret } = context;
  return async function orderStatus(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const query = new URL(request.url).searchParams;
    const orderId = query.get('transactionid');
    if (!isOrderId(orderId)) {
      return failure(400, 'transactionid is missing or invalid');
    }
    const proven =
      isStatusToken(statusSecret, orderId, query.get(STATUS_TOKEN_PARAMETER)) ||
      (options.authorizeStatus !== undefined && (await options.authorizeStatus(request, orderId)) === true);
    if (!proven) return unknownOrder();
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
    if (lookup.unknown) return unknownOrder();
    return json(lookup.failure.status, lookup.failure.body);
  };
}

/** The one answer for an order that does not exist and for a request without the order's proof. */
const unknownOrder = () => failure(404, 'Unknown order');
