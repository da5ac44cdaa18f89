// A web-test-runner reporter that ends the run with one plain line,
// "N passed, N failed", so that a run that executed no test is noticed,
// preceded by the name of every failed test (CI logs keep only their tail).
// With WTR_SUMMARY_FILE set it writes the tally there instead, for
// scripts/run-tests.mjs to add up over several runs.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function count(results, tally, where) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else {
      tally.failed++;
      const message = test.error?.message?.split('\n')[0] ?? 'no error message';
      tally.failures.push(`${[...where, test.name].join(' › ')}: ${message}`);
    }
  }
  for (const suite of results.suites ?? []) count(suite, tally, [...where, suite.name]);
}

/** The failures and the summary line, as printed at the end of a run. */
export function formatSummary({ passed, failed, skipped, failures }) {
  const list = failures.length ? `\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n` : '';
  return `${list}\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export function summaryLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        // The WebDriver launcher (our WebKit) reports no name.
        const where = [session.browser.name || 'WebKit', relative(process.cwd(), session.testFile)];
        count(session.testResults, tally, where);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          tally.failed++;
          tally.failures.push(`${where.join(' › ')}: ${session.errors[0].message?.split('\n')[0]}`);
        }
      }
      if (process.env.WTR_SUMMARY_FILE) {
        writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(tally));
        return;
      }
      // Printed after the runner's own output.
      process.on('exit', () => console.log(formatSummary(tally)));
    },
  };
}
