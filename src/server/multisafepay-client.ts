// The one place that talks to MultiSafepay's API: every outcome becomes `{ status, body }` in MultiSafepay's shape,
// with 502 and 504 for failures of the connection itself.
import { isRecord } from '../shared/guards.js';
import { failureBody } from '../shared/wire.js';

const ENVIRONMENTS = {
  test: 'https://testapi.multisafepay.com/v1/json',
  live: 'https://api.multisafepay.com/v1/json',
} as const;

/** An answer of MultiSafepay's: `body` is its JSON object, or our failure body when the call itself failed. */
export interface ApiResult {
  status: number;
  body: Record<string, unknown>;
}

export interface ClientOptions {
  apiKey: string;
  environment: string;
  timeout: number;
  fetch: typeof fetch;
  logger: Pick<Console, 'warn'>;
}

export type CallApi = (method: string, path: string, body?: unknown) => Promise<ApiResult>;

/** The API base URL for `test`, `live` or a URL (the fake's); throws a TypeError for anything else. */
export function apiBaseUrl(environment: string): string {
  const known = environment === 'test' || environment === 'live' ? ENVIRONMENTS[environment] : environment;
  const baseUrl = String(known).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl))
    throw new TypeError('msp-checkout/server: environment must be test, live or a URL');
  return baseUrl;
}

export function createMultiSafepayClient({
  apiKey,
  environment,
  timeout,
  fetch: fetchImpl,
  logger,
}: ClientOptions): CallApi {
  const baseUrl = apiBaseUrl(environment);
  const errorName = (error: unknown) => (error instanceof Error ? error.name : undefined);

  return async function callApi(method, path, body) {
    // One timer for the whole call, answer and body, cleared when it is over. (AbortSignal.timeout() would do the
    // same, but Node 20 makes each one transferable and tracks it until it is collected: a tenth of the time of a
    // call answered at once, and a timer kept for `timeout` ms after every call.)
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${timeout} ms`, 'TimeoutError')),
      timeout,
    );
    try {
      return await call(method, path, body, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  };

  async function call(method: string, path: string, body: unknown, signal: AbortSignal): Promise<ApiResult> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers: {
          api_key: apiKey,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        redirect: 'error',
      });
    } catch (error) {
      const name = errorName(error);
      if (name === 'TimeoutError' || name === 'AbortError') {
        logger.warn(`msp-checkout/server: ${method} ${path} timed out after ${timeout} ms`);
        return { status: 504, body: failureBody(504, 'MultiSafepay did not answer in time') };
      }
      logger.warn(`msp-checkout/server: ${method} ${path} failed: ${error instanceof Error ? error.message : error}`);
      return { status: 502, body: failureBody(502, 'MultiSafepay could not be reached') };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await response.text());
    } catch (error) {
      const name = errorName(error);
      if (name === 'TimeoutError' || name === 'AbortError') {
        return { status: 504, body: failureBody(504, 'MultiSafepay did not answer in time') };
      }
      return { status: 502, body: failureBody(502, 'MultiSafepay answered with something other than JSON') };
    }
    if (!isRecord(parsed) || typeof parsed['success'] !== 'boolean') {
      return { status: 502, body: failureBody(502, 'MultiSafepay answered in an unexpected shape') };
    }
    if (parsed['success'] === false) {
      // Decided by the flag whatever the HTTP status, as MultiSafepay's PHP SDK does (src/Api/Base/Response.php):
      // a failure answered with 200 (or any status below 400) becomes 502, never a success.
      const code = Number.isInteger(parsed['error_code']) ? (parsed['error_code'] as number) : 1000;
      const info = typeof parsed['error_info'] === 'string' ? parsed['error_info'] : 'Unknown error';
      return { status: response.status >= 400 ? response.status : 502, body: failureBody(code, info) };
    }

    return { status: 200, body: parsed };
  }
}
