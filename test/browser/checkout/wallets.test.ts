import { expect } from '@open-wc/testing';
import { gatewayList, listLoaded, mount, shadow } from '../../support/helpers.js';

/** Safari's API as a test stands it in: the browser's, not the project's. */
type WithApplePay = typeof globalThis & { ApplePaySession?: { canMakePayments(): boolean } };

function standInApplePay(canPay: boolean | (() => boolean)) {
  (globalThis as WithApplePay).ApplePaySession = {
    canMakePayments: typeof canPay === 'function' ? canPay : () => canPay,
  };
}

describe('<msp-checkout> Apple Pay and Google Pay', () => {
  afterEach(() => {
    delete (globalThis as WithApplePay).ApplePaySession;
  });

  it('leaves Apple Pay out in a browser without ApplePaySession, and offers Google Pay', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'APPLEPAY,GOOGLEPAY,IDEAL' });
    expect(
      shadow(el)
        .radios()
        .map((radio) => radio.value),
    ).to.deep.equal(['GOOGLEPAY', 'IDEAL']);
  });

  it('offers Apple Pay where ApplePaySession.canMakePayments() is true', async () => {
    standInApplePay(true);
    const el = await mount({ endpoint: '/orders', gateways: 'APPLEPAY,GOOGLEPAY,IDEAL' });
    expect(
      shadow(el)
        .radios()
        .map((radio) => radio.value),
    ).to.deep.equal(['APPLEPAY', 'GOOGLEPAY', 'IDEAL']);
    expect(shadow(el).labels()).to.deep.equal(['Apple Pay', 'Google Pay', 'iDEAL']);
  });

  it('leaves Apple Pay out where canMakePayments() is false or throws', async () => {
    standInApplePay(false);
    const el = await mount({ endpoint: '/orders', gateways: 'APPLEPAY,IDEAL' });
    expect(
      shadow(el)
        .radios()
        .map((radio) => radio.value),
    ).to.deep.equal(['IDEAL']);
    standInApplePay(() => {
      throw new DOMException('not secure', 'InvalidAccessError');
    });
    const other = await mount({ endpoint: '/orders', gateways: 'APPLEPAY,IDEAL' });
    expect(
      shadow(other)
        .radios()
        .map((radio) => radio.value),
    ).to.deep.equal(['IDEAL']);
  });

  for (const canPay of [false, true]) {
    it(`${canPay ? 'keeps' : 'drops'} Apple Pay from a gateways-endpoint list ${canPay ? 'where' : 'unless'} it can pay`, async () => {
      if (canPay) standInApplePay(true);
      const list = gatewayList('wallets');
      const el = await mount({ endpoint: '/orders', gateways: '' });
      el.setAttribute('gateways-endpoint', list.endpoint);
      await listLoaded(el);
      const ids = shadow(el)
        .radios()
        .map((radio) => radio.value);
      expect(ids).to.deep.equal(canPay ? ['APPLEPAY', 'GOOGLEPAY', 'IDEAL'] : ['GOOGLEPAY', 'IDEAL']);
    });
  }
});
