import { expect, oneEvent } from '@open-wc/testing';
import type { CheckoutErrorCode } from '../../../src/internal/errors.js';
import { report } from '../../support/figures.js';
import { backend, mount, settled, shadow } from '../../support/helpers.js';

// What a merchant's backend, its proxy or its framework may answer instead of MultiSafepay's JSON. Each answer must
// end in one of the error codes docs/errors.md documents, with no uncaught error, no navigation, a usable form, and a
// second click that works once the backend answers properly again.

const SUITE = 'malformed-responses';
const PAY = 'https://payv2.multisafepay.com/connect/abc/?lang=en_US';
const ORIGINS = 'https://payv2.multisafepay.com https://testpayv2.multisafepay.com';
const ok = (data: unknown) => JSON.stringify({ success: true, data });

interface Case {
  name: string;
  status?: number;
  type?: string;
  body?: string;
  /** A very large body: prefix + fill repeated + suffix. */
  large?: { prefix: string; fill: string; repeat: number; suffix: string };
  location?: string;
  code: CheckoutErrorCode;
}

const json = 'application/json';
const cases: Case[] = [
  // HTML error and login pages
  {
    name: 'a 500 HTML error page',
    status: 500,
    type: 'text/html',
    body: '<!DOCTYPE html><h1>Error</h1>',
    code: 'html-response',
  },
  {
    name: 'a 200 HTML login page',
    type: 'text/html; charset=utf-8',
    body: '<html><body>Log in</body></html>',
    code: 'html-response',
  },
  { name: 'HTML labelled as JSON', type: json, body: '<!doctype html><p>Oops</p>', code: 'html-response' },
  {
    name: "a proxy's 502 page",
    status: 502,
    type: 'text/html',
    body: '<html><head><title>502 Bad Gateway</title>',
    code: 'html-response',
  },
  {
    name: "a firewall's 403 page",
    status: 403,
    type: 'text/html',
    body: '<body>Request blocked</body>',
    code: 'html-response',
  },
  {
    name: 'HTML without a content type',
    body: '<html><script>parent.location="https://evil.example"</script>',
    code: 'html-response',
  },
  {
    name: 'a valid answer labelled text/html',
    type: 'text/html',
    body: ok({ payment_url: PAY }),
    code: 'html-response',
  },
  { name: 'an XML document', type: 'application/xml', body: '<?xml version="1.0"?><error/>', code: 'html-response' },
  // Truncated and invalid JSON
  {
    name: 'JSON cut off in a string',
    type: json,
    body: '{"success": true, "data": {"payment_url": "https://payv2.multi',
    code: 'invalid-json',
  },
  { name: 'a lone brace', type: json, body: '{', code: 'invalid-json' },
  { name: 'a trailing comma', type: json, body: '{"success":true,}', code: 'invalid-json' },
  { name: 'single quotes', type: json, body: "{'success': true}", code: 'invalid-json' },
  { name: 'undefined', type: json, body: 'undefined', code: 'invalid-json' },
  { name: 'NaN', type: json, body: 'NaN', code: 'invalid-json' },
  { name: 'JSON followed by garbage', type: json, body: `${ok({ payment_url: PAY })}garbage`, code: 'invalid-json' },
  {
    name: 'two JSON documents',
    type: json,
    body: `${ok({ payment_url: PAY })}${ok({ payment_url: PAY })}`,
    code: 'invalid-json',
  },
  { name: 'a NUL byte', type: json, body: '\u0000', code: 'invalid-json' },
  {
    name: 'JSONP',
    type: 'application/javascript',
    body: `callback(${ok({ payment_url: PAY })})`,
    code: 'invalid-json',
  },
  // JSON that is not an object, or has no boolean success
  { name: 'true', type: json, body: 'true', code: 'invalid-response' },
  { name: 'null', type: json, body: 'null', code: 'invalid-response' },
  { name: 'an array', type: json, body: `[${ok({ payment_url: PAY })}]`, code: 'invalid-response' },
  { name: 'a string', type: json, body: '"success"', code: 'invalid-response' },
  { name: 'a number', type: json, body: '42', code: 'invalid-response' },
  { name: 'an empty object', type: json, body: '{}', code: 'invalid-response' },
  {
    name: 'success missing',
    type: json,
    body: JSON.stringify({ data: { payment_url: PAY } }),
    code: 'invalid-response',
  },
  {
    name: 'success as the string "true"',
    type: json,
    body: JSON.stringify({ success: 'true', data: { payment_url: PAY } }),
    code: 'invalid-response',
  },
  {
    name: 'success as 1',
    type: json,
    body: JSON.stringify({ success: 1, data: { payment_url: PAY } }),
    code: 'invalid-response',
  },
  {
    name: 'success null',
    type: json,
    body: JSON.stringify({ success: null, data: { payment_url: PAY } }),
    code: 'invalid-response',
  },
  {
    name: 'success as the string "false"',
    type: json,
    body: JSON.stringify({ success: 'false' }),
    code: 'invalid-response',
  },
  // Wrong types in data
  { name: 'data null', type: json, body: ok(null), code: 'invalid-response' },
  { name: 'data a string', type: json, body: ok(PAY), code: 'invalid-response' },
  { name: 'data an array', type: json, body: ok([{ payment_url: PAY }]), code: 'invalid-response' },
  {
    name: 'data missing',
    type: json,
    body: JSON.stringify({ success: true, payment_url: PAY }),
    code: 'invalid-response',
  },
  {
    name: 'payment_url a number',
    type: json,
    body: ok({ order_id: 'o', payment_url: 42 }),
    code: 'invalid-payment-url',
  },
  { name: 'payment_url null', type: json, body: ok({ order_id: 'o', payment_url: null }), code: 'invalid-payment-url' },
  { name: 'payment_url an object', type: json, body: ok({ payment_url: { href: PAY } }), code: 'invalid-payment-url' },
  { name: 'payment_url an array', type: json, body: ok({ payment_url: [PAY] }), code: 'invalid-payment-url' },
  { name: 'payment_url true', type: json, body: ok({ payment_url: true }), code: 'invalid-payment-url' },
  { name: 'payment_url empty', type: json, body: ok({ payment_url: '' }), code: 'invalid-payment-url' },
  { name: 'payment_url missing', type: json, body: ok({ order_id: 'o' }), code: 'invalid-payment-url' },
  {
    name: 'order_id an object and no payment_url',
    type: json,
    body: ok({ order_id: {} }),
    code: 'invalid-payment-url',
  },
  // success:false with wrong types
  { name: 'success:false alone', type: json, body: '{"success":false}', code: 'msp-error' },
  {
    name: 'error_code a string',
    type: json,
    body: '{"success":false,"error_code":"1032","error_info":"x"}',
    code: 'msp-error',
  },
  {
    name: 'error_info an object',
    type: json,
    body: '{"success":false,"error_code":1032,"error_info":{"a":1}}',
    code: 'msp-error',
  },
  {
    name: 'error_info with markup',
    type: json,
    body: '{"success":false,"error_code":1,"error_info":"<img src=x onerror=alert(1)>"}',
    code: 'msp-error',
  },
  // Redirects and error statuses, with and without bodies
  { name: '301 to a login page', status: 301, location: '/login', code: 'http-error' },
  { name: '302 to another site', status: 302, location: 'https://evil.example/', code: 'http-error' },
  { name: '303 See Other', status: 303, location: '/backend/pay/x', code: 'http-error' },
  {
    name: '307 with a JSON body',
    status: 307,
    location: '/x',
    type: json,
    body: ok({ payment_url: PAY }),
    code: 'http-error',
  },
  { name: '308', status: 308, location: '/x', code: 'http-error' },
  { name: '304 Not Modified', status: 304, code: 'http-error' },
  { name: '400 without a body', status: 400, code: 'http-error' },
  {
    name: '401 with non-MultiSafepay JSON',
    status: 401,
    type: json,
    body: '{"error":"unauthorized"}',
    code: 'http-error',
  },
  { name: '403 in plain text', status: 403, type: 'text/plain', body: 'Forbidden', code: 'http-error' },
  { name: '404 without a body', status: 404, code: 'http-error' },
  { name: '405 with an empty JSON object', status: 405, type: json, body: '{}', code: 'http-error' },
  { name: '413 in plain text', status: 413, type: 'text/plain', body: 'Payload Too Large', code: 'http-error' },
  { name: '429 with Retry-After text', status: 429, type: 'text/plain', body: 'Slow down', code: 'http-error' },
  { name: '500 without a body', status: 500, code: 'http-error' },
  {
    name: '500 with a MultiSafepay error',
    status: 500,
    type: json,
    body: '{"success":false,"error_code":1032,"error_info":"Invalid API key"}',
    code: 'msp-error',
  },
  { name: '502 claiming success', status: 502, type: json, body: ok({ payment_url: PAY }), code: 'http-error' },
  { name: '503 in plain text', status: 503, type: 'text/plain', body: 'Service Unavailable', code: 'http-error' },
  { name: '504 without a body', status: 504, code: 'http-error' },
  // Empty answers
  { name: 'an empty 204', status: 204, code: 'invalid-response' },
  { name: 'an empty 200', type: json, body: '', code: 'invalid-response' },
  { name: 'a 200 of whitespace', type: json, body: ' \n\t ', code: 'invalid-response' },
  // Very large bodies (5 MB)
  {
    name: '5 MB of garbage',
    type: json,
    large: { prefix: '', fill: 'x', repeat: 5_000_000, suffix: '' },
    code: 'invalid-json',
  },
  {
    name: 'a 5 MB payment_url',
    type: json,
    large: { prefix: `{"success":true,"data":{"payment_url":"${PAY}`, fill: 'a', repeat: 5_000_000, suffix: '"}}' },
    code: 'invalid-payment-url',
  },
  {
    name: 'a 5 MB HTML page',
    type: 'text/html',
    large: { prefix: '<html><body>', fill: '<p>x</p>', repeat: 600_000, suffix: '' },
    code: 'html-response',
  },
  {
    name: '5 MB of nested arrays',
    type: json,
    large: { prefix: '', fill: '[', repeat: 5_000_000, suffix: '' },
    code: 'invalid-json',
  },
  // Wrong content types
  { name: 'text/plain garbage', type: 'text/plain', body: 'OK', code: 'invalid-json' },
  { name: 'a PNG', type: 'image/png', body: '\u0089PNG\r\n\u001a\n', code: 'invalid-json' },
  {
    name: 'octet-stream with non-MultiSafepay JSON',
    type: 'application/octet-stream',
    body: '{"url":"x"}',
    code: 'invalid-response',
  },
  {
    name: 'form-encoded',
    type: 'application/x-www-form-urlencoded',
    body: `success=true&payment_url=${PAY}`,
    code: 'invalid-json',
  },
];

