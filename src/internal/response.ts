import { isRecord } from '../shared/guards.js';
import { CheckoutError, type CheckoutErrorCode } from './errors.js';
import { SHOP_SOURCE } from '../shared/wire.js';
import type { RawResponse } from './network.js';

/** What the element needs from a successful answer. `paymentUrl` is unchecked: see `checkPaymentUrl`. */
export interface CreatedOrder {
  orderId: string | undefined;
  paymentUrl: unknown;
}

/**
 * Interprets the merchant endpoint's answer, which passes MultiSafepay's through:
 * `{"success":true,"data":{"order_id","payment_url"}}` or `{"success":false,"error_code","error_info"}`
 * (with any HTTP status). Everything else becomes a `CheckoutError` with a code that says what went wrong.
 */
export function parseOrderResponse(raw: RawResponse): CreatedOrder {
  const json = checkJsonBody(raw);
  // `success:false` was refused already, so anything but `true` is not a MultiSafepay answer.
  const data = isRecord(json) && json['success'] === true ? json['data'] : undefined;
  if (!isRecord(data)) {
    throw answered('invalid-response', raw.status, 'without {"success":true,"data":{...}}');
  }
  const orderId = data['order_id'];
  return {
    orderId: typeof orderId === 'string' || typeof orderId === 'number' ? String(orderId) : undefined,
    paymentUrl: data['payment_url'],
  };
}

/** A refusal of the endpoint's answer, with its HTTP status in the message and in `status`. */
export function answered(code: CheckoutErrorCode, status: number, what: string, cause?: unknown): CheckoutError {
  return new CheckoutError(code, `The endpoint answered HTTP ${status} ${what}`, { status, cause });
}

/**
 * The checks every answer of the merchant's backend goes through: not HTML, not empty, valid JSON, not
 * MultiSafepay's `success:false`, a 2xx status. Returns the parsed JSON for the caller to read.
 */
export function checkJsonBody({ status, contentType, body }: RawResponse): unknown {
  const ok = status >= 200 && status < 300;
  // A body that cannot be read is the answer's fault under 2xx, else the error status says more.
  const unreadable = ok ? 'invalid-json' : 'http-error';
  const text = body.trim();
  if (looksLikeHtml(contentType, text)) throw answered('html-response', status, 'with an HTML page instead of JSON');
  if (text === '') throw answered(ok ? 'invalid-response' : 'http-error', status, 'with an empty body');
  // Nesting far beyond any MultiSafepay answer (5 MB of "[" costs JSON.parse seconds and hundreds of MB before it
  // fails): refused by a linear scan instead, in milliseconds.
  if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
    throw answered(unreadable, status, `with JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw answered(unreadable, status, 'with a body that is not valid JSON', cause);
  }
  if (isRecord(json) && json['success'] === false) throw mspError(json, status);
  if (!ok) throw answered('http-error', status, 'without a MultiSafepay error');
  return json;
}

/** MultiSafepay's answers nest a few levels (a gateway list: data, gateway, its allowed countries); 64 is plenty. */
const MAX_JSON_DEPTH = 64;

/** Whether JSON text opens more than `limit` arrays or objects at once; brackets inside strings do not count. */
function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === ']' || char === '}') depth -= 1;
  }
  return false;
}

function mspError(json: Record<string, unknown>, status: number): CheckoutError {
  const code = json['error_code'];
  const info = json['error_info'];
  // CheckoutError leaves out the details that are undefined. Number.isInteger is false for anything but a number.
  const errorCode = Number.isInteger(code) ? (code as number) : undefined;
  const errorInfo = typeof info === 'string' ? info : undefined;
  const detail = errorInfo === undefined ? '' : `: ${errorInfo}`;
  // The reference backend marks its own refusals (msp-checkout/server: CSRF checks, unknown order, validation), so
  // that a wrong SHOP_ORIGIN is not blamed on MultiSafepay.
  if (json['error_source'] === SHOP_SOURCE) {
    return new CheckoutError('backend-error', `The shop's backend refused the request (HTTP ${status})${detail}`, {
      status,
      errorInfo,
    });
  }
  return new CheckoutError(
    'msp-error',
    `MultiSafepay refused the request${errorCode === undefined ? '' : ` (error ${errorCode})`}${detail}`,
    { status, errorCode, errorInfo },
  );
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return /\bhtml\b/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)\b/i.test(text);
}
