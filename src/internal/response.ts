import { isRecord } from '../shared/guards.js';
import { CheckoutError } from './errors.js';
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
  const { status } = raw;
  if (!isRecord(json) || typeof json['success'] !== 'boolean') {
    throw new CheckoutError(
      'invalid-response',
      `The endpoint answered HTTP ${status} with JSON that is not a MultiSafepay response (no boolean "success")`,
      { status },
    );
  }
  const data = json['data'];
  if (!isRecord(data)) {
    throw new CheckoutError('invalid-response', 'The endpoint answered success without a "data" object', { status });
  }
  const orderId = data['order_id'];
  return {
    orderId: typeof orderId === 'string' || typeof orderId === 'number' ? String(orderId) : undefined,
    paymentUrl: data['payment_url'],
  };
}

/**
 * The checks every answer of the merchant's backend goes through: not HTML, not empty, valid JSON, not
 * MultiSafepay's `success:false`, a 2xx status. Returns the parsed JSON for the caller to read.
 */
export function checkJsonBody({ status, contentType, body }: RawResponse): unknown {
  const ok = status >= 200 && status < 300;
  const text = body.trim();
  if (looksLikeHtml(contentType, text)) {
    throw new CheckoutError('html-response', `The endpoint answered HTTP ${status} with an HTML page instead of JSON`, {
      status,
    });
  }
  if (text === '') {
    throw ok
      ? new CheckoutError('invalid-response', `The endpoint answered HTTP ${status} with an empty body`, { status })
      : new CheckoutError('http-error', `The endpoint answered HTTP ${status} without a body`, { status });
  }
  // Nesting far beyond any MultiSafepay answer (5 MB of "[" costs JSON.parse seconds and hundreds of MB before it
  // fails): refused by a linear scan instead, in milliseconds.
  if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new CheckoutError(
      ok ? 'invalid-json' : 'http-error',
      `The endpoint answered HTTP ${status} with JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
      { status },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new CheckoutError(
      ok ? 'invalid-json' : 'http-error',
      `The endpoint answered HTTP ${status} with a body that is not valid JSON`,
      { status, cause },
    );
  }
  if (isRecord(json) && json['success'] === false) throw mspError(json, status);
  if (!ok) {
    throw new CheckoutError('http-error', `The endpoint answered HTTP ${status} without a MultiSafepay error`, {
      status,
    });
  }
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
  // CheckoutError leaves out the details that are undefined.
  const errorCode = typeof code === 'number' && Number.isInteger(code) ? code : undefined;
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
