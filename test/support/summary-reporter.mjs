// Prints the plain closing line CI reads ("browser: N passed, N failed") and writes the counts to the file
// named by MSP_TEST_SUMMARY, so that scripts/test.mjs can add them up with the other suites. A test file
// that failed to load counts as a failure: it must never look like a pass. `files` has the same counts per test file,
// for the security table.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const files = {};
      for (const session of sessions) {
        const file = (files[relative(process.cwd(), session.testFile)] ??= { passed: 0, failed: 0, skipped: 0 });
        if (session.testResults) count(session.testResults, file);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) file.failed += 1;
      }
      for (const file of Object.values(files)) for (const key of Object.keys(totals)) totals[key] += file[key];
      if (process.env.MSP_TEST_SUMMARY)
        writeFileSync(process.env.MSP_TEST_SUMMARY, JSON.stringify({ ...totals, files }));
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
