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
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';
import { compressedSizes, kb } from './size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** CPU slowdowns timed: 6x stands for phones slower than the 4x Lighthouse uses (issue #26). */
const SLOWDOWNS = [1, 4, 6];
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--js-flags=--expose-gc'];

// ---------------------------------------------------------------- build

console.log('Building dist/help-finder.js and the baselines…');
execSync('npm run build --silent', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const baselineDir = mkdtempSync(join(tmpdir(), 'help-finder-bench-'));
for (const name of ['baseline-lit', 'baseline-localize']) {
  const bundle = await rollup({ input: join(ROOT, `scripts/bench/${name}.js`), plugins: bundlePlugins() });
  await bundle.write({ file: join(baselineDir, `${name}.js`), format: 'es' });
  await bundle.close();
}
const builds = {
  widget: { label: 'help-finder', file: join(ROOT, 'dist/help-finder.js'), url: '/dist/help-finder.js' },
  localize: {
    label: 'Lit + @lit/localize',
    file: join(baselineDir, 'baseline-localize.js'),
    url: '/baseline/baseline-localize.js',
  },
  lit: { label: 'bare Lit element', file: join(baselineDir, 'baseline-lit.js'), url: '/baseline/baseline-lit.js' },
};

// ---------------------------------------------------------------- server

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A plain host page with the element inline, recording long tasks and when the first question was painted. */
function hostPage(scriptUrl) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
<script>
  window.bench = { longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  customElements.whenDefined('help-finder').then(async () => {
    const el = document.querySelector('help-finder');
    await el.updateComplete;
    // The frame after the one that painted the first question.
    requestAnimationFrame(() => setTimeout(() => { bench.painted = performance.now(); }));
  });
</script>
<script type="module">performance.mark('script-start');</script>
${scriptUrl ? `<script type="module" src="${scriptUrl}"></script>` : ''}
</head><body><h1>A partner page</h1><p>Some text above the widget.</p>
<help-finder></help-finder><p>Some text below the widget.</p></body></html>`;
}

/** The demo page without the widget: no script, no element. */
function withoutWidget(html) {
  return html
    .replace(/<script type="module"[^>]*help-finder\.js"[^>]*><\/script>/, '')
    .replace(/<help-finder[\s\S]*?<\/help-finder>/, '');
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  let file;
  if (url.pathname === '/host.html') {
    // build=none: the same page without any script or element, for the host's own first paint.
    const build = builds[url.searchParams.get('build')];
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(hostPage(build?.url));
    return;
  }
  if (url.pathname.startsWith('/baseline/')) file = join(baselineDir, url.pathname.slice('/baseline/'.length));
  else file = join(ROOT, normalize(url.pathname));
  try {
    let body = readFileSync(file);
    if (url.searchParams.has('without-widget')) body = withoutWidget(body.toString());
    // The embed as it was before the README asked for fetchpriority="low".
    if (url.searchParams.has('default-priority')) body = body.toString().replace(' fetchpriority="low"', '');
    if (url.searchParams.has('script-delay')) {
      body = body
        .toString()
        .replace('help-finder.js"', `help-finder.js?delay=${url.searchParams.get('script-delay')}"`);
    }
    // Compressed, as any partner's web server would send it (Lighthouse counts the bytes sent).
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- helpers

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const ms = (x) => `${x.toFixed(1)} ms`;
/** A progress line on the terminal (stderr), rewritten in place; nothing when output is redirected. */
function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r${text.padEnd(78)}\r`);
}
const spread = (xs) => `${ms(median(xs))} (${quantile(xs, 0.1).toFixed(1)}–${quantile(xs, 0.9).toFixed(1)})`;
const ratio = (a, b) => `${(median(a) / median(b)).toFixed(1)}x`;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => String(cell).padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });

/** A fresh page with the cache off and the CPU slowed `slowdown` times. */
async function newPage(slowdown) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { page, cdp };
}

/** One load of the host page: time to first question, the two next steps, long tasks. */
async function loadRun(build, slowdown) {
  const { page } = await newPage(slowdown);
  await page.goto(`${origin}/host.html?build=${build}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench.painted !== undefined);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('help-finder');
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    /** Choose an answer (by id), press Continue and time until the next step is painted. */
    const step = async (answerId) => {
      el.shadowRoot.querySelector(`#answer-${answerId}`)?.click();
      await el.updateComplete;
      const t0 = performance.now();
      el.shadowRoot.querySelector('button.continue').click();
      // The element renders in the click's own task (a microtask), so the next frame draws it.
      // (Not `await el.updateComplete` first: it also waits for the focus move, which happens in
      // that same frame, and a frame requested after it would be the one after.)
      await painted();
      const elapsed = performance.now() - t0;
      await el.updateComplete;
      return elapsed;
    };
    const start = performance.getEntriesByName('script-start')[0].startTime;
    return {
      hostPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      firstQuestion: window.bench.painted - start,
      // "I think a child is being abused" → the follow-up question; "I saw, heard or noticed
      // something" → its outcome page ("Tell children's services"), the same page in every version.
      toQuestion: await step('child-abused'),
      toOutcome: await step('saw'),
      // Split at the first question's paint: loading the page, then answering two questions.
      longTasks: window.bench.longTasks.filter((t) => t.start < window.bench.painted).map((t) => t.duration),
      answerTasks: window.bench.longTasks.filter((t) => t.start >= window.bench.painted).map((t) => t.duration),
    };
  });
  await page.close();
  return result;
}

