import { expect } from '@open-wc/testing';
import { checkPaymentUrl, DEFAULT_PAYMENT_ORIGINS, parsePaymentOrigins } from '../../../src/shared/payment-url.js';

const defaults = parsePaymentOrigins(DEFAULT_PAYMENT_ORIGINS).origins;

describe('parsePaymentOrigins', () => {
  it('reads the default MultiSafepay payment origins', () => {
    expect(defaults).to.deep.equal(['https://payv2.multisafepay.com', 'https://testpayv2.multisafepay.com']);
  });

  it('accepts https origins, and http only on loopback hosts', () => {
    const { origins, invalid } = parsePaymentOrigins(
      ' https://pay.example.com  http://localhost:8080 http://127.0.0.1:3000 http://[::1]:9 http://pay.example.com ',
    );
    expect(origins).to.deep.equal([
      'https://pay.example.com',
      'http://localhost:8080',
      'http://127.0.0.1:3000',
      'http://[::1]:9',
    ]);
    expect(invalid).to.deep.equal(['http://pay.example.com']);
  });

  it('refuses entries that are not bare origins', () => {
    const { origins, invalid } = parsePaymentOrigins(
      'https://a.example/path https://u:p@b.example https://c.example?x=1 ftp://d.example payv2.multisafepay.com *',
    );
    expect(origins).to.deep.equal([]);
    expect(invalid).to.have.length(6);
  });

  it('treats an empty or missing value as no origins', () => {
    expect(parsePaymentOrigins('').origins).to.deep.equal([]);
    expect(parsePaymentOrigins(null).origins).to.deep.equal([]);
  });
});

describe('checkPaymentUrl', () => {
  it('accepts MultiSafepay payment URLs and returns the serialized URL', () => {
    const url = 'https://payv2.multisafepay.com/connect/13oElUaESR7YS2b4gUJV9oI4tUXeb1mj1D8/?lang=nl_NL';
    expect(checkPaymentUrl(url, defaults)).to.deep.equal({ ok: true, url });
    expect(checkPaymentUrl('https://TESTPAYV2.multisafepay.com:443/connect/x', defaults)).to.deep.equal({
      ok: true,
      url: 'https://testpayv2.multisafepay.com/connect/x',
    });
  });

  const refused: Array<[string, unknown]> = [
    ['http', 'http://payv2.multisafepay.com/connect/x'],
    ['another host', 'https://evil.example/connect/x'],
    ['a subdomain look-alike', 'https://payv2.multisafepay.com.evil.example/'],
    ['another port', 'https://payv2.multisafepay.com:8443/connect/x'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['blob:', 'blob:https://payv2.multisafepay.com/0b3c'],
    ['userinfo', 'https://payv2.multisafepay.com@evil.example/'],
    ['credentials', 'https://user:pass@payv2.multisafepay.com/'],
    ['a backslash', 'https://evil.example\\@payv2.multisafepay.com/'],
    ['a leading space', ' https://payv2.multisafepay.com/'],
    ['a tab inside', 'https://payv2.multisafepay.com/con\tnect'],
    ['a protocol-relative URL', '//payv2.multisafepay.com/connect'],
    ['a relative URL', '/connect/x'],
    ['a scheme with one slash', 'https:/payv2.multisafepay.com/connect/x'],
    ['a scheme with no slash', 'https:payv2.multisafepay.com/connect/x'],
    ['a byte-order mark in the host', 'https://payv2.multisafepay\ufeff.com/connect/x'],
    ['a zero-width space in the host', 'https://payv2.multi\u200bsafepay.com/connect/x'],
    ['a right-to-left override', 'https://payv2.multisafepay.com/\u202econnect'],
    ['an empty string', ''],
    ['an overlong URL', `https://payv2.multisafepay.com/${'a'.repeat(3000)}`],
    ['a number', 1],
    ['undefined', undefined],
    ['an object', { toString: () => 'https://payv2.multisafepay.com/' }],
  ];
  for (const [what, value] of refused) {
    it(`refuses ${what}`, () => {
      const result = checkPaymentUrl(value, defaults);
      expect(result.ok).to.be.false;
    });
  }

  it('allows http only where payment-origins names a loopback origin', () => {
    expect(checkPaymentUrl('http://127.0.0.1:4000/pay/1', ['http://127.0.0.1:4000']).ok).to.be.true;
    expect(checkPaymentUrl('http://127.0.0.1:4001/pay/1', ['http://127.0.0.1:4000']).ok).to.be.false;
  });
});
