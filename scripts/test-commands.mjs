// Commands the browser tests call with executeServerCommand(), for what web-test-runner's own
// commands cannot do in every engine here: hold Shift or send keys into an iframe under
// WebDriver (WebKit), and emulate forced colours (Chromium's DevTools).
// WebKit's commands use the launcher's session manager (driverManager), which allows
// WebDriver actions because scripts/run-tests.mjs runs WebKit one test file at a time.

/** DevTools sessions opened by the forced-colours command, one per page. */
const devtoolsSessions = new WeakMap();

/** WebDriver: switch to the window (other than `original`) whose address contains `page`. */
async function switchToWindowAt(driver, original, page) {
  for (const handle of await driver.getWindowHandles()) {
    if (handle === original) continue;
    await driver.switchToWindow(handle);
    if ((await driver.getUrl()).includes(page)) return;
  }
  throw new Error(`no window at ${page}`);
}

/** The web-test-runner plugins that answer the commands. */
export function testCommands() {
  return [
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
      // With `page`, the iframe of the popup window whose address contains `page`; with
      // `frame: false` as well, that popup page itself (a page with no frame).
      name: 'press-shift-in-frame',
      async executeCommand({ command, payload, session }) {
        if (command !== 'press-shift-in-frame') return undefined;
        const sides = payload?.sides ?? ['left'];
        if (session.browser.type === 'puppeteer') {
          let page = session.browser.getPage(session.id);
          if (payload?.page) page = (await page.browser().pages()).find((p) => p.url().includes(payload.page));
          for (const side of sides) await page.keyboard.press(side === 'right' ? 'ShiftRight' : 'ShiftLeft');
          return true;
        }
        const driver = session.browser.driverManager.driver;
        const original = await driver.getWindowHandle();
        const inFrame = payload?.frame !== false;
        if (payload?.page) await switchToWindowAt(driver, original, payload.page);
        if (inFrame) await driver.switchToFrame(await driver.$('iframe'));
        try {
          for (const side of sides) {
            const shift = side === 'right' ? '\uE050' : '\uE008';
            await driver.performActions([
              {
                type: 'key',
                id: 'keyboard',
                actions: [
                  { type: 'keyDown', value: shift },
                  { type: 'keyUp', value: shift },
                ],
              },
            ]);
          }
        } finally {
          if (inFrame) await driver.switchToParentFrame();
          if (payload?.page) await driver.switchToWindow(original);
        }
        return true;
      },
    },
    {
      // executeServerCommand('click', { selector: '#open' }): a real click (user activation) on an
      // element of the test page, e.g. to open a popup window where browsers block it otherwise.
      name: 'click',
      async executeCommand({ command, payload, session }) {
        if (command !== 'click') return undefined;
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).click(String(payload.selector));
          return true;
        }
        await (await session.browser.driverManager.driver.$(String(payload.selector))).click();
        return true;
      },
    },
    {
      // executeServerCommand('click-in-popup-frame', { page: 'frame-top.html', selector: '.exit-button' }):
      // a real click (user activation) on an element of <help-finder> in the iframe of the popup
      // window whose address contains `page` (with `onPage: true`, an element of the framed page
      // itself; with `frame: false` too, of the popup page itself, which has no frame). The frame
      // may be on another origin, out of the test's reach.
      name: 'click-in-popup-frame',
      async executeCommand({ command, payload, session }) {
        if (command !== 'click-in-popup-frame') return undefined;
        const selector = String(payload?.selector ?? '.exit-button');
        const onPage = payload?.onPage === true;
        if (session.browser.type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          const popup = (await page.browser().pages()).find((p) => p.url().includes(payload.page));
          if (!popup) throw new Error(`no popup at ${payload.page}`);
          // A frame on another origin is a process of its own in Chromium: Puppeteer may learn of
          // it a little after the page has loaded.
          const childFrame = async () => {
            for (let i = 0; i < 100; i++) {
              const child = popup.frames().find((f) => f !== popup.mainFrame() && f.url() !== 'about:blank');
              if (child) return child;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
            throw new Error(`no frame in the popup at ${payload.page}`);
          };
          const frame = payload?.frame === false ? popup.mainFrame() : await childFrame();
          const button = await frame.waitForSelector(onPage ? selector : `help-finder >>> ${selector}`);
          await button.click();
          return true;
        }
        const driver = session.browser.driverManager.driver;
        const original = await driver.getWindowHandle();
        try {
          await switchToWindowAt(driver, original, payload.page);
          if (payload?.frame !== false) {
            // WebKitGTK's driver does not scroll the page to a frame below the fold before it
            // clicks inside it: the click lands elsewhere and nothing happens.
            await driver.execute(() => document.querySelector('iframe')?.scrollIntoView());
            await driver.switchToFrame(await driver.$('iframe'));
          }
          await (onPage ? await driver.$(selector) : await driver.$('help-finder').shadow$(selector)).click();
        } finally {
          await driver.switchToWindow(original);
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
  ];
}
