import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { CheckoutStrings } from '../../../src/checkout/strings.js';
import type { StatusStrings } from '../../../src/payment-status/strings.js';
import { backend } from '../../support/backend-client.js';
import { SHIPPED } from '../../support/helpers.js';
import { openWindow, waitForPath } from '../../support/popup.js';

// The built files, as merchants load them. `npm test` builds before it runs these.

interface FrameWindow extends Window {
  errors: string[];
}

/** What a wait for scripts and modules to load allows: generous, as the suites share two cores with the Node tests. */
const LOADING = { timeout: 10_000 };

async function page(head: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
    ${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

describe('dist/msp-checkout.min.js (script tag)', () => {
  it('registers <msp-checkout> from a classic script, and completes a payment', async () => {
    const { endpoint, requests } = backend('success');
    // A window of its own: the element sends the top window to the payment page.
    const view = (await openWindow(`<!doctype html><html lang="en"><head>
      <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
      <script src="/backend/dist/msp-checkout.min.js"></script></head><body>
      <msp-checkout endpoint="${endpoint}" gateways="DOTPAY,ALIPAY" amount="1000" currency="EUR" locale="en_US"
        order-id="script-1" payment-origins="${location.origin}"></msp-checkout></body></html>`)) as FrameWindow;
    const el = view.document.querySelector('msp-checkout')!;
    await waitUntil(() => el.shadowRoot?.querySelector('button'), 'element did not render', LOADING);
    expect(view.errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Pay €10.00');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="ALIPAY"]')!.click();
    el.shadowRoot!.querySelector('button')!.click();
    await waitForPath(view, '/backend/pay/script-1');
    expect(JSON.parse((await requests())[0]!.body).gateway).to.equal('ALIPAY');
    view.close();
  });

  it('loads a shipped language from next to the script, not inside it', async () => {
    const frame = await page(
      '<script src="/backend/dist/msp-checkout.min.js"></script>',
      `<msp-checkout endpoint="/orders" gateways="IDEAL" amount="1000" currency="EUR" locale="pl_PL"></msp-checkout>`,
    );
    const el = frame.contentDocument!.querySelector('msp-checkout')!;
    const legend = () => el.shadowRoot?.querySelector('legend')?.textContent?.trim();
    await waitUntil(() => legend() === 'Metoda płatności', `legend stayed "${legend()}"`, LOADING);
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded).to.include(`${location.origin}/backend/dist/locales/pl.js`);
    expect((frame.contentWindow as FrameWindow).errors).to.deep.equal([]);
    frame.remove();
  });

  it('loads every shipped language from next to the script, with its direction', async () => {
    const frame = await page(
      '<script src="/backend/dist/msp-checkout.min.js"></script>',
      SHIPPED.map(
        (language) =>
          `<msp-checkout endpoint="/orders" gateways="IDEAL" amount="1000" currency="EUR" locale="${language}"></msp-checkout>`,
      ).join(''),
    );
    const elements = [...frame.contentDocument!.querySelectorAll('msp-checkout')];
    for (const [index, language] of SHIPPED.entries()) {
      const strings = ((await import(`../../../src/checkout/locales/${language}.ts`)) as { default: CheckoutStrings }).default;
      const legend = () => elements[index]!.shadowRoot?.querySelector('legend')?.textContent?.trim();
      await waitUntil(() => legend() === strings.legend, `${language}: legend stayed "${legend()}"`);
      const root = elements[index]!.shadowRoot!.querySelector('[lang]')!;
      expect(root.getAttribute('lang'), language).to.match(new RegExp(`^${language}-[A-Z]{2}$`));
      expect(root.getAttribute('dir'), language).to.equal(language === 'ar' || language === 'he' ? 'rtl' : 'ltr');
    }
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/locales/')).sort()).to.deep.equal(
      SHIPPED.map((language) => `${location.origin}/backend/dist/locales/${language}.js`).sort(),
    );
    expect((frame.contentWindow as FrameWindow).errors).to.deep.equal([]);
    frame.remove();
  });

  it('registerLocale from a script after the tag switches the element already on the page (docs/languages.md)', async () => {
    const frame = await page(
      '<script src="/backend/dist/msp-checkout.min.js"></script>',
      `<msp-checkout endpoint="/orders" gateways="IDEAL" amount="1000" currency="EUR" locale="is_IS"
        order-id="script-is"></msp-checkout>
       <script>
         document.querySelector('msp-checkout').updateComplete.then(() => {
           window.before = document.querySelector('msp-checkout').shadowRoot.querySelector('legend').textContent.trim();
           customElements.get('msp-checkout').registerLocale('is', { legend: 'Greiðslumáti' });
         });
       </script>`,
    );
    const el = frame.contentDocument!.querySelector('msp-checkout')!;
    const legend = () => el.shadowRoot?.querySelector('legend')?.textContent?.trim();
    await waitUntil(() => legend() === 'Greiðslumáti', `legend stayed "${legend()}"`);
    // It had rendered in English before the language was registered: the registration reached a rendered element.
    expect((frame.contentWindow as FrameWindow & { before?: string }).before).to.equal('Payment method');
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('is-IS');
    expect((frame.contentWindow as FrameWindow).errors).to.deep.equal([]);
    frame.remove();
  });

  it('announces a repeated error again: its message is new nodes in the alert each time (WCAG 4.1.3)', async () => {
    // Screen readers announce what is added to an alert region, not a text node set to the text it already has.
    // The minifier must not merge what makes the second message new (the source's two template literals were
    // folded into one by the minifier, and the same error was then updated in place: silent).
    const frame = await page(
      '<script src="/backend/dist/msp-checkout.min.js"></script>',
      '<msp-checkout endpoint="/orders" gateways="IDEAL,DOTPAY" locale="en_US" order-id="o-1"></msp-checkout>',
    );
    const el = frame.contentDocument!.querySelector('msp-checkout')!;
    await waitUntil(() => el.shadowRoot?.querySelector('button[type="submit"]'), 'element did not render', LOADING);
    const message = () => el.shadowRoot!.querySelector('#error p');
    const messages: Element[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => message() && !messages.includes(message()!), `attempt ${attempt}: no new message`, LOADING);
      messages.push(message()!);
    }
    expect(messages.map((node) => node.textContent!.trim())).to.deep.equal(Array(3).fill('Choose a payment method.'));
    frame.remove();
  });

  it('does not throw when loaded twice, or next to the npm build', async () => {
    const frame = await page(
      `<script type="module" src="/dist/index.js"></script>
       <script src="/backend/dist/msp-checkout.min.js"></script>
       <script src="/backend/dist/msp-checkout.min.js"></script>`,
      '<msp-checkout endpoint="/orders" gateways="IDEAL"></msp-checkout>',
    );
    const win = frame.contentWindow as FrameWindow;
    const el = frame.contentDocument!.querySelector('msp-checkout')!;
    await waitUntil(() => el.shadowRoot?.querySelector('input'), 'element did not render', LOADING);
    // Let the module script run too.
    await waitUntil(() => frame.contentDocument!.readyState === 'complete', 'the frame did not load', LOADING);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(1);
    frame.remove();
  });
});

