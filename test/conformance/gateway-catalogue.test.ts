// The element's catalogue and the fake's methods are two transcriptions of MultiSafepay/docs (each cites its lines):
// they must agree on every redirect method's name, countries and currencies.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GATEWAY_CATALOGUE } from '../../src/shared/gateway-catalogue.js';
import { FAKE_GATEWAYS } from '../../src/server/testing/fake-gateways.js';

describe("the catalogue agrees with the fake's MultiSafepay", () => {
  for (const fake of FAKE_GATEWAYS) {
    test(`${fake.id}: ${fake.name}`, () => {
      const entry = GATEWAY_CATALOGUE.find(({ id }) => id === fake.id);
      assert.ok(entry, `${fake.id} is in the catalogue`);
      assert.equal(entry.name, fake.name);
      assert.deepEqual(entry.countries, fake.countries);
      assert.deepEqual(entry.currencies, fake.currencies);
      assert.equal(entry.status === 'discontinued', false, 'a method the fake offers is not retired');
    });
  }

  test('what the fake leaves out is retired: no new order can pay with it', () => {
    const retired = GATEWAY_CATALOGUE.filter(({ id }) => !FAKE_GATEWAYS.some((fake) => fake.id === id));
    assert.deepEqual(
      retired.map(({ id, status }) => [id, status]),
      [
        ['SANTANDER', 'discontinued'],
        ['GIROPAY', 'discontinued'],
        ['DBRTP', 'discontinued'],
      ],
    );
  });
});
