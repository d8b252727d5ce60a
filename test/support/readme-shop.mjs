// The complete shop of docs/backend.md, as a merchant copies it: shop.mjs exactly as the page prints it, started by
// the page's test-shop.mjs (the fixed port swapped for a free one, so that parallel runs never collide), in a folder
// where `msp-checkout` resolves to this repository (a symlink in its node_modules): needs `npm run build` first.
// Used by test/e2e/readme-shop.e2e.test.mjs (a shopper pays through it) and test/e2e/security/readme-shop-limits.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../dist/server/testing/conformance/run.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shop's page; the README's "Your backend" links to it. */
export const BACKEND_DOC = 'docs/backend.md';

/** The fenced ```js block of `markdown` whose first line starts with `// <name>`. */
export function codeBlock(markdown, name) {
  const block = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.startsWith(`// ${name}`));
  assert.ok(block, `no \`\`\`js block starting with "// ${name}"`);
  return block;
}

// The shop's process binds its ports after this module let them go: taken as the kit takes them, below the range
// where every other suite's listen(0) lands.
export { freePort };

/**
 * A folder with shop.mjs as docs/backend.md prints it, `msp-checkout` resolving to this repository; `extra` files
 * (name -> text) are written beside it. `remove()` deletes it.
 */
export function shopFolder(extra = {}) {
  const work = mkdtempSync(join(tmpdir(), 'msp-readme-shop-'));
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(ROOT, join(work, 'node_modules', 'msp-checkout'), 'dir');
  writeFileSync(join(work, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(work, 'shop.mjs'), codeBlock(readFileSync(join(ROOT, BACKEND_DOC), 'utf8'), 'shop.mjs'));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(work, name), text);
  return { work, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * Starts docs/backend.md's test-shop.mjs (so shop.mjs and a fake MultiSafepay of its own) on free ports, in `cwd`;
 * resolves when it says where it listens. `log.text` collects what it prints.
 */
export async function startReadmeShop(cwd, log) {
  const [fakePort, shopPort] = [await freePort(), await freePort()];
  const recipe = codeBlock(readFileSync(join(ROOT, BACKEND_DOC), 'utf8'), 'test-shop.mjs');
  assert.match(recipe, /startFakeMultiSafepay\(\{ port: 4010 \}\)/);
  const file = `test-shop-${shopPort}.mjs`;
  writeFileSync(join(cwd, file), recipe.replace('{ port: 4010 }', `{ port: ${fakePort} }`));
  const shopOrigin = `http://127.0.0.1:${shopPort}`;
  const child = spawn(process.execPath, [file], {
    cwd,
    env: { ...process.env, PORT: String(shopPort), HOST: '127.0.0.1', SHOP_ORIGIN: shopOrigin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log.text += chunk));
  child.stderr.on('data', (chunk) => (log.text += chunk));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the shop did not start: ${log.text}`)), 30_000);
    child.stdout.on('data', () => log.text.includes('Shop on') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => reject(new Error(`the shop exited with ${code}: ${log.text}`)));
  });
  return { child, origin: shopOrigin };
}
