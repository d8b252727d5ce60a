// Payment-method logos under MultiSafepay's own names and addresses: the element's `icons` folder and the
// fake's icon_urls name each catalogue gateway's logo as MultiSafepay does (`banktransfer.svg` for BANKTRANS, not
// `banktrans.svg`), and the fake's icon_urls have the shape of MultiSafepay's (3x and 2x PNG, svg vector). The names and
// their sources (MultiSafepay/docs, php-sdk, python-sdk, vsf-payment-multisafepay) are in
// ./fixtures/multisafepay-logos.ts. The fake is a real HTTP server on 127.0.0.1 that serves the logos itself.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { GATEWAY_CATALOGUE } from '../../src/shared/gateway-catalogue.js';
import { logoFileName, logoUrl } from '../../src/shared/gateway-logos.js';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../../src/server/testing/index.js';
import { ICON_URLS_SHAPE, MULTISAFEPAY_LOGO_NAMES, UNNAMED } from './fixtures/multisafepay-logos.js';

/** MultiSafepay's logo name of a gateway: the documented one, else (UNNAMED) the id in lower case. */
const expectedName = (id: string) => MULTISAFEPAY_LOGO_NAMES[id]?.name ?? id.toLowerCase();

/** One item of the fake's `GET /payment-methods`, as far as these tests read it. */
interface PaymentMethodItem {
  id: string;
  icon_urls: Record<string, string>;
}

type IconShape = { folder: string; extension: string };

describe("the logo names are MultiSafepay's", () => {
  test('every catalogue gateway is either named by a MultiSafepay source or listed as unnamed', () => {
    for (const { id } of GATEWAY_CATALOGUE) {
      assert.ok(id in MULTISAFEPAY_LOGO_NAMES !== UNNAMED.includes(id), `${id}: named or unnamed, exactly one`);
    }
    for (const [id, { sources }] of Object.entries(MULTISAFEPAY_LOGO_NAMES)) assert.ok(sources.length > 0, id);
  });

  for (const [id, { name, sources }] of Object.entries(MULTISAFEPAY_LOGO_NAMES)) {
    test(`${id}: ${name}.svg (${sources[0].split(' ')[0]})`, () => {
      assert.equal(logoFileName(id), `${name}.svg`);
      assert.equal(
        logoUrl('https://media.multisafepay.com/img/methods/svg/', id),
        `https://media.multisafepay.com/img/methods/svg/${name}.svg`,
      );
    });
  }

  test('gateways no source names keep the id in lower case', () => {
    for (const id of UNNAMED) assert.equal(logoFileName(id), `${id.toLowerCase()}.svg`);
  });
});

describe("the fake's icon_urls: MultiSafepay's names and shape, served offline", () => {
  const ids = [...new Set([...GATEWAY_CATALOGUE.map(({ id }) => id), ...Object.keys(MULTISAFEPAY_LOGO_NAMES)])];
  let fake: FakeMultiSafepay;
  before(async () => {
    const gateways = ids.map((id) => ({
      id,
      name: GATEWAY_CATALOGUE.find((gateway) => gateway.id === id)?.name ?? id,
      countries: [],
      currencies: ['EUR'],
    }));
    fake = await startFakeMultiSafepay({ gateways, notify: false });
  });
  after(() => fake.close());

  const paymentMethods = async () => {
    const response = await fetch(`${fake.baseUrl}/payment-methods`, { headers: { api_key: fake.apiKey } });
    assert.equal(response.status, 200);
    return (await response.json()).data as PaymentMethodItem[];
  };

  test('each item points at /img/methods/{3x,2x,svg}/<MultiSafepay name>.{png,png,svg}', async () => {
    const items = await paymentMethods();
    assert.deepEqual(items.map((item) => item.id).sort(), [...ids].sort());
    for (const item of items) {
      for (const [size, { folder, extension }] of Object.entries(ICON_URLS_SHAPE).filter(
        (entry): entry is [string, IconShape] => entry[0] !== 'sources',
      )) {
        const url = new URL(item.icon_urls[size]);
        assert.equal(url.origin, fake.origin, 'served by the fake itself (offline)');
        assert.equal(
          url.pathname,
          `/img/methods/${folder}/${expectedName(item.id)}.${extension}`,
          `${item.id} ${size}`,
        );
      }
    }
  });

  test('every icon is served with its type: an SVG wordmark, PNGs at twice and three times 90x50', async () => {
    for (const item of await paymentMethods()) {
      const vector = await fetch(item.icon_urls.vector);
      assert.equal(vector.status, 200, item.icon_urls.vector);
      assert.equal(vector.headers.get('content-type'), 'image/svg+xml');
      assert.match(await vector.text(), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      for (const [size, scale] of [
        ['medium', 2],
        ['large', 3],
      ] as const) {
        const response = await fetch(item.icon_urls[size]);
        assert.equal(response.status, 200, item.icon_urls[size]);
        assert.equal(response.headers.get('content-type'), 'image/png');
        const png = Buffer.from(await response.arrayBuffer());
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
        assert.equal(png.toString('ascii', 12, 16), 'IHDR');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [90 * scale, 50 * scale]);
      }
    }
  });

  test('the id in lower case is not a logo where MultiSafepay names it otherwise (banktrans.svg: 404)', async () => {
    for (const id of ['BANKTRANS', 'DIRECTBANK', 'MASTERCARD']) {
      const response = await fetch(`${fake.origin}/img/methods/svg/${id.toLowerCase()}.svg`);
      assert.equal(response.status, 404, id);
      await response.arrayBuffer();
    }
  });
});
