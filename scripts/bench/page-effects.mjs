// npm run bench (scripts/bench.mjs), sections 4 and 5: what the widget leaves on a page. The
// layout shift it causes on the demo host pages, and the memory left after mounting and removing
// it many times.
import { kb } from '../size.mjs';
import { progress, table } from './report.mjs';
import { newPage } from './timing.mjs';

// ---------------------------------------------------------------- 4. layout shift

/** Cumulative layout shift of a demo page, measured until the widget has rendered and 1 s more. */
async function layoutShift({ browser, origin }, path) {
  const { page } = await newPage(browser, 1);
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

/** The layout shift on demo/index.html and demo/launcher.html. `bench` is `{ browser, origin }`. */
export async function layoutShiftSection(bench) {
  console.log(`\n## Layout shift on the demo host pages (CLS, worst of 3 loads)\n`);
  const shiftRows = [['page', 'script at once', 'script 800 ms late', 'without the widget']];
  for (const [label, path] of [
    ['demo/index.html (inline)', '/demo/index.html'],
    ['demo/launcher.html (launcher)', '/demo/launcher.html'],
  ]) {
    const worst = async (p) => Math.max(...(await Promise.all([0, 1, 2].map(() => layoutShift(bench, p)))));
    shiftRows.push([
      label,
      (await worst(path)).toFixed(3),
      (await worst(`${path}?script-delay=800`)).toFixed(3),
      (await worst(`${path}?without-widget`)).toFixed(3),
    ]);
  }
  table(shiftRows);
}

// ---------------------------------------------------------------- 5. memory

/** JS heap and DOM counters after mounting and removing the widget `times` times, after garbage collection. */
async function memoryAfter({ browser, origin }, times) {
  const { page, cdp } = await newPage(browser, 1);
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

/** The memory left after 10, 500 and 2000 mounts. `bench` is `{ browser, origin }`. */
export async function memorySection(bench) {
  console.log(`\n## Memory: mount and remove the widget (growth after garbage collection)\n`);
  progress('Mounting and removing the widget 10, 500 and 2000 times…');
  const m10 = await memoryAfter(bench, 10);
  const m500 = await memoryAfter(bench, 500);
  const m2000 = await memoryAfter(bench, 2000);
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
}
