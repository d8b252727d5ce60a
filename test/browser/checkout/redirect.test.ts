import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { backend, mount, settled, shadow } from '../../support/helpers.js';
import { openWindow, waitForPath } from '../../support/popup.js';

/**
 * Loads the element into a window of its own, where it may really navigate (the payment page always opens in the
 * top window: in a frame of the test page it would navigate the test page away).
 */
async function windowWith(markup: string): Promise<Window> {
  const view = await openWindow(
    `<!doctype html><html lang="en"><script type="module" src="/src/index.ts"></script>${markup}</html>`,
  );
  await waitUntil(
    () => view.customElements.get('msp-checkout') && view.document.querySelector('msp-checkout')?.shadowRoot,
    'element did not load in the window',
  );
  return view;
}

describe('<msp-checkout> redirect to the payment page', () => {
  it('fires msp-redirect with the order id and payment URL, then sends the window there', async () => {
    const { endpoint, requests } = backend('success');
    const view = await windowWith(
      `<msp-checkout endpoint="${endpoint}" gateways="DOTPAY" amount="1000" currency="EUR" order-id="order-7"
        payment-origins="${location.origin}"></msp-checkout>`,
    );
    const el = view.document.querySelector('msp-checkout')!;
    const redirect = oneEvent(el, 'msp-redirect');
    el.shadowRoot!.querySelector('button')!.click();
    const { detail } = await redirect;
    expect(detail).to.deep.equal({
      orderId: 'order-7',
      paymentUrl: `${location.origin}/backend/pay/order-7?lang=en_US`,
    });
    await waitForPath(view, '/backend/pay/order-7');
    expect(view.location.href).to.equal(`${location.origin}/backend/pay/order-7?lang=en_US`);
    expect(view.document.title).to.equal('Fake payment page');
    expect(await requests()).to.have.length(1);
    view.close();
  });

  it("accepts MultiSafepay's test payment page with the default payment-origins", async () => {
    const { endpoint } = backend('success-test-env');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    el.removeAttribute('payment-origins');
    el.paymentOrigins = 'https://payv2.multisafepay.com https://testpayv2.multisafepay.com';
    await el.updateComplete;
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const redirect = oneEvent(el, 'msp-redirect');
    await el.submit();
    expect((await redirect).detail.paymentUrl).to.equal(
      'https://testpayv2.multisafepay.com/connect/13oElUaESR7YS2b4gUJV9oI4tUXeb1mj1D8/?lang=en_US',
    );
  });

  it('lets the page take over navigation by cancelling msp-redirect, and is usable again', async () => {
    const { endpoint } = backend('success');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await el.submit();
    await settled(el);
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €10.00');
    expect(location.pathname).not.to.contain('/backend/pay/');
  });

  const refused: Array<[string, unknown]> = [
    ['plain http', 'http://payv2.multisafepay.com/connect/x'],
    ['another host', 'https://evil.example/connect/x'],
    ['a look-alike host', 'https://payv2.multisafepay.com.evil.example/connect/x'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['credentials in the URL', 'https://user:pass@payv2.multisafepay.com/connect/x'],
    ['a protocol-relative URL', '//payv2.multisafepay.com/connect/x'],
    ['a relative URL', '/connect/x'],
    ['leading spaces', '  https://payv2.multisafepay.com/connect/x'],
    ['a number', 42],
    ['an object', { href: 'https://payv2.multisafepay.com/connect/x' }],
    ['null', null],
  ];
  for (const [what, value] of refused) {
    it(`refuses a payment_url with ${what}: no navigation, an invalid-payment-url error`, async () => {
      const { endpoint } = backend('payment-url', { value: JSON.stringify(value) });
      const el = await mount({ endpoint, gateways: 'IDEAL', paymentOrigins: 'https://payv2.multisafepay.com' });
      let redirected = false;
      el.addEventListener('msp-redirect', (event) => {
        redirected = true;
        event.preventDefault();
      });
      const failed = oneEvent(el, 'msp-error');
      await el.submit();
      expect((await failed).detail.code).to.equal('invalid-payment-url');
      expect(redirected).to.be.false;
      await settled(el);
      expect(shadow(el).alert().textContent).to.contain('could not be verified');
    });
  }

  it('refuses a missing payment_url', async () => {
    const { endpoint } = backend('payment-url');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    const failed = oneEvent(el, 'msp-error');
    await el.submit();
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-payment-url');
    expect(detail.message).to.contain('missing');
  });

  it('gives the form back when the navigation never leaves the page (a 204 answer), after the timeout', async () => {
    const { endpoint } = backend('payment-url', { value: JSON.stringify(`${location.origin}/backend/no-content`) });
    const view = await windowWith(
      `<msp-checkout endpoint="${endpoint}" gateways="DOTPAY" timeout="600" payment-origins="${location.origin}"></msp-checkout>`,
    );
    const el = view.document.querySelector('msp-checkout')!;
    const button = () => el.shadowRoot!.querySelector('button')!;
    // Measured from before the request: the form comes back after the 600 ms timeout, never before (how long after
    // depends on the machine's load, and is not what is tested).
    const started = performance.now();
    await el.submit();
    await el.updateComplete;
    expect(button().textContent!.trim()).to.equal('Redirecting to the payment page…');
    await waitUntil(() => button().textContent!.trim() === 'Pay', 'stayed on "Redirecting…"');
    expect(performance.now() - started).to.be.at.least(550);
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
    view.close();
  });

  it('is usable again when the shopper comes back from the payment page through the back-forward cache', async () => {
    // The window's payment page answers 204, so the document stays as it is when the navigation was started:
    // exactly what the back-forward cache restores. Then the browser fires pageshow with persisted = true.
    const { endpoint } = backend('payment-url', { value: JSON.stringify(`${location.origin}/backend/no-content`) });
    const view = await windowWith(
      `<msp-checkout endpoint="${endpoint}" gateways="DOTPAY" payment-origins="${location.origin}"></msp-checkout>`,
    );
    const el = view.document.querySelector('msp-checkout')!;
    const button = () => el.shadowRoot!.querySelector('button')!;
    await el.submit();
    await el.updateComplete;
    expect(button().textContent!.trim()).to.equal('Redirecting to the payment page…');
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    const PageTransition = (view as unknown as typeof globalThis).PageTransitionEvent;
    view.dispatchEvent(new PageTransition('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
    expect(button().textContent!.trim()).to.equal('Pay');
    view.close();
  });
});
