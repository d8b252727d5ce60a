// The conformance kit against the Node reference backend (examples/node/shop.mjs: msp-checkout/server's handlers
// on node:http), as shipped: kit and backend from dist/. Needs `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, runConformance } from '../../dist/server/testing/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Expected to fail until the Node backend proves the shopper (docs/backend-contract.md, "The shopper's proof"):
// status-needs-proof passes once createCheckoutHandlers adds msp_token to redirect_url and cancel_url and orderStatus
// answers the unknown-order 404 without it (option `statusSecret`, defaulting to the API key); retry-other-browser
// once createOrder sets the `msp_checkout` cookie and answers another browser's retry with 409 (1006). When one
// passes, this test fails: take it out of this list.
const AWAITING_PROOF = ['retry-other-browser', 'status-needs-proof'];

test('the Node reference backend passes every check of the kit, but the two of the shopper’s proof', async () => {
  const report = await runConformance({
    start: 'node examples/node/shop.mjs',
    cwd: ROOT,
    env: { MSP_QUIET: '1' },
  });
  assert.equal(report.checks.length, CHECKS.length);
  const failed = report.checks.filter((check) => !check.passed);
  assert.deepEqual(
    failed.filter((check) => !AWAITING_PROOF.includes(check.id)).map((check) => `${check.id}: ${check.detail}`),
    [],
  );
  assert.deepEqual(
    failed.map((check) => check.id),
    AWAITING_PROOF,
    'a check of the shopper’s proof passes now: take it out of AWAITING_PROOF',
  );
});
