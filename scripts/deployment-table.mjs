// The deployment suites' table (several instances, restarts, serverless, faults, on a real Redis and on
// memoryStore()): per suite, its test cases and how many passed in this run, from the node --test counts.

/** The suites: file name in test/server/ (without .test.*) and label. */
const SUITES = [
  ['store-contract', 'store contract (memoryStore, redisStore on a real Redis)'],
  ['instances', 'two and three instances, restart, serverless (Redis; shared memoryStore)'],
  ['store-faults', 'faults: Redis killed, store down or stuck, MultiSafepay down'],
];

/** @param {Record<string, { passed: number, failed: number, skipped: number }>} perFile counts by test file path */
export function printDeploymentTable(perFile) {
  const rows = SUITES.map(([id, label]) => {
    const counts = Object.entries(perFile)
      .filter(([path]) => new RegExp(`test/server/${id}\\.test\\.(mjs|ts)$`).test(path.replace(/\\/g, '/')))
      .map(([, value]) => value);
    const cases = counts.reduce((sum, c) => sum + c.passed + c.failed + c.skipped, 0);
    const passed = counts.reduce((sum, c) => sum + c.passed, 0);
    return [label, counts.length === 0 ? '(not run)' : String(cases), counts.length === 0 ? '' : String(passed)];
  });
  const head = ['suite', 'cases', 'passed'];
  const width = head.map((text, i) => Math.max(text.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((text, i) => (i === 0 ? text.padEnd(width[i]) : text.padStart(width[i]))).join(' | ')} |`;
  console.log('\nDeployment suites: several instances, restarts, serverless, faults\n');
  console.log(line(head));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}
