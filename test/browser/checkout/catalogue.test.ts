import { expect, waitUntil } from '@open-wc/testing';
import ar from '../../../src/checkout/locales/ar.js';
import { GATEWAY_CATALOGUE } from '../../../src/shared/gateway-catalogue.js';
import { GATEWAY_NAMES } from '../../../src/shared/gateway-names.js';
import { mount, shadow } from '../../support/helpers.js';

type WithApplePay = typeof globalThis & { ApplePaySession?: { canMakePayments(): boolean } };

describe("<msp-checkout> MultiSafepay's payment methods", () => {
  const active = GATEWAY_CATALOGUE.filter(({ status }) => status === 'active').map(({ id }) => id);

  afterEach(() => {
    delete (globalThis as WithApplePay).ApplePaySession;
  });

  it("shows every active redirect method under MultiSafepay's name, with no warning", async () => {
    (globalThis as WithApplePay).ApplePaySession = { canMakePayments: () => true };
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount({ endpoint: '/orders', gateways: active.join(','), orderId: 'order-1' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(
        shadow(el)
          .radios()
          .map((radio) => radio.value),
      ).to.deep.equal(active);
      expect(shadow(el).labels()).to.deep.equal(active.map((id) => GATEWAY_NAMES[id]));
      for (const id of ['VISA', 'APPLEPAY', 'KLARNA', 'IN3', 'AFTERPAY'])
        expect(shadow(el).labels()).to.include(GATEWAY_NAMES[id]);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('names every catalogue method, with its kind, countries, currencies and logo', () => {
    for (const entry of GATEWAY_CATALOGUE) {
      expect(entry.name, entry.id).to.equal(GATEWAY_NAMES[entry.id]);
      expect(entry.name, entry.id).to.not.equal(entry.id.toLowerCase());
      expect(entry.logo, entry.id).to.match(/^[a-z0-9_]+\.svg$/);
      for (const code of entry.countries) expect(code, entry.id).to.match(/^[A-Z]{2}$/);
      for (const code of entry.currencies) expect(code, entry.id).to.match(/^[A-Z]{3}$/);
    }
  });

  it('translates the generic names and keeps the brands', async () => {
    const el = await mount({
      locale: 'nl_NL',
      endpoint: '/orders',
      gateways: 'CREDITCARD,BANKTRANS,KLARNA,PAYPAL,MONIMEAL,VRGIFTCARD',
    });
    await waitUntil(() => shadow(el).labels()[1] === 'Bankoverschrijving', 'Dutch never loaded');
    expect(shadow(el).labels()).to.deep.equal([
      'Kaartbetaling',
      'Bankoverschrijving',
      'Klarna',
      'PayPal',
      'Monizze maaltijdcheque',
      'Vuur & rook cadeaukaart',
    ]);
  });

  it('keeps a brand whole in a right-to-left language: "Alipay+", never "+Alipay"', async () => {
    const el = await mount({ locale: 'ar_SA', endpoint: '/orders', gateways: 'ALIPAYPLUS,BANKTRANS' });
    await waitUntil(() => shadow(el).labels()[1] === ar.gatewayNames!['BANKTRANS'], 'Arabic never loaded');
    const [brand, generic] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="gateway-name"]')];
    expect(getComputedStyle(brand!).direction).to.equal('ltr');
    expect(getComputedStyle(brand!).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(generic!).direction).to.equal('rtl');
    // Where the shopper sees the characters: the plus after the name, to its right.
    const text = brand!.firstChild!.nodeType === Node.TEXT_NODE ? brand!.firstChild! : brand!.childNodes[1]!;
    const box = (start: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      return range.getBoundingClientRect();
    };
    const content = text.textContent!;
    expect(box(content.indexOf('+')).left).to.be.greaterThan(box(content.indexOf('A')).left);
  });
});
