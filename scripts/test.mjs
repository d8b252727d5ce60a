// npm test: every suite, in order, then one closing line "N passed, N failed" for all of them.
//   1. build (the script-tag and npm-build tests load dist/)
//   2. component and unit tests in headless Chromium (web-test-runner)
//   3. Node tests (node --test), when there are any: end to end, the framework example apps (test/node/
//      frameworks.test.mjs: npm ci in each examples/ app, the packed package, builds) and package hygiene
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium.mjs';

const chrome = ensureChromium();
const work = mkdtempSync(join(tmpdir(), 'msp-checkout-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

const timings = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result.status ?? 1;
}

function add(summaryFile, exitCode, label) {
  if (existsSync(summaryFile)) {
    const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
    if (exitCode !== 0 && counts.failed === 0) totals.failed += 1; // the runner failed outside any test
  } else {
    console.error(`${label}: no results were written; counting the suite as one failure.`);
    totals.failed += 1;
  }
}

const buildStatus = run('build', process.execPath, ['scripts/build.mjs']);
if (buildStatus !== 0) totals.failed += 1;

const browserSummary = join(work, 'browser.json');
const browserStatus = run('browser tests (web-test-runner, Chromium)', 'node_modules/.bin/web-test-runner', [], {
  CHROME_PATH: chrome,
  MSP_TEST_SUMMARY: browserSummary,
  CI: 'true',
});
add(browserSummary, browserStatus, 'browser tests');

const nodeTests = existsSync('test/node') ? readdirSync('test/node').filter((file) => file.endsWith('.test.mjs')) : [];
if (nodeTests.length > 0) {
  const nodeSummary = join(work, 'node.json');
  const nodeStatus = run(
    'node tests (node --test)',
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node-summary-reporter.mjs',
      `--test-reporter-destination=${nodeSummary}`,
      ...nodeTests.map((file) => join('test/node', file)),
    ],
    { CHROME_PATH: chrome },
  );
  add(nodeSummary, nodeStatus, 'node tests');
}

rmSync(work, { recursive: true, force: true });
console.log(`\n${timings.join(' · ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
