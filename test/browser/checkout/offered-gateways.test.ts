import { expect } from '@open-wc/testing';
import {
  filterGateways,
  parseGatewayList,
  restrictGateways,
  type GatewayOption,
} from '../../../src/checkout/offered-gateways.js';

describe('parseGatewayList', () => {
  it('reads GET /gateways: id and description', () => {
    expect(parseGatewayList({ success: true, data: [{ id: 'DOTPAY', description: 'DotPay' }] })).to.deep.equal([
      { id: 'DOTPAY', name: 'DotPay' },
    ]);
  });

  it('reads GET /payment-methods: name, icon, constraints', () => {
    const [option] = parseGatewayList({
      data: [
        {
          id: 'ideal',
          name: 'iDEAL',
          icon_urls: { large: 'https://media.example/ideal.png', vector: 'javascript:alert(1)' },
          allowed_amount: { min: 1, max: 100 },
          allowed_countries: ['nl'],
          allowed_currencies: ['EUR'],
          preferred_countries: ['NL'],
        },
      ],
    })!;
    expect(option).to.deep.equal({
      id: 'IDEAL',
      name: 'iDEAL',
      icon: 'https://media.example/ideal.png',
      countries: ['NL'],
      currencies: ['EUR'],
      preferredCountries: ['NL'],
      minAmount: 1,
      maxAmount: 100,
    });
  });

  it('names a gateway that arrives without a name from the catalogue, skips bad entries', () => {
    expect(parseGatewayList([{ id: 'MBWAY' }, { id: 'bad id' }, 'IDEAL', null, { id: 'MBWAY' }])).to.deep.equal([
      { id: 'MBWAY', name: 'MB WAY' },
    ]);
  });

  it('returns undefined for anything that is not a list', () => {
    expect(parseGatewayList({ success: true, data: {} })).to.equal(undefined);
    expect(parseGatewayList({ success: false, data: [] })).to.equal(undefined);
    expect(parseGatewayList('IDEAL')).to.equal(undefined);
  });
});

describe('filterGateways', () => {
  const option = (id: string, extra: Partial<GatewayOption> = {}): GatewayOption => ({ id, name: id, ...extra });

  it('keeps everything without constraints or context', () => {
    const list = [option('NEWPAY'), option('OTHER')];
    expect(filterGateways(list, {})).to.deep.equal(list);
  });

  it('applies the catalogue when the list has no constraints, and keeps unknown ids', () => {
    const ids = filterGateways([option('IDEAL'), option('DOTPAY'), option('NEWPAY')], {
      country: 'pl',
      currency: 'pln',
    });
    expect(ids.map((o) => o.id)).to.deep.equal(['DOTPAY', 'NEWPAY']);
  });

  it("lets the list's own constraints win over the catalogue", () => {
    const ids = filterGateways([option('IDEAL', { countries: ['BE'] })], { country: 'BE', currency: 'EUR' });
    expect(ids.map((o) => o.id)).to.deep.equal(['IDEAL']);
  });

  it('treats amount bounds as inclusive', () => {
    const list = [option('X', { minAmount: 100, maxAmount: 200 })];
    expect(filterGateways(list, { amount: 100 })).to.have.length(1);
    expect(filterGateways(list, { amount: 200 })).to.have.length(1);
    expect(filterGateways(list, { amount: 99 })).to.have.length(0);
    expect(filterGateways(list, { amount: 201 })).to.have.length(0);
  });

  it('puts gateways that prefer the country first, keeping the order otherwise', () => {
    const list = [
      option('A'),
      option('B', { preferredCountries: ['NL'] }),
      option('C'),
      option('D', { preferredCountries: ['NL'] }),
    ];
    expect(filterGateways(list, { country: 'nl' }).map((o) => o.id)).to.deep.equal(['B', 'D', 'A', 'C']);
  });
});

describe('restrictGateways', () => {
  it('keeps the named ones in the named order, or all when none are named', () => {
    const list = [
      { id: 'A', name: 'A' },
      { id: 'B', name: 'B' },
      { id: 'C', name: 'C' },
    ];
    expect(
      restrictGateways(list, [
        { id: 'C', name: '' },
        { id: 'A', name: '' },
        { id: 'Z', name: '' },
      ]).map((o) => o.id),
    ).to.deep.equal(['C', 'A']);
    expect(restrictGateways(list, [])).to.deep.equal(list);
  });
});
