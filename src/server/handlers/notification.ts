import { isRecord } from '../../shared/guards.js';
import { isOrderId } from '../../shared/order.js';
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { BodyError, readText } from '../request-guards.js';
import { failure, json } from '../responses.js';
import { notificationAuthProblem } from '../signature.js';
import type { NotificationClaim } from '../store/checkout-records.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The `order_id` of a signed notification body (MultiSafepay's order object: a string, a number for numeric ids). */
function signedOrderId(rawBody: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const id = parsed['order_id'];
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : undefined;
}
const notRecorded = () => failure(503, 'Notification not recorded: the store is unavailable', { 'Retry-After': '60' });

/**
 * MultiSafepay's notification (webhook): a POST is verified by its signature and names its order in the signed body;
 * a GET (unsigned) is taken to MultiSafepay only for an order this shop created. Either way the status is fetched
 * from MultiSafepay, never taken from the request, and given to `onStatus` once per order and status across every
 * instance sharing the store, however many copies, replays and unsigned GETs follow.
 */
export function notificationHandler(context: HandlerContext): FetchHandler {
  const { options, apiKey, callApi, logger, notificationWindowSeconds, records } = context;

  return async function notification(request) {
    // Each refusal is logged with its reason: MultiSafepay retries a refused notification, a shop's log says why. The
    // signature refusal below logs its own, more specific line.
    const refused = (status: number, reason: string, headers?: Record<string, string>) => {
      logger.warn(`msp-checkout/server: notification refused (${status}): ${reason}`);
      return failure(status, reason, headers);
    };
    if (request.method !== 'POST' && request.method !== 'GET') {
      return refused(405, 'Use POST', { Allow: 'POST, GET' });
    }
    const url = new URL(request.url);
    let rawBody = '';
    try {
      rawBody = request.method === 'POST' ? await readText(request, 1024 * 1024) : '';
    } catch (error) {
      return error instanceof BodyError ? refused(error.status, error.message) : refused(400, 'Unreadable body');
    }
    if (request.method === 'POST') {
      const problem = notificationAuthProblem(request.headers.get('auth'), rawBody, {
        apiKey,
        windowSeconds: notificationWindowSeconds,
      });
      if (problem) {
        logger.warn(`msp-checkout/server: notification refused: ${problem}`);
        return failure(403, 'Notification refused');
      }
    }
    const queried = url.searchParams.get('transactionid');
    let orderId: string | null | undefined = queried;
    if (request.method === 'POST') {
      // The signature covers the body, not the URL: the order is the one the signed body names, and a query that
      // names another is someone moving a genuine notification onto an order of their choosing.
      const signed = signedOrderId(rawBody);
      if (signed === undefined) return refused(400, 'the signed body names no order_id');
      if (queried !== null && queried !== signed) {
        return refused(
          400,
          `transactionid ${JSON.stringify(queried.slice(0, 60))} is not the signed order_id ${JSON.stringify(signed.slice(0, 60))}`,
        );
      }
      orderId = signed;
    }
    if (!isOrderId(orderId)) {
      return refused(400, 'transactionid is missing or invalid');
    }
    if (request.method === 'GET') {
      // With notification_method GET nothing is signed, and nothing is trusted either: the status is fetched from
      // MultiSafepay. But only for an order this shop created: a stranger's made-up ids cost no call.
      let created: boolean;
      try {
        created = await records.wasCreated(orderId);
      } catch (error) {
        logger.warn(
          `msp-checkout/server: GET notification for order ${orderId} not checked (${message(error)}): answered 503`,
        );
        return notRecorded();
      }
      if (!created) return refused(404, `Unknown order: ${JSON.stringify(orderId)} was not created by this shop`);
    }
    const result = await callApi('GET', `/orders/${encodeURIComponent(orderId)}`);
    const order = result.body['data'];
    if (result.status !== 200 || !isRecord(order)) {
      // Not acknowledged, so MultiSafepay sends it again; the log says why (an unknown order: another shop's id, or
      // a notification_url shared by two shops or environments).
      const answered = result.status === 200 ? 'an answer without an order' : `HTTP ${result.status}`;
      logger.warn(
        `msp-checkout/server: notification for order ${JSON.stringify(orderId)} not acknowledged: GET /orders gave ${answered}`,
      );
      return json(result.status === 200 ? 502 : result.status, result.body);
    }
    const status = order['status'];
    if (typeof status !== 'string' || status === '') {
      // Not acknowledged: MultiSafepay sends the notification again, and the status is not lost as "unknown".
      logger.warn(`msp-checkout/server: MultiSafepay answered order ${orderId} without a status`);
      return failure(502, 'MultiSafepay answered without a status');
    }
    // Recorded before anything else: a notification the store cannot keep is not acknowledged, so MultiSafepay
    // sends it again (3 times, 15 minutes apart) instead of it being lost.
    try {
      await records.recordVerifiedStatus(orderId, status, context.statusCacheMs / 1000);
    } catch (error) {
      logger.warn(
        `msp-checkout/server: notification for order ${orderId} not recorded (${message(error)}): answered 503`,
      );
      return notRecorded();
    }
    if (options.onStatus) {
      let claim: NotificationClaim;
      try {
        claim = await records.claimNotification(orderId, status);
      } catch (error) {
        logger.warn(
          `msp-checkout/server: notification for order ${orderId} not recorded (${message(error)}): answered 503`,
        );
        return notRecorded();
      }
      // Another copy (another instance, a resend) is running onStatus right now: this one is not acknowledged, so
      // that it comes back if that run fails.
      if (claim === 'processing') return failure(503, 'This notification is being processed', { 'Retry-After': '60' });
      if (claim === 'claimed') {
        try {
          await options.onStatus({ orderId, status, order });
        } catch (error) {
          logger.warn(`msp-checkout/server: onStatus failed: ${message(error)}`);
          // MultiSafepay resends it; the resend must be able to claim it again.
          await records.releaseNotification(orderId, status).catch((failed: unknown) => {
            logger.warn(
              `msp-checkout/server: order ${orderId}: ${message(failed)}; it can be claimed again in 5 minutes`,
            );
          });
          return failure(500, 'Notification not processed');
        }
        // onStatus ran: acknowledge it whatever happens next, or MultiSafepay's resend would run it a second time.
        await records.finishNotification(orderId, status).catch((failed: unknown) => {
          logger.warn(
            `msp-checkout/server: order ${orderId} reported as ${status}, but not marked done: ${message(failed)}`,
          );
        });
      }
    }
    return new Response('OK', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };
}