// ---------------------------------------------------------------- 1. size

console.log(`\n## Size (dist/help-finder.js has both languages)\n`);
const sizes = Object.fromEntries(Object.entries(builds).map(([k, b]) => [k, compressedSizes(readFileSync(b.file))]));
table([
  ['build', 'raw', 'gzip', 'brotli', 'gzip vs bare Lit'],
  ...Object.entries(builds).map(([k, b]) => [
    b.label,
    kb(sizes[k].raw),
    kb(sizes[k].gzip),
    kb(sizes[k].brotli),
    `${(sizes[k].gzip / sizes.lit.gzip).toFixed(1)}x`,
  ]),
  [
    'widget’s own (help-finder − Lit + localize)',
    kb(sizes.widget.raw - sizes.localize.raw),
    kb(sizes.widget.gzip - sizes.localize.gzip),
    kb(sizes.widget.brotli - sizes.localize.brotli),
    '',
  ],
]);

// ---------------------------------------------------------------- 2, 3. timings

const timings = {};
// One discarded load of each first: a browser's first page pays for starting up (fonts, caches).
for (const build of ['lit', 'widget']) await loadRun(build, 1);
for (const slowdown of SLOWDOWNS) {
  for (const build of ['widget', 'lit']) {
    progress(`Timing ${builds[build].label} at CPU ${slowdown}x: ${RUNS} runs…`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await loadRun(build, slowdown));
    timings[`${build}@${slowdown}`] = runs;
  }
}
progress('');
console.log(`\n## Time (median, p10–p90 of ${RUNS} runs; ratio = help-finder / bare Lit)\n`);
const rows = [['measure', 'CPU', 'help-finder', 'bare Lit', 'ratio']];
for (const slowdown of SLOWDOWNS) {
  const w = timings[`widget@${slowdown}`];
  const l = timings[`lit@${slowdown}`];
  for (const [key, label] of [
    ['firstQuestion', 'script start → first question painted'],
    ['toQuestion', 'answer → next question painted'],
    ['toOutcome', 'answer → outcome page painted'],
  ]) {
    const wx = w.map((r) => r[key]);
    const lx = l.map((r) => r[key]);
    rows.push([label, `${slowdown}x`, spread(wx), spread(lx), ratio(wx, lx)]);
  }
}
table(rows);

