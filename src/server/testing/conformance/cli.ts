#!/usr/bin/env node
// msp-checkout-conformance: checks a shop's backend, in any language, against the contract of
// docs/backend-contract.md, by driving it as the element, the return page and MultiSafepay (the fake) would.
// One line per check, then "N passed, M failed"; exit 0 only when every check passed (1: some failed, 2: the kit
// could not run). --json prints the report as one JSON object instead.
import { parseArgs } from 'node:util';
import { CHECKS, ConformanceSetupError, DEFAULT_PATHS, runConformance, type CheckResult } from './run.js';

const USAGE = `Usage: msp-checkout-conformance --start "<command>" [--shop http://127.0.0.1:8000] [options]
       msp-checkout-conformance --shop http://127.0.0.1:8000 --fake http://127.0.0.1:4010 [options]

With --start, the kit starts a fake MultiSafepay, then runs the command (through the shell) with its address in the
environment: MSP_API_URL (…/v1/json), MSP_API_ROOT (…/v1/), MSP_API_KEY, MSP_PAYMENT_ORIGINS, PORT, HOST,
SHOP_ORIGIN and MSP_CHECKOUT_CONFORMANCE=1 (docs/backend-contract.md: Checking a backend). Without --start, the shop
already runs against the fake given by --fake (started with msp-checkout-fake).

  --shop URL            the shop's origin (with --start, default: a free port on 127.0.0.1)
  --create-order PATH   default ${DEFAULT_PATHS.createOrder}
  --gateways PATH       default ${DEFAULT_PATHS.gateways}
  --notification PATH   default ${DEFAULT_PATHS.notification}
  --status PATH         default ${DEFAULT_PATHS.status}
  --fulfilments PATH    the shop's test-only fulfilment hook, default ${DEFAULT_PATHS.fulfilments}
  --fake URL            a running fake (msp-checkout-fake) the shop talks to
  --start COMMAND       starts the shop; stopped (its process group) when the kit ends
  --start-timeout MS    how long the shop may take to answer (default 20000)
  --amount N            the shop's price of every kit- order, in minor units (default 1000)
  --currency CODE       its currency (default EUR)
  --gateway ID          the gateway the kit pays with (default IDEAL)
  --only ID,ID          run only these checks (--list names them)
  --json                print the report as JSON
  --verbose             pass the shop's output through to stderr
  --list                list the checks and exit`;

function usage(message: string): never {
  process.stderr.write(`msp-checkout-conformance: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      shop: { type: 'string' },
      'create-order': { type: 'string' },
      gateways: { type: 'string' },
      notification: { type: 'string' },
      status: { type: 'string' },
      fulfilments: { type: 'string' },
      fake: { type: 'string' },
      start: { type: 'string' },
      'start-timeout': { type: 'string' },
      amount: { type: 'string' },
      currency: { type: 'string' },
      gateway: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const values = parsed.values;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.list) {
  for (const check of CHECKS) process.stdout.write(`${check.id.padEnd(34)}${check.name}\n`);
  process.exit(0);
}
const whole = (text: string | undefined, name: string) => {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,14}$/.test(text)) usage(`${name} must be a positive whole number`);
  return Number(text);
};
const path = (text: string | undefined, name: string) => {
  if (text !== undefined && !text.startsWith('/')) usage(`${name} must be a path starting with /`);
  return text;
};
const paths = Object.fromEntries(
  Object.entries({
    createOrder: path(values['create-order'], '--create-order'),
    gateways: path(values.gateways, '--gateways'),
    notification: path(values.notification, '--notification'),
    status: path(values.status, '--status'),
    fulfilments: path(values.fulfilments, '--fulfilments'),
  }).filter(([, value]) => value !== undefined),
);

const line = (result: CheckResult) =>
  `${result.passed ? 'pass' : 'FAIL'}  ${result.id}: ${result.name}${result.passed ? '' : `\n      ${result.detail}`}`;

try {
  const report = await runConformance({
    shop: values.shop,
    fake: values.fake,
    start: values.start,
    paths,
    startTimeout: whole(values['start-timeout'], '--start-timeout'),
    amount: whole(values.amount, '--amount'),
    currency: values.currency,
    gateway: values.gateway,
    only: values.only?.split(',').map((id) => id.trim()),
    onCheck: values.json ? undefined : (result) => process.stdout.write(`${line(result)}\n`),
    onShopOutput: values.verbose ? (chunk) => process.stderr.write(chunk) : undefined,
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (report.shopOutput && !values.verbose) {
      process.stdout.write(`\nThe shop's last output:\n${report.shopOutput.trimEnd()}\n`);
    }
    process.stdout.write(`\n${report.passed} passed, ${report.failed} failed (${(report.ms / 1000).toFixed(1)} s)\n`);
  }
  process.exit(report.failed === 0 ? 0 : 1);
} catch (error) {
  if (error instanceof ConformanceSetupError) {
    process.stderr.write(`msp-checkout-conformance: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
