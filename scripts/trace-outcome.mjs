// `node scripts/trace-outcome.mjs [slowdown] [runs]`: where the time of "answer → outcome page
// painted" goes, from a Chromium trace (devtools.timeline) of that one step, at a CPU slowdown
// (4x by default), for help-finder and for the bare Lit baseline. Prints the main thread's self
// time by kind of work (script, style, layout, paint…), the median over the runs. Issue #26 asks
// for a trace at 4x before and after each change to the outcome page.
// Uses dist/help-finder.js as built (run `npm run build` first).
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLOWDOWN = Number(process.argv[2] ?? 4);
const RUNS = Number(process.argv[3] ?? 5);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
<script type="module" src="/dist/help-finder.js"></script></head>
<body><h1>A partner page</h1><help-finder></help-finder></body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  let body;
  try {
    body = readFileSync(join(ROOT, normalize(path)));
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** The kinds of main-thread work, by trace event name. */
const KINDS = {
  // RunTask's own time is script too: the click that starts the step runs inside a task with no
  // FunctionCall of its own (it comes from the test's evaluate).
  script: [
    'RunTask',
    'FunctionCall',
    'EvaluateScript',
    'v8.compile',
    'TimerFire',
    'EventDispatch',
    'RunMicrotasks',
    'FireAnimationFrame',
    'v8.callFunction',
    'V8.GCScavenger',
    'MinorGC',
    'MajorGC',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PaintImage', 'PrePaint', 'Layerize', 'Commit', 'CompositeLayers', 'RasterTask'],
};
const kindOf = (name) => Object.keys(KINDS).find((k) => KINDS[k].includes(name)) ?? 'other';

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const results = [];
/** Time in events of no known kind, by name, over all runs (printed with TRACE_OTHERS=1). */
const others = {};
for (let run = 0; run < RUNS + 1; run++) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 400, height: 800 });
  await tab.goto(origin, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    const el = document.querySelector('help-finder');
    await customElements.whenDefined('help-finder');
    await el.updateComplete;
    el.shadowRoot.querySelector('#answer-child-abused').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('button.continue').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('#answer-saw').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
  });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const drawn = await tab.evaluate(async () => {
    const el = document.querySelector('help-finder');
    const t0 = performance.now();
    el.shadowRoot.querySelector('button.continue').click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const elapsed = performance.now() - t0;
    const root = el.shadowRoot;
    return { elapsed, elements: root.querySelectorAll('*').length, characters: root.textContent.length };
  });
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await tab.close();
  if (run === 0) continue; // The first pays for warming up.
  const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch');
  const thread = events
    .filter((e) => e.pid === main?.pid && e.tid === main?.tid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: each event's duration minus its children's.
  const self = {};
  const stack = [];
  for (const e of thread) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self[parent.kind] = (self[parent.kind] ?? 0) - e.dur / 1000;
    const kind = kindOf(e.name);
    if (kind === 'other') others[e.name] = (others[e.name] ?? 0) + e.dur / 1000;
    self[kind] = (self[kind] ?? 0) + e.dur / 1000;
    stack.push({ ts: e.ts, dur: e.dur, kind });
  }
  results.push({ ...drawn, ...self });
}
await browser.close();
server.close();
if (process.env.TRACE_OTHERS) {
  for (const [name, ms] of Object.entries(others)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 15)) {
    console.log(`${(ms / RUNS).toFixed(1).padStart(7)} ms  ${name}`);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`answer → outcome page painted, CPU ${SLOWDOWN}x, median of ${RUNS} runs`);
console.log(`  the page: ${results[0]?.elements} elements, ${results[0]?.characters} characters of text`);
for (const key of ['elapsed', 'script', 'style', 'layout', 'paint', 'other']) {
  console.log(
    `  ${key.padEnd(8)} ${median(results.map((r) => r[key] ?? 0))
      .toFixed(1)
      .padStart(7)} ms`,
  );
}