console.log(
  `\n## Long tasks (over 50 ms): loading the host page (to the first question painted, the page's own work included), then answering two questions\n`,
);
table([
  ['phase', 'CPU', 'help-finder: runs with one', 'longest', 'bare Lit: runs with one', 'longest'],
  ...['longTasks', 'answerTasks'].flatMap((key) =>
    SLOWDOWNS.map((slowdown) => {
      const count = (runs) => `${runs.filter((r) => r[key].length > 0).length} of ${runs.length}`;
      const longest = (runs) => ms(Math.max(0, ...runs.flatMap((r) => r[key])));
      const w = timings[`widget@${slowdown}`];
      const l = timings[`lit@${slowdown}`];
      return [
        key === 'longTasks' ? 'loading' : 'answering',
        `${slowdown}x`,
        count(w),
        longest(w),
        count(l),
        longest(l),
      ];
    }),
  ),
]);

if (process.env.BENCH_ONLY === 'time') {
  await browser.close();
  server.close();
  rmSync(baselineDir, { recursive: true, force: true });
  process.exit(0);
}

// ---------------------------------------------------------------- 3b. the host page paints first

/** The host page's first contentful paint, observed, without any script (build=none). */
async function hostPaintAlone(slowdown) {
  const { page } = await newPage(slowdown);
  await page.goto(`${origin}/host.html?build=none`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  await page.close();
  return paint;
}
console.log(
  `\n## The host page's first contentful paint, observed (median, p10–p90 of ${RUNS} loads; the page alone has no script)\n`,
);
const paintRows = [['CPU', 'page alone', 'with help-finder', 'with bare Lit', 'help-finder − page alone']];
for (const slowdown of [1, 4]) {
  const alone = [];
  for (let i = 0; i < RUNS; i++) alone.push(await hostPaintAlone(slowdown));
  // Some loads report no paint entry (a tab Chromium counted as hidden): left out, and counted.
  const reported = (xs) => xs.filter((x) => x > 0);
  const w = reported(timings[`widget@${slowdown}`].map((r) => r.hostPaint));
  const l = reported(timings[`lit@${slowdown}`].map((r) => r.hostPaint));
  const diff = median(w) - median(alone);
  const cell = (xs) => `${spread(xs)}${xs.length < RUNS ? ` [${xs.length} loads]` : ''}`;
  paintRows.push([`${slowdown}x`, cell(alone), cell(w), cell(l), `${diff >= 0 ? '+' : '−'}${ms(Math.abs(diff))}`]);
}
table(paintRows);

// ---------------------------------------------------------------- 4. layout shift

/** Cumulative layout shift of a demo page, measured until the widget has rendered and 1 s more. */
async function layoutShift(path) {
  const { page } = await newPage(1);
  await page.evaluateOnNewDocument(() => {
    window.benchShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.benchShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => customElements.get('help-finder') !== undefined, { timeout: 10_000 })
    .catch(() => {});
  await new Promise((r) => setTimeout(r, 1000));
  const cls = await page.evaluate(() => window.benchShift);
  await page.close();
  return cls;
}
console.log(`\n## Layout shift on the demo host pages (CLS, worst of 3 loads)\n`);
const shiftRows = [['page', 'script at once', 'script 800 ms late', 'without the widget']];
for (const [label, path] of [
  ['demo/index.html (inline)', '/demo/index.html'],
  ['demo/launcher.html (launcher)', '/demo/launcher.html'],
]) {
  const worst = async (p) => Math.max(...(await Promise.all([0, 1, 2].map(() => layoutShift(p)))));
  shiftRows.push([
    label,
    (await worst(path)).toFixed(3),
    (await worst(`${path}?script-delay=800`)).toFixed(3),
    (await worst(`${path}?without-widget`)).toFixed(3),
  ]);
}
table(shiftRows);

// ---------------------------------------------------------------- 5. memory

/** JS heap and DOM counters after mounting and removing the widget `times` times, after garbage collection. */
async function memoryAfter(times) {
  const { page, cdp } = await newPage(1);
  await page.goto(`${origin}/host.html?build=widget`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench.painted !== undefined);
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
  };
  const before = await measure();
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('help-finder');
      document.body.append(el);
      await el.updateComplete;
      el.remove();
    }
  }, times);
  // Let the widgets' idle-time checks (contrast) run before counting what is left.
  await page.evaluate(() => new Promise((resolve) => window.requestIdleCallback(resolve, { timeout: 2000 })));
  const after = await measure();
  await page.close();
  return {
    heap: after.heap - before.heap,
    nodes: after.nodes - before.nodes,
    listeners: after.listeners - before.listeners,
  };
}
console.log(`\n## Memory: mount and remove the widget (growth after garbage collection)\n`);
progress('Mounting and removing the widget 10, 500 and 2000 times…');
const m10 = await memoryAfter(10);
const m500 = await memoryAfter(500);
const m2000 = await memoryAfter(2000);
progress('');
const perMount = (a, b, n, key) => (b[key] - a[key]) / n;
table([
  ['mounts', 'JS heap growth', 'DOM nodes left', 'event listeners left'],
  ['10', kb(m10.heap), m10.nodes, m10.listeners],
  ['500', kb(m500.heap), m500.nodes, m500.listeners],
  ['2000', kb(m2000.heap), m2000.nodes, m2000.listeners],
  [
    'per mount, 10 → 500',
    `${perMount(m10, m500, 490, 'heap').toFixed(0)} bytes`,
    perMount(m10, m500, 490, 'nodes').toFixed(2),
    perMount(m10, m500, 490, 'listeners').toFixed(2),
  ],
  [
    'per mount, 500 → 2000',
    `${perMount(m500, m2000, 1500, 'heap').toFixed(0)} bytes`,
    perMount(m500, m2000, 1500, 'nodes').toFixed(2),
    perMount(m500, m2000, 1500, 'listeners').toFixed(2),
  ],
]);
console.log('\nA leak grows with every mount; warm-up (compiled code, caches) levels off.');

