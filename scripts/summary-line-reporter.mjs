// A web-test-runner reporter that ends the run with one plain line,
// "N passed, N failed", so that a run that executed no test is noticed.
// With WTR_SUMMARY_FILE set it writes the tally there instead, for
// scripts/run-tests.mjs to add up over several runs.
import { writeFileSync } from 'node:fs';

function count(results, tally) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, tally);
}

export function summaryLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.failed++;
      }
      if (process.env.WTR_SUMMARY_FILE) {
        writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(tally));
        return;
      }
      const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
      // Printed after the runner's own output.
      process.on('exit', () => {
        console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`);
      });
    },
  };
}
