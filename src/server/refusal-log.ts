// Every refusal a handler answers itself is logged with its reason, so that a wrong SHOP_ORIGIN or an unknown order
// is found in the server's log rather than guessed at from the browser. Never the API key, never a request body.
import { isRecord } from '../shared/guards.js';
import type { FetchHandler } from './options.js';
import { SHOP_SOURCE } from '../shared/wire.js';
import { oneLine } from './log-lines.js';
import { failure } from './responses.js';

/** Text from a request for one log line, at most 300 characters: a forged line break becomes a space. */
const shortLine = (text: string) => oneLine(text).slice(0, 300);

/**
 * Wraps `handler` so that each of its own refusals (`error_source: 'shop'`) is logged as
 * `msp-checkout/server: refused POST /checkout/create-order (403): <reason>; Origin <origin>`, with the allowed
 * origins when the origin was the reason. A handler that throws is answered 500 (the shop's), logged with why: a
 * framework would otherwise answer a page of its own, or node:http nothing at all, and the log would stay silent.
 */
export function logRefusals(
  handler: FetchHandler,
  logger: Pick<Console, 'warn'>,
  allowedOrigins: readonly string[] | undefined,
): FetchHandler {
  return async (request) => {
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      logger.warn(
        `msp-checkout/server: ${request.method} ${shortLine(new URL(request.url).pathname)} failed (500): ${shortLine(why)}`,
      );
      return failure(500, 'Internal error');
    }
    if (response.status < 400 || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      return response;
    }
    if (!isRecord(body) || body['error_source'] !== SHOP_SOURCE) return response;
    const origin = request.headers.get('origin');
    const reason = shortLine(String(body['error_info']));
    const allowed = allowedOrigins ? allowedOrigins.join(' ') : `the request's own host, ${new URL(request.url).host}`;
    const where = origin === null ? '' : `; Origin ${shortLine(origin)}`;
    const hint = /origin/i.test(reason) ? ` (allowed: ${allowed}; it must match the browser's address exactly)` : '';
    logger.warn(
      `msp-checkout/server: refused ${request.method} ${shortLine(new URL(request.url).pathname)} (${response.status}): ${reason}${where}${hint}`,
    );
    return response;
  };
}