describe('dist/msp-checkout.dev.js (the script-tag twin for development)', () => {
  // A retired gateway (GIROPAY) on this development host (a window of its own: a srcdoc frame has no host name), what
  // an integrator building the page should hear about.
  async function warningsFrom(script: string) {
    const view = (await openWindow(`<!doctype html><html lang="en"><head>
      <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));
        window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
      <script src="/backend/dist/${script}"></script></head><body>
      <msp-checkout endpoint="/orders" gateways="GIROPAY,IDEAL" amount="1000" currency="EUR" locale="en_US"
        order-id="dev-1" payment-origins="${location.origin}"></msp-checkout></body></html>`)) as FrameWindow & {
      warnings: string[];
    };
    const el = view.document.querySelector('msp-checkout')!;
    const radios = () => el.shadowRoot?.querySelectorAll('input[type="radio"]').length;
    await waitUntil(
      () => radios() === 2,
      `${script} did not render: ${radios()} radios, ${view.errors.join('; ')}`,
      LOADING,
    );
    const label = el.shadowRoot!.querySelector('button')!.textContent!.trim();
    const warnings = view.warnings.filter((line) => line.includes('<msp-checkout>'));
    expect(view.errors).to.deep.equal([]);
    view.close();
    return { label, warnings };
  }

  it('warns the integrator on a development host from the twin only, and shows the shopper the same element', async () => {
    const development = await warningsFrom('msp-checkout.dev.js');
    const production = await warningsFrom('msp-checkout.min.js');
    expect(development.warnings).to.deep.equal([
      '<msp-checkout>: gateway GIROPAY is discontinued at MultiSafepay; plan to remove it.',
    ]);
    // The warnings live in the development builds: the production file logs errors only, on a development
    // host (src/dev-mode.production.ts).
    expect(production.warnings).to.deep.equal([]);
    expect(development.label).to.equal('Pay €10.00');
    expect(production.label).to.equal('Pay €10.00');
  });
});

