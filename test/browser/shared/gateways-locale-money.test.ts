import { expect } from '@open-wc/testing';
import { GATEWAY_CATALOGUE } from '../../../src/shared/gateway-catalogue.js';
import { gatewayName, normalizeGateways } from '../../../src/shared/gateway-input.js';
import { toMspLocale } from '../../../src/internal/msp-locale.js';
import { formatAmount } from '../../../src/shared/money.js';

describe('normalizeGateways', () => {
  it('splits, trims, upper-cases and de-duplicates the attribute, keeping order', () => {
    expect(normalizeGateways(' dotpay, ALIPAY ,,ideal,DOTPAY').gateways).to.deep.equal([
      { id: 'DOTPAY', name: 'Dotpay' },
      { id: 'ALIPAY', name: 'Alipay' },
      { id: 'IDEAL', name: 'iDEAL' },
    ]);
  });

  it('reports entries that are not gateway ids', () => {
    const { gateways, invalid } = normalizeGateways(['IDEAL', 'bad id', { name: 'x' }, 7] as unknown as string[]);
    expect(gateways.map((gateway) => gateway.id)).to.deep.equal(['IDEAL']);
    expect(invalid).to.deep.equal(['bad id', '{"name":"x"}', '7']);
  });

  it('treats null and an empty string as no gateways', () => {
    expect(normalizeGateways(null)).to.deep.equal({ gateways: [], invalid: [], invalidIcons: [] });
    expect(normalizeGateways('')).to.deep.equal({ gateways: [], invalid: [], invalidIcons: [] });
  });
});

describe('gateway catalogue', () => {
  it('names every redirect gateway of the MultiSafepay reference, retired ones included', () => {
    // MultiSafepay's names (MultiSafepay/docs api/general/gateway-ids.md and each method's page under
    // content/payment-methods/), transcribed apart from the source.
    const expected = {
      CREDITCARD: 'Card payments',
      VISA: 'Visa',
      MASTERCARD: 'Mastercard',
      AMEX: 'American Express',
      MAESTRO: 'Maestro',
      APPLEPAY: 'Apple Pay',
      GOOGLEPAY: 'Google Pay',
      PAYPAL: 'PayPal',
      AMAZONBTN: 'Amazon Pay',
      ALIPAY: 'Alipay',
      ALIPAYPLUS: 'Alipay+',
      WECHAT: 'WeChat Pay',
      KLARNA: 'Klarna',
      AFTERPAY: 'Riverty',
      IN3: 'iDEAL in3',
      BILLINK: 'Billink',
      EINVOICE: 'E-Invoicing',
      BNPL_MF: 'Pay After Delivery',
      BNPL_INSTM: 'Pay After Delivery installments',
      SANTANDER: 'Betaal per Maand',
      IDEAL: 'iDEAL',
      IDEALQR: 'iDEAL QR',
      DOTPAY: 'Dotpay',
      BANKTRANS: 'Bank transfer',
      DIRECTBANK: 'Sofort',
      MISTERCASH: 'Bancontact',
      EPS: 'EPS',
      GIROPAY: 'Giropay',
      MYBANK: 'MyBank',
      TRUSTLY: 'Trustly',
      BELFIUS: 'Belfius',
      KBC: 'KBC',
      CBC: 'CBC',
      MBWAY: 'MB WAY',
      MULTIBANCO: 'Multibanco',
      BIZUM: 'Bizum',
      TRUSTPAY: 'TrustPay',
      DIRDEB: 'Direct debit',
      DBRTP: 'Request to Pay',
      PSAFECARD: 'Paysafecard',
      AMSGIFT: 'Amsterdam stadspas',
      BABYCAD: 'Baby Cadeaubon',
      BEAUTYWELL: 'Beautyandwellness',
      BEAUTYCAD: 'Beauty cadeau',
      BLOEMENCAD: 'Bloemencadeaukaart',
      BOEKENBON: 'Boekenbon',
      DEGROTESPL: 'Degrotespeelgoedwinkel',
      DORDTPAS: 'Dordtpas',
      EDENCOM: 'Edenred Ticket Compliments',
      EDENCO: 'Edenred Ticket EcoCheque',
      EDENRES: 'Edenred Ticket Restaurant',
      EDENSPORTS: 'Edenred Ticket Sport & Culture',
      FASHIONCHQ: 'Fashioncheque',
      FASHIONGFT: 'Fashiongiftcard',
      FIETSENBON: 'Fietsenbon',
      GELREPAS: 'Gelrepas',
      GEZONDHEID: 'Gezondheidsbon',
      GOOD4FUN: 'Good4fun',
      HORSESGIFT: 'Horses & Gifts',
      MONIECO: 'Monizze eco voucher',
      MONIGIFT: 'Monizze gift voucher',
      MONIMEAL: 'Monizze meal voucher',
      NATNLBIOSC: 'Nationale bioscoopbon',
      NATNLETUIN: 'Nationale tuinbon',
      PARFUMCADE: 'Parfumcadeaukaart',
      ROTGIFT: 'Rotterdampas',
      UPAS: 'U-pas',
      SPORTENFIT: 'Sportenfit',
      SODESPORTS: 'Sodexo',
      VRGIFTCARD: 'Vuur & rook gift card',
      VVVGIFTCRD: 'VVV Cadeaukaart',
      WEBSHOPGFT: 'Webshopgiftcard',
      WIJNCADEAU: 'Wijncadeau',
      YOURGIFT: 'YourGift',
    };
    for (const [id, name] of Object.entries(expected)) expect(gatewayName(id), id).to.equal(name);
    expect(GATEWAY_CATALOGUE).to.have.length(Object.keys(expected).length);
  });

  it('falls back to the id for a gateway it does not know', () => {
    expect(gatewayName('NEWPAY')).to.equal('NEWPAY');
  });
});

describe('toMspLocale', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['en_US', 'en_US'],
    ['en-us', 'en_US'],
    ['nl', 'nl_NL'],
    ['zh', 'zh_CN'],
    ['pl-PL', 'pl_PL'],
    ['pt_BR', 'pt_BR'],
    ['iw-IL', 'he_IL'],
    ['', undefined],
    ['not a locale!', undefined],
    [42, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => expect(toMspLocale(input)).to.equal(expected));
  }

  it('reads the language-region form a browser reports without Intl, whose first use is slow on a cold page', () => {
    const intl = Intl as { Locale: typeof Intl.Locale };
    const { Locale } = intl;
    let calls = 0;
    intl.Locale = new Proxy(Locale, {
      construct(target, args: [string]) {
        calls += 1;
        return new target(...args);
      },
    });
    try {
      expect([toMspLocale('fr-CA'), toMspLocale('de-at'), toMspLocale('es_mx')]).to.deep.equal([
        'fr_CA',
        'de_AT',
        'es_MX',
      ]);
      expect(calls).to.equal(0);
      expect(toMspLocale('fi')).to.equal('fi_FI');
      expect(calls, 'a bare language still needs Intl for its likely region').to.equal(1);
    } finally {
      intl.Locale = Locale;
    }
  });
});

describe('formatAmount', () => {
  it("formats minor units with the currency's own digits", () => {
    expect(formatAmount(1000, 'EUR', 'en-US')).to.equal('€10.00');
    expect(formatAmount(1000, 'PLN', 'pl-PL')).to.equal('10,00\u00a0zł');
    expect(formatAmount(1000, 'JPY', 'en-US')).to.equal('¥1,000');
    expect(formatAmount(1005, 'USD', 'en-US')).to.equal('$10.05');
  });
});
