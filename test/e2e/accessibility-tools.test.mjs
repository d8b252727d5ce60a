// Three accessibility checkers over the demo, as an auditor runs them, each must find nothing:
// - axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and the best-practice set, on every state of the states page;
// - IBM's Equal Access checker (its engine from the accessibility-checker-engine package, served from 127.0.0.1 and
//   injected into the page: its CDN is not reachable here), WCAG 2.2 policy, on the same states;
// - Lighthouse's accessibility category (score 100) on every demo page.
// The demo is served by Vite (element from source, offline backend) on a free loopback port, stopped after.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { startDemo } from '../support/demo-server.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const acePath = require.resolve('accessibility-checker-engine/ace.js');
const lighthouseCli = require.resolve('lighthouse/cli/index.js');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Each element of demo/states.html (in light and dark) and a selector inside its shadow root that shows it has reached
 * its state.
 */
const STATES = {
  loading: '[part="loading"]',
  empty: '[part="empty"]',
  error: '[part="error-detail"]',
  unchosen: 'fieldset[aria-invalid="true"]',
  'list-failed': '[part="list-error"]',
  busy: 'form[aria-busy="true"]',
};
const STATE_IDS = Object.keys(STATES).flatMap((state) => [`${state}-light`, `${state}-dark`]);

let demo;
let aceServer;
let aceUrl;

before(async () => {
  demo = await startDemo();
  const ace = readFileSync(acePath);
  aceServer = createServer((req, res) => {
    res.writeHead(req.url === '/ace.js' ? 200 : 404, { 'Content-Type': 'text/javascript' });
    res.end(req.url === '/ace.js' ? ace : '');
  });
  await new Promise((resolve) => aceServer.listen(0, '127.0.0.1', resolve));
  aceUrl = `http://127.0.0.1:${aceServer.address().port}/ace.js`;
});

after(async () => {
  await demo?.close();
  await new Promise((resolve) => (aceServer ? aceServer.close(resolve) : resolve()));
});

/** Opens the states page and waits until every element shows its state. */
async function openStates() {
  const page = await demo.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${demo.base}demo/states.html`);
  const shown = Object.entries(STATES).flatMap(([state, selector]) =>
    ['light', 'dark'].map((theme) => [`${state}-${theme}`, selector]),
  );
  await page.waitForFunction(
    (pairs) =>
      pairs.every(([id, selector]) => globalThis.document.getElementById(id)?.shadowRoot?.querySelector(selector)),
    shown,
    { timeout: 20_000 },
  );
  return { page, errors };
}

test('axe (WCAG 2.x A and AA, and best practices) finds nothing in any state, light or dark', async () => {
  const { page, errors } = await openStates();
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(
    async ({ ids, tags }) => {
      const summary = {};
      const options = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
      for (const id of ids) {
        const result = await globalThis.axe.run({ include: [[`#${id}`]] }, options);
        summary[id] = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      const page = await globalThis.axe.run(globalThis.document, options);
      summary.page = page.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      return summary;
    },
    { ids: STATE_IDS, tags: AXE_TAGS },
  );
  assert.deepEqual(
    results,
    Object.fromEntries([...STATE_IDS, 'page'].map((id) => [id, []])),
    'axe violations by state',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('IBM Equal Access (WCAG 2.2 policy) finds no violation in any state, light or dark', async () => {
  const { page, errors } = await openStates();
  await page.addScriptTag({ url: aceUrl });
  const results = await page.evaluate(async (ids) => {
    const checker = new globalThis.ace.Checker();
    const failures = (report) =>
      report.results
        .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
        .map((result) => `${result.ruleId} (${result.reasonId}) at ${result.path.dom}: ${result.message}`);
    const summary = {};
    let executed = 0;
    for (const id of ids) {
      const report = await checker.check(globalThis.document.getElementById(id), ['WCAG_2_2']);
      executed += report.numExecuted;
      summary[id] = failures(report);
    }
    summary.page = failures(await checker.check(globalThis.document, ['WCAG_2_2']));
    return { summary, executed };
  }, STATE_IDS);
  assert.ok(results.executed > 0, 'the checker ran no rule');
  assert.deepEqual(
    results.summary,
    Object.fromEntries([...STATE_IDS, 'page'].map((id) => [id, []])),
    'Equal Access violations',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

/** Runs Lighthouse's accessibility category on `url` in its own headless Chromium; resolves to its JSON report. */
function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        lighthouseCli,
        url,
        '--only-categories=accessibility',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--max-wait-for-load=10000',
        // Accessibility needs no simulated slow network: the page as it loads.
        '--throttling-method=provided',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(out));
      } catch (error) {
        reject(new Error(`lighthouse printed no report: ${error.message}; ${err.slice(-2000)}`));
      }
    });
  });
}

for (const path of ['demo/', 'demo/spa.html', 'demo/states.html', 'demo/themes.html', 'demo/return.html']) {
  test(`Lighthouse accessibility is 100 on ${path}`, { timeout: 180_000 }, async () => {
    const report = await lighthouse(`${demo.base}${path}`);
    const category = report.categories.accessibility;
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== 1 && report.audits[ref.id].score !== null)
      .map((ref) => `${ref.id}: ${report.audits[ref.id].title}`);
    assert.deepEqual(failing, [], `failing audits on ${path}`);
    assert.equal(category.score, 1, `score on ${path}`);
  });
}
