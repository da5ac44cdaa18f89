// `npm test`: runs every test in Chromium, Firefox ESR and WebKit (or the
// engines named in BROWSERS, e.g. BROWSERS=chromium). Chromium runs first, on
// its own, two files at a time; then Firefox and WebKit together, each one file
// at a time (neither fills a CPU; focus is each browser's own). WebKit runs one
// test file at a time (web-test-runner's WebDriver launcher can only send key
// presses then), with WebKitWebDriver started under a virtual display.
// Ends with one line "N passed, N failed" for all engines together.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSlowest, formatSummary } from './summary-line-reporter.mjs';

const WEB_TEST_RUNNER = fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url));
const wanted = (process.env.BROWSERS ?? 'all').split(',').map((b) => b.trim());
const all = wanted.includes('all');
const groups = [];
if (all || wanted.includes('chromium')) groups.push({ browsers: 'chromium', concurrency: '2' });
if (all || wanted.includes('firefox')) {
  groups.push({ browsers: 'firefox', concurrency: '1' });
  // The forced-colours test, in a Firefox of its own with page colours overridden (unless
  // the run was limited to other files).
  const args = process.argv.slice(2).join(' ');
  if (!args.includes('--files') || args.includes('forced-colors')) {
    groups.push({ browsers: 'firefox', concurrency: '1', env: { FORCED_COLORS: '1' } });
  }
}
if (all || wanted.includes('webkit')) groups.push({ browsers: 'webkit', concurrency: '1', webkit: true });

const port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);
const portOpen = () =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function startWebKitDriver() {
  if (await portOpen()) {
    throw new Error(`Port ${port} is already in use: stop the process on it, or set WEBKIT_DRIVER_PORT.`);
  }
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
  });
  const failed = new Promise((_, reject) => driver.once('error', reject));
  for (let i = 0; i < 100 && !(await portOpen()); i++) {
    await Promise.race([new Promise((r) => setTimeout(r, 100)), failed]);
  }
  if (!(await portOpen())) throw new Error('WebKitWebDriver did not start.');
  return driver;
}

const dir = mkdtempSync(join(tmpdir(), 'help-finder-tests-'));
const total = { passed: 0, failed: 0, skipped: 0, failures: [] };
let status = 0;

/** What is running, for a stop (Ctrl-C, CI's timeout): each child, its WebKit driver, its kept output. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // web-test-runner closes its browsers on SIGINT; give it a few seconds to.
    const closing = [...running].map(({ child, driver, output }) => {
      const closed = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGINT');
      stopDriver(driver);
      if (output.length) process.stdout.write(Buffer.concat(output));
      return closed;
    });
    console.log(`Stopped (${signal}) before the tests ended.`);
    void Promise.race([Promise.all(closing), new Promise((resolve) => setTimeout(resolve, 5000))]).then(() =>
      process.exit(1),
    );
  });
}

function stopDriver(driver) {
  try {
    if (driver) process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * A port no one is using now: each run's web-test-runner gets its own, as two run at once (left to
 * itself, each takes the first free port from 8000, and two starting together could take the same).
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs one group's web-test-runner. Its output goes straight to ours, or (`buffered`) is kept and
 * printed whole when it ends, so that two groups running at once do not interleave their lines.
 * @returns {Promise<string[]>} what to print after it (the slowest files; the buffered output)
 */
async function runGroup(group, i, buffered) {
  let driver;
  if (group.webkit) {
    try {
      driver = await startWebKitDriver();
    } catch (error) {
      console.error(`${error.message} Install webkit2gtk-driver and xvfb, or run BROWSERS=chromium,firefox npm test.`);
      total.failed++;
      total.failures.push(`webkit: ${error.message}`);
      status = 1;
      return [];
    }
  }
  const summaryFile = join(dir, `summary-${i}.json`);
  const args = process.argv.slice(2);
  if (!args.includes('--port')) args.push('--port', String(await freePort()));
  // Node runs web-test-runner itself (not through npx, which would not pass a stop on to it).
  const child = spawn(process.execPath, [WEB_TEST_RUNNER, ...args], {
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: {
      ...process.env,
      ...group.env,
      BROWSERS: group.browsers,
      WTR_CONCURRENCY: group.concurrency,
      WTR_SUMMARY_FILE: summaryFile,
    },
  });
  const output = [];
  const run = { child, driver, output };
  running.add(run);
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  const code = await new Promise((resolve) => {
    child.once('error', () => resolve(1));
    child.once('close', (exitCode) => resolve(exitCode));
  });
  running.delete(run);
  stopDriver(driver);
  if (code !== 0) status = code ?? 1;
  const after = buffered ? [Buffer.concat(output).toString()] : [];
  try {
    const tally = JSON.parse(readFileSync(summaryFile, 'utf8'));
    for (const key of ['passed', 'failed', 'skipped']) total[key] += tally[key];
    total.failures.push(...tally.failures);
    const slowest = formatSlowest(tally.durations, `${group.browsers}${group.env ? ', forced colours' : ''}`);
    if (slowest) after.push(slowest);
  } catch {
    total.failed++; // The run ended without reporting: count it as a failure.
    total.failures.push(`${group.browsers}: the test run ended without reporting (exit ${code})`);
    status = status || 1;
  }
  return after;
}

/** Runs groups one after the other; lines to print after each go out as it ends. */
async function runLane(lane, buffered) {
  const after = [];
  for (const group of lane) {
    const lines = await runGroup(group, groups.indexOf(group), buffered);
    if (buffered) after.push(...lines);
    else for (const line of lines) console.log(line);
  }
  return after;
}

// Chromium first, on its own (two files at a time fill both CPUs). Then Firefox and WebKit at
// once: each runs one file at a time and neither fills a CPU, and focus is each browser's own
// (Firefox headless, WebKit on its own virtual display). WebKit's output is printed when it ends.
const chromium = groups.filter((g) => g.browsers === 'chromium');
const firefox = groups.filter((g) => g.browsers === 'firefox');
const webkit = groups.filter((g) => g.browsers === 'webkit');
await runLane(chromium, false);
const [, webkitOutput] = await Promise.all([runLane(firefox, false), runLane(webkit, firefox.length > 0)]);
for (const text of webkitOutput ?? []) console.log(text);
rmSync(dir, { recursive: true, force: true });
console.log(formatSummary(total));
process.exit(status);
