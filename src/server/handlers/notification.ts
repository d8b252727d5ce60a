import { isRecord } from '../../guards.js';
import { orderFieldProblems } from '../../order.js';
import { MEMORY_LIMIT, remember } from '../bounded-memory.js';
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { BodyError, readText } from '../request-guards.js';
import { failure, json } from '../responses.js';
import { notificationAuthProblem } from '../signature.js';

/**
 * MultiSafepay's notification (webhook): a POST is verified by its signature; either way the status is fetched from
 * MultiSafepay, never taken from the request, and given to `onStatus` once per order and status.
 */
export function notificationHandler(context: HandlerContext): FetchHandler {
  const { options, apiKey, callApi, logger, notificationWindowSeconds, statuses } = context;
  /** "order id\nstatus" pairs already given to onStatus */
  const reported = new Set<string>();

  return async function notification(request) {
    if (request.method !== 'POST' && request.method !== 'GET') return failure(405, 'Use POST', { Allow: 'POST, GET' });
    const url = new URL(request.url);
    let rawBody = '';
    try {
      rawBody = request.method === 'POST' ? await readText(request, 1024 * 1024) : '';
    } catch (error) {
      return error instanceof BodyError ? failure(error.status, error.message) : failure(400, 'Unreadable body');
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
    // With notification_method GET nothing is signed, but nothing is trusted either: the status is fetched.
    let orderId = url.searchParams.get('transactionid');
    if (!orderId && rawBody) {
      try {
        const parsed: unknown = JSON.parse(rawBody);
        if (isRecord(parsed) && typeof parsed['order_id'] === 'string') orderId = parsed['order_id'];
      } catch {
        // the query parameter is the documented place
      }
    }
    if (!orderId || orderFieldProblems({ order_id: orderId }, { partial: true }).length > 0) {
      return failure(400, 'transactionid is missing or invalid');
    }
    const result = await callApi('GET', `/orders/${encodeURIComponent(orderId)}`);
    const order = result.body['data'];
    if (result.status !== 200 || !isRecord(order))
      return json(result.status === 200 ? 502 : result.status, result.body);
    const status = order['status'];
    if (typeof status !== 'string' || status === '') {
      // Not acknowledged: MultiSafepay sends the notification again, and the status is not lost as "unknown".
      logger.warn(`msp-checkout/server: MultiSafepay answered order ${orderId} without a status`);
      return failure(502, 'MultiSafepay answered without a status');
    }
    remember(statuses, orderId, status);
    const key = `${orderId}\n${status}`;
    if (!reported.has(key) && options.onStatus) {
      reported.add(key);
      if (reported.size > MEMORY_LIMIT) reported.delete(reported.values().next().value as string);
      try {
        await options.onStatus({ orderId, status, order });
      } catch (error) {
        reported.delete(key); // MultiSafepay retries; so will we
        logger.warn(`msp-checkout/server: onStatus failed: ${error instanceof Error ? error.message : error}`);
        return failure(500, 'Notification not processed');
      }
    }
    return new Response('OK', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };
}
