// The conformance kit against the Node reference backend (examples/node/shop.mjs: msp-checkout/server's handlers
// on node:http), as shipped: kit and backend from dist/. Needs `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, runConformance } from '../../dist/server/testing/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('the Node reference backend passes every check of the kit', async () => {
  const report = await runConformance({
    start: 'node examples/node/shop.mjs',
    cwd: ROOT,
    env: { MSP_QUIET: '1' },
  });
  assert.equal(report.checks.length, CHECKS.length);
  assert.deepEqual(
    report.checks.filter((check) => !check.passed).map((check) => `${check.id}: ${check.detail}`),
    [],
  );
});
