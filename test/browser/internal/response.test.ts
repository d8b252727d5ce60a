import { expect } from '@open-wc/testing';
import { CheckoutError } from '../../../src/internal/errors.js';
import type { RawResponse } from '../../../src/internal/network.js';
import { parseOrderResponse } from '../../../src/internal/response.js';

function failure(raw: RawResponse): CheckoutError {
  try {
    parseOrderResponse(raw);
  } catch (error) {
    if (error instanceof CheckoutError) return error;
    throw error;
  }
  throw new Error('expected a CheckoutError');
}

const JSON_TYPE = 'application/json; charset=utf-8';

describe('parseOrderResponse', () => {
  it("reads MultiSafepay's documented success response", () => {
    const body = JSON.stringify({
      success: true,
      data: { order_id: 'my-order-id-1', payment_url: 'https://payv2.multisafepay.com/connect/13oE/?lang=nl_NL' },
    });
    expect(parseOrderResponse({ status: 200, contentType: JSON_TYPE, body })).to.deep.equal({
      orderId: 'my-order-id-1',
      paymentUrl: 'https://payv2.multisafepay.com/connect/13oE/?lang=nl_NL',
    });
  });

  it('keeps a numeric order id as text and leaves payment_url unchecked for the caller', () => {
    const body = JSON.stringify({ success: true, data: { order_id: 12345, payment_url: 7 } });
    expect(parseOrderResponse({ status: 201, contentType: JSON_TYPE, body })).to.deep.equal({
      orderId: '12345',
      paymentUrl: 7,
    });
  });

  it('turns success:false into msp-error with error_code, error_info and status, whatever the HTTP status', () => {
    for (const status of [200, 400, 401, 500]) {
      const error = failure({
        status,
        contentType: JSON_TYPE,
        body: JSON.stringify({ success: false, data: {}, error_code: 1032, error_info: 'Invalid API key' }),
      });
      expect(error.code).to.equal('msp-error');
      expect(error.status).to.equal(status);
      expect(error.errorCode).to.equal(1032);
      expect(error.errorInfo).to.equal('Invalid API key');
    }
  });

  it('ignores error_code and error_info of the wrong type', () => {
    const error = failure({
      status: 400,
      contentType: JSON_TYPE,
      body: '{"success":false,"error_code":"1032","error_info":{"x":1}}',
    });
    expect(error.code).to.equal('msp-error');
    expect(error.errorCode).to.equal(undefined);
    expect(error.errorInfo).to.equal(undefined);
  });

  const cases: Array<[string, RawResponse, string]> = [
    ['an HTML page with 500', { status: 500, contentType: 'text/html', body: '<h1>Oops</h1>' }, 'html-response'],
    [
      'an HTML page served as JSON',
      { status: 200, contentType: JSON_TYPE, body: '<!DOCTYPE html><html></html>' },
      'html-response',
    ],
    ['truncated JSON with 200', { status: 200, contentType: JSON_TYPE, body: '{"success":tr' }, 'invalid-json'],
    ['text with 503', { status: 503, contentType: 'text/plain', body: 'Service Unavailable' }, 'http-error'],
    ['an empty 204', { status: 204, contentType: '', body: '' }, 'invalid-response'],
    ['an empty 502', { status: 502, contentType: '', body: '' }, 'http-error'],
    ['success missing', { status: 200, contentType: JSON_TYPE, body: '{"data":{}}' }, 'invalid-response'],
    [
      'success as a string',
      { status: 200, contentType: JSON_TYPE, body: '{"success":"true","data":{}}' },
      'invalid-response',
    ],
    ['an array', { status: 200, contentType: JSON_TYPE, body: '[1,2]' }, 'invalid-response'],
    ['null', { status: 200, contentType: JSON_TYPE, body: 'null' }, 'invalid-response'],
    ['success without data', { status: 200, contentType: JSON_TYPE, body: '{"success":true}' }, 'invalid-response'],
    [
      'success with an error status',
      { status: 500, contentType: JSON_TYPE, body: '{"success":true,"data":{}}' },
      'http-error',
    ],
    [
      'JSON without success and 404',
      { status: 404, contentType: JSON_TYPE, body: '{"message":"Not found"}' },
      'http-error',
    ],
  ];
  for (const [what, raw, code] of cases) {
    it(`reports ${what} as ${code}`, () => {
      const error = failure(raw);
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(raw.status);
    });
  }
});

describe('parseOrderResponse on deeply nested JSON', () => {
  // 5 MB of "[" made JSON.parse allocate millions of arrays for seconds before failing: a flaky test under load.
  // Nesting beyond any MultiSafepay answer is refused without parsing.
  it('refuses 5 MB of nested arrays as invalid-json without handing it to JSON.parse', () => {
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsed += 1;
      return parse(...args);
    }) as typeof JSON.parse;
    try {
      const error = failure({ status: 200, contentType: JSON_TYPE, body: '['.repeat(5_000_000) });
      expect(error.code).to.equal('invalid-json');
      expect(error.message).to.match(/nested deeper than 64 levels/);
      expect(parsed).to.equal(0);
    } finally {
      JSON.parse = parse;
    }
  });

  it('is an http-error with the status on an error status, as other unreadable bodies are', () => {
    const error = failure({ status: 500, contentType: JSON_TYPE, body: '{"a":'.repeat(100) });
    expect(error.code).to.equal('http-error');
    expect(error.status).to.equal(500);
  });

  it('counts neither brackets inside strings nor escaped quotes: a payment_url full of "[" is read', () => {
    const url = `https://payv2.multisafepay.com/connect/${'[{'.repeat(200)}\\"[`;
    const body = `{"success":true,"data":{"order_id":"o-1","payment_url":"${url}"}}`;
    expect(parseOrderResponse({ status: 200, contentType: JSON_TYPE, body }).paymentUrl).to.equal(
      url.replace('\\"', '"'),
    );
  });

  it('reads answers nested as deep as the limit', () => {
    const deep = `${'['.repeat(62)}1${']'.repeat(62)}`;
    const body = `{"success":true,"data":{"order_id":"o-1","payment_url":"https://x.test/","extra":${deep}}}`;
    expect(parseOrderResponse({ status: 200, contentType: JSON_TYPE, body }).orderId).to.equal('o-1');
  });
});
