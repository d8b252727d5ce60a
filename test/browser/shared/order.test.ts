import { expect } from '@open-wc/testing';
import { orderProblems } from '../../../src/checkout/config.js';
import { badOrderFields, buildOrderRequest, orderFieldProblems } from '../../../src/shared/order.js';
import { DEV_MODE } from '../../../src/internal/dev-mode.js';

describe('buildOrderRequest', () => {
  it("leaves gateway out when there is no choice here, also one an extra field names: MultiSafepay's page asks", () => {
    const order = buildOrderRequest({ locale: 'nl_NL', extraFields: { gateway: 'IDEAL', var1: 'x' } });
    expect(order).to.deep.equal({ var1: 'x', type: 'redirect', customer: { locale: 'nl_NL' } });
    expect(Object.keys(buildOrderRequest({ gateway: 'IDEAL', locale: 'nl_NL' }))).to.deep.equal([
      'type',
      'gateway',
      'customer',
    ]);
  });

  it("builds MultiSafepay's redirect order shape, as in the Dotpay example", () => {
    expect(
      buildOrderRequest({
        gateway: 'DOTPAY',
        locale: 'en_US',
        orderId: 'my-order-id-1',
        currency: 'EUR',
        amount: 1000,
        description: 'Test Order Description',
      }),
    ).to.deep.equal({
      type: 'redirect',
      gateway: 'DOTPAY',
      order_id: 'my-order-id-1',
      currency: 'EUR',
      amount: 1000,
      description: 'Test Order Description',
      customer: { locale: 'en_US' },
    });
  });

  it('leaves out absent and empty optional fields', () => {
    expect(
      buildOrderRequest({ gateway: 'ALIPAY', locale: 'zh_CN', orderId: '', currency: null, description: undefined }),
    ).to.deep.equal({
      type: 'redirect',
      gateway: 'ALIPAY',
      customer: { locale: 'zh_CN' },
    });
  });

  it("adds extra fields but never lets them replace the element's", () => {
    const order = buildOrderRequest({
      gateway: 'IDEAL',
      locale: 'nl_NL',
      extraFields: { type: 'direct', gateway: 'X', var1: 'a', customer: { email: 'e@example.com', locale: 'xx' } },
    });
    expect(order).to.deep.equal({
      type: 'redirect',
      gateway: 'IDEAL',
      var1: 'a',
      customer: { email: 'e@example.com', locale: 'nl_NL' },
    });
  });
});

describe('orderFieldProblems', () => {
  it('accepts a valid order', () => {
    expect(
      orderFieldProblems({ gateway: 'DOTPAY', amount: 1000, currency: 'PLN', order_id: 'o-1', description: 'Shoes' }),
    ).to.deep.equal([]);
  });

  it('requires a gateway id unless partial', () => {
    expect(orderFieldProblems({})).to.have.length(1);
    expect(orderFieldProblems({}, { partial: true })).to.deep.equal([]);
    expect(orderFieldProblems({ gateway: 'dotpay' })[0]).to.contain('gateway');
    expect(orderFieldProblems({ gateway: 'DOT PAY' })[0]).to.contain('gateway');
  });

  const bad: Array<[string, Record<string, unknown>]> = [
    ['amount as a string', { amount: '1000' }],
    ['amount zero', { amount: 0 }],
    ['amount with cents as a fraction', { amount: 10.5 }],
    ['amount beyond safe integers', { amount: 2 ** 60 }],
    ['lower-case currency', { currency: 'eur' }],
    ['a currency of four letters', { currency: 'EURO' }],
    ['an order id of 51 characters', { order_id: 'x'.repeat(51) }],
    ['an empty order id', { order_id: ' ' }],
    ['a numeric order id', { order_id: 42 }],
    ['an order id with a newline', { order_id: 'a\nb' }],
    ['a description of 201 characters', { description: 'd'.repeat(201) }],
    ['a description with HTML', { description: 'Shoes <b>cheap</b>' }],
  ];
  for (const [what, fields] of bad) {
    it(`refuses ${what}`, () => {
      expect(orderFieldProblems({ gateway: 'IDEAL', ...fields })).to.have.length(1);
    });
  }

  it('allows a description with a harmless angle bracket and 200 characters', () => {
    expect(orderFieldProblems({ gateway: 'IDEAL', description: 'I <3 shoes' })).to.deep.equal([]);
    expect(orderFieldProblems({ gateway: 'IDEAL', description: 'd'.repeat(200) })).to.deep.equal([]);
  });
});

describe('badOrderFields and the words for them', () => {
  const fields = { gateway: 'IDEAL', amount: 0, currency: 'eur', order_id: 'a\nb', description: '<b>x</b>' };

  it('names every field that breaks its rule, in the order the problems are told', () => {
    expect(badOrderFields(fields)).to.deep.equal(['amount', 'currency', 'order_id', 'description']);
    expect(badOrderFields({}, true)).to.deep.equal([]);
    expect(badOrderFields({})).to.deep.equal(['gateway']);
  });

  it('says each rule, under the name the reader wrote (orderFieldProblems, and the element while developing)', () => {
    const said = [
      'amount must be a positive integer in minor units (1000 for 10.00), got 0',
      'currency must be an ISO 4217 code such as "EUR", got "eur"',
      'order-id must be 1 to 50 printable characters, got "a\\nb"',
      'description must be plain text of at most 200 characters',
    ];
    expect(orderFieldProblems(fields, { names: { order_id: 'order-id' } })).to.deep.equal(said);
    // The element's development build words them the same way; its production build names the field and what it got.
    expect(orderProblems(fields)).to.deep.equal(
      DEV_MODE
        ? said
        : [
            'amount got 0',
            'currency got "eur"',
            'order-id got "a\\nb"',
            `description got ${JSON.stringify(fields.description)}`,
          ],
    );
  });
});