/** The codes in docs/errors.md's table: what "documented" means. */
async function documentedCodes(): Promise<Set<string>> {
  const errors = await (await fetch('/docs/errors.md')).text();
  expect(errors).to.include('\n## Codes\n');
  const codes = errors.slice(errors.indexOf('\n## Codes\n') + 1);
  const section = codes.split(/^## /m)[1]!;
  return new Set([...section.matchAll(/^\| `([a-z-]+)`/gm)].map((match) => match[1]!));
}

function params(entry: Case): Record<string, string> {
  const out: Record<string, string> = { recover: '1' };
  if (entry.status !== undefined) out.status = String(entry.status);
  if (entry.type !== undefined) out.type = entry.type;
  if (entry.location !== undefined) out.location = entry.location;
  if (entry.body !== undefined) out.body = entry.body;
  if (entry.large) {
    Object.assign(out, { ...entry.large, repeat: String(entry.large.repeat) });
  } else if (entry.body === undefined) out.body = '';
  return out;
}

describe('malformed backend responses', () => {
  let documented: Set<string>;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  before(async () => {
    documented = await documentedCodes();
    expect(documented.size).to.be.at.least(10);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`has at least 50 cases (${cases.length})`, () => {
    expect(cases.length).to.be.at.least(50);
  });

  for (const entry of cases) {
    it(`${entry.name}: ${entry.code}, no navigation, and a retry that works`, async () => {
      const before = uncaught.length;
      const { endpoint, requests } = backend('raw', params(entry));
      const el = await mount({ endpoint, gateways: 'IDEAL', paymentOrigins: ORIGINS });
      const redirects: string[] = [];
      el.addEventListener('msp-redirect', (event) => {
        redirects.push(event.detail.paymentUrl);
        event.preventDefault(); // a retry's payment page is not on this machine
      });
      const failed = oneEvent(el, 'msp-error');
      shadow(el).button().click();
      const { detail } = await failed;
      await settled(el);
      const wrongCode = detail.code === entry.code && documented.has(detail.code) ? 0 : 1;
      const failedRedirects = redirects.length;
      const alert = shadow(el).alert().textContent!.trim();
      const markup = shadow(el).alert().querySelector('img, script');

      // The backend is fixed; the shopper clicks Pay again.
      const retry = Promise.race([oneEvent(el, 'msp-redirect'), oneEvent(el, 'msp-error')]);
      shadow(el).button().click();
      await retry;
      await settled(el).catch(() => undefined); // the cancelled redirect leaves the form idle again
      const retried = redirects.length === failedRedirects + 1 ? 1 : 0;
      const uncaughtNow = uncaught.length - before;

      await report(SUITE, {
        'responses sent': 1,
        'ended in the expected documented code': 1 - wrongCode,
        'uncaught errors': uncaughtNow,
        navigations: failedRedirects,
        'retries that worked': retried,
      });
      expect(detail.code).to.equal(entry.code);
      expect(documented.has(detail.code), `${detail.code} is in docs/errors.md`).to.be.true;
      expect(alert).not.to.equal('');
      expect(markup, 'the backend text is shown as text').to.equal(null);
      expect(failedRedirects).to.equal(0);
      expect(uncaughtNow).to.equal(0);
      expect(retried).to.equal(1);
      expect(await requests()).to.have.length(2);
    });
  }
});
