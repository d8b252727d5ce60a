// The conformance kit: starts the fake MultiSafepay (or uses the one given), starts the shop with the fake's address
// and key in its environment (or uses the one running), runs every check in order, and reports. One run creates its
// own orders (`kit-<run>-<n>`), so a kit may run again against the same shop and fake.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { startFakeMultiSafepay, type FakeMultiSafepay } from '../fake-multisafepay.js';
import { NoAnswer, request } from './browser.js';
import { CHECKS, CheckFailure, type KitContext, type ShopPaths } from './checks.js';
import { FakeControl } from './fake-client.js';

export { CHECKS, UNKNOWN_ORDER_ANSWER, type Check, type ShopPaths } from './checks.js';

/** The contract's paths as the complete shop of docs/backend.md and the examples serve them. */
export const DEFAULT_PATHS: ShopPaths = {
  createOrder: '/checkout/create-order',
  gateways: '/checkout/gateways',
  notification: '/checkout/notification',
  status: '/checkout/status',
  fulfilments: '/checkout/test/fulfilments',
};

export interface ConformanceOptions {
  /** The shop's origin, like http://127.0.0.1:8000; with `start` and without it, a free port on 127.0.0.1. */
  shop?: string | undefined;
  /** The endpoints' paths on the shop (`DEFAULT_PATHS` for those left out). */
  paths?: Partial<ShopPaths> | undefined;
  /** A running fake (its origin or control URL) the shop already talks to; by default the kit starts its own. */
  fake?: string | undefined;
  /**
   * A shell command that starts the shop, run with the fake's address and key in its environment (`kitEnvironment`);
   * the kit waits for the shop to answer, and stops it (its whole process group) when done.
   */
  start?: string | undefined;
  /** Where `start` runs (default: the current directory). */
  cwd?: string | undefined;
  /** More environment for `start`. */
  env?: Record<string, string> | undefined;
  /** How long the shop may take to answer after `start` (ms, default 20000). */
  startTimeout?: number | undefined;
  /** The price the shop gives every `kit-` order (default 1000 EUR) and the gateway the kit pays with (IDEAL). */
  amount?: number | undefined;
  currency?: string | undefined;
  gateway?: string | undefined;
  /** Only these checks (by id). */
  only?: string[] | undefined;
  /** Called as each check ends (the command line prints it). */
  onCheck?: ((result: CheckResult) => void) | undefined;
  /** The shop's output (stdout and stderr of `start`), as it comes; by default it is kept for the report only. */
  onShopOutput?: ((chunk: string) => void) | undefined;
}

export interface CheckResult {
  id: string;
  name: string;
  passed: boolean;
  /** Why it failed. */
  detail?: string | undefined;
  ms: number;
}

export interface ConformanceReport {
  shop: string;
  /** The fake's API base URL. */
  fake: string;
  passed: number;
  failed: number;
  ms: number;
  checks: CheckResult[];
  /** The last 25 lines the shop printed (with `start`), for a failed run. */
  shopOutput?: string | undefined;
}

/** Why the kit could not run at all: a shop that does not start or answer, a fake that is not there. */
export class ConformanceSetupError extends Error {}

/**
 * The environment a shop started by the kit gets: where MultiSafepay (the fake) is, its key, the shop's own port and
 * origin, and `MSP_CHECKOUT_CONFORMANCE=1`, which turns on the shop's `kit-` orders and its fulfilment hook.
 */
export function kitEnvironment(info: { baseUrl: string; rootUrl: string; apiKey: string; origin: string }, shop: URL) {
  return {
    MSP_API_URL: info.baseUrl,
    MSP_ENV: info.baseUrl,
    MSP_API_ROOT: info.rootUrl,
    MSP_API_KEY: info.apiKey,
    MSP_PAYMENT_ORIGINS: info.origin,
    // MultiSafepay's Python SDK takes a base URL other than its own only so (python-sdk
    // src/multisafepay/client/client.py:43-45, 102-122), and adds json/ itself (its root URL).
    MSP_SDK_BUILD_PROFILE: 'dev',
    MSP_SDK_ALLOW_CUSTOM_BASE_URL: '1',
    MSP_SDK_CUSTOM_BASE_URL: info.rootUrl,
    PORT: shop.port || (shop.protocol === 'https:' ? '443' : '80'),
    HOST: shop.hostname,
    SHOP_ORIGIN: shop.origin,
    MSP_CHECKOUT_CONFORMANCE: '1',
  };
}

