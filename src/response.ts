import { isRecord } from './guards.js';
import { CheckoutError } from './errors.js';

/** What the element needs from a successful answer. `paymentUrl` is unchecked: see `checkPaymentUrl`. */
export interface CreatedOrder {
  orderId: string | undefined;
  paymentUrl: unknown;
}

export interface RawResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Interprets the merchant endpoint's answer, which passes MultiSafepay's through:
 * `{"success":true,"data":{"order_id","payment_url"}}` or `{"success":false,"error_code","error_info"}`
 * (with any HTTP status). Everything else becomes a `CheckoutError` with a code that says what went wrong.
 */
export function parseOrderResponse({ status, contentType, body }: RawResponse): CreatedOrder {
  const text = body.trim();
  if (looksLikeHtml(contentType, text)) {
    throw new CheckoutError('html-response', `The endpoint answered HTTP ${status} with an HTML page instead of JSON`, {
      status,
    });
  }
  if (text === '') {
    throw status >= 200 && status < 300
      ? new CheckoutError('invalid-response', `The endpoint answered HTTP ${status} with an empty body`, { status })
      : new CheckoutError('http-error', `The endpoint answered HTTP ${status} without a body`, { status });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const isError = status < 200 || status >= 300;
    throw new CheckoutError(
      isError ? 'http-error' : 'invalid-json',
      `The endpoint answered HTTP ${status} with a body that is not valid JSON`,
      { status, cause },
    );
  }
  if (!isRecord(json) || typeof json['success'] !== 'boolean') {
    throw new CheckoutError(
      status >= 200 && status < 300 ? 'invalid-response' : 'http-error',
      `The endpoint answered HTTP ${status} with JSON that is not a MultiSafepay response (no boolean "success")`,
      { status },
    );
  }
  if (json['success'] === false) {
    const errorCode = json['error_code'];
    const errorInfo = json['error_info'];
    throw new CheckoutError(
      'msp-error',
      `MultiSafepay refused the order${typeof errorCode === 'number' ? ` (error ${errorCode})` : ''}${
        typeof errorInfo === 'string' ? `: ${errorInfo}` : ''
      }`,
      {
        status,
        ...(typeof errorCode === 'number' && Number.isInteger(errorCode) ? { errorCode } : {}),
        ...(typeof errorInfo === 'string' ? { errorInfo } : {}),
      },
    );
  }
  if (status < 200 || status >= 300) {
    throw new CheckoutError('http-error', `The endpoint answered HTTP ${status} although its body says success`, {
      status,
    });
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

function looksLikeHtml(contentType: string, text: string): boolean {
  return /\bhtml\b/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)\b/i.test(text);
}
