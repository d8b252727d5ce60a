// npm test and npm start each install what they need on a fresh clone: ensureInstalled runs
// the real npm in a project whose node_modules lacks a dependency, and does nothing once it is there. The dependency
// is a local folder (file:), so no registry is involved.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ensureInstalled, missingDependencies } from '../../scripts/ensure-installed.mjs';

const work = mkdtempSync(join(tmpdir(), 'msp-ensure-installed-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a project without node_modules is installed first, then left alone', () => {
  mkdirSync(join(work, 'local-dep'));
  writeFileSync(join(work, 'local-dep', 'package.json'), '{ "name": "local-dep", "version": "1.0.0" }\n');
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'fresh-clone', private: true, devDependencies: { 'local-dep': 'file:./local-dep' } }),
  );
  assert.deepEqual(missingDependencies(work), ['local-dep']);
  assert.equal(ensureInstalled(work), true);
  assert.ok(existsSync(join(work, 'node_modules', 'local-dep', 'package.json')));
  assert.deepEqual(missingDependencies(work), []);
  assert.equal(ensureInstalled(work), false);
});

test('npm test and npm start install before anything needs node_modules', () => {
  for (const [script, first] of [
    ['scripts/test.mjs', 'ensureChromium()'],
    ['scripts/start.mjs', "await import('vite')"],
  ]) {
    const source = readFileSync(new URL(`../../${script}`, import.meta.url), 'utf8');
    // Static imports run before any line of the script: they may only name Node's modules and the project's files.
    for (const [, from] of source.matchAll(/^import .* from '([^']+)';$/gm)) {
      assert.match(from, /^(node:|\.\/|\.\.\/)/, `${script} imports ${from} before it could install it`);
    }
    const install = source.indexOf('\nensureInstalled();');
    assert.ok(install > 0, `${script} calls ensureInstalled()`);
    assert.ok(source.indexOf(first) > install, `${script}: ${first} comes after ensureInstalled()`);
  }
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.scripts.test, 'node scripts/test.mjs');
  assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
  assert.ok(pkg.scripts['test:unit'] && pkg.scripts['test:watch']);
});
