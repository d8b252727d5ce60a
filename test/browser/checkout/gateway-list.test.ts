import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import { gatewayList, listLoaded, mount, shadow } from '../../support/helpers.js';
import { DEV_MODE } from '../../../src/internal/dev-mode.js';

async function mountWithList(
  shape: string,
  attributes: Record<string, string> = {},
  params: Record<string, string> = {},
) {
  const list = gatewayList(shape, params);
  const el = await mount({ endpoint: '/orders', gateways: '' });
  for (const [name, value] of Object.entries({ ...attributes, 'gateways-endpoint': list.endpoint }))
    el.setAttribute(name, value);
  await el.updateComplete;
  return { el, ...list };
}

describe('<msp-checkout gateways-endpoint>', () => {
  it("reads MultiSafepay's GET /gateways shape and uses its names", async () => {
    const { el, requests } = await mountWithList('gateways', {
      currency: 'EUR',
      amount: '1000',
      country: 'nl',
      locale: 'nl_NL',
    });
    await listLoaded(el);
    // No country or currency constraint came with the list, so the catalogue's apply: NL + EUR (Alipay is worldwide).
    expect(shadow(el).labels()).to.deep.equal(['iDEAL', 'Alipay']);
    el.country = 'PL';
    await listLoaded(el);
    expect(shadow(el).labels()).to.deep.equal(['DotPay', 'Alipay']);
    const [first] = await requests();
    const query = new URL((first as unknown as { url: string }).url, location.origin).searchParams;
    expect(query.get('currency')).to.equal('EUR');
    expect(query.get('amount')).to.equal('1000');
    expect(query.get('country')).to.equal('NL');
    expect(query.get('locale')).to.equal('nl_NL');
    expect(first!.headers['x-msp-checkout']).to.equal('1');
  });

  it('filters GET /payment-methods by country, currency and amount, preferred countries first', async () => {
    const { el } = await mountWithList('payment-methods', { currency: 'EUR', amount: '1000', country: 'PL' });
    await listLoaded(el);
    // Alipay's max is 1000: still offered (bounds inclusive); iDEAL is NL only.
    expect(shadow(el).labels()).to.deep.equal(['Dotpay', 'Alipay', 'PayPal', 'NewPay']);
    el.amount = 1001;
    await listLoaded(el);
    expect(shadow(el).labels()).to.deep.equal(['Dotpay', 'PayPal', 'NewPay']);
    el.currency = 'USD';
    await listLoaded(el);
    expect(shadow(el).labels()).to.deep.equal(['PayPal', 'NewPay']);
  });

  it('lets gateways restrict and order what the endpoint offers', async () => {
    const { el } = await mountWithList('payment-methods', {
      currency: 'EUR',
      amount: '500',
      gateways: 'NEWPAY,ALIPAY,KBC',
    });
    await listLoaded(el);
    expect(shadow(el).labels()).to.deep.equal(['NewPay', 'Alipay']);
  });

  it('shows icons lazily at a fixed size with empty alt, and hides one that fails to load', async () => {
    const { el } = await mountWithList('payment-methods', { currency: 'EUR', amount: '500' });
    await listLoaded(el);
    const icons = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="icon"]')];
    expect(icons).to.have.length(2);
    for (const icon of icons) {
      expect(icon.alt).to.equal('');
      expect(icon.loading).to.equal('lazy');
      const { width, height } = icon.getBoundingClientRect();
      expect([width, height]).to.deep.equal([40, 24]);
    }
    // A page in a background tab may never start lazy images; load these now to see the failure handling.
    for (const icon of icons) icon.loading = 'eager';
    await waitUntil(() => icons[1]!.hidden, 'the broken icon stayed visible');
    expect(icons[0]!.hidden).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows a labelled loading state, then the list; axe is clean in both', async () => {
    const { el, release } = await mountWithList('held');
    const loading = el.shadowRoot!.querySelector('[part="loading"]');
    expect(loading!.textContent).to.contain('Loading payment methods');
    expect(shadow(el).button().disabled).to.be.true;
    await expect(el).to.be.accessible();
    await release();
    await listLoaded(el);
    expect(shadow(el).labels()).to.deep.equal(['iDEAL']);
    expect(el.selected).to.equal('IDEAL');
  });

  it('says so and disables Pay when no method fits', async () => {
    const { el } = await mountWithList('payment-methods', { currency: 'JPY', amount: '500', country: 'JP' });
    await listLoaded(el);
    expect(shadow(el).labels()).to.deep.equal(['PayPal', 'NewPay']);
    el.setAttribute('gateways', 'IDEAL');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No payment method');
    expect(shadow(el).button().disabled).to.be.true;
    await expect(el).to.be.accessible();
  });

  for (const [shape, code] of [
    ['html-500', 'html-response'],
    ['not-a-list', 'invalid-response'],
  ] as const) {
    it(`reports a failed list (${shape}) with a message and a retry that works`, async () => {
      const list = gatewayList(shape);
      const el = await mount({ endpoint: '/orders', gateways: '' });
      const failed = oneEvent(el, 'msp-error');
      el.gatewaysEndpoint = list.endpoint;
      expect((await failed).detail.code).to.equal(code);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part="list-error"]')!;
      expect(box.textContent).to.contain('The payment methods could not be loaded.');
      expect(shadow(el).button().disabled).to.be.true;
      await expect(el).to.be.accessible();
      el.gatewaysEndpoint = gatewayList('gateways').endpoint;
      await listLoaded(el);
      const retry = gatewayList(shape);
      el.gatewaysEndpoint = retry.endpoint;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(async () => (await retry.requests()).length === 2, 'retry sent no request');
    });
  }

  it('never lets an older, slower answer overwrite a newer one', async () => {
    // The test answers the two requests in the wrong order itself: first the newer (PLN), then the older (EUR).
    const { el, gate, requests } = await mountWithList('by-currency', { currency: 'EUR' });
    await gate('EUR').arrived();
    el.currency = 'PLN';
    await gate('PLN').arrived();
    await gate('PLN').release();
    await waitUntil(() => shadow(el).labels().join() === 'Dotpay', 'the newer list never showed');
    await gate('EUR').release();
    // The older answer has reached the page (its resource timing is complete), or the element had abandoned it.
    const older = (url: string) => url.includes('currency=EUR');
    await waitUntil(
      async () =>
        (await requests()).some((entry) => older((entry as { url?: string }).url ?? '') && entry.aborted) ||
        performance
          .getEntriesByType('resource')
          .some((entry) => older(entry.name) && (entry as PerformanceResourceTiming).responseEnd > 0),
      'the older answer was neither received nor abandoned',
    );
    // A task for the answer's handling to finish (no animation frame: a background test tab gets none).
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadow(el).labels()).to.deep.equal(['Dotpay']);
  });

  it('keeps the choice when it is still offered, and clears it with msp-select when it is gone', async () => {
    const { el } = await mountWithList('payment-methods', { currency: 'EUR', amount: '500' });
    await listLoaded(el);
    shadow(el).radio('ALIPAY').click();
    el.country = 'CN';
    await listLoaded(el);
    expect(el.selected).to.equal('ALIPAY');
    expect(shadow(el).labels()[0]).to.equal('Alipay');
    const cleared = oneEvent(el, 'msp-select');
    el.currency = 'PLN';
    expect((await cleared).detail.gateway).to.equal('');
    expect(el.selected).to.equal(undefined);
  });

  it('collapses a list of 20+ methods behind "More payment methods", usable by keyboard', async () => {
    const { el } = await mountWithList('long', { currency: 'EUR', amount: '500' });
    await listLoaded(el);
    expect(shadow(el).radios()).to.have.length(6);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('More payment methods (16)');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(shadow(el).radios()[0]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(more);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).radios()).to.have.length(22);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    expect(shadow(el).focused()).to.equal(shadow(el).radios()[6]);
    for (let i = 0; i < 5; i += 1) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.selected).to.equal(shadow(el).radios()[11]!.value);
  });

  it("keeps a merchant's own gateways list whole, however long", async () => {
    const el = await mount({
      endpoint: '/orders',
      gateways: 'IDEAL,DOTPAY,ALIPAY,ALIPAYPLUS,MISTERCASH,PAYPAL,TRUSTLY,EPS,MBWAY,MULTIBANCO',
    });
    expect(shadow(el).radios()).to.have.length(10);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
  });

  it("names gateways in the shopper's language where MultiSafepay does", async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'BANKTRANS,WECHAT,IDEAL', locale: 'nl_NL' });
    await waitUntil(() => shadow(el).labels()[0] === 'Bankoverschrijving', 'Dutch names never arrived');
    expect(shadow(el).labels()).to.deep.equal(['Bankoverschrijving', 'WeChat Pay', 'iDEAL']);
    el.locale = 'zh_CN';
    await waitUntil(() => shadow(el).labels()[1] === '微信支付', 'Chinese names never arrived');
    expect(shadow(el).labels()).to.deep.equal(['银行转账', '微信支付', 'iDEAL']);
  });

  it('warns the integrator once, on a development host, about a retired gateway asked for by name', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await mount({ endpoint: '/orders', gateways: 'GIROPAY,IDEAL,DIRECTBANK', orderId: 'o-1' });
      el.amount = 2000;
      await el.updateComplete;
      expect(location.hostname).to.match(/^(localhost|127\.0\.0\.1)$/);
      // The development build's warnings; the production build says nothing.
      expect(warnings).to.deep.equal(
        DEV_MODE
          ? [
              '<msp-checkout>: gateway GIROPAY is discontinued at MultiSafepay; plan to remove it.',
              '<msp-checkout>: gateway DIRECTBANK is deprecated at MultiSafepay; plan to remove it.',
            ]
          : [],
      );
    } finally {
      console.warn = original;
    }
  });
  it('names endpoint gateways in the shipped language once it has loaded', async () => {
    // Locale and list start together on the first update; the list arrives after Dutch has loaded.
    const el = await fixture<MspCheckout>(
      html`<msp-checkout
        endpoint="/orders"
        locale="nl_NL"
        gateways="BANKTRANS,IDEAL"
        gateways-endpoint=${gatewayList('long').endpoint}
        payment-origins=${location.origin}
      ></msp-checkout>`,
    );
    await listLoaded(el);
    await waitUntil(() => shadow(el).legend().textContent!.trim() !== 'Payment method', 'Dutch never arrived');
    await el.updateComplete;
    expect(shadow(el).labels()).to.deep.equal(['Bankoverschrijving', 'iDEAL']);
  });

  it('applies strings.gatewayNames to gateways from the endpoint, as to static ones', async () => {
    const el = await fixture<MspCheckout>(
      html`<msp-checkout
        endpoint="/orders"
        locale="en_US"
        gateways="BANKTRANS,IDEAL"
        gateways-endpoint=${gatewayList('long').endpoint}
        payment-origins=${location.origin}
      ></msp-checkout>`,
    );
    await listLoaded(el);
    el.strings = { gatewayNames: { BANKTRANS: 'Wire transfer' } };
    await el.updateComplete;
    expect(shadow(el).labels()[0]).to.equal('Wire transfer');
  });

  it('reports a gateways-endpoint that is not a URL as a configuration error', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    const failed = oneEvent(el, 'msp-error');
    el.setAttribute('gateways-endpoint', 'http://[bad');
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-config');
    expect(detail.message).to.contain(
      DEV_MODE ? 'gateways-endpoint must be an http(s) URL, got "http://[bad"' : 'gateways-endpoint got "http://[bad"',
    );
  });

  it('puts a failed gateway list where assistive technology announces it', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    el.setAttribute('gateways-endpoint', gatewayList('html-500').endpoint);
    await listLoaded(el);
    const message = el.shadowRoot!.querySelector('[part="list-error"]')!;
    expect(message).to.exist;
    expect(message.closest('[role="alert"],[role="status"],[aria-live]')).to.exist;
  });

  it("shows the chosen method's icon after a reorder reuses the row of a broken icon", async () => {
    const el = await fixture<MspCheckout>(
      html`<msp-checkout
        endpoint="/orders"
        locale="en_US"
        gateways="DOTPAY,IDEAL"
        gateways-endpoint=${gatewayList('payment-methods').endpoint}
        payment-origins=${location.origin}
      ></msp-checkout>`,
    );
    await listLoaded(el);
    const icons = () => [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="icon"]')];
    // Dotpay's icon fails (dispatched here: a lazy image in a background test tab may never be fetched).
    const dotpayIcon = icons()[0]!.getAttribute('src');
    icons()[0]!.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(icons()[0]!.hidden, "Dotpay's broken icon is hidden").to.be.true;
    el.gateways = 'IDEAL,DOTPAY';
    await el.updateComplete;
    expect(shadow(el).labels()).to.deep.equal(['iDEAL', 'Dotpay']);
    const [ideal, dotpay] = icons();
    expect(ideal!.getAttribute('src')).not.to.equal(dotpayIcon);
    expect(ideal!.hidden, 'iDEAL icon stays hidden').to.be.false;
    expect(dotpay!.hidden, "Dotpay's icon stays hidden in its new row").to.be.true;
  });

  it('keeps focus on Retry when the gateway list fails again', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    el.setAttribute('gateways-endpoint', gatewayList('html-500').endpoint);
    await listLoaded(el);
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry().focus();
    expect(el.shadowRoot!.activeElement === retry()).to.be.true;
    retry().click();
    await listLoaded(el);
    expect(retry()).to.exist;
    expect(
      el.shadowRoot!.activeElement === retry(),
      `focus is on ${document.activeElement?.tagName ?? 'nothing'} instead of Retry`,
    ).to.be.true;
  });
});
