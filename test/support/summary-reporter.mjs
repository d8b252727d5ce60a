// Prints the plain closing line CI reads ("browser: N passed, N failed") and writes the counts to the file
// named by MSP_TEST_SUMMARY, so that scripts/test.mjs can add them up with the other suites. A test file
// that failed to load counts as a failure: it must never look like a pass.
import { writeFileSync } from 'node:fs';

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
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) totals.failed += 1;
      }
      if (process.env.MSP_TEST_SUMMARY) writeFileSync(process.env.MSP_TEST_SUMMARY, JSON.stringify(totals));
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
