// npm run bench: what help-finder costs a partner's page, measured in headless
// Chromium and printed as a table, beside a bare Lit element built the same way.
//
//   1. size: raw, gzip and brotli of dist/help-finder.js and of two baselines
//      (bare Lit; Lit + @lit/localize) built with the widget's rollup plugins;
//   2. time from the widget's script starting to the first question painted, and
//      from an answer to the next step painted: median and spread (p10–p90) of
//      BENCH_RUNS runs (default 20), at full speed and with the CPU slowed 4x;
//      ratios against the baseline, because these machines are noisy;
//   3. long tasks (over 50 ms) while the page loads with the widget;
//   4. layout shift the widget causes on the demo host page (inline, launcher),
//      with its script arriving at once and 800 ms late;
//   5. memory after mounting and removing the widget 500 and 2000 times against 10;
//   6. Lighthouse (performance) on the demo host page with and without the widget.
//
// Nothing here is a test: figures vary by machine. Run on a quiet machine.
// Options: BENCH_RUNS=20  LIGHTHOUSE_RUNS=3  BENCH_SKIP_LIGHTHOUSE=1  CHROME_PATH=/usr/bin/chromium
//          BENCH_ONLY=time (sections 1 to 3 only: size, timings and long tasks, at 1x, 4x and 6x)
//
// This file runs the sections in order; they are in scripts/bench/: server.mjs (the builds and
// the page server), timing.mjs (1 to 3, and the host page's own first paint), page-effects.mjs
// (4, 5), lighthouse.mjs (6) and report.mjs (medians and tables).
import puppeteer from 'puppeteer-core';
import { lighthouseSection } from './bench/lighthouse.mjs';
import { layoutShiftSection, memorySection } from './bench/page-effects.mjs';
import { buildAll, removeBuilds, startServer } from './bench/server.mjs';
import { hostPaintSection, sizeSection, timeSections } from './bench/timing.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** CPU slowdowns timed: 6x stands for phones slower than the 4x Lighthouse uses (issue #26). */
const SLOWDOWNS = [1, 4, 6];
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--js-flags=--expose-gc'];

const { builds, baselineDir } = await buildAll();
const { server, origin } = await startServer(builds, baselineDir);
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
const bench = { browser, origin, builds };

sizeSection(builds);
const timings = await timeSections(bench, RUNS, SLOWDOWNS);

if (process.env.BENCH_ONLY === 'time') {
  await browser.close();
  server.close();
  removeBuilds(baselineDir);
  process.exit(0);
}

await hostPaintSection(bench, RUNS, timings);
await layoutShiftSection(bench);
await memorySection(bench);

await browser.close();

if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
  await lighthouseSection({ origin, chrome: CHROME, chromeArgs: CHROME_ARGS, lighthouseRuns: LIGHTHOUSE_RUNS });
}

server.close();
removeBuilds(baselineDir);
