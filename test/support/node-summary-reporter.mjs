// A node --test reporter that writes {"passed","failed","skipped","files"} as JSON, for scripts/test.mjs to add up;
// `files` has the same counts per test file, for the security table.
import { relative } from 'node:path';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const files = {};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    const name = event.data.file ? relative(process.cwd(), event.data.file) : 'unknown';
    const file = (files[name] ??= { passed: 0, failed: 0, skipped: 0 });
    const key = event.data.skip || event.data.todo ? 'skipped' : event.type === 'test:pass' ? 'passed' : 'failed';
    totals[key] += 1;
    file[key] += 1;
  }
  yield JSON.stringify({ ...totals, files });
}
