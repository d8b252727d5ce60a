// The demo with a MultiSafepay API key: with MSP_API_KEY (and MSP_ENV) in the environment, `npm start`
// talks to MultiSafepay itself instead of the embedded fake, says which mode it is in on the console and on the
// page, and the key never reaches the browser. "MultiSafepay" is the fake here, under a key of its own, at MSP_ENV =
// its base URL (an environment the server module takes, as it takes 'test' or 'live'); nothing else offers it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { startFakeMultiSafepay } from '../../dist/server/testing/index.js';
import { startDemo } from '../support/demo-server.mjs';

const apiKey = `demo-key-${randomBytes(12).toString('hex')}`;
const logged = [];
let multisafepay;
let demo;

before(async () => {
  multisafepay = await startFakeMultiSafepay({ apiKey, notify: false });
  process.env.MSP_API_KEY = apiKey;
  process.env.MSP_ENV = multisafepay.baseUrl;
  demo = await startDemo({ logged });
});

after(async () => {
  delete process.env.MSP_API_KEY;
  delete process.env.MSP_ENV;
  await demo?.close();
  await multisafepay?.close();
});

test('the console and the page say it talks to MultiSafepay; the order is created there with the key; the browser never sees the key', async () => {
  const mode = `MultiSafepay ${multisafepay.baseUrl} API`;
  assert.ok(
    logged.some((line) => line.includes(`demo backend: ${mode}`)),
    `the console says the mode: ${logged.join(' | ')}`,
  );

  const page = await demo.browser.newPage();
  const seen = [];
  page.on('response', (response) => {
    seen.push(
      response.text().then(
        (text) => ({ url: response.url(), text }),
        () => ({ url: response.url(), text: '' }),
      ),
    );
  });
  await page.goto(`${demo.base}demo/`);
  await page.getByText(`Demo · ${mode}`).waitFor();
  const config = await page.evaluate(async () => (await fetch('/api/config')).json());
  assert.equal(config.mode, mode);
  // Only MultiSafepay's own payment pages: no loopback fake is offered to the element in this mode.
  assert.deepEqual(config.paymentOrigins.split(' '), [
    'https://payv2.multisafepay.com',
    'https://testpayv2.multisafepay.com',
  ]);

  await page.getByRole('radio', { name: 'iDEAL', exact: true }).check(); // not iDEAL QR or iDEAL in3
  await page.getByRole('button', { name: 'Pay €49.95' }).click();
  // MultiSafepay (under its key) created the order; the element then refuses its payment page, which is not on
  // MultiSafepay's payment origins.
  await page.getByRole('alert').filter({ hasText: 'could not be verified' }).waitFor();
  assert.equal(multisafepay.orderCount, 1);
  assert.equal(multisafepay.requests.filter((request) => request.path === '/orders').length, 1);

  const bodies = await Promise.all(seen);
  assert.ok(bodies.length > 5, 'the page loaded its files');
  for (const { url, text } of bodies) assert.ok(!text.includes(apiKey), `the key reached the browser in ${url}`);
  const storage = await page.evaluate(
    () => JSON.stringify({ ...globalThis.localStorage, ...globalThis.sessionStorage }) + globalThis.document.cookie,
  );
  assert.ok(!storage.includes(apiKey));
  await page.close();
});
