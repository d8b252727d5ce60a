// The layering of src/ (CONTRIBUTING.md: Layout) as `npm run lint` checks it: dependency-cruiser with
// .dependency-cruiser.mjs. A check that never fails proves nothing, so each of its rules is shown failing on a small
// tree written to a temporary folder (a circle, an upward import, one of each forbidden import), and the real src/ is
// shown passing with every import resolved to its .ts file (src/ writes them with .js; one left unresolved would be
// checked as a name, not as the module it is). Two runs of the command line, a few seconds.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = join(root, '.dependency-cruiser.mjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** The cruise of `src` from `cwd` with the project's rules, as JSON (its exit code is the number of errors). */
async function cruise(cwd) {
  const run = promisify(execFile)(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  const { stdout } = await run.catch((error) => error);
  return JSON.parse(stdout);
}

/** Each violation as "rule: from -> to". */
const violations = (result) => result.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} -> ${to}`);

// A tree with the layout of src/: the allowed imports of each layer, and one import that breaks each rule. Every
// import is written with .js, as src/ writes them.
const FIXTURE = {
  'src/index.ts': "export * from './checkout/element.js';\nexport * from './payment-status/element.js';\n",
  'src/define.ts': "import './checkout/element.js';\n",
  'src/checkout/element.ts':
    "import '../internal/errors.js';\nimport '../shared/money.js';\nexport class Checkout {}\n",
  'src/checkout/circle-a.ts': "import './circle-b.js';\n",
  'src/checkout/circle-b.ts': "import './circle-a.js';\n",
  'src/checkout/imports-payment-status.ts': "import '../payment-status/element.js';\n",
  'src/checkout/imports-server.ts': "import '../server/handler.js';\n",
  'src/payment-status/element.ts': "import '../internal/errors.js';\n",
  'src/payment-status/imports-entry.ts': "import '../define.js';\n",
  'src/internal/errors.ts': "import '../shared/money.js';\n",
  'src/internal/imports-checkout.ts': "import '../checkout/element.js';\n",
  'src/shared/money.ts': 'export const cents = 100;\n',
  'src/shared/imports-internal.ts': "import '../internal/errors.js';\n",
  'src/shared/imports-type.ts': "import type { Checkout } from '../checkout/element.js';\nexport type C = Checkout;\n",
  'src/shared/imports-node.ts': "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n",
  'src/server/handler.ts': "import '../shared/money.js';\n",
  'src/server/imports-internal.ts': "import '../internal/errors.js';\n",
  'src/server/testing/fake.ts': "import '../handler.js';\nimport '../../shared/money.js';\n",
  'src/server/testing/imports-checkout.ts': "import '../../checkout/element.js';\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' } }),
};

const fixture = mkdtempSync(join(tmpdir(), 'msp-checkout-layers-'));
after(() => rmSync(fixture, { recursive: true, force: true }));
for (const [path, text] of Object.entries(FIXTURE)) {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
}

test('each rule reports its violation, and only those: a circle, upward and sideways imports, the server', async () => {
  const result = await cruise(fixture);
  assert.deepEqual(violations(result).sort(), [
    'elements-apart: src/checkout/imports-payment-status.ts -> src/payment-status/element.ts',
    'entries-on-top: src/payment-status/imports-entry.ts -> src/define.ts',
    'internal-below-elements: src/internal/imports-checkout.ts -> src/checkout/element.ts',
    // A circle is reported once, at the import that closes it.
    'no-circular: src/checkout/circle-a.ts -> src/checkout/circle-b.ts',
    'server-on-shared-only: src/server/imports-internal.ts -> src/internal/errors.ts',
    'server-on-shared-only: src/server/testing/imports-checkout.ts -> src/checkout/element.ts',
    'server-only-from-server: src/checkout/imports-server.ts -> src/server/handler.ts',
    'shared-self-contained: src/shared/imports-internal.ts -> src/internal/errors.ts',
    'shared-self-contained: src/shared/imports-node.ts -> crypto',
    // A type-only import ties the layers as much as a value does.
    'shared-self-contained: src/shared/imports-type.ts -> src/checkout/element.ts',
  ]);
});

test('src/ keeps its layers: no violation, every one of its own imports resolved to a file of src/', async () => {
  const result = await cruise(root);
  assert.deepEqual(violations(result), []);
  const ownImports = result.modules.flatMap(({ source, dependencies }) =>
    dependencies.filter(({ module }) => module.startsWith('.')).map((dependency) => ({ source, ...dependency })),
  );
  const unresolved = ownImports.filter(({ resolved }) => !/^src\/.+\.ts$/.test(resolved));
  assert.deepEqual(
    unresolved.map(({ source, module }) => `${source}: ${module}`),
    [],
  );
  // The public entries reach both elements: the graph is src/'s, not an empty one.
  const index = result.modules.find(({ source }) => source === 'src/index.ts');
  assert.ok(index.dependencies.some(({ resolved }) => resolved.startsWith('src/checkout/')));
  assert.ok(index.dependencies.some(({ resolved }) => resolved.startsWith('src/payment-status/')));
  // Every file of src/ is cruised, the build twins that nothing imports (vite.config.ts swaps them in) too.
  const files = readdirSync(join(root, 'src'), { recursive: true }).filter((file) => String(file).endsWith('.ts'));
  const cruised = result.modules.filter(({ source }) => source.startsWith('src/'));
  assert.equal(cruised.length, files.length);
});

test('npm run lint runs the check on src/ with this configuration', () => {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(scripts.lint, /depcruise src --config \.dependency-cruiser\.mjs/);
});
