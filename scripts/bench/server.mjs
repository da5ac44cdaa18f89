// npm run bench (scripts/bench.mjs): what it measures and where from. It builds the widget
// (npm run build) and the two baselines (bare Lit; Lit + @lit/localize, from baseline-*.js beside
// this file, with the widget's rollup plugins), and serves them, the repository's files and a
// plain host page on a local port.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../../rollup.config.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// ---------------------------------------------------------------- build

/**
 * Builds the widget and the baselines.
 * @returns {Promise<{ builds: Record<'widget' | 'localize' | 'lit', { label: string, file: string, url: string }>, baselineDir: string }>}
 */
export async function buildAll() {
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
  return { builds, baselineDir };
}

/** Removes the baselines' builds. */
export function removeBuilds(baselineDir) {
  rmSync(baselineDir, { recursive: true, force: true });
}

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

/**
 * Serves the repository, the baselines (/baseline/) and the host page (/host.html?build=…).
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export async function startServer(builds, baselineDir) {
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
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
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
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
