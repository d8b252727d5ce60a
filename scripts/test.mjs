// npm test: every suite, in order, then one closing line "N passed, N failed" for all of them.
// A script, not concurrently or npm-run-all: it runs web-test-runner and node --test side by side and adds up their
// counts into that one line, and prints the tables the security and deployment suites measured.
//   0. install the dependencies when any is missing (a fresh clone), as npm start does
//   1. build (the script-tag and npm-build tests load dist/)
//   2. component, unit and browser security tests in headless Chromium (web-test-runner), then the same against the
//      production build of src/ (MSP_TEST_BUILD=production), and at the same time
//   3. Node tests (node --test, two files at once): first the TypeScript suites, run from src/ through tsx
//      (node --import tsx --test): test/server/ (the reference backend against the fake) and test/conformance/
//      (MultiSafepay's own material, the conformance kit against the Node, PHP and Python backends of examples/);
//      then the suites on the build: test/e2e/ (end to end in Chromium, the framework example apps: npm ci in each
//      examples/ app), the kit's programs and test/package/ (the packed package, the repository)
//   Both suites only share the build and the figures file (appended line by line); each test file starts its own
//   servers on free loopback ports and works in its own temporary directory, so they run in parallel: much of the
//   Node suite waits on installs, builds and browsers. The browser suite's output is printed when it ends.
//   MSP_TEST_CONCURRENCY=1 runs everything one after the other (and the Node files one at a time).
//   4. the table of figures the security suites measured (CONTRIBUTING.md: Security suites), the deployment
//      suites' counts and the conformance suite's counts
// npm run test:security (`--security`): the same for the `security/` folders only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';
import { ensureChromium, ensurePhpAndPython, ensureRedisServer } from './find-chromium.mjs';
import { printDeploymentTable } from './deployment-table.mjs';
import { printSecurityTable } from './security-table.mjs';
import { nodeTestFiles, runsFromSource } from './test-files.mjs';

const securityOnly = process.argv.includes('--security');

ensureInstalled();

const chrome = ensureChromium();
ensureRedisServer();
if (!securityOnly) ensurePhpAndPython();
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

/**
 * Starts a suite without blocking. `live`: its output goes straight to ours; otherwise it is kept and printed when the
 * suite ends, so two suites running at once do not interleave their lines.
 */
function start(label, command, args, env = {}, { live = false } = {}) {
  const started = Date.now();
  if (live) console.log(`\n▶ ${label}`);
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (!live) {
        console.log(`\n▶ ${label}`);
        process.stdout.write(Buffer.concat(output));
      }
      timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      resolve(code ?? 1);
    });
  });
}

const concurrency = Math.max(1, Number(process.env.MSP_TEST_CONCURRENCY ?? 2) || 2);
const parallel = concurrency > 1;

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
const browserSuite = [
  'browser tests (web-test-runner, Chromium)',
  'node_modules/.bin/web-test-runner',
  securityOnly ? ['test/browser/security/**/*.test.ts'] : [],
  { CHROME_PATH: chrome, MSP_TEST_SUMMARY: browserSummary, MSP_SECURITY_FIGURES: figuresFile, CI: 'true' },
];
// The same browser tests again against what the production builds make of src/ (web-test-runner.config.mjs:
// MSP_TEST_BUILD=production): dev-mode.production.ts, minified as the builds minify, Lit's production build. The
// security figures are the first run's.
const productionSummary = join(work, 'browser-production.json');
const productionSuite = [
  'browser tests against the production build (MSP_TEST_BUILD=production)',
  'node_modules/.bin/web-test-runner',
  securityOnly ? ['test/browser/security/**/*.test.ts'] : [],
  { CHROME_PATH: chrome, MSP_TEST_SUMMARY: productionSummary, MSP_TEST_BUILD: 'production', CI: 'true' },
];
// In parallel: started now (one after the other), awaited after the Node suite. One after the other: run now.
const browserDone = parallel
  ? start(...browserSuite).then(async (status) => [status, await start(...productionSuite)])
  : Promise.resolve([run(...browserSuite), run(...productionSuite)]);

/** Runs Node suites with node --test (after `nodeOptions`), their output live, and adds up their counts. */
async function runNodeSuites(label, name, files, nodeOptions = []) {
  if (files.length === 0) return;
  const summary = join(work, `${name}.json`);
  const status = await start(
    label,
    process.execPath,
    [
      ...nodeOptions,
      '--test',
      `--test-concurrency=${concurrency}`,
      // A test (or hook) that hangs fails after 10 minutes instead of holding the run: the longest, the frameworks
      // suite's build of four example apps, takes about 5.
      '--test-timeout=600000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node-summary-reporter.mjs',
      `--test-reporter-destination=${summary}`,
      ...files,
    ],
    { CHROME_PATH: chrome, MSP_SECURITY_FIGURES: figuresFile },
    { live: true },
  );
  add(summary, status, label);
}

// One after the other, so that their live output does not interleave: the TypeScript suites take seconds.
const nodeTests = nodeTestFiles({ securityOnly });
await runNodeSuites(
  'node tests from source (node --import tsx --test)',
  'node-source',
  nodeTests.filter(runsFromSource),
  ['--import', 'tsx'],
);
await runNodeSuites(
  'node tests on the build (node --test)',
  'node-build',
  nodeTests.filter((file) => !runsFromSource(file)),
);
const [browserStatus, productionStatus] = await browserDone;
add(browserSummary, browserStatus, 'browser tests');
add(productionSummary, productionStatus, 'browser tests against the production build');

printSecurityTable(perFile, figuresFile);
if (!securityOnly) printDeploymentTable(perFile);
if (!securityOnly) printConformanceCounts(perFile);
rmSync(work, { recursive: true, force: true });
console.log(`\n${timings.join(' · ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);

/** The conformance suite's counts (the server and the fake against MultiSafepay's published material). */
function printConformanceCounts(counts) {
  const files = Object.entries(counts).filter(([path]) => path.replace(/\\/g, '/').includes('test/conformance/'));
  if (files.length === 0) return;
  console.log("\nConformance with MultiSafepay's published material (test/conformance/)\n");
  for (const [path, { passed = 0, failed = 0, skipped = 0 }] of files) {
    const name = path.replace(/\\/g, '/').replace(/^.*test\/conformance\//, '');
    console.log(`  ${name}: ${passed + failed + skipped} cases, ${passed} passed, ${failed} failed`);
  }
}
