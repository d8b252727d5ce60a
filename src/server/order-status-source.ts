// Where an order's status comes from when the merchant's getStatus does not know it: a verified notification kept in
// the store, else MultiSafepay itself (GET /orders/{id}), whose answer is cached in the store for statusCacheMs.
// MultiSafepay is the source of truth; nothing here guesses.
import { isRecord } from '../shared/guards.js';
import type { HandlerContext } from './context.js';
import type { ApiResult } from './multisafepay-client.js';
import { failureBody } from '../shared/wire.js';

export type StatusLookup =
  | { found: true; status: string }
  /** MultiSafepay does not know the order. */
  | { found: false; unknown: true }
  /** MultiSafepay could not be asked (502, 504) or refused: its answer. */
  | { found: false; unknown: false; failure: ApiResult };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function lookUpStatus(context: HandlerContext, orderId: string): Promise<StatusLookup> {
  const { records, callApi, logger, statusCacheMs } = context;
  try {
    const known = await records.knownStatus(orderId);
    if (known) return { found: true, status: known.status };
  } catch (error) {
    logger.warn(`msp-checkout/server: order ${orderId}: ${message(error)}; asking MultiSafepay for its status`);
  }
  const result = await callApi('GET', `/orders/${encodeURIComponent(orderId)}`);
  // MultiSafepay answers an order id it does not know with 1006 "Invalid transaction ID" (HTTP 404).
  if (result.status === 404 || result.body['error_code'] === 1006) return { found: false, unknown: true };
  if (result.status !== 200) return { found: false, unknown: false, failure: result };
  const data = result.body['data'];
  if (!isRecord(data) || typeof data['status'] !== 'string' || data['status'] === '') {
    const body = failureBody(502, 'MultiSafepay answered in an unexpected shape');
    return { found: false, unknown: false, failure: { status: 502, body } };
  }
  const status = data['status'];
  if (statusCacheMs > 0) {
    try {
      await records.cacheStatus(orderId, status, statusCacheMs / 1000);
    } catch (error) {
      logger.warn(`msp-checkout/server: order ${orderId}: ${message(error)}; status not cached`);
    }
  }
  return { found: true, status };
}