await browser.close();

// ---------------------------------------------------------------- 6. Lighthouse

if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
  const { default: lighthouse } = await import('lighthouse');
  const port = 9300 + Math.floor(Math.random() * 500);
  const lhBrowser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [...CHROME_ARGS, `--remote-debugging-port=${port}`],
  });
  const audit = async (path) => {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const result = await lighthouse(`${origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const { audits, categories } = result.lhr;
      runs.push({
        score: categories.performance.score * 100,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        observedFcp: audits.metrics.details.items[0].observedFirstContentfulPaint,
        observedLcp: audits.metrics.details.items[0].observedLargestContentfulPaint,
      });
    }
    return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  };
  progress(`Running Lighthouse ${LIGHTHOUSE_RUNS}x with and without the widget…`);
  const without = await audit('/demo/index.html?without-widget');
  const withWidget = await audit('/demo/index.html');
  const defaultPriority = await audit('/demo/index.html?default-priority');
  await lhBrowser.close();
  progress('');
  console.log(
    `\n## Lighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version} on demo/index.html (mobile, simulated throttling; median of ${LIGHTHOUSE_RUNS})\n`,
  );
  const rows = [
    ['score', 'performance score', (x) => x.toFixed(0)],
    ['tbt', 'total blocking time', ms],
    ['cls', 'cumulative layout shift', (x) => x.toFixed(3)],
    ['fcp', 'first contentful paint (simulated)', ms],
    ['lcp', 'largest contentful paint (simulated)', ms],
    ['observedFcp', 'first contentful paint (observed)', ms],
    ['observedLcp', 'largest contentful paint (observed)', ms],
  ];
  const signed = (format, x) => (x >= 0 ? '+' : '−') + format(Math.abs(x));
  table([
    [
      'measure',
      'without widget',
      'with widget (fetchpriority="low")',
      'difference',
      'script without fetchpriority',
      'difference',
    ],
    ...rows.map(([k, label, format]) => [
      label,
      format(without[k]),
      format(withWidget[k]),
      signed(format, withWidget[k] - without[k]),
      format(defaultPriority[k]),
      signed(format, defaultPriority[k] - without[k]),
    ]),
  ]);
  console.log('\nLighthouse simulates a slow phone on slow 4G from one fast local load. Its simulated paints wait for');
  console.log('every script fetched at high priority that arrived before the observed paint; with fetchpriority="low"');
  console.log("the widget's script is not one of them. The paints observed in the same runs are the measured ones.");
}

server.close();
rmSync(baselineDir, { recursive: true, force: true });
