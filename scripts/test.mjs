// npm test: every suite, in order, then one closing line "N passed, N failed" for all of them.
//   0. install the dependencies when any is missing (a fresh clone), as npm start does
//   1. build (the script-tag and npm-build tests load dist/)
//   2. component, unit and browser security tests in headless Chromium (web-test-runner)
//   3. Node tests (node --test): test/node/ (end to end, the framework example apps: npm ci in each examples/ app,
//      the packed package, builds; package hygiene), test/conformance/ (MultiSafepay's own material) and
//      test/security/
//   4. the table of figures the security suites measured (CONTRIBUTING.md: Security suites), the deployment
//      suites' counts and the conformance suite's counts
// npm run test:security (`--security`): the same for test/security/ only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';
import { ensureChromium } from './find-chromium.mjs';
import { printDeploymentTable } from './deployment-table.mjs';
import { printSecurityTable } from './security-table.mjs';

const securityOnly = process.argv.includes('--security');

ensureInstalled();

const chrome = ensureChromium();
const work = mkdtempSync(join(tmpdir(), 'msp-checkout-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const perFile = {};
const figuresFile = join(work, 'figures.jsonl');

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
    Object.assign(perFile, counts.files);
    if (exitCode !== 0 && counts.failed === 0) totals.failed += 1; // the runner failed outside any test
  } else {
    console.error(`${label}: no results were written; counting the suite as one failure.`);
    totals.failed += 1;
  }
}

const buildStatus = run('build', process.execPath, ['scripts/build.mjs']);
if (buildStatus !== 0) totals.failed += 1;

const browserSummary = join(work, 'browser.json');
const browserStatus = run(
  'browser tests (web-test-runner, Chromium)',
  'node_modules/.bin/web-test-runner',
  securityOnly ? ['test/security/**/*.test.ts'] : [],
  { CHROME_PATH: chrome, MSP_TEST_SUMMARY: browserSummary, MSP_SECURITY_FIGURES: figuresFile, CI: 'true' },
);
add(browserSummary, browserStatus, 'browser tests');

const testsIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.test.mjs'))
        .map((file) => join(dir, file))
    : [];
const nodeTests = [
  ...(securityOnly ? [] : [...testsIn('test/node'), ...testsIn('test/conformance')]),
  ...testsIn('test/security'),
];
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
      ...nodeTests,
    ],
    { CHROME_PATH: chrome, MSP_SECURITY_FIGURES: figuresFile },
  );
  add(nodeSummary, nodeStatus, 'node tests');
}

printSecurityTable(perFile, figuresFile);
if (!securityOnly) printDeploymentTable(perFile);
if (!securityOnly) printConformanceCounts(perFile);
rmSync(work, { recursive: true, force: true });
console.log(`\n${timings.join(' · ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);

/** The conformance suite's counts (issue 13: the server and the fake against MultiSafepay's published material). */
function printConformanceCounts(counts) {
  const files = Object.entries(counts).filter(([path]) => path.replace(/\\/g, '/').includes('test/conformance/'));
  if (files.length === 0) return;
  console.log("\nConformance with MultiSafepay's published material (test/conformance/)\n");
  for (const [path, { passed = 0, failed = 0, skipped = 0 }] of files) {
    const name = path.replace(/\\/g, '/').replace(/^.*test\/conformance\//, '');
    console.log(`  ${name}: ${passed + failed + skipped} cases, ${passed} passed, ${failed} failed`);
  }
}
