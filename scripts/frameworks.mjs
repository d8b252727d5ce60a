// The example apps (examples/<framework>) against the PACKED package: pack the root, `npm ci` each example from its
// lock file, install the tarball into it (not saved: the lock files stay valid as the package changes), build.
// Used by test/e2e/frameworks.test.mjs and by `npm run bench:frameworks` (the bytes each framework's app gains).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImports } from './up-front.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const FRAMEWORKS = ['react', 'vue', 'svelte', 'angular'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

export const exampleDir = (name) => join(ROOT, 'examples', name);

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

/** `npm pack` of the root (run after `npm run build`; the prepack build is skipped); returns the tarball's path. */
export function packRoot() {
  const destination = mkdtempSync(join(tmpdir(), 'msp-checkout-pack-'));
  const output = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return join(destination, JSON.parse(output)[0].filename);
}

/** `npm ci` from the example's lock file, then the tarball (and, through it, Lit) without touching the lock file. */
export function installExample(name, tarball) {
  const cwd = exampleDir(name);
  run(NPM, ['ci', ...QUIET], { cwd });
  run(NPM, ['install', '--no-save', ...QUIET, tarball], { cwd });
}

/**
 * Builds an example into `outDir` (relative to the example). `stub`: the same app with 'msp-checkout' replaced
 * by an empty module, for the bytes the element adds. `development`: React's development build, where StrictMode
 * mounts twice. The production build with the element also type-checks (tsc / vue-tsc / Angular's compiler).
 */
export function buildExample(name, { outDir = 'dist', stub = false, development = false } = {}) {
  const cwd = exampleDir(name);
  const bin = (tool) => join(cwd, 'node_modules', '.bin', tool);
  const env = { ...process.env, OUT_DIR: outDir, NG_CLI_ANALYTICS: 'false' };
  if (stub) env.MSP_CHECKOUT_STUB = '1';
  if (development) env.NODE_ENV = 'development';
  if (name === 'angular') {
    // angular.json names the output folders: dist, and dist-no-element for the `no-element` configuration.
    run(bin('ng'), ['build', '--configuration', stub ? 'no-element' : 'production'], { cwd, env });
    return join(cwd, stub ? 'dist-no-element' : 'dist');
  }
  if (!stub && !development) {
    if (name === 'react') run(bin('tsc'), ['--noEmit'], { cwd, env });
    if (name === 'vue') run(bin('vue-tsc'), ['--noEmit'], { cwd, env });
  }
  run(bin('vite'), ['build', '--logLevel', 'warn', ...(development ? ['--mode', 'development'] : [])], { cwd, env });
  return join(cwd, outDir);
}

/**
 * Raw and gzip bytes of the JavaScript a built app loads up front: the module scripts of its index.html and what
 * they import statically. Chunks loaded later by import() (the element's other languages, an app's lazy routes)
 * are not counted.
 */
export function jsBytes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => join(dir, match[1]));
  const seen = new Set();
  let raw = 0;
  let gzip = 0;
  while (pending.length > 0) {
    const path = pending.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    for (const specifier of staticImports(bytes.toString())) pending.push(join(dirname(path), specifier));
  }
  return { raw, gzip };
}

/** The bytes table: each app built with and without the element. Builds must have been made (see measureAll). */
export function bytesTable(rows) {
  const lines = [
    'framework  app JS gzip  without element  element adds (gzip)  element adds (raw)',
    ...rows.map(({ name, with: w, without: wo }) =>
      [
        name.padEnd(9),
        String(w.gzip).padStart(12),
        String(wo.gzip).padStart(16),
        String(w.gzip - wo.gzip).padStart(20),
        String(w.raw - wo.raw).padStart(19),
      ].join(' '),
    ),
  ];
  return lines.join('\n');
}

/** Builds every example twice (with and without the element) and measures; returns rows for bytesTable. */
export function measureAll(names = FRAMEWORKS) {
  return names.map((name) => {
    const withDir = buildExample(name, { outDir: 'dist' });
    const withoutDir = buildExample(name, { outDir: 'dist-no-element', stub: true });
    return { name, with: jsBytes(withDir), without: jsBytes(withoutDir) };
  });
}

// npm run bench:frameworks
if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) run(NPM, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const tarball = packRoot();
  for (const name of FRAMEWORKS) installExample(name, tarball);
  rmSync(resolve(tarball, '..'), { recursive: true, force: true });
  console.log(bytesTable(measureAll()));
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
