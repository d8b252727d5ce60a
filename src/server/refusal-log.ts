// Every refusal a handler answers itself is logged with its reason, so that a wrong SHOP_ORIGIN or an unknown order
// is found in the server's log rather than guessed at from the browser. Never the API key, never a request body.
import { isRecord } from '../shared/guards.js';
import type { FetchHandler } from './options.js';
import { SHOP_SOURCE } from '../shared/wire.js';

/** Text from a request for one log line: control characters (a forged line break) become spaces. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 300);

/**
 * Wraps `handler` so that each of its own refusals (`error_source: 'shop'`) is logged as
 * `msp-checkout/server: refused POST /checkout/create-order (403): <reason>; Origin <origin>`, with the allowed
 * origins when the origin was the reason.
 */
export function logRefusals(
  handler: FetchHandler,
  logger: Pick<Console, 'warn'>,
  allowedOrigins: readonly string[] | undefined,
): FetchHandler {
  return async (request) => {
    const response = await handler(request);
    if (response.status < 400 || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      return response;
    }
    if (!isRecord(body) || body['error_source'] !== SHOP_SOURCE) return response;
    const origin = request.headers.get('origin');
    const reason = oneLine(String(body['error_info']));
    const allowed = allowedOrigins ? allowedOrigins.join(' ') : `the request's own host, ${new URL(request.url).host}`;
    const where = origin === null ? '' : `; Origin ${oneLine(origin)}`;
    const hint = /origin/i.test(reason) ? ` (allowed: ${allowed}; it must match the browser's address exactly)` : '';
    logger.warn(
      `msp-checkout/server: refused ${request.method} ${oneLine(new URL(request.url).pathname)} (${response.status}): ${reason}${where}${hint}`,
    );
    return response;
  };
}
