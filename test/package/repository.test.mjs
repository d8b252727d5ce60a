// What a published package's repository holds, and a README a merchant can follow top to bottom: the sections in
// the order of the merchant's path, contributor material in CONTRIBUTING.md, a LICENSE that matches package.json,
// changesets, and a CI workflow that runs the same steps as .ci/run.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const readme = read('README.md');
const headings = (markdown, level) =>
  [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm'))].map(
    (match) => match[1],
  );

test("the README's sections follow the merchant's path: what it is, script tag, backend, return page, errors, languages, theming, frameworks, reference", () => {
  const path = [
    /^Try it/,
    /^Script tag/,
    /^Your backend$/,
    /^The return page$/,
    /^Errors$/,
    /^Languages$/,
    /^Theming$/,
    /^Frameworks$/,
    /^Reference$/,
  ];
  const sections = headings(readme, 2);
  const positions = path.map((pattern) => sections.findIndex((heading) => pattern.test(heading)));
  assert.ok(!positions.includes(-1), `missing a section: ${path.filter((_, i) => positions[i] === -1).join(', ')}`);
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
    `sections out of order: ${sections.join(' / ')}`,
  );
  // What it is comes first, before any section.
  assert.match(readme.slice(0, readme.indexOf('\n## ')), /<msp-checkout>.*web component/s);
});

test('the README keeps the two commands that work on a fresh clone', () => {
  const commands = readme.slice(readme.indexOf('## Try it'), readme.indexOf('## Script tag'));
  assert.match(commands, /^npm start\b/m);
  assert.match(commands, /^npm test\b/m);
});

test('"Your backend" holds the deploying placeholder, the fake recipe and a complete shop before any framework text', () => {
  const backend = readme.slice(readme.indexOf('## Your backend'), readme.indexOf('## The return page'));
  assert.deepEqual(
    headings(backend, 3).filter((heading) => /Deploying|fake/i.test(heading)),
    ['Testing against the fake MultiSafepay', 'Deploying'],
  );
  assert.match(backend, /```js\n\/\/ shop\.mjs/);
  assert.match(backend, /startFakeMultiSafepay\(\{ port: \d+ \}\)/, 'the fixed-port path is shown');
});

test('contributor material lives in CONTRIBUTING.md, not in the user guide', () => {
  const contributing = read('CONTRIBUTING.md');
  for (const section of ['Development', 'Security suites', 'Editor support', 'Server rendering']) {
    assert.ok(!headings(readme, 2).includes(section), `README still has "${section}"`);
  }
  assert.doesNotMatch(readme, /\| `payment-url-fuzz`/, 'the security suites table belongs to CONTRIBUTING.md');
  assert.doesNotMatch(readme, /npm run bench\b/, 'benchmarks belong to CONTRIBUTING.md');
  for (const needed of ['## Commands', '## Security suites', '## Changelog (changesets)', 'npm run test:unit']) {
    assert.ok(contributing.includes(needed), `CONTRIBUTING.md lacks ${needed}`);
  }
  // 566 lines before the reorganisation, about 470 after it; then the return page's section and its attributes and
  // events in the reference (about 550). The rest of the return page's reference is in docs/payment-status.md.
  assert.ok(readme.split('\n').length < 560, `README has ${readme.split('\n').length} lines`);
});

test('every link from the README to docs/ and the repository files exists', () => {
  const targets = [...readme.matchAll(/\]\(((?:docs\/|CONTRIBUTING|LICENSE|examples\/)[^)#]*)/g)].map((m) => m[1]);
  assert.ok(targets.length >= 5);
  for (const target of targets) assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), target);
});

test('a LICENSE file carries the license package.json declares', () => {
  assert.equal(pkg.license, 'MIT');
  const license = read('LICENSE');
  assert.match(license, /^MIT License/);
  assert.match(license, /Permission is hereby granted, free of charge/);
});

test('changesets are configured, with the changelog generator installed and a changeset pending', () => {
  const config = JSON.parse(read('.changeset/config.json'));
  assert.equal(config.baseBranch, 'main');
  assert.equal(config.changelog, '@changesets/cli/changelog');
  assert.ok(pkg.devDependencies['@changesets/cli']);
  assert.ok(pkg.scripts.changeset, 'npm run changeset starts the CLI');
  const pending = readdirSync(new URL('../../.changeset/', import.meta.url)).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  assert.ok(pending.length > 0);
  for (const file of pending)
    assert.match(read(`.changeset/${file}`), /^---\n'msp-checkout': (patch|minor|major)\n---\n/);
});

test('the CI workflow runs the same npm steps as .ci/run, in the same order', () => {
  const npmSteps = (text) =>
    [...text.matchAll(/^\s*(?:- run: )?(npm (?:ci|run \S+|test)\b[^\n]*)$/gm)].map((m) => m[1]);
  const local = npmSteps(read('.ci/run'));
  const workflow = read('.github/workflows/ci.yml');
  assert.deepEqual(local, ['npm ci --no-audit --no-fund', 'npm run lint', 'npm run build', 'npm run size', 'npm test']);
  assert.deepEqual(npmSteps(workflow), local);
  assert.match(workflow, /node-version: 20\b/, `the oldest Node the package supports (${pkg.engines.node})`);
  assert.match(workflow, /on:\n\s+push:[\s\S]*pull_request:/);
  // The system packages .ci/run installs when missing, the workflow installs too.
  for (const system of read('.ci/run').matchAll(/missing\+=\((\S+)\)/g)) {
    assert.ok(workflow.includes(`missing+=(${system[1]})`), `the workflow does not install ${system[1]}`);
  }
});
