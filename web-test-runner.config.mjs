// Runs every src/**/*.test.ts in real browsers: Chromium, Firefox ESR and
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, which
// scripts/run-tests.mjs starts under Xvfb). BROWSERS=chromium,firefox picks some.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { fileURLToPath } from 'node:url';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const wanted = (process.env.BROWSERS ?? 'all').split(',').map((b) => b.trim());
const all = wanted.includes('all');

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
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

/** DevTools sessions opened by the forced-colours command, one per page. */
const devtoolsSessions = new WeakMap();

export default {
  files: forcedColors
    ? [FORCED_COLORS_TEST]
    : ['src/**/*.test.ts', ...(wanted.length === 1 && wanted[0] === 'firefox' ? [`!${FORCED_COLORS_TEST}`] : [])],
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig, target: 'es2021' }),
    {
      // executeServerCommand('type-with-shift', { key: 'a' }): hold Shift, press the key, let go.
      // sendKeys cannot hold a key through WebDriver (WebKit here), so WebKit gets WebDriver
      // key actions directly (the launcher's session manager; web-test-runner runs WebKit one
      // test file at a time, where it allows actions).
      name: 'type-with-shift',
      async executeCommand({ command, payload, session }) {
        if (command !== 'type-with-shift') return undefined;
        const key = String(payload?.key ?? 'a');
        if (session.browser.type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          await page.keyboard.down('Shift');
          await page.keyboard.press(`Key${key.toUpperCase()}`); // The key's code, which Shift turns into a capital.
          await page.keyboard.up('Shift');
          return true;
        }
        const SHIFT = '\uE008';
        await session.browser.driverManager.performActions(session.id, [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: SHIFT },
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
              { type: 'keyUp', value: SHIFT },
            ],
          },
        ]);
        return true;
      },
    },
    {
      // executeServerCommand('press-shift-in-frame', { sides: ['left', 'right'] }): Shift presses
      // sent to the page in the test page's first iframe. Puppeteer sends keys to the focused
      // frame; WebDriver only to the frame it has switched to (WebKit here).
      name: 'press-shift-in-frame',
      async executeCommand({ command, payload, session }) {
        if (command !== 'press-shift-in-frame') return undefined;
        const sides = payload?.sides ?? ['left'];
        if (session.browser.type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          for (const side of sides) await page.keyboard.press(side === 'right' ? 'ShiftRight' : 'ShiftLeft');
          return true;
        }
        const driver = session.browser.driverManager.driver;
        await driver.switchToFrame(await driver.$('iframe'));
        try {
          for (const side of sides) {
            const shift = side === 'right' ? '\uE050' : '\uE008';
            await driver.performActions([
              { type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: shift }, { type: 'keyUp', value: shift }] },
            ]);
          }
        } finally {
          await driver.switchToParentFrame();
        }
        return true;
      },
    },
    {
      // executeServerCommand('emulate-forced-colors', { active: true }): Windows high contrast,
      // through DevTools (Chromium only; other engines answer false).
      name: 'emulate-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return false;
        const page = session.browser.getPage(session.id);
        // Puppeteer's emulateMediaFeatures does not know forced-colors: ask DevTools directly,
        // keeping the DevTools session open (closing it would undo the emulation).
        if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
        await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), summaryLineReporter()],
};
