// What a published package's repository holds, and a README a merchant can follow top to bottom: the sections in
// the order of the merchant's path, within 200 lines, the rest in docs/ (each topic a page of its own) with links that
// resolve, contributor material in CONTRIBUTING.md, a LICENSE that matches package.json, changesets, and a CI
// workflow that runs .ci/run.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const readme = read('README.md');
const headings = (markdown, level) =>
  [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm'))].map(
    (match) => match[1],
  );

/** The pages of docs/ the README's Documentation section links to, in its order, and what each must hold. */
const DOCS = [
  ['backend.md', /^## A complete shop$/m],
  ['backend-contract.md', /X-MSP-Checkout: 1/],
  ['errors.md', /^## Codes$/m],
  ['languages.md', /registerLocale\(/],
  ['theming.md', /--msp-checkout-accent/],
  ['frameworks.md', /^import 'msp-checkout';/m],
  ['deploying.md', /redisStore\(redis\)/],
  ['security.md', /payment-origins/],
  ['testing.md', /startFakeMultiSafepay/],
  ['payment-methods.md', /^## No list: MultiSafepay's page chooses$/m],
  ['logos.md', /^## File names$/m],
  ['strict-pages.md', /^Content-Security-Policy:/m],
  ['accessibility.md', /2\.5\.8/],
  ['payment-status.md', /<!-- api-payment-status:start/],
  ['reference.md', /<!-- api:start[\s\S]*<!-- api-payment-status:start/],
];

test("the README's sections follow the merchant's path: what it is, two commands, script tag, backend, return page, then the docs", () => {
  const path = [/^Try it/, /^Script tag/, /^Your backend$/, /^The return page$/, /^Documentation$/];
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

test('the README shows the element in light and dark before any section, from small PNGs in docs/images/', () => {
  const intro = readme.slice(0, readme.indexOf('\n## '));
  const pictures = [...intro.matchAll(/!\[[^\]]+\]\((docs\/images\/[^)]+\.png)\)/g)].map((match) => match[1]);
  assert.deepEqual(pictures, ['docs/images/checkout-light.png', 'docs/images/checkout-dark.png']);
  for (const picture of pictures) {
    const file = new URL(`../../${picture}`, import.meta.url);
    assert.deepEqual([...readFileSync(file).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], picture);
    assert.ok(statSync(file).size < 60_000, `${picture} has ${statSync(file).size} bytes`);
  }
});

test("the README's Documentation section links to every docs/ page, from the backend to the API reference, and each holds its topic", () => {
  const section = readme.slice(
    readme.indexOf('## Documentation'),
    readme.indexOf('\n## ', readme.indexOf('## Documentation') + 1),
  );
  const linked = [...section.matchAll(/\]\(docs\/([^)#]+)\)/g)].map((match) => match[1]);
  assert.deepEqual(
    linked,
    DOCS.map(([page]) => page),
  );
  for (const [page, topic] of DOCS) assert.match(read(`docs/${page}`), topic, `docs/${page}`);
  // Every Markdown page in docs/ is linked from the README.
  const pages = readdirSync(new URL('../../docs/', import.meta.url)).filter((file) => file.endsWith('.md'));
  assert.deepEqual(pages.sort(), [...linked].sort());
});

test('the README keeps the two commands that work on a fresh clone', () => {
  const commands = readme.slice(readme.indexOf('## Try it'), readme.indexOf('## Script tag'));
  assert.match(commands, /^npm start\b/m);
  assert.match(commands, /^npm test\b/m);
});

test('"Your backend" (docs/backend.md, which the README\'s section links to) holds a complete shop, the fake recipe and the deploying summary', () => {
  const section = readme.slice(readme.indexOf('## Your backend'), readme.indexOf('## The return page'));
  assert.match(section, /```js\n\/\/ shop\.mjs/, 'the README shows the heart of the shop');
  for (const link of ['docs/backend.md#a-complete-shop', 'docs/backend.md#testing-against-the-fake-multisafepay']) {
    assert.ok(section.includes(`](${link})`), `the README's "Your backend" does not link to ${link}`);
  }
  const backend = read('docs/backend.md');
  assert.deepEqual(
    headings(backend, 2).filter((heading) => /Deploying|fake/i.test(heading)),
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
  // A merchant's first page: what it is, the two commands, the script tag, the backend, the return page, links.
  // Everything else is in docs/ (the API reference in docs/reference.md, generated).
  assert.ok(readme.split('\n').length <= 200, `README has ${readme.split('\n').length} lines`);
  const long = readme.split('\n').filter((line) => line.length > 120);
  assert.deepEqual(long, [], 'README lines over 120 characters');
});

test('every link from the README to docs/ and the repository files exists', () => {
  const targets = [...readme.matchAll(/\]\(((?:docs\/|CONTRIBUTING|LICENSE|examples\/)[^)#]*)/g)].map((m) => m[1]);
  assert.ok(targets.length >= 5);
  for (const target of targets) assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), target);
});

/** GitHub's anchors of a Markdown page: its headings' slugs (the nth repeat gets `-n`) and its `<a id>`s. */
function anchors(markdown) {
  const seen = new Map();
  const all = [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((match) => {
    const slug = match[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    return count === 0 ? slug : `${slug}-${count}`;
  });
  return new Set([...all, ...[...markdown.matchAll(/<a id="([^"]+)"/g)].map((match) => match[1])]);
}

test('every relative link in the README and docs/ (anchors included) resolves', () => {
  const pages = [
    'README.md',
    ...readdirSync(new URL('../../docs/', import.meta.url))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`),
  ];
  for (const page of pages) {
    const text = read(page).replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\((?!https?:|mailto:)([^)\s]+)\)/g)) {
      const [path, anchor] = target.split('#');
      const file = path
        ? new URL(path, new URL(`../../${page}`, import.meta.url))
        : new URL(`../../${page}`, import.meta.url);
      assert.ok(existsSync(file), `${page}: ${target} does not exist`);
      if (anchor && file.pathname.endsWith('.md')) {
        assert.ok(anchors(readFileSync(file, 'utf8')).has(anchor), `${page}: ${target} names no heading there`);
      }
    }
  }
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

test('the CI workflow runs .ci/run, the one list of steps', () => {
  const npmSteps = (text) =>
    [...text.matchAll(/^\s*(?:- run: )?(npm (?:ci|run \S+|test)\b[^\n]*)$/gm)].map((m) => m[1]);
  assert.deepEqual(npmSteps(read('.ci/run')), [
    'npm ci --no-audit --no-fund',
    'npm run lint',
    'npm run build',
    'npm run size',
    'npm test',
  ]);
  const workflow = read('.github/workflows/ci.yml');
  assert.match(workflow, /^\s+- run: bash \.ci\/run$/m);
  assert.deepEqual(npmSteps(workflow), [], 'the workflow keeps no copy of the steps');
  assert.match(workflow, /node-version: 20\b/, `the oldest Node the package supports (${pkg.engines.node})`);
  assert.match(workflow, /on:\n\s+push:[\s\S]*pull_request:/);
});

test('the accessibility report cites tests that exist, by their titles', () => {
  const report = read('docs/accessibility.md');
  const cited = [...report.matchAll(/`(test\/[^`]+)`: `([^`]+)`/g)].map((match) => [match[1], match[2]]);
  assert.ok(cited.length > 100, `only ${cited.length} citations`);
  for (const [path, title] of cited) {
    assert.ok(existsSync(new URL(`../../${path}`, import.meta.url)), `${path} does not exist`);
    assert.ok(read(path).includes(title), `${path} has no test "${title}"`);
  }
});
