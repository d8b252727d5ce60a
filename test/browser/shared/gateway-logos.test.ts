import { expect } from '@open-wc/testing';
import { GATEWAY_CATALOGUE } from '../../../src/shared/gateway-catalogue.js';
import { isImageUrl, logoFileName, logoUrl } from '../../../src/shared/gateway-logos.js';
import { normalizeGateways } from '../../../src/shared/gateway-input.js';

/**
 * MultiSafepay's logo file for every gateway of the catalogue, as https://media.multisafepay.com/img/methods/svg/<file>
 * and as the file a shop's own `icons` folder holds. Where MultiSafepay publishes the name, the source is given:
 * - docs: MultiSafepay/docs content/payment-methods/{mbway,multibanco,buy-now-pay-later}.md, and the API's
 *   icon_urls in openapi/components/examples/responses/listPaymentMethods.json (same scheme: visa.svg, postepay.svg);
 * - vsf: MultiSafepay/vsf-payment-multisafepay README.md, `payment_methods_mapping_img`, which MultiSafepay's module
 *   completes to https://media.multisafepay.com/img/methods/svg/<name>.svg (store/actions.ts).
 * The others are not named in any MultiSafepay source we could read; they follow the scheme every published one
 * without an exception follows (the id in lower case: ideal, mbway, multibanco, eps, trustly, giropay, mistercash).
 */
const EXPECTED: Record<string, [file: string, source: 'docs' | 'vsf' | 'scheme']> = {
  IDEAL: ['ideal.svg', 'docs'],
  DOTPAY: ['dotpay.svg', 'scheme'],
  ALIPAY: ['alipay.svg', 'scheme'],
  ALIPAYPLUS: ['alipayplus.svg', 'scheme'],
  MISTERCASH: ['mistercash.svg', 'vsf'],
  PAYPAL: ['paypal.svg', 'scheme'],
  TRUSTLY: ['trustly.svg', 'vsf'],
  EPS: ['eps.svg', 'vsf'],
  MBWAY: ['mbway.svg', 'docs'],
  MULTIBANCO: ['multibanco.svg', 'docs'],
  BELFIUS: ['belfius.svg', 'scheme'],
  KBC: ['kbc.svg', 'scheme'],
  CBC: ['cbc.svg', 'scheme'],
  MYBANK: ['mybank.svg', 'scheme'],
  BIZUM: ['bizum.svg', 'scheme'],
  TRUSTPAY: ['trustpay.svg', 'scheme'],
  WECHAT: ['wechat.svg', 'scheme'],
  BANKTRANS: ['banktransfer.svg', 'vsf'],
  GIROPAY: ['giropay.svg', 'vsf'],
  DIRECTBANK: ['sofortbank.svg', 'vsf'],
  CREDITCARD: ['creditcard.svg', 'scheme'],
  VISA: ['visa.svg', 'docs'],
  MASTERCARD: ['master.svg', 'docs'],
  AMEX: ['amex.svg', 'docs'],
  MAESTRO: ['maestro.svg', 'docs'],
  APPLEPAY: ['applepay.svg', 'scheme'],
  GOOGLEPAY: ['googlepay.svg', 'scheme'],
  AMAZONBTN: ['amazonbtn.svg', 'scheme'],
  KLARNA: ['klarna.svg', 'scheme'],
  AFTERPAY: ['afterpay.svg', 'scheme'],
  IN3: ['in3.svg', 'scheme'],
  BILLINK: ['billink.svg', 'scheme'],
  EINVOICE: ['einvoice.svg', 'scheme'],
  BNPL_MF: ['bnpl_mf.svg', 'scheme'],
  BNPL_INSTM: ['bnpl_instm.svg', 'scheme'],
  SANTANDER: ['santander.svg', 'scheme'],
  IDEALQR: ['idealqr.svg', 'scheme'],
  DIRDEB: ['dirdeb.svg', 'scheme'],
  DBRTP: ['dbrtp.svg', 'scheme'],
  PSAFECARD: ['psafecard.svg', 'scheme'],
  AMSGIFT: ['amsgift.svg', 'scheme'],
  BABYCAD: ['babycad.svg', 'scheme'],
  BEAUTYWELL: ['beautywell.svg', 'scheme'],
  BEAUTYCAD: ['beautycad.svg', 'scheme'],
  BLOEMENCAD: ['bloemencad.svg', 'scheme'],
  BOEKENBON: ['boekenbon.svg', 'scheme'],
  DEGROTESPL: ['degrotespl.svg', 'scheme'],
  DORDTPAS: ['dordtpas.svg', 'scheme'],
  EDENCOM: ['edencom.svg', 'scheme'],
  EDENCO: ['edenco.svg', 'scheme'],
  EDENRES: ['edenres.svg', 'scheme'],
  EDENSPORTS: ['edensports.svg', 'scheme'],
  FASHIONCHQ: ['fashionchq.svg', 'scheme'],
  FASHIONGFT: ['fashiongft.svg', 'scheme'],
  FIETSENBON: ['fietsenbon.svg', 'scheme'],
  GELREPAS: ['gelrepas.svg', 'scheme'],
  GEZONDHEID: ['gezondheid.svg', 'scheme'],
  GOOD4FUN: ['good4fun.svg', 'scheme'],
  HORSESGIFT: ['horsesgift.svg', 'scheme'],
  MONIECO: ['monieco.svg', 'scheme'],
  MONIGIFT: ['monigift.svg', 'scheme'],
  MONIMEAL: ['monimeal.svg', 'scheme'],
  NATNLBIOSC: ['natnlbiosc.svg', 'scheme'],
  NATNLETUIN: ['natnletuin.svg', 'scheme'],
  PARFUMCADE: ['parfumcade.svg', 'scheme'],
  ROTGIFT: ['rotgift.svg', 'scheme'],
  UPAS: ['upas.svg', 'scheme'],
  SPORTENFIT: ['sportenfit.svg', 'scheme'],
  SODESPORTS: ['sodesports.svg', 'scheme'],
  VRGIFTCARD: ['vrgiftcard.svg', 'scheme'],
  VVVGIFTCRD: ['vvvgiftcrd.svg', 'scheme'],
  WEBSHOPGFT: ['webshopgft.svg', 'scheme'],
  WIJNCADEAU: ['wijncadeau.svg', 'scheme'],
  YOURGIFT: ['yourgift.svg', 'scheme'],
};

