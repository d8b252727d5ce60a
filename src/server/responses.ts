/** A JSON answer that no cache keeps. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** MultiSafepay's failure shape, which the element reads: `{ success: false, data: {}, error_code, error_info }`. */
export type FailureBody = {
  success: false;
  data: Record<string, never>;
  error_code: number;
  error_info: string;
};

export function failureBody(code: number, info: string): FailureBody {
  return { success: false, data: {}, error_code: code, error_info: info };
}

/**
 * A refusal of the shop's backend itself (cross-site checks, an unknown order, an invalid body), not MultiSafepay's:
 * MultiSafepay's failure shape with `error_source: 'shop'`, which the element reports as `backend-error` instead of
 * blaming MultiSafepay. `createCheckoutHandlers` logs each one with its reason.
 */
export function failure(status: number, info: string, headers?: Record<string, string>): Response {
  return json(status, { ...failureBody(status, info), error_source: SHOP_SOURCE }, headers);
}

/** The `error_source` of the backend's own refusals (the element's src/response.ts reads the same value). */
export const SHOP_SOURCE = 'shop';
