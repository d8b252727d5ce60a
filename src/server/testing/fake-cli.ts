#!/usr/bin/env node
// msp-checkout-fake: the fake MultiSafepay as a program, for test suites in any language (docs/testing.md). It
// prints one JSON line when it listens, then serves until it is stopped (SIGINT, SIGTERM, or its stdin closing
// when started with --exit-with-stdin).
import { parseArgs } from 'node:util';
import { controlInfo } from './fake-control.js';
import { startFakeMultiSafepay } from './fake-multisafepay.js';

const USAGE = `Usage: msp-checkout-fake [--port 4010] [--host 127.0.0.1] [--api-key KEY] [--no-notify] [--delay MS]
                         [--exit-with-stdin]

Starts a fake MultiSafepay and prints one JSON line:
  {"baseUrl":".../v1/json","rootUrl":".../v1/","apiKey":"...","origin":"...","controlUrl":".../_fake/",...}
baseUrl is the API base (msp-checkout/server's environment, PHP and plain HTTP clients: baseUrl + "/orders");
rootUrl is the root for SDKs that add "json/" themselves (MultiSafepay's Python SDK: MSP_SDK_CUSTOM_BASE_URL);
origin is where its payment pages are (the element's payment-origins); controlUrl drives it (docs/testing.md).

  --port N           the port (default: a free one)
  --host H           the address to listen on (default 127.0.0.1)
  --api-key KEY      the API key it accepts and signs notifications with (default fake-msp-test-key)
  --no-notify        send no notification when an order is paid (a test sends them through controlUrl)
  --delay MS         hold every API answer for MS milliseconds
  --exit-with-stdin  stop when stdin closes (a parent test process that dies takes the fake with it)`;

function fail(message: string): never {
  process.stderr.write(`msp-checkout-fake: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let values: ReturnType<typeof parse>['values'];
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      'no-notify': { type: 'boolean' },
      delay: { type: 'string' },
      'exit-with-stdin': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}
try {
  values = parse().values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const number = (text: string | undefined, name: string, max: number) => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > max) fail(`${name} must be a whole number from 0 to ${max}`);
  return Number(text);
};
const port = number(values.port, '--port', 65535);
const delay = number(values.delay, '--delay', 60_000);
if (values['api-key'] !== undefined && values['api-key'].trim() === '') fail('--api-key must not be empty');

try {
  const fake = await startFakeMultiSafepay({
    ...(port === undefined ? {} : { port }),
    ...(values.host === undefined ? {} : { host: values.host }),
    ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
    ...(delay === undefined ? {} : { delay }),
    notify: !values['no-notify'],
  });
  const stop = () => {
    fake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (values['exit-with-stdin']) {
    process.stdin.on('end', stop).on('close', stop).resume();
  }
  process.stdout.write(`${JSON.stringify(controlInfo(fake))}\n`);
} catch (error) {
  const code = (error as { code?: string }).code;
  process.stderr.write(
    `msp-checkout-fake: could not listen${code === 'EADDRINUSE' ? `: port ${port} is in use` : ''}: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
}