describe('logoFileName', () => {
  it("names every catalogue gateway's logo as MultiSafepay does", () => {
    expect(GATEWAY_CATALOGUE.map((gateway) => gateway.id)).to.have.members(Object.keys(EXPECTED));
    for (const { id } of GATEWAY_CATALOGUE) expect(logoFileName(id), id).to.equal(EXPECTED[id]![0]);
  });

  it('uses the lower-case id for a gateway the catalogue does not know', () => {
    expect(logoFileName('NEWPAY')).to.equal('newpay.svg');
  });
});

describe('logoUrl', () => {
  it('completes a folder, with or without its final slash', () => {
    expect(logoUrl('/assets/payment-logos/', 'IDEAL')).to.equal('/assets/payment-logos/ideal.svg');
    expect(logoUrl('/assets/payment-logos', 'BANKTRANS')).to.equal('/assets/payment-logos/banktransfer.svg');
    expect(logoUrl('https://media.multisafepay.com/img/methods/svg/', 'MBWAY')).to.equal(
      'https://media.multisafepay.com/img/methods/svg/mbway.svg',
    );
  });
});

describe('isImageUrl', () => {
  it('takes https URLs and paths on the page’s own server', () => {
    for (const url of ['https://media.multisafepay.com/img/methods/svg/ideal.svg', '/logos/ideal.svg', 'logos/x.svg'])
      expect(isImageUrl(url), url).to.be.true;
  });

  it('refuses other schemes, http off loopback, empty values and markup characters', () => {
    for (const url of [
      '',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      'http://cdn.example/ideal.svg',
      'ftp://cdn.example/ideal.svg',
      '/a b.svg',
      '/a"onerror="x.svg',
    ])
      expect(isImageUrl(url), url).to.be.false;
  });

  it('refuses a protocol-relative URL: on an http page it loads over http from another host', () => {
    for (const url of ['//cdn.example/ideal.svg', '//localhost/ideal.svg', '//127.0.0.1:8000/x.svg'])
      expect(isImageUrl(url), url).to.be.false;
    // What it resolves to on this (http) test page: the foreign host, over http.
    expect(new URL('//cdn.example/ideal.svg', 'http://localhost:8000/').href).to.equal('http://cdn.example/ideal.svg');
  });
});

describe('normalizeGateways: icon', () => {
  it('keeps an image URL and sets other values aside for a warning', () => {
    expect(
      normalizeGateways([
        { id: 'IDEAL', icon: '/logos/ideal.svg' },
        { id: 'DOTPAY', icon: 'javascript:alert(1)' },
        { id: 'EPS', icon: 7 as unknown as string },
        'KBC',
      ]),
    ).to.deep.equal({
      gateways: [
        { id: 'IDEAL', name: 'iDEAL', icon: '/logos/ideal.svg' },
        { id: 'DOTPAY', name: 'Dotpay' },
        { id: 'EPS', name: 'EPS' },
        { id: 'KBC', name: 'KBC' },
      ],
      invalid: [],
      invalidIcons: ['javascript:alert(1)', '7'],
    });
  });
});
