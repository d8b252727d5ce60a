import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MspErrorEvent } from '../../../src/internal/events.js';
import type { CheckoutStrings } from '../../../src/checkout/strings.js';
import en from '../../../src/checkout/locales/en.js';
import { SHIPPED, backend, mount, shadow } from '../../support/helpers.js';
import { DEV_MODE } from '../../../src/internal/dev-mode.js';

// The mistakes a merchant developer makes while building the page: caught before a shopper pays, told
// to the developer (msp-error, the development console), and shown to the shopper as a plain sentence.

/** Collects console.warn lines while `body` runs. */
async function consoleWarnings(body: (lines: string[]) => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await body(lines);
  } finally {
    console.warn = original;
  }
  return lines;
}

/** A shipped language's texts, as its file (`locales/xx.js`) holds them. */
async function shipped(locale: string): Promise<CheckoutStrings> {
  return ((await import(`../../../src/checkout/locales/${locale}.ts`)) as { default: CheckoutStrings }).default;
}

/** One macrotask: what the element waits before it reports a configuration error. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<msp-checkout> amount attribute: the digits of an integer number of cents, nothing else', () => {
  for (const written of ['10.00', '0x10', '1e3', '10,00', '+1000', '1000.', '€10', '', ' 1000 ', '1000\n']) {
    it(`amount="${written}" is invalid-config before any money is shown, and Pay sends nothing`, async () => {
      const { endpoint, requests } = backend('success');
      const el = await mount({ endpoint, gateways: 'IDEAL', orderId: 'o-1' });
      const reported = oneEvent(el, 'msp-error');
      el.setAttribute('amount', written);
      await el.updateComplete;
      expect(shadow(el).button().textContent!.trim()).to.equal('Pay');
      expect(shadow(el).alert().textContent!.trim()).to.equal(en.errorConfig);
      const { detail } = await reported;
      expect(detail.code).to.equal('invalid-config');
      // The development build says the rule; the production build names the field and what it got.
      if (DEV_MODE) expect(detail.message).to.contain(`amount must be the digits of an integer number of cents`);
      expect(detail.message).to.contain(`amount ${DEV_MODE ? 'must' : 'got'}`);
      expect(detail.message).to.contain(`got "${written}"`);
      await el.submit();
      expect(await requests()).to.have.length(0);
    });
  }

  it('amount="1000" is €10.00; the property takes a number as before', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL', orderId: 'o-1', amount: '1000' });
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €10.00');
    el.amount = 2500;
    await el.updateComplete;
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €25.00');
    expect(shadow(el).alert().textContent!.trim()).to.equal('');
  });

  it('a valid amount after an invalid one clears the error', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL', orderId: 'o-1', amount: '10.00' });
    expect(shadow(el).alert().textContent!.trim()).not.to.equal('');
    el.setAttribute('amount', '1000');
    await el.updateComplete;
    expect(shadow(el).alert().textContent!.trim()).to.equal('');
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €10.00');
  });
});

describe('<msp-checkout> configuration errors: msp-error at once, the console on a development host', () => {
  it('fires msp-error for a configuration error without waiting for Pay, once, with the console line', async () => {
    const codes: string[] = [];
    const warnings = await consoleWarnings(async () => {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL', orderId: 'o-1' });
      el.addEventListener('msp-error', (event) => codes.push(event.detail.code));
      el.setAttribute('currency', 'euro');
      await el.updateComplete;
      await waitUntil(() => codes.length > 0, 'no msp-error before Pay');
      el.requestUpdate(); // a render for another reason reports nothing new
      await el.updateComplete;
      await nextTask();
    });
    expect(codes).to.deep.equal(['invalid-config']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      DEV_MODE
        ? /^<msp-checkout> invalid-config: .*currency must be an ISO 4217 code/
        : /^<msp-checkout> invalid-config: .*currency got "EURO"/,
    );
  });

  it('does not report a state the page had only while it was setting its attributes', async () => {
    const codes: string[] = [];
    const el = document.createElement('msp-checkout');
    el.addEventListener('msp-error', (event) => codes.push(event.detail.code));
    document.body.append(el); // rendered once with no endpoint: missing-endpoint, for a moment
    await el.updateComplete;
    Object.assign(el, { endpoint: '/orders', gateways: 'IDEAL', orderId: 'o-1', paymentOrigins: location.origin });
    await el.updateComplete;
    await nextTask();
    await nextTask();
    expect(codes).to.deep.equal([]);
    el.remove();
  });

  /**
   * A page with the script tag and `attributes` on one <msp-checkout>, whose own script listens for msp-error right
   * after the tag; resolves once the listener heard something.
   */
  async function scriptTagPage(attributes: string) {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script src="/backend/dist/msp-checkout.min.js"></script></head><body>
      <msp-checkout endpoint="/orders" gateways="IDEAL" locale="en_US" ${attributes}></msp-checkout>
      <script>
        window.heard = [];
        document.querySelector('msp-checkout').addEventListener('msp-error', (event) => {
          heard.push(event.detail.code + ' ' + event.detail.message);
        });
      </script></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const view = frame.contentWindow as Window & { heard: string[] };
    await waitUntil(() => view.heard.length > 0, 'the listener heard nothing');
    const root = frame.contentDocument!.querySelector('msp-checkout')!.shadowRoot!;
    return { heard: view.heard, root, remove: () => frame.remove() };
  }

  it("is heard by a listener the page's own script adds right after the tag (script-tag build)", async () => {
    const page = await scriptTagPage('amount="10.00" currency="EUR" order-id="o-1"');
    expect(page.heard).to.have.length(1);
    expect(page.heard[0]).to.match(/^invalid-config .*got "10\.00"/);
    expect(page.root.querySelector('button')!.textContent!.trim()).to.equal('Pay');
    page.remove();
  });

  it('names each order attribute and what it got in the script-tag build too (its words are shorter)', async () => {
    const page = await scriptTagPage(
      `amount="0" currency="euro" order-id="${'o'.repeat(51)}" description="&lt;b&gt;Shoes&lt;/b&gt;"`,
    );
    expect(page.heard).to.deep.equal([
      `invalid-config Check the attributes: amount got 0; currency got "EURO"; order-id got "${'o'.repeat(51)}"; ` +
        'description got "<b>Shoes</b>".',
    ]);
    const alert = page.root.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('This checkout is not set up correctly. Please contact the shop.');
    page.remove();
  });
});

