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

/** The element's failure shape, for failures that are ours rather than MultiSafepay's. */
export function failure(status: number, info: string, headers?: Record<string, string>): Response {
  return json(status, failureBody(status, info), headers);
}
