// Runs a volume script (./*.ts) in a Node process of its own and reads back what it measured (one JSON line on its
// stdout). A process of its own: node:test tracks every promise of a test file with an async hook (Node 20's harness),
// which would triple the time of tens of thousands of requests, and the heap the script weighs is then its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs `./<name>.ts` with `args`; resolves with the JSON it printed last. */
export async function runVolume<T>(name: string, args: (string | number)[] = []): Promise<T> {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const env = { ...process.env };
  delete env['NODE_TEST_CONTEXT']; // the script is no test: it reports to its stdout, not to this runner
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args.map(String)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const last = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`${name} exited with ${code}: ${err}${out}`.slice(0, 4000));
  return JSON.parse(last) as T;
}

/**
 * The heap in use after full collections (the script runs with --expose-gc), with turns of the event loop between
 * them: what a FinalizationRegistry frees (undici's for cloned responses' streams) goes only once its callbacks ran.
 */
export async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs `work` for each of `items`, `size` at a time; resolves with how many answers had each HTTP status. */
export async function inBatches<T>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<Response>,
  size = 500,
): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  for (let start = 0; start < items.length; start += size) {
    const answers = await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)));
    for (const answer of answers) {
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      await answer.arrayBuffer();
    }
  }
  return statuses;
}
