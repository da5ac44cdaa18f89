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
    const file = where[1];
    if (file) tally.durations[file] = (tally.durations[file] ?? 0) + (test.duration ?? 0);
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

/**
 * The slowest test files of a run (the sum of their tests' durations), one line each, so that a
 * slow CI run says where its time went.
 */
export function formatSlowest(durations, label, count = 5) {
  const slowest = Object.entries(durations ?? {})
    .sort(([, a], [, b]) => b - a)
    .slice(0, count);
  if (slowest.length === 0) return '';
  const lines = slowest.map(([file, ms]) => `  ${(ms / 1000).toFixed(1).padStart(5)} s  ${file}`);
  return `Slowest test files (${label}):\n${lines.join('\n')}`;
}

/** The failures and the summary line, as printed at the end of a run. */
export function formatSummary({ passed, failed, skipped, failures }) {
  const list = failures.length ? `\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n` : '';
  return `${list}\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export function summaryLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0, failures: [], durations: {} };
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
