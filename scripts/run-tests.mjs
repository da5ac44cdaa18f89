// Runs web-test-runner and passes its exit code on. The last line of output is
// "N passed, N failed" (from scripts/summary-line-reporter.mjs).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
