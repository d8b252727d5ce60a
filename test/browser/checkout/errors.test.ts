import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { CheckoutErrorCode } from '../../../src/internal/errors.js';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import { backend, mount, settled, shadow } from '../../support/helpers.js';

async function payAndFail(el: MspCheckout) {
  const failed = oneEvent(el, 'msp-error');
  shadow(el).button().click();
  const event = await failed;
  await settled(el);
  return event;
}

/** After any failure the shopper has a usable form, a message, and focus on the Pay button to retry. */
async function expectRecoverable(el: MspCheckout) {
  const { form, button, alert, focused } = shadow(el);
  expect(form().getAttribute('aria-busy')).to.equal('false');
  expect(form().inert).to.be.false;
  expect(button().disabled).to.be.false;
  expect(button().textContent!.trim()).to.equal('Pay €10.00');
  expect(alert().textContent!.trim()).not.to.equal('');
  await waitUntil(() => focused() === button(), 'focus did not move to the Pay button');
}

describe('<msp-checkout> failures', () => {
  it('shows a MultiSafepay error as a shopper message plus its details, and retries', async () => {
    const failing = backend('msp-error', { status: '401', code: '1032', info: 'Invalid API key' });
    const el = await mount({ endpoint: failing.endpoint, gateways: 'IDEAL' });
    const { detail } = await payAndFail(el);
    expect(detail.code).to.equal('msp-error');
    expect(detail.status).to.equal(401);
    expect(detail.errorCode).to.equal(1032);
    expect(detail.errorInfo).to.equal('Invalid API key');
    expect(shadow(el).alert().textContent).to.contain('Payments are temporarily unavailable at this shop.');
    expect(shadow(el).alert().textContent).to.contain('Invalid API key (1032)');
    await expectRecoverable(el);

    const working = backend('success');
    el.endpoint = working.endpoint;
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await redirected;
    await settled(el);
    expect(shadow(el).alert().textContent!.trim()).to.equal('');
    expect(await working.requests()).to.have.length(1);
  });

  it('maps MultiSafepay error codes to messages a shopper understands', async () => {
    const expectations: Array<[string, string]> = [
      ['1001', 'The amount of this order is not valid.'],
      ['1006', 'This order was already paid'],
      // msp-checkout/server's PAYMENT_PAGE_UNKNOWN: an open order whose payment page nobody remembers.
      ['409', 'The payment of this order was already started in another window'],
      ['1023', 'This payment method is not available right now.'],
      ['1024', 'The payment was declined.'],
      ['9999', 'The payment could not be started.'],
    ];
    for (const [code, message] of expectations) {
      const el = await mount({ endpoint: backend('msp-error', { code }).endpoint, gateways: 'IDEAL' });
      const { detail } = await payAndFail(el);
      expect(detail.errorCode).to.equal(Number(code));
      expect(shadow(el).alert().textContent, code).to.contain(message);
    }
  });

  it('renders error_info from the server as text, never as HTML', async () => {
    const info = '<img src=x onerror="window.__pwned=1">Bad <b>gateway</b>';
    const el = await mount({ endpoint: backend('msp-error', { code: '1000', info }).endpoint, gateways: 'IDEAL' });
    await payAndFail(el);
    expect(shadow(el).alert().querySelector('img, b')).to.equal(null);
    expect(shadow(el).alert().textContent).to.contain(info);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  const transport: Array<[string, Record<string, string>, CheckoutErrorCode, string, number | undefined]> = [
    ['an HTML error page', {}, 'html-response', 'unexpected answer', 500],
    ['invalid JSON', {}, 'invalid-json', 'unexpected answer', 200],
    ["JSON that is not MultiSafepay's", {}, 'invalid-response', 'unexpected answer', 200],
    ['an HTTP error without a body', {}, 'http-error', 'error 502', 502],
    ['a redirect to a login page', {}, 'http-error', 'unexpected answer', undefined],
    ['a dropped connection', {}, 'network-error', 'could not reach the shop', undefined],
  ];
  const scenarioOf: Record<string, string> = {
    'an HTML error page': 'html-500',
    'invalid JSON': 'invalid-json',
    "JSON that is not MultiSafepay's": 'not-msp-json',
    'an HTTP error without a body': 'empty-502',
    'a redirect to a login page': 'redirect',
    'a dropped connection': 'drop',
  };
  for (const [what, params, code, message, status] of transport) {
    it(`reports ${what} as ${code}, visibly, and recovers`, async () => {
      const el = await mount({ endpoint: backend(scenarioOf[what]!, params).endpoint, gateways: 'IDEAL' });
      const { detail } = await payAndFail(el);
      expect(detail.code).to.equal(code);
      expect(detail.status).to.equal(status);
      expect(shadow(el).alert().textContent).to.contain(message);
      await expectRecoverable(el);
    });
  }

  it('gives up after the timeout when the server does not answer', async () => {
    // The server never answers (nothing releases it): only the element's own 300 ms can end the attempt, and not
    // before them. How long after them depends on the machine's load, and is not what is tested.
    const el = await mount({ endpoint: backend('held').endpoint, gateways: 'IDEAL', timeout: '300' });
    const started = performance.now();
    const { detail } = await payAndFail(el);
    const elapsed = performance.now() - started;
    expect(detail.code).to.equal('timeout');
    expect(elapsed).to.be.at.least(250);
    expect(shadow(el).alert().textContent).to.contain('took too long');
    await expectRecoverable(el);
  });

  it('gives up after the timeout when the body stalls after the headers', async () => {
    const el = await mount({ endpoint: backend('stall-body').endpoint, gateways: 'IDEAL', timeout: '300' });
    const { detail } = await payAndFail(el);
    expect(detail.code).to.equal('timeout');
    await expectRecoverable(el);
  });

  it('reports an endpoint that cannot be reached at all as network-error', async () => {
    const el = await mount({ endpoint: 'http://127.0.0.1:9/orders', gateways: 'IDEAL' });
    const { detail } = await payAndFail(el);
    expect(detail.code).to.equal('network-error');
    await expectRecoverable(el);
  });
});

describe('<msp-checkout> failures, for the integrator', () => {
  it('also names the error code and cause in the console on a development host (this one)', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await mount({ endpoint: backend('html-500').endpoint, gateways: 'IDEAL', orderId: 'o-1' });
      const event = await payAndFail(el);
      expect(location.hostname).to.match(/^(localhost|127\.0\.0\.1)$/);
      expect(warnings).to.deep.equal([`<msp-checkout> html-response: ${event.detail.message}`]);
    } finally {
      console.warn = original;
    }
  });
});
