// docs/testing.md's pytest and PHPUnit tests, run as they are printed: each next to a copy of the shop it tests
// (examples/python, examples/php), with the fake the package's bin starts (dist/, so: needs `npm run build`).
// Debian's python3 and php-cli bring neither pytest nor PHPUnit: ./support/ runs each file as they would (module
// setup, test functions in order; setUpBeforeClass, test methods, tearDownAfterClass) with the assertions it uses.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUPPORT = fileURLToPath(new URL('./support/', import.meta.url));
const markdown = readFileSync(join(ROOT, 'docs/testing.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'msp-checkout-testing-doc-'));
after(() => rmSync(work, { recursive: true, force: true }));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// The command the examples start instead of `npx msp-checkout-fake` (the package is not installed in itself).
const FAKE = `'${process.execPath}' '${join(ROOT, pkg.bin['msp-checkout-fake'])}'`;

/** The fenced block of `language` whose first lines include `first`. */
function block(language, first) {
  const found = [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))]
    .map((match) => match[1])
    .find((code) => code.split('\n').slice(0, 2).includes(first));
  assert.ok(found, `docs/testing.md has no \`\`\`${language} block starting with ${first}`);
  return found;
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, MSP_CHECKOUT_FAKE: FAKE }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

test("docs/testing.md's pytest test passes against the Python example shop", async () => {
  const folder = join(work, 'python');
  cpSync(join(ROOT, 'examples/python'), folder, { recursive: true });
  writeFileSync(
    join(folder, 'test_checkout.py'),
    block(
      'python',
      "# test_checkout.py: the shop's checkout against the fake MultiSafepay. Run: pytest test_checkout.py",
    ),
  );
  const { code, output } = await run('python3', [join(SUPPORT, 'run_pytest_module.py'), 'test_checkout.py'], folder);
  assert.equal(code, 0, output);
  assert.equal(output.match(/^passed test_/gm)?.length, 4, output);
});

test("docs/testing.md's PHPUnit test passes against the PHP example shop", async () => {
  const folder = join(work, 'php');
  cpSync(join(ROOT, 'examples/php'), folder, { recursive: true });
  mkdirSync(join(folder, 'tests'));
  writeFileSync(
    join(folder, 'tests/CheckoutTest.php'),
    block(
      'php',
      "// tests/CheckoutTest.php: the shop's checkout against the fake MultiSafepay. Run: phpunit tests/CheckoutTest.php",
    ),
  );
  const { code, output } = await run('php', [join(SUPPORT, 'phpunit_shim.php'), 'tests/CheckoutTest.php'], folder);
  assert.equal(code, 0, output);
  assert.equal(output.match(/^passed test/gm)?.length, 3, output);
});
