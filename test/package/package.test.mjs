// Package hygiene (npm run check:package, and part of npm test): what `npm pack` ships, publint and
// are-the-types-wrong on the tarball, and the exports map resolving for import and for types under
// moduleResolution "bundler" and "node16" in a project that installs the tarball (test/package/*).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

let work;
let tarball;
let packed;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'msp-checkout-package-'));
  // The prepack build is skipped: npm test (and .ci/run) build first.
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  [packed] = JSON.parse(output);
  tarball = join(work, packed.filename);
  // A consumer outside this repository (inside it, 'msp-checkout' would resolve to the repository itself):
  // the tarball unpacked as node_modules/msp-checkout, everything else linked from ours.
  const modules = join(work, 'consumer/node_modules');
  mkdirSync(join(modules, 'msp-checkout'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'msp-checkout'), '--strip-components=1']);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.bin' && entry !== 'msp-checkout')
      symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  cpSync(join(ROOT, 'test/package'), join(work, 'consumer'), { recursive: true });
});

after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack ships the built package, the server module, the manifest, the README and the LICENSE, and nothing else', () => {
  const files = packed.files.map((file) => file.path).sort();
  console.log(files.map((path) => `  ${path}`).join('\n'));
  console.log(`${files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} bytes unpacked`);
  const unwanted = files.filter((path) =>
    /^(src|test|demo|examples|bench|scripts|\.ci|node_modules|coverage)\/|\.env|\.test\.|\.tgz$|^tsconfig|\.config\.(js|mjs|ts)$/.test(
      path,
    ),
  );
  assert.deepEqual(unwanted, []);
  for (const required of [
    'README.md',
    'LICENSE',
    'package.json',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/msp-checkout.min.js',
    'dist/msp-checkout.gateway-list.js',
    'dist/react.d.ts',
    'dist/vue.d.ts',
    'dist/web-types.json',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/server/index.js',
    'dist/server/index.d.ts',
    'dist/server/testing/index.js',
    'dist/server/testing/index.d.ts',
  ]) {
    assert.ok(files.includes(required), `${required} is missing from the tarball`);
  }
  // Every file the exports map (and the web-types field) names is in the tarball.
  const targets = JSON.stringify(pkg.exports)
    .match(/"\.\/[^"]+"/g)
    .map((quoted) => quoted.slice(3, -1));
  for (const target of [...targets.filter((t) => !Object.hasOwn(pkg.exports, `./${t}`)), pkg['web-types'].slice(2)]) {
    assert.ok(files.includes(target), `exports names ${target}, which is not packed`);
  }
});

test('publint reports nothing (strict)', () => {
  const result = spawnSync(bin('publint'), ['--strict'], { cwd: ROOT, encoding: 'utf8' });
  console.log(result.stdout.trim());
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /All good!/);
});

test('are-the-types-wrong reports nothing for an ESM-only package (attw --profile esm-only)', () => {
  const result = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  console.log(result.stdout.trim());
  assert.equal(result.status, 0, result.stderr);
  // Every entry point, for ESM in Node and for bundlers: green (CommonJS and node10 do not apply to ESM only).
  const verdicts = result.stdout.split('\n').filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line));
  assert.equal(verdicts.length, 2 * Object.keys(pkg.exports).length);
  assert.deepEqual(
    verdicts.filter((line) => !line.includes('🟢')),
    [],
  );
});

test('the framework types and editor data name what the manifest names: attributes, properties, events', () => {
  const shipped = (path) => readFileSync(join(work, 'consumer/node_modules/msp-checkout', path), 'utf8');
  const manifest = JSON.parse(shipped('custom-elements.json'));
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement);
  const attributes = element.attributes.map((attribute) => attribute.name);
  const propertiesOnly = element.members
    .filter(
      (member) =>
        member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.attribute && !member.static,
    )
    .map((member) => member.name);
  const events = element.events.map((event) => event.name);
  assert.deepEqual(events, ['msp-select', 'msp-submit', 'msp-redirect', 'msp-error']);
  assert.deepEqual(propertiesOnly.sort(), ['orderFields', 'strings']);

  const vscode = JSON.parse(shipped('dist/vscode.html-custom-data.json')).tags[0];
  assert.equal(vscode.name, 'msp-checkout');
  assert.deepEqual(
    vscode.attributes.map((attribute) => attribute.name),
    attributes,
  );
  const webTypes = JSON.parse(shipped('dist/web-types.json')).contributions.html.elements[0];
  assert.deepEqual(
    webTypes.attributes.map((attribute) => attribute.name),
    attributes,
  );
  assert.deepEqual(
    webTypes.js.events.map((event) => event.name),
    events,
  );
  const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());
  const react = shipped('dist/react.d.ts');
  const vue = shipped('dist/vue.d.ts');
  for (const name of [...attributes, ...propertiesOnly]) {
    const key = name.includes('-') ? `"${name}"?:` : `${name}?:`;
    assert.ok(react.includes(key) && vue.includes(key), `${name} is not typed`);
  }
  for (const event of events) {
    const type = `(e: ${element.events.find((e) => e.name === event).type.text}) => void`;
    // React 19 listens for the exact name after "on"; vue-tsc reads @msp-select as onMspSelect.
    assert.ok(react.includes(`"on${event}"?: ${type}`), `React: on${event}`);
    assert.ok(vue.includes(`on${pascal(event)}?: ${type}`), `Vue: on${pascal(event)}`);
  }
});

for (const mode of ['bundler', 'node16']) {
  test(`tsc resolves every public subpath to the packed types under moduleResolution "${mode}"`, () => {
    const result = spawnSync(bin('tsc'), ['-p', join(work, 'consumer', mode), '--listFiles'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout);
    const listed = result.stdout.split('\n');
    for (const file of ['dist/index.d.ts', 'dist/react.d.ts', 'dist/vue.d.ts', 'dist/msp-checkout.min.d.ts']) {
      assert.ok(
        listed.some((line) => line.endsWith(`consumer/node_modules/msp-checkout/${file}`)),
        `${file} did not come from the installed tarball`,
      );
    }
    assert.ok(listed.some((line) => line.endsWith('consumer/node_modules/msp-checkout/dist/server/index.d.ts')));
  });
}

test('the side-effect-free entries alone type the events (an app that registers the elements itself)', () => {
  const result = spawnSync(bin('tsc'), ['-p', join(work, 'consumer', 'class-entry')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout);
});

test("Node resolves every subpath of the exports map to a file of the installed tarball, and import('msp-checkout') works", () => {
  const subpaths = Object.keys(pkg.exports).map((key) =>
    key === '.' ? 'msp-checkout' : `msp-checkout/${key.slice(2)}`,
  );
  const script = `
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    for (const subpath of ${JSON.stringify(subpaths)}) {
      const file = fileURLToPath(import.meta.resolve(subpath));
      if (!file.includes('/consumer/node_modules/msp-checkout/') || !existsSync(file)) throw new Error(subpath + ' -> ' + file);
    }
    const { MspCheckout } = await import('msp-checkout');
    if (customElements.get('msp-checkout') !== MspCheckout) throw new Error('not registered');
    console.log('ok');
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(work, 'consumer'),
    encoding: 'utf8',
  });
  assert.equal(result.stderr, '');
  assert.equal(result.stdout.trim(), 'ok');
});
