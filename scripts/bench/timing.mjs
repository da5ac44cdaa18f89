// npm run bench (scripts/bench.mjs), sections 1 to 3b: the size of the builds; the time from
// the widget's script starting to the first question painted and from an answer to the next
// step painted; the long tasks in those loads; and the host page's own first paint.
import { readFileSync } from 'node:fs';
import { compressedSizes, kb } from '../size.mjs';
import { median, ms, progress, ratio, spread, table } from './report.mjs';

/** A fresh page of `browser` with the cache off and the CPU slowed `slowdown` times. */
export async function newPage(browser, slowdown) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { page, cdp };
}

/** One load of the host page: time to first question, the two next steps, long tasks. */
async function loadRun({ browser, origin }, build, slowdown) {
  const { page } = await newPage(browser, slowdown);
  await page.goto(`${origin}/host.html?build=${build}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench.painted !== undefined);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('help-finder');
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    // A visitor reads a question before answering it: half a second here (anyone takes longer),
    // in which the browser may do the work it keeps for idle moments, as it would for them.
    const read = () => new Promise((r) => setTimeout(r, 500));
    /** From each press of an answer to its step drawn whole and painted: the answering. */
    const answering = [];
    /** Read the question, choose an answer (by id), press Continue and time until the next step is painted. */
    const step = async (answerId) => {
      await read();
      const pressed = performance.now();
      el.shadowRoot.querySelector(`#answer-${answerId}`)?.click();
      await el.updateComplete;
      const t0 = performance.now();
      el.shadowRoot.querySelector('button.continue').click();
      // The element renders in the click's own task (a microtask), so the next frame draws it.
      // (Not `await el.updateComplete` first: it also waits for the focus move, which happens in
      // that same frame, and a frame requested after it would be the one after.)
      await painted();
      const elapsed = performance.now() - t0;
      // The whole step (an outcome page's "Other help" comes a frame later), painted.
      await el.updateComplete;
      await painted();
      answering.push([pressed, performance.now()]);
      return elapsed;
    };
    const start = performance.getEntriesByName('script-start')[0].startTime;
    const toQuestion = await step('child-abused');
    const toOutcome = await step('saw');
    // Long-task entries arrive after their task: give the last ones time to.
    await new Promise((r) => setTimeout(r, 200));
    const { longTasks, painted: firstPainted } = window.bench;
    const answer = (t) => answering.some(([from, to]) => t.start >= from && t.start < to);
    return {
      hostPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      firstQuestion: firstPainted - start,
      // "I think a child is being abused" → the follow-up question; "I saw, heard or noticed
      // something" → its outcome page ("Tell children's services"), the same page in every version.
      toQuestion,
      toOutcome,
      // Loading the page (to the first question's paint), reading (between the answers: the
      // widget's idle work), then answering (from each answer to its step whole and painted).
      longTasks: longTasks.filter((t) => t.start < firstPainted).map((t) => t.duration),
      readTasks: longTasks.filter((t) => t.start >= firstPainted && !answer(t)).map((t) => t.duration),
      answerTasks: longTasks.filter(answer).map((t) => t.duration),
    };
  });
  await page.close();
  return result;
}

// ---------------------------------------------------------------- 1. size

export function sizeSection(builds) {
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
}

// ---------------------------------------------------------------- 2, 3. timings

/**
 * Times `runCount` loads of each build at each of the `slowdowns` and prints the timings and the
 * long tasks. `bench` is `{ browser, origin, builds }`.
 * @returns {Promise<Record<string, object[]>>} the runs, by `${build}@${slowdown}`
 */
export async function timeSections(bench, runCount, slowdowns) {
  const { builds } = bench;
  const timings = {};
  // One discarded load of each first: a browser's first page pays for starting up (fonts, caches).
  for (const build of ['lit', 'widget']) await loadRun(bench, build, 1);
  for (const slowdown of slowdowns) {
    for (const build of ['widget', 'lit']) {
      progress(`Timing ${builds[build].label} at CPU ${slowdown}x: ${runCount} runs…`);
      const results = [];
      for (let i = 0; i < runCount; i++) results.push(await loadRun(bench, build, slowdown));
      timings[`${build}@${slowdown}`] = results;
    }
  }
  progress('');
  console.log(`\n## Time (median, p10–p90 of ${runCount} runs; ratio = help-finder / bare Lit)\n`);
  const rows = [['measure', 'CPU', 'help-finder', 'bare Lit', 'ratio']];
  for (const slowdown of slowdowns) {
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
    `\n## Long tasks (over 50 ms): loading the host page (to the first question painted, the page's own work included), reading each question (half a second), then answering two questions (to each step whole and painted)\n`,
  );
  table([
    ['phase', 'CPU', 'help-finder: runs with one', 'longest', 'bare Lit: runs with one', 'longest'],
    ...['longTasks', 'readTasks', 'answerTasks'].flatMap((key) =>
      slowdowns.map((slowdown) => {
        const count = (runs) => `${runs.filter((r) => r[key].length > 0).length} of ${runs.length}`;
        const longest = (runs) => ms(Math.max(0, ...runs.flatMap((r) => r[key])));
        const w = timings[`widget@${slowdown}`];
        const l = timings[`lit@${slowdown}`];
        return [
          { longTasks: 'loading', readTasks: 'reading', answerTasks: 'answering' }[key],
          `${slowdown}x`,
          count(w),
          longest(w),
          count(l),
          longest(l),
        ];
      }),
    ),
  ]);
  return timings;
}

// ---------------------------------------------------------------- 3b. the host page paints first

/** The host page's first contentful paint, observed, without any script (build=none). */
async function hostPaintAlone({ browser, origin }, slowdown) {
  const { page } = await newPage(browser, slowdown);
  await page.goto(`${origin}/host.html?build=none`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  await page.close();
  return paint;
}

/** The host page's first paint alone, at 1x and 4x, beside the paints in `timings`. */
export async function hostPaintSection(bench, runCount, timings) {
  console.log(
    `\n## The host page's first contentful paint, observed (median, p10–p90 of ${runCount} loads; the page alone has no script)\n`,
  );
  const paintRows = [['CPU', 'page alone', 'with help-finder', 'with bare Lit', 'help-finder − page alone']];
  for (const slowdown of [1, 4]) {
    const alone = [];
    for (let i = 0; i < runCount; i++) alone.push(await hostPaintAlone(bench, slowdown));
    // Some loads report no paint entry (a tab Chromium counted as hidden): left out, and counted.
    const reported = (xs) => xs.filter((x) => x > 0);
    const w = reported(timings[`widget@${slowdown}`].map((r) => r.hostPaint));
    const l = reported(timings[`lit@${slowdown}`].map((r) => r.hostPaint));
    const diff = median(w) - median(alone);
    const cell = (xs) => `${spread(xs)}${xs.length < runCount ? ` [${xs.length} loads]` : ''}`;
    paintRows.push([`${slowdown}x`, cell(alone), cell(w), cell(l), `${diff >= 0 ? '+' : '−'}${ms(Math.abs(diff))}`]);
  }
  table(paintRows);
}
