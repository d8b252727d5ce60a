/// <reference types="node" />
// The conformance kit against the PHP and Python reference backends of examples/ (each started by the kit, with the
// fake's address in its environment): every check passes. Then one fault planted in a copy of each, and the kit
// fails on exactly the check that covers it. From src/, through tsx: no build needed.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, runConformance, type ConformanceReport } from '../../src/server/testing/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'msp-checkout-kit-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** How each example is started, from its folder (the PHP one keeps its sessions and store in a folder of ours). */
const BACKENDS = {
  php: (folder: string) => `php -S 127.0.0.1:$PORT '${join(folder, 'router.php')}'`,
  python: (folder: string) => `python3 '${join(folder, 'shop.py')}'`,
};

const failures = (report: ConformanceReport) =>
  report.checks.filter((check) => !check.passed).map((check) => `${check.id}: ${check.detail}`);

async function kit(backend: keyof typeof BACKENDS, folder: string) {
  const data = mkdtempSync(join(work, `${backend}-data-`));
  return runConformance({ start: BACKENDS[backend](folder), cwd: ROOT, env: { SHOP_DATA_DIR: data } });
}

/** A copy of an example with `find` replaced by `replace` in one file; the copy must differ exactly there. */
function planted(backend: keyof typeof BACKENDS, file: string, find: string, replace: string) {
  const folder = mkdtempSync(join(work, `${backend}-fault-`));
  cpSync(join(ROOT, 'examples', backend), folder, { recursive: true });
  const path = join(folder, file);
  const source = readFileSync(path, 'utf8');
  assert.equal(source.split(find).length, 2, `${file} has "${find}" exactly once`);
  writeFileSync(path, source.replace(find, replace));
  return folder;
}

for (const backend of Object.keys(BACKENDS) as (keyof typeof BACKENDS)[]) {
  test(`the ${backend === 'php' ? 'PHP' : 'Python'} reference backend passes every check of the kit`, async () => {
    const report = await kit(backend, join(ROOT, 'examples', backend));
    assert.deepEqual(failures(report), []);
    assert.equal(report.passed, CHECKS.length);
  });
}

describe('a planted fault fails exactly the check that covers it', () => {
  test('PHP with the signature check switched off: only the forged/stale/tampered/other-order check fails', async () => {
    const folder = planted(
      'php',
      'src/MspCheckout.php',
      "        if ($auth === null || $auth === '') {",
      "        return null; // planted: every notification passes\n        if ($auth === null || $auth === '') {",
    );
    const report = await kit('php', folder);
    assert.deepEqual(
      report.checks.filter((check) => !check.passed).map((check) => check.id),
      ['notification-refused'],
    );
    const detail = report.checks.find((check) => check.id === 'notification-refused')!.detail!;
    assert.match(detail, /forged \(signed with another key\): answered 200/);
    assert.match(detail, /was fulfilled 1 times/);
  });

  test("Python trusting the browser's amount: only the server-price check fails", async () => {
    const folder = planted(
      'python',
      'msp_checkout.py',
      '        amount, currency, description, *shop_fields = known  # the shop',
      '        amount, currency, description, *shop_fields = known\n        amount = body.get("amount", amount)  # planted  # the shop',
    );
    const report = await kit('python', folder);
    assert.deepEqual(
      report.checks.filter((check) => !check.passed).map((check) => check.id),
      ['server-price'],
    );
    assert.match(
      report.checks.find((check) => check.id === 'server-price')!.detail!,
      /the browser sent amount 1: MultiSafepay was asked for 1 EUR, the shop's price is 1000 EUR/,
    );
  });

  test("Python without the buy-now-pay-later rule: only the BNPL check fails, on MultiSafepay's refusal", async () => {
    const folder = planted(
      'python',
      'msp_checkout.py',
      '        if isinstance(gateway, str) and gateway.upper() in SHOPPING_CART_GATEWAYS and not (',
      '        if False and isinstance(gateway, str) and gateway.upper() in SHOPPING_CART_GATEWAYS and not (',
    );
    const report = await kit('python', folder);
    assert.deepEqual(
      report.checks.filter((check) => !check.passed).map((check) => check.id),
      ['bnpl-needs-cart'],
    );
    // The fake refuses a cartless BNPL order with 1016, as the closest code MultiSafepay documents.
    assert.match(
      report.checks.find((check) => check.id === 'bnpl-needs-cart')!.detail!,
      /MultiSafepay was asked to create the order for AFTERPAY, BILLINK, .*KLARNA.* \(first: HTTP 400 .*"error_code":1016/,
    );
  });

  test('PHP whose kit orders carry a cart: the BNPL check fails, and the cart reached MultiSafepay', async () => {
    // A shop's resolveOrder with MultiSafepay's order fields (docs/backend.md, "A cart for Klarna and in3"): the kit
    // expects its orders cartless, so it sees Klarna's order created, which shows the cart went with it.
    const cart = [
      "'shopping_cart' => ['items' => [",
      "['name' => 'Mug', 'unit_price' => 8.26, 'quantity' => 1, 'merchant_item_id' => 'mug', 'tax_table_selector' => 'BTW21'],",
      "]], 'checkout_options' => ['tax_tables' => ['alternate' => [",
      "['name' => 'BTW21', 'rules' => [['rate' => 0.21]]]]]]",
    ].join('');
    const folder = planted(
      'php',
      'router.php',
      `return [1000, 'EUR', "Order {$orderId}"];`,
      `return [1000, 'EUR', "Order {$orderId}", [${cart}]];`,
    );
    const report = await kit('php', folder);
    assert.deepEqual(
      report.checks.filter((check) => !check.passed).map((check) => check.id),
      ['bnpl-needs-cart'],
    );
    assert.match(
      report.checks.find((check) => check.id === 'bnpl-needs-cart')!.detail!,
      /MultiSafepay was asked to create the order for AFTERPAY, BILLINK, .*KLARNA.* \(first: HTTP 200 .*"payment_url"/,
    );
  });
});