describe('dist/ npm build', () => {
  it('registers on import and exports the class; the class entry alone registers nothing', async () => {
    const frame = await page(
      `<script type="module">
        const classOnly = await import('/dist/msp-checkout.js');
        const definedByClassEntry = customElements.get('msp-checkout') !== undefined;
        const main = await import('/dist/index.js');
        window.result = {
          classIsFunction: typeof classOnly.MspCheckout === 'function',
          definedByClassEntry,
          registeredByMain: customElements.get('msp-checkout') === main.MspCheckout,
          sameClass: main.MspCheckout === classOnly.MspCheckout,
        };
      </script>`,
      '',
    );
    const win = frame.contentWindow as FrameWindow & { result?: Record<string, boolean> };
    await waitUntil(() => win.result, 'the module script did not finish', LOADING);
    expect(win.result).to.deep.equal({
      classIsFunction: true,
      definedByClassEntry: false,
      registeredByMain: true,
      sameClass: true,
    });
    expect(win.errors).to.deep.equal([]);
    frame.remove();
  });

  it("'msp-checkout' registers the checkout alone; 'msp-checkout/payment-status' the return page alone", async () => {
    const frame = await page(
      `<script type="module">
        const main = await import('/dist/index.js');
        const statusAfterMain = customElements.get('msp-payment-status') !== undefined;
        const status = await import('/dist/payment-status/index.js');
        window.result = {
          checkoutByMain: customElements.get('msp-checkout') === main.MspCheckout,
          statusAfterMain,
          statusByItsEntry: customElements.get('msp-payment-status') === status.MspPaymentStatus,
          statusEventExported: typeof status.MspStatusEvent === 'function',
        };
      </script>`,
      '',
    );
    const win = frame.contentWindow as FrameWindow & { result?: Record<string, boolean> };
    await waitUntil(() => win.result, 'the module script did not finish', LOADING);
    expect(win.result).to.deep.equal({
      checkoutByMain: true,
      statusAfterMain: false,
      statusByItsEntry: true,
      statusEventExported: true,
    });
    expect(win.errors).to.deep.equal([]);
    frame.remove();
  });

  it('has a development build under the development export condition, with the diagnostics', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {
      exports: Record<string, { development?: string; default: string }>;
    };
    expect(pkg.exports['.']!.development).to.equal('./dist/development/index.js');
    // The checkout's configuration module under each entry: the development one has the console diagnostics, the
    // production one not.
    const [production, development] = await Promise.all(
      [pkg.exports['.']!.default, pkg.exports['.']!.development!].map(async (entry) => {
        const element = new URL('checkout/config-controller.js', new URL(entry.slice(1), location.href));
        return (await fetch(element)).text();
      }),
    );
    expect(development).to.contain('warnAboutGateways(');
    expect(production).not.to.contain('warnAboutGateways(');
  });

  it('carries the gateway names for the first render, and leaves the catalogue to the gateway list part', async () => {
    const [script, list] = await Promise.all(
      ['/dist/msp-checkout.min.js', '/dist/msp-checkout.gateway-list.js'].map(async (file) => (await fetch(file)).text()),
    );
    for (const name of ['Apple Pay', 'Klarna', 'iDEAL in3', 'Card payments']) expect(script).to.contain(name);
    // Countries and currencies (Card payments', Klarna's) are needed only to filter an endpoint's list.
    for (const data of ['AED AUD BGN', 'AT BE DK FI']) {
      expect(script, data).not.to.contain(data);
      expect(list, data).to.contain(data);
    }
  });
});

describe('dist/msp-payment-status.min.js (script tag)', () => {
  it('a listener the page adds in a script after the tag hears an outcome known at once (no order id, no endpoint)', async () => {
    const frame = await page(
      '<script src="/backend/dist/msp-payment-status.min.js"></script>',
      `<msp-payment-status id="no-order" endpoint="/status"></msp-payment-status>
       <msp-payment-status id="no-endpoint" order-id="order-1"></msp-payment-status>
       <script>
         window.heard = [];
         addEventListener('msp-status', (e) => heard.push(e.target.id + ' msp-status ' + e.detail.status + ' final=' + e.detail.final));
         addEventListener('msp-error', (e) => heard.push(e.target.id + ' msp-error ' + e.detail.code));
       </script>`,
    );
    const view = frame.contentWindow as FrameWindow & { heard: string[] };
    await waitUntil(() => view.heard.length >= 2, `the page heard ${JSON.stringify(view.heard)}`);
    expect(view.heard).to.have.members([
      'no-order msp-status unknown final=true',
      'no-endpoint msp-error missing-endpoint',
    ]);
    expect(view.errors).to.deep.equal([]);
    frame.remove();
  });

  it('loads every shipped language from next to the script', async () => {
    const frame = await page(
      '<script src="/backend/dist/msp-payment-status.min.js"></script>',
      SHIPPED.map(
        (language) => `<msp-payment-status endpoint="/status" locale="${language}"></msp-payment-status>`,
      ).join(''),
    );
    const elements = [...frame.contentDocument!.querySelectorAll('msp-payment-status')];
    for (const [index, language] of SHIPPED.entries()) {
      const strings = ((await import(`../../../src/payment-status/locales/${language}.ts`)) as { default: StatusStrings }).default;
      const heading = () => elements[index]!.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim();
      await waitUntil(() => heading() === strings.unknownOrder, `${language}: heading stayed "${heading()}"`);
    }
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('locales/')).sort()).to.deep.equal(
      SHIPPED.map((language) => `${location.origin}/backend/dist/status-locales/${language}.js`).sort(),
    );
    expect((frame.contentWindow as FrameWindow).errors).to.deep.equal([]);
    frame.remove();
  });
});
