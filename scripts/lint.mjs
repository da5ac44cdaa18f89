// `npm run lint`: the source checks and the build, side by side, then the package checks.
//
// The source checks (tsc on src/ and on the scripts, prettier, ESLint, the Welsh check without
// building) read only the sources; the build (unless dist/ is already built from these sources,
// scripts/build-if-changed.mjs) is mostly one process at a time too. On a 2-CPU machine the two
// lanes together take about as long as the build alone, where one after the other took both.
// Then `npm run lint:package` (publint, attw, the Node tests), which needs dist/.
// Each lane's output is printed whole when it ends, so the two never interleave; the first
// failing command of a lane stops that lane, and the lint fails.
import { spawn } from 'node:child_process';

/** @typedef {{ label: string, command: string }} Step */

/** @type {Step[]} */
const SOURCE_CHECKS = [
  { label: 'tsc (src)', command: 'npx tsc --noEmit -p tsconfig.json' },
  { label: 'tsc (scripts and configs)', command: 'npx tsc -p tsconfig.scripts.json' },
  { label: 'prettier', command: 'npx prettier --check .' },
  { label: 'eslint', command: 'npx eslint .' },
  { label: 'Welsh check', command: 'node scripts/check-translations.mjs --no-build' },
];
/** @type {Step[]} */
const BUILD = [{ label: 'build (if changed)', command: 'node scripts/build-if-changed.mjs' }];

/**
 * Run `step`, its output kept for later.
 * @param {Step} step
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Run the steps one after the other, stopping at the first failure; print the lane when it ends.
 * @param {string} name
 * @param {Step[]} steps
 */
async function lane(name, steps) {
  const started = Date.now();
  let report = '';
  let ok = true;
  for (const step of steps) {
    const result = await run(step);
    report += `> ${step.label}: ${step.command}\n${result.output}`;
    if (!result.ok) {
      report += `✗ ${step.label} failed\n`;
      ok = false;
      break;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n== ${name} (${ok ? 'passed' : 'FAILED'}, ${seconds} s)\n${report}`);
  return ok;
}

const results = await Promise.all([lane('source checks', SOURCE_CHECKS), lane('build', BUILD)]);
if (results.includes(false)) {
  console.error('\nnpm run lint: failed (see above).');
  process.exit(1);
}
const packageChecks = spawn('npm run lint:package', { shell: true, stdio: 'inherit' });
packageChecks.on('close', (code) => process.exit(code ?? 1));