describe('<msp-checkout> development-host warnings, at once', () => {
  it('warns about a gateway id the catalogue does not know (a typo such as IDEALL), once', async () => {
    const warnings = await consoleWarnings(async () => {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEALL,DOTPAY', orderId: 'o-1' });
      el.locale = 'nl_NL';
      await el.updateComplete;
      await nextTask();
    });
    expect(location.hostname).to.match(/^(localhost|127\.0\.0\.1)$/);
    // The development build's (docs/errors.md tells integrators to build with it); the production build says nothing.
    expect(warnings).to.deep.equal(
      DEV_MODE
        ? ['<msp-checkout>: gateway IDEALL is not a MultiSafepay gateway id this element knows: check its spelling.']
        : [],
    );
  });

  it('warns that order-id is missing, once, and not when it is set', async () => {
    const without = await consoleWarnings(async () => {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL' });
      await nextTask();
      el.setAttribute('description', 'Order at Example Shop');
      await el.updateComplete;
      await nextTask();
    });
    expect(without).to.have.length(DEV_MODE ? 1 : 0);
    if (DEV_MODE) expect(without[0]).to.match(/^<msp-checkout>: order-id is missing: .*retry/);
    const withId = await consoleWarnings(async () => {
      await mount({ endpoint: '/orders', gateways: 'IDEAL', orderId: 'order-1234' });
      await nextTask();
    });
    expect(withId).to.deep.equal([]);
  });
});

describe('<msp-checkout> configuration errors, for the shopper: a plain sentence in their language', () => {
  for (const locale of ['en', ...SHIPPED]) {
    it(`${locale}: the alert says only the translated sentence; the detail is in msp-error`, async () => {
      const strings = await shipped(locale);
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL', orderId: 'o-1', locale });
      // The element loads its language on demand: the legend says when it has arrived.
      await waitUntil(() => shadow(el).legend().textContent!.trim() === strings.legend, `${locale} never arrived`);
      const reported = oneEvent(el, 'msp-error');
      el.setAttribute('amount', '10.5');
      await el.updateComplete;
      const alert = shadow(el).alert().textContent!.trim();
      expect(alert).to.equal(strings.errorConfig);
      expect(alert).not.to.match(/amount|10\.5|attribute|integer/i);
      expect((await reported).detail.message).to.contain('got "10.5"');
    });
  }

  it('is the same sentence for a missing endpoint, whose code and detail stay in the event', async () => {
    const el = await mount({ gateways: 'IDEAL', orderId: 'o-1' });
    expect(shadow(el).alert().textContent!.trim()).to.equal(en.errorConfig);
    const failed = oneEvent(el, 'msp-error');
    await el.submit();
    const { detail } = await failed;
    expect(detail.code).to.equal('missing-endpoint');
    expect(detail.message).to.contain(DEV_MODE ? 'endpoint attribute is missing' : 'endpoint is missing');
  });
});

describe("<msp-checkout> failures of the shop's own backend, told apart from MultiSafepay's", () => {
  it("a refusal marked as the shop backend's is backend-error: its own message, code and console line", async () => {
    const body = JSON.stringify({
      success: false,
      data: {},
      error_code: 403,
      error_info: 'This origin may not create orders',
      error_source: 'shop',
    });
    const { endpoint } = backend('raw', { status: '403', type: 'application/json', body });
    let detail!: MspErrorEvent['detail'];
    const warnings = await consoleWarnings(async () => {
      const el = await mount({ endpoint, gateways: 'IDEAL', orderId: 'o-1' });
      shadow(el).radio('IDEAL').click();
      const failed = oneEvent(el, 'msp-error');
      shadow(el).button().click();
      ({ detail } = await failed);
      await el.updateComplete;
      const alert = shadow(el).alert().textContent!.trim();
      expect(alert).to.equal('The shop could not start the payment (error 403). Please try again.');
      expect(alert).not.to.contain('MultiSafepay');
    });
    expect(detail.code).to.equal('backend-error');
    expect(detail.status).to.equal(403);
    expect(detail.errorCode).to.equal(undefined);
    expect(detail.errorInfo).to.equal('This origin may not create orders');
    expect(detail.message).to.equal(
      "The shop's backend refused the request (HTTP 403): This origin may not create orders",
    );
    expect(warnings).to.deep.equal([`<msp-checkout> backend-error: ${detail.message}`]);
  });

  it("MultiSafepay's own refusal passed through stays msp-error", async () => {
    const body = JSON.stringify({ success: false, data: {}, error_code: 1032, error_info: 'Invalid API key' });
    const { endpoint } = backend('raw', { status: '401', type: 'application/json', body });
    const el = await mount({ endpoint, gateways: 'IDEAL', orderId: 'o-1' });
    shadow(el).radio('IDEAL').click();
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    const { detail } = await failed;
    expect(detail.code).to.equal('msp-error');
    expect(detail.errorCode).to.equal(1032);
    expect(detail.message).to.match(/^MultiSafepay refused the request/);
  });
});
