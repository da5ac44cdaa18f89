// Runs every src/**/*.test.ts in real browsers: Chromium, Firefox ESR and
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, which
// scripts/run-tests.mjs starts under Xvfb). BROWSERS=chromium,firefox picks some.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';
import { testCommands } from './scripts/test-commands.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const wanted = (process.env.BROWSERS ?? 'all').split(',').map((b) => b.trim());
const all = wanted.includes('all');

/**
 * `/__test/react.js?react=18` (or `19`): React, ReactDOM's `createRoot` and the package's
 * `help-finder/react`, bundled by esbuild as a partner's bundler would (through package.json's
 * `exports`, `development` condition: dist/react.js and dist/help-finder.dev.js). React ships
 * CommonJS only, which the dev server cannot serve as modules. React 18 is the devDependency
 * `react-18` (an npm alias), put in place of `react` here. For src/react-18.test.ts and
 * src/react-19.test.ts (after `npm run build`).
 */
const reactBundles = new Map();
const REACT_VERSIONS = {
  18: { react: 'react-18', 'react-dom': 'react-dom-18' },
  19: {},
};
/** @type {import('@web/dev-server-core').Plugin} */
const reactBundlePlugin = {
  name: 'react-bundles',
  async serve(context) {
    if (context.path !== '/__test/react.js') return undefined;
    const version = String(context.query.react);
    if (!(version in REACT_VERSIONS)) return { body: `throw new Error('no React ${version}');`, type: 'js' };
    if (!reactBundles.has(version)) {
      const result = await build({
        stdin: {
          contents: [
            "export * as React from 'react';",
            "export { createRoot } from 'react-dom/client';",
            "export { HelpFinder } from 'help-finder/react';",
          ].join('\n'),
          resolveDir: fileURLToPath(new URL('.', import.meta.url)),
          sourcefile: `react-${version}-entry.js`,
        },
        bundle: true,
        format: 'esm',
        write: false,
        conditions: ['development'],
        alias: REACT_VERSIONS[version],
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'error',
      });
      reactBundles.set(version, result.outputFiles[0].text);
    }
    return { body: reactBundles.get(version), type: 'js' };
  },
};

/** The Referer each /__test/referer-exit request came with, by its ?key= (quick-exit tests). */
const referers = new Map();

const forcedColors = process.env.FORCED_COLORS === '1';
/** Runs on its own in Firefox, in a browser with page colours overridden (see scripts/run-tests.mjs). */
const FORCED_COLORS_TEST = 'src/components/help-finder-forced-colors.test.ts';

const browsers = [];
if (all || wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      // Each test file in a window of its own: test files run two at a time, and a second tab in
      // one window is hidden, so it gets no animation frames, no ResizeObserver callbacks and no
      // layout-shift entries (tests waiting on a frame then timed out, now and then, in CI).
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          // Keep timers and frames running in windows that are not in front.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  );
}
if (all || wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        // FORCED_COLORS=1: page colours always overridden, so (forced-colors: active) is real.
        ...(forcedColors && { extraPrefsFirefox: { 'browser.display.document_color_use': 2 } }),
      },
    }),
  );
}

if (all || wanted.includes('webkit')) {
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        // @ts-expect-error WebKitGTK's own capability, which WebdriverIO's types do not list
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

export default {
  files: forcedColors
    ? [FORCED_COLORS_TEST]
    : ['src/**/*.test.ts', ...(wanted.length === 1 && wanted[0] === 'firefox' ? [`!${FORCED_COLORS_TEST}`] : [])],
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Test-only answers: a navigation that goes nowhere (204), a redirect, and a config any site
  // may read (CORS) that names the host it came from, for the quick-exit and config-src tests.
  middleware: [
    async (ctx, next) => {
      // A frame sandboxed without allow-same-origin has an opaque origin: its module scripts are
      // cross-origin requests (the configurator's preview from the sources: /demo/ too, as
      // web-dev-server.config.mjs serves them for `npm start`).
      if (ctx.path.startsWith('/dist/') || ctx.path.startsWith('/demo/')) ctx.set('Access-Control-Allow-Origin', '*');
      if (ctx.path.startsWith('/__test/static/dist/') && !ctx.path.includes('..')) {
        // A built file as any static host serves it, byte for byte (the esbuild plugin rewrites
        // scripts, inline ones too): for integrity hashes, and the configurator page, whose
        // Content-Security-Policy allows its inline script by its hash.
        ctx.type = ctx.path.endsWith('.html') ? 'text/html' : 'text/javascript';
        ctx.set('Access-Control-Allow-Origin', '*'); // as a CDN serves it, to any site
        ctx.body = await readFile(ctx.path.slice('/__test/static/'.length));
        return;
      }
      if (ctx.path === '/__test/no-content') {
        ctx.status = 204;
        return;
      }
      if (ctx.path === '/__test/referer-exit') {
        // An exit page that records the Referer header it was asked with, under ?key=; read it
        // back (JSON, null for none) from /__test/referer-seen?key=.
        referers.set(String(ctx.query.key), ctx.get('referer') || null);
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html lang="en"><title>Exit</title><p>A neutral exit page.</p></html>';
        return;
      }
      if (ctx.path === '/__test/referer-seen') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(
          referers.has(String(ctx.query.key)) ? referers.get(String(ctx.query.key)) : 'not asked',
        );
        return;
      }
      if (ctx.path === '/__test/redirect') {
        ctx.redirect(String(ctx.query.to));
        return;
      }
      if (ctx.path === '/__test/csp-page') {
        // A partner page served with the Content-Security-Policy header `policy`, loading `script`s
        // (same-origin paths) in order, with an error recorder first.
        const scripts = [].concat(ctx.query.script ?? []).filter((src) => src.startsWith('/'));
        ctx.set('Content-Security-Policy', String(ctx.query.policy));
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP page</title>
          <script src="/src/test-pages/record-errors.js"></script>
          ${scripts.map((src) => `<script type="module" src="${src.replace(/"/g, '&quot;')}"></script>`).join('')}
          </head><body><h1>Partner page</h1><help-finder></help-finder></body></html>`;
        return;
      }
      if (ctx.path === '/__test/slow-config.json') {
        // Two areas, after a delay: a config-src that arrives when the visitor has started.
        await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 1500)));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({
          areas: ['Swansea', 'Neath Port Talbot'].map((name) => ({
            id: name.toLowerCase().replace(/ /g, '-'),
            name,
            childrensServices: {},
          })),
        });
        return;
      }
      if (ctx.path === '/__test/cors-config.json') {
        ctx.set('Access-Control-Allow-Origin', '*');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ launcher: { label: `Config from ${ctx.hostname}` } });
        return;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig, target: 'es2021' }),
    reactBundlePlugin,
    // executeServerCommand() commands: Shift under WebDriver, forced colours in Chromium.
    ...testCommands(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <!-- Failed assertions about DOM nodes are reported, not lost (see the file). -->
        <script type="module" src="/src/test-helpers/readable-failures.ts"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), summaryLineReporter()],
};