/**
 * A port for the shop's command, which binds it after the kit has let it go. Taken below Linux's ephemeral range
 * (32768 and up), where every `listen(0)` and outgoing connection of other programs lands: between the kit's check
 * and the shop's bind, another server must not take it (then the kit would drive someone else's server). The
 * end-to-end tests that start a shop's command use it too.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = 20_000 + randomInt(12_000);
    if (await bindable(port)) return port;
  }
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function bindable(port: number): Promise<boolean> {
  const server = createServer();
  const bound = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (bound) await new Promise((resolve) => server.close(resolve));
  return bound;
}

/** Starts the shop's command in a process group of its own, keeping the tail of what it prints. */
function startShop(command: string, options: ConformanceOptions, env: Record<string, string>) {
  const child = spawn(command, {
    shell: true,
    detached: process.platform !== 'win32',
    cwd: options.cwd,
    env: { ...process.env, ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-4000);
    options.onShopOutput?.(text);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // The last 25 lines: enough for the shop's own refusals and errors next to a failed check.
  return { child, output: () => output.split('\n').slice(-25).join('\n') };
}

async function stopShop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Waits until the shop answers anything over HTTP (its status endpoint), or the command ends, or time is up. */
async function waitForShop(shop: string, path: string, child: ChildProcess | undefined, timeout: number) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new ConformanceSetupError(
        `the shop's command ended (${child.exitCode ?? child.signalCode}) before it answered`,
      );
    }
    try {
      await request(new URL(path, shop).href, { signal: AbortSignal.timeout(1000) });
      return;
    } catch (error) {
      if (!(error instanceof NoAnswer)) throw error;
    }
    if (Date.now() > deadline)
      throw new ConformanceSetupError(`the shop did not answer on ${shop} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs the kit and reports every check. Throws `ConformanceSetupError` when it cannot run at all. */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const started = Date.now();
  const paths: ShopPaths = { ...DEFAULT_PATHS, ...options.paths };
  if (!options.shop && !options.start) {
    throw new ConformanceSetupError("give the shop's address (shop) or its command (start)");
  }
  if (!options.fake && !options.start) {
    throw new ConformanceSetupError(
      'a running shop talks to its own MultiSafepay: give the fake it uses (fake), or let the kit start the shop (start)',
    );
  }
  const only = options.only ?? [];
  const unknown = only.filter((id) => !CHECKS.some((check) => check.id === id));
  if (unknown.length > 0) throw new ConformanceSetupError(`no check ${unknown.join(', ')}`);

  let ownFake: FakeMultiSafepay | undefined;
  let shopProcess: ReturnType<typeof startShop> | undefined;
  try {
    ownFake = options.fake ? undefined : await startFakeMultiSafepay();
    const fake = new FakeControl(options.fake ?? ownFake!.controlUrl);
    let info;
    try {
      // The checks need the fake to notify the shop when the shopper pays, as MultiSafepay does.
      info = await fake.settings({ notify: true });
    } catch (error) {
      throw new ConformanceSetupError(`the fake at ${fake.controlUrl} did not answer: ${(error as Error).message}`);
    }
    const shop = new URL(options.shop ?? `http://127.0.0.1:${await freePort()}`).origin;
    if (options.start) {
      shopProcess = startShop(options.start, options, kitEnvironment(info, new URL(shop)));
    }
    await waitForShop(shop, paths.status, shopProcess?.child, options.startTimeout ?? 20_000);

    const run = randomBytes(4).toString('hex');
    let sequence = 0;
    const context: KitContext = {
      shop,
      paths,
      fake,
      info,
      amount: options.amount ?? 1000,
      currency: options.currency ?? 'EUR',
      gateway: options.gateway ?? 'IDEAL',
      orderId: () => `kit-${run}-${++sequence}`,
      unknownId: () => `unknown-${run}-${++sequence}`,
    };
    const checks: CheckResult[] = [];
    for (const check of CHECKS) {
      if (only.length > 0 && !only.includes(check.id)) continue;
      const begun = Date.now();
      let detail: string | undefined;
      try {
        await check.run(context);
      } catch (error) {
        detail =
          error instanceof CheckFailure || error instanceof NoAnswer
            ? error.message
            : `the check broke: ${error instanceof Error ? error.message : String(error)}`;
      }
      const result = { id: check.id, name: check.name, passed: detail === undefined, detail, ms: Date.now() - begun };
      checks.push(result);
      options.onCheck?.(result);
    }
    const passed = checks.filter((check) => check.passed).length;
    return {
      shop,
      fake: info.baseUrl,
      passed,
      failed: checks.length - passed,
      ms: Date.now() - started,
      checks,
      ...(shopProcess && passed < checks.length ? { shopOutput: shopProcess.output() } : {}),
    };
  } catch (error) {
    if (error instanceof ConformanceSetupError && shopProcess) {
      const output = shopProcess.output().trim();
      if (output) error.message += `\nThe shop printed:\n${output}`;
    }
    throw error;
  } finally {
    if (shopProcess) await stopShop(shopProcess.child);
    await ownFake?.close();
  }
}
