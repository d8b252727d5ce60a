import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import { backend, choose, mount, shadow } from '../../support/helpers.js';
import { DEV_MODE } from '../../../src/internal/dev-mode.js';

describe('<msp-checkout> creation', () => {
  it('is created by its tag name', () => {
    const el = document.createElement('msp-checkout');
    expect(el).to.be.instanceOf(MspCheckout);
  });

  it('is created by its constructor', async () => {
    const el = new MspCheckout();
    el.gateways = ['IDEAL'];
    el.endpoint = '/orders';
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).labels()).to.deep.equal(['iDEAL']);
    el.remove();
  });
});

describe('<msp-checkout> payment methods', () => {
  it('shows each gateway of the attribute, in order, with its human name, as radios under a legend', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'DOTPAY, alipay,IDEAL,MISTERCASH,MBWAY' });
    const { radios, labels, legend } = shadow(el);
    expect(legend().textContent!.trim()).to.equal('Payment method');
    expect(labels()).to.deep.equal(['Dotpay', 'Alipay', 'iDEAL', 'Bancontact', 'MB WAY']);
    expect(radios().map((radio) => radio.value)).to.deep.equal(['DOTPAY', 'ALIPAY', 'IDEAL', 'MISTERCASH', 'MBWAY']);
    expect(radios().every((radio) => !radio.checked)).to.be.true;
    expect(radios()[0]!.closest('fieldset')).to.equal(legend().parentElement);
  });

  it('accepts an array of ids or of { id, name } objects through the property', async () => {
    const el = await mount({ endpoint: '/orders' });
    el.gateways = ['trustly', { id: 'ALIPAYPLUS' }, { id: 'DOTPAY', name: 'DotPay' }, 'NEWMETHOD'];
    await el.updateComplete;
    expect(shadow(el).labels()).to.deep.equal(['Trustly', 'Alipay+', 'DotPay', 'NEWMETHOD']);
  });

  it('preselects the only gateway and reflects it in the selected attribute', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'ALIPAY' });
    expect(shadow(el).radio('ALIPAY').checked).to.be.true;
    expect(el.getAttribute('selected')).to.equal('ALIPAY');
  });

  it('honours a selected attribute set by the page', async () => {
    const el = await fixture<MspCheckout>(
      html`<msp-checkout endpoint="/orders" gateways="DOTPAY,ALIPAY" selected="ALIPAY"></msp-checkout>`,
    );
    expect(shadow(el).radio('ALIPAY').checked).to.be.true;
    expect(shadow(el).radio('DOTPAY').checked).to.be.false;
  });

  it('offers Pay alone, in a named form, with neither gateways nor gateways-endpoint', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    expect(shadow(el).radios()).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="methods"], [part="empty"]')).to.be.null;
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Payment method');
    expect(shadow(el).button().disabled).to.be.false;
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €10.00');
  });

  it('says so and disables Pay when the gateways it was given are none it can offer', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'APPLEPAY' });
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No payment method');
    expect(shadow(el).button().disabled).to.be.true;
  });

  it('chooses with the mouse: selected reflects it and msp-select carries the gateway', async () => {
    const el = await mount({ endpoint: '/orders' });
    const event = oneEvent(el, 'msp-select');
    shadow(el).radio('ALIPAY').closest('label')!.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ gateway: 'ALIPAY', name: 'Alipay' });
    expect(el.selected).to.equal('ALIPAY');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('ALIPAY');
  });

  it('chooses with the keyboard: Tab into the group, arrow keys move the choice', async () => {
    const el = await mount({ endpoint: '/orders' });
    const chosen: string[] = [];
    el.addEventListener('msp-select', (event) => chosen.push(event.detail.gateway));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(shadow(el).radio('DOTPAY'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.selected).to.equal('IDEAL');
    expect(chosen).to.deep.equal(['DOTPAY', 'ALIPAY', 'IDEAL']);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(shadow(el).button());
  });

  it('does not fire msp-select when the page sets selected in code', async () => {
    const el = await mount({ endpoint: '/orders' });
    let fired = 0;
    el.addEventListener('msp-select', () => (fired += 1));
    el.selected = 'IDEAL';
    await el.updateComplete;
    expect(shadow(el).radio('IDEAL').checked).to.be.true;
    expect(fired).to.equal(0);
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

describe('<msp-checkout> styled from the page', () => {
  it('::part() reaches each piece a designer styles: gateway, label, icon, legend, submit, error', async () => {
    const sheet = document.createElement('style');
    const parts = ['gateway', 'label', 'gateway-name', 'icon', 'legend', 'submit', 'error'];
    // A colour of its own for each part, as a shop's stylesheet would set it.
    sheet.textContent = parts
      .map((part, i) => `msp-checkout::part(${part}) { outline-color: rgb(${i + 1}, 2, 3); }`)
      .join('\n');
    document.head.append(sheet);
    try {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL' });
      el.gateways = [{ id: 'IDEAL', icon: '/logos/ideal.svg' }];
      el.endpoint = '';
      await el.updateComplete;
      const root = el.shadowRoot!;
      const colour = (selector: string) => getComputedStyle(root.querySelector(selector)!).outlineColor;
      expect(colour('label.gateway')).to.equal('rgb(1, 2, 3)');
      // The method's name answers to both names; the later rule wins.
      expect(colour('.gateway span:not(.icon)')).to.equal('rgb(3, 2, 3)');
      expect(colour('img')).to.equal('rgb(4, 2, 3)');
      expect(colour('legend')).to.equal('rgb(5, 2, 3)');
      expect(colour('button[type="submit"]')).to.equal('rgb(6, 2, 3)');
      expect(colour('#error')).to.equal('rgb(7, 2, 3)');
      sheet.textContent = 'msp-checkout::part(label) { outline-color: rgb(9, 9, 9); }';
      expect(colour('.gateway span:not(.icon)')).to.equal('rgb(9, 9, 9)');
    } finally {
      sheet.remove();
    }
  });
});

describe('<msp-checkout> Pay button', () => {
  it('shows the amount formatted for the locale', async () => {
    const el = await mount({ endpoint: '/orders', amount: '1000', currency: 'EUR', locale: 'en_US' });
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €10.00');
    el.locale = 'nl_NL';
    await el.updateComplete;
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €\u00a010,00');
    el.currency = 'JPY';
    el.locale = 'en_US';
    await el.updateComplete;
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay ¥1,000');
  });

  it('says only "Pay" when no amount is given', async () => {
    const el = await mount({ endpoint: '/orders', amount: undefined, currency: undefined });
    el.removeAttribute('amount');
    await el.updateComplete;
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay');
  });
});

describe('<msp-checkout> configuration errors', () => {
  it('shows a missing endpoint as a visible configuration error and reports it on Pay', async () => {
    const el = await mount({ gateways: 'IDEAL' });
    expect(shadow(el).alert().textContent!.trim()).to.equal(
      'This checkout is not set up correctly. Please contact the shop.',
    );
    const event = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    const { detail } = await event;
    expect(detail.code).to.equal('missing-endpoint');
    expect(detail.message).to.contain(DEV_MODE ? 'endpoint attribute is missing' : 'endpoint is missing');
  });

  it('names the attribute that is wrong: amount in cents, currency code, gateway ids, payment origins', async () => {
    const { endpoint, requests } = backend('success');
    // [attribute, value, what the development build says, what the production build says]
    const cases: Array<[string, string, string, string]> = [
      ['amount', '10.50', 'amount must be the digits of an integer number of cents', 'amount got "10.50"'],
      ['amount', '-5', 'amount must be the digits of an integer number of cents', 'amount got "-5"'],
      ['amount', '0', 'amount must be a positive integer', 'amount got 0'],
      ['currency', 'euro', 'currency must be an ISO 4217 code', 'currency got "EURO"'],
      ['gateways', 'IDEAL,<img>', 'gateways has entries that are not gateway ids: "<img>"', 'gateways got "<img>"'],
      [
        'payment-origins',
        'http://pay.example.com',
        'payment-origins accepts https origins',
        'payment-origins got "http://pay.example.com"',
      ],
      [
        'description',
        'x'.repeat(201),
        'description must be plain text of at most 200 characters',
        `description got "${'x'.repeat(201)}"`,
      ],
      ['order-id', 'o'.repeat(51), 'order-id must be 1 to 50 printable characters', `order-id got "${'o'.repeat(51)}"`],
    ];
    for (const [attribute, value, developing, shipped] of cases) {
      const message = DEV_MODE ? developing : shipped;
      const el = await mount({ endpoint, gateways: 'IDEAL' });
      el.setAttribute(attribute, value);
      await el.updateComplete;
      // The shopper reads a plain sentence; the integrator gets what is wrong in msp-error (and the console).
      expect(shadow(el).alert().textContent, attribute).not.to.contain(message);
      const event = oneEvent(el, 'msp-error');
      shadow(el).button().click();
      const { detail } = await event;
      expect(detail.code, attribute).to.equal('invalid-config');
      expect(detail.message, attribute).to.contain(message);
    }
    expect(await requests()).to.have.length(0);
  });

  it('falls back to the default timeout for an invalid one', async () => {
    const el = await mount({ endpoint: '/orders', timeout: 'soon' });
    expect(shadow(el).alert().textContent!.trim()).to.equal('');
  });
  it('does not create an order that payment-origins="" can never let the shopper pay', async () => {
    const { endpoint, requests } = backend('success-test-env');
    const el = await mount({ endpoint, gateways: 'IDEAL', paymentOrigins: '' });
    const failed = oneEvent(el, 'msp-error');
    await el.submit();
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-config');
    expect(await requests()).to.have.length(0);
  });
});
