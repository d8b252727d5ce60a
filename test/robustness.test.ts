// Found by a fresh-eyes review: what merchants' pages and frameworks do that the other suites did not try.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MspCheckout } from '../src/msp-checkout.js';
import { backend, choose, mount, shadow } from './support/helpers.js';

function listUrl(shape: string) {
  const { endpoint } = backend('unused');
  return `/backend/gateways/${shape}${endpoint.slice(endpoint.indexOf('?'))}`;
}

async function listLoaded(el: MspCheckout) {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="loading"]'), 'the list kept loading', { timeout: 5000 });
  await el.updateComplete;
}

describe('<msp-checkout> robustness: gateway names from the gateways endpoint', () => {
  it('names endpoint gateways in the shipped language once it has loaded', async () => {
    // Locale and list start together on the first update; the list arrives after Dutch has loaded.
    const el = await fixture<MspCheckout>(
      html`<msp-checkout
        endpoint="/orders"
        locale="nl_NL"
        gateways="BANKTRANS,IDEAL"
        gateways-endpoint=${listUrl('long')}
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
        gateways-endpoint=${listUrl('long')}
        payment-origins=${location.origin}
      ></msp-checkout>`,
    );
    await listLoaded(el);
    el.strings = { gatewayNames: { BANKTRANS: 'Wire transfer' } };
    await el.updateComplete;
    expect(shadow(el).labels()[0]).to.equal('Wire transfer');
  });
});

describe('<msp-checkout> robustness: strings overrides', () => {
  it('keeps working when an override leaves a key undefined', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL' });
    // What a framework writes for an optional prop: { payAmount: props.payAmount } with no value given.
    el.strings = { payAmount: undefined, legend: undefined };
    await el.updateComplete.catch(() => undefined);
    // The shop then changes the amount (shipping chosen): the button must follow.
    el.amount = 2000;
    const rendered = await el.updateComplete.then(
      () => 'ok',
      (error: unknown) => String(error),
    );
    expect(rendered).to.equal('ok');
    expect(shadow(el).legend().textContent!.trim()).to.equal('Payment method');
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €20.00');
  });
});

describe('<msp-checkout> robustness: lang and dir', () => {
  it('does not mark English texts as Persian, right to left, for a language that is not shipped', async () => {
    const el = await mount({ endpoint: '/orders', locale: 'fa_IR' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(shadow(el).legend().textContent!.trim()).to.equal('Payment method'); // English, as documented
    const content = el.shadowRoot!.querySelector<HTMLElement>('[lang]')!;
    expect(content.lang).to.match(/^en\b/);
    expect(content.dir).to.equal('ltr');
  });
});

describe('<msp-checkout> robustness: attribute values', () => {
  it('does not create an order that payment-origins="" can never let the shopper pay', async () => {
    const { endpoint, requests } = backend('success-test-env');
    const el = await mount({ endpoint, gateways: 'IDEAL', paymentOrigins: '' });
    const failed = oneEvent(el, 'msp-error');
    await el.submit();
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-config');
    expect(await requests()).to.have.length(0);
  });

  it('waits for a long timeout instead of timing out at once (timeout="3000000000")', async () => {
    const { endpoint } = backend('slow', { ms: '300' });
    const el = await mount({ endpoint, gateways: 'IDEAL', timeout: '3000000000' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const errors: string[] = [];
    el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
    const redirected = oneEvent(el, 'msp-redirect');
    await el.submit();
    expect(errors).to.deep.equal([]);
    await redirected;
  });

  it('reports a gateways-endpoint that is not a URL as a configuration error', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    const failed = oneEvent(el, 'msp-error');
    el.setAttribute('gateways-endpoint', 'http://[bad');
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-config');
  });
});

describe('<msp-checkout> robustness: focus and announcements', () => {
  it('puts a failed gateway list where assistive technology announces it', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    el.setAttribute('gateways-endpoint', listUrl('html-500'));
    await listLoaded(el);
    const message = el.shadowRoot!.querySelector('[part="list-error"]')!;
    expect(message).to.exist;
    expect(message.closest('[role="alert"],[role="status"],[aria-live]')).to.exist;
  });
});

describe('<msp-checkout> robustness: radios and icons', () => {
  it("shows the chosen method's icon after a reorder reuses the row of a broken icon", async () => {
    const el = await fixture<MspCheckout>(
      html`<msp-checkout
        endpoint="/orders"
        locale="en_US"
        gateways="DOTPAY,IDEAL"
        gateways-endpoint=${listUrl('payment-methods')}
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

  it('shows the radio of the gateway it will pay with when a msp-select listener changes selected', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
    await choose(el, 'IDEAL');
    // The shop allows only iDEAL for this basket and puts the choice back.
    el.addEventListener('msp-select', (event) => {
      if (event.detail.gateway === 'DOTPAY') el.selected = 'IDEAL';
    });
    await choose(el, 'DOTPAY');
    await el.updateComplete;
    expect(el.selected).to.equal('IDEAL');
    const checked = shadow(el)
      .radios()
      .filter((radio) => radio.checked)
      .map((radio) => radio.value);
    expect(checked, 'the shopper sees a different method than the one Pay sends').to.deep.equal(['IDEAL']);
  });

  it('checks the radio for selected="ideal" as it accepts gateways="ideal,dotpay"', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'ideal,dotpay' });
    el.setAttribute('selected', 'ideal');
    await el.updateComplete;
    expect(shadow(el).radio('IDEAL').checked).to.be.true;
  });
});

describe('<msp-checkout> robustness: focus on retry', () => {
  it('keeps focus on Retry when the gateway list fails again', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    el.setAttribute('gateways-endpoint', listUrl('html-500'));
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
