import { failureBody } from '../shared/wire.js';

/** A JSON answer that no cache keeps. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * A refusal of the shop's backend itself (cross-site checks, an unknown order, an invalid body), not MultiSafepay's:
 * MultiSafepay's failure shape marked as the shop's (`error_source`), which the element reports as `backend-error`
 * instead of blaming MultiSafepay. `createCheckoutHandlers` logs each one with its reason.
 */
export function failure(status: number, info: string, headers?: Record<string, string>): Response {
  return json(status, failureBody(status, info, { shop: true }), headers);
}
