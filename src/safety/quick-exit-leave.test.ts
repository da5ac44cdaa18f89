// The quick exit really leaving, in a real browser, loading the built dist/help-finder.js, with
// an exit URL on this server (test-pages/exit-target.html). From a frame the exit takes the whole
// tab, so every test here runs in a popup window: a partner page (test-pages/frame-top.html)
// that frames the widget's page (test-pages/exit-host.html). The test page itself never leaves.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { frames, type FrameWindow } from '../test-helpers/frame.js';
import { type HelpFinderHarness, SELECTORS, widgetOn } from '../test-helpers/harness.js';
import { openWindow } from '../test-helpers/popup.js';

const HOST = '/src/safety/test-pages/exit-host.html';
const TOP = 'frame-top.html';
const EXIT_TARGET = new URL('/src/safety/test-pages/exit-target.html', location.href).href;

/** This server under its other name: another origin (localhost and 127.0.0.1 are two sites). */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

type Page = { popup: Window; iframe: HTMLIFrameElement; win: Window; finder: HelpFinderHarness };

/**
 * Chromium turns a navigation that comes very soon after a load into a
 * replacement (it looks like a redirect), which would hide the difference
 * the history tests look for: they let the page settle first. Tests that
 * only look at where the tab went do not need to wait.
 */
const settleForHistory = () => new Promise((resolve) => setTimeout(resolve, 1200));

let popup: Window | null = null;
/** Other popup windows a test opened, closed after it. */
const others: Window[] = [];

/** Open the partner page framing `frame` (with `sandbox`, if given) in a popup window. */
async function openPartnerPage(frame: string, sandbox?: string): Promise<Window> {
  const query = new URLSearchParams({ frame, ...(sandbox !== undefined && { sandbox }) });
  const opened = await openWindow(`/src/safety/test-pages/${TOP}?${query}`);
  popup = opened;
  await waitUntil(
    () => opened.location.pathname.endsWith(TOP) && opened.document.readyState === 'complete',
    'the partner page did not load',
    { timeout: 10000 },
  );
  return opened;
}

/** The partner page, framing the widget's page (same origin, so the test can reach in). */
async function partnerPage(hostQuery = '', sandbox?: string): Promise<Page> {
  const opened = await openPartnerPage(HOST + hostQuery, sandbox);
  const finder = await widgetOn(
    () => opened.document.querySelector('iframe')?.contentDocument,
    SELECTORS.exitButton,
    'the framed widget did not render',
  );
  const iframe = opened.document.querySelector('iframe')!;
  return { popup: opened, iframe, win: iframe.contentWindow!, finder };
}

/** The partner page (not only the frame) is now the exit page (or `url`). */
async function tabHasLeft(page: Window, url = EXIT_TARGET): Promise<void> {
  await waitUntil(
    () => {
      try {
        return page.location.href === url && page.document.readyState === 'complete';
      } catch {
        return false; // Between pages.
      }
    },
    `the page did not leave for ${url} (the partner page around the frame stayed on screen?)`,
    { timeout: 10000, interval: 50 },
  );
}

/** The frame sandbox as the README gives it (section "In a frame"), so the tests and the README cannot differ. */
async function readmeSandbox(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  return readme.split('### In a frame\n')[1]!.match(/sandbox="([^"]+)"/)![1]!;
}

describe('quick exit', function (this: Mocha.Suite) {
  this.timeout(30000);

  afterEach(() => {
    popup?.close();
    popup = null;
    others.splice(0).forEach((w) => w.close());
  });

  it('from a same-origin frame, the whole tab leaves, without adding a history entry', async () => {
    const { popup: page, finder } = await partnerPage();
    await settleForHistory();
    const before = page.history.length;
    finder.exit();
    await tabHasLeft(page);
    // Let the browser finish recording the navigation before history.length is read.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.history.length, 'the exit replaced the entry: Back cannot return to the page').to.equal(before);
  });

  it('from a frame on another site, a click on Exit takes the whole tab', async () => {
    const frame = `${OTHER_ORIGIN}${HOST}?${new URLSearchParams({ exit: EXIT_TARGET })}`;
    const page = await openPartnerPage(frame);
    // A real click (user activation): browsers let a cross-origin frame move the tab only after one.
    expect(await executeServerCommand('click-in-popup-frame', { page: TOP, selector: '.exit-button' })).to.equal(true);
    await tabHasLeft(page);
  });

  it('in the README’s frame sandbox, the journey goes past question 1 and Exit takes the whole tab', async () => {
    const { popup: page, finder } = await partnerPage('', await readmeSandbox());
    await finder.choose('child-abused');
    expect(finder.heading(), 'Continue works in the sandbox').to.equal('What has happened?');
    await finder.choose('disclosed');
    expect(finder.heading()).to.equal('Listen, then report it today');
    expect(await executeServerCommand('click-in-popup-frame', { page: TOP, selector: '.exit-button' })).to.equal(true);
    await tabHasLeft(page);
  });

  it('from a frame sandboxed without allow-top-navigation, the frame leaves (all it may do)', async () => {
    // Without allow-same-origin too: WebKit lets a same-origin sandboxed frame move the tab anyway.
    const page = await openPartnerPage(HOST, 'allow-scripts');
    const arrived = new Promise((resolve) =>
      page.addEventListener('message', (event) => event.data === 'arrived at the exit page' && resolve(true)),
    );
    expect(await executeServerCommand('click-in-popup-frame', { page: TOP, selector: '.exit-button' })).to.equal(true);
    await arrived;
    expect(page.location.pathname, 'the sandbox kept the partner page').to.match(/frame-top\.html$/);
  });

  it('the cover hides the whole page at once, even where the host layout traps position: fixed', async () => {
    const { popup: page, win, finder } = await partnerPage('?trap');
    finder.exit();
    await finder.settle();
    // Measured in the same task as the click: the browser has not left yet.
    const cover = finder.$(SELECTORS.exitCover)!;
    const box = cover.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height], 'the cover fills the window').to.deep.equal([
      0,
      0,
      win.innerWidth,
      win.innerHeight,
    ]);
    const heading = win.document.querySelector('h1')!.getBoundingClientRect();
    expect(
      win.document.elementFromPoint(heading.left + 4, heading.top + 4),
      'the partner heading (z-index 10) is under the cover',
    ).to.equal(finder.element);
    await tabHasLeft(page);
  });

  it('leaves even when the page breaks dispatchEvent, and throws nothing into it', async () => {
    const { popup: page, win, finder } = await partnerPage();
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error));
    (win as Window & typeof globalThis).EventTarget.prototype.dispatchEvent = () => {
      throw new Error('a broken analytics library');
    };
    finder.exit();
    expect(errors, 'nothing was thrown into the page').to.deep.equal([]);
    await tabHasLeft(page);
  });

  it('never leaves the visitor behind a cover when the browser stays (a dismissed "Leave site?")', async () => {
    // A 204 answer: the browser starts to leave, then stays on the page, as after a dismissed prompt.
    const { iframe, win, finder } = await partnerPage(`?${new URLSearchParams({ exit: '/__test/no-content' })}`);
    finder.exit();
    await finder.settle();
    expect(finder.$(SELECTORS.step), 'everything hidden at once').to.equal(null);
    await waitUntil(() => finder.$(SELECTORS.exitCoverExit), 'the cover offered no way out', { timeout: 8000 });
    expect(iframe.contentWindow!.location.pathname).to.equal(HOST);
    expect(finder.$(SELECTORS.exitCover)!.getBoundingClientRect().height).to.equal(win.innerHeight);
    finder.$(SELECTORS.exitCoverBack)!.click();
    await finder.settle();
    expect(finder.$(SELECTORS.exitCover)).to.equal(null);
    expect(finder.heading()).to.equal('What do you need help with?');
  });

  it('the cover is drawn before a host’s “Leave site?” prompt could show (F5)', async () => {
    const { popup: page, win, finder } = await partnerPage();
    const seen: boolean[] = [];
    // The host's handler runs while the browser leaves, when its prompt would show.
    win.addEventListener('beforeunload', () => {
      const cover = finder.$<HTMLDialogElement>(SELECTORS.exitCover);
      seen.push(!!cover?.open && !finder.$(SELECTORS.step));
    });
    finder.exit();
    await tabHasLeft(page);
    expect(seen, 'the cover was up, and the outcome gone, when the prompt would show').to.deep.equal([true]);
  });

  it('a help-finder-exit listener can neither stop the exit nor send the tab elsewhere (F6)', async () => {
    for (const listener of ['stop', 'redirect'] as const) {
      const { popup: page, win, finder } = await partnerPage();
      await settleForHistory();
      const before = page.history.length;
      finder.element.addEventListener('help-finder-exit', () => {
        if (listener === 'stop') win.top!.stop();
        else win.top!.location.href = new URL('/src/safety/test-pages/frame-top.html?elsewhere', location.href).href;
      });
      finder.exit();
      await tabHasLeft(page).catch((error: Error) => {
        throw new Error(`${listener}: ${error.message} (at ${page.location.href})`);
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(page.location.href, listener).to.equal(EXIT_TARGET);
      expect(page.history.length, `${listener}: no entry to go Back to`).to.equal(before);
      page.close();
    }
  });

  it('covers the page when the widget is in a hidden container (F8)', async () => {
    // A 204 answer: the browser stays, so what covers the page can be looked at.
    const { win, finder } = await partnerPage(`?${new URLSearchParams({ hidden: '', exit: '/__test/no-content' })}`);
    finder.exit();
    await frames(win as FrameWindow, 2);
    const atCentre = win.document.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
    expect(atCentre?.localName, 'a cover over the page').to.equal('dialog');
    const corner = win.document.elementFromPoint(5, 5);
    expect(corner?.localName, 'the heading is covered too').to.equal('dialog');
  });

  it('three presses of Shift leave the page; alternating left and right Shift counts', async () => {
    const { popup: page, iframe, win, finder } = await partnerPage();
    iframe.focus();
    win.document.body.focus();
    // A command of ours: keys sent into the popup's frame (WebDriver needs to be told where).
    await executeServerCommand('press-shift-in-frame', { page: TOP, sides: ['left', 'right'] });
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('Shift, press 1 more time to exit this page.');
    await executeServerCommand('press-shift-in-frame', { page: TOP, sides: ['left'] });
    await tabHasLeft(page);
  });

  it('in the README’s sandbox with no click, Shift ×3 covers the frame and asks for Exit, which takes the whole tab', async () => {
    const { popup: page, iframe, win, finder } = await partnerPage('', await readmeSandbox());
    const messages: unknown[] = [];
    page.addEventListener('message', (event) => messages.push(event.data));
    iframe.focus();
    win.document.body.focus();
    await executeServerCommand('press-shift-in-frame', { page: TOP, sides: ['left', 'left', 'left'] });
    const hasLeft = () => {
      try {
        return page.location.href === EXIT_TARGET;
      } catch {
        return true; // Between pages.
      }
    };
    await waitUntil(() => hasLeft() || finder.$(SELECTORS.exitCoverExit), 'neither left nor asked for Exit', {
      timeout: 8000,
    });
    const tabLeft = hasLeft();
    // WebKit lets a same-origin sandboxed frame move the tab even without a click: then it has left.
    if (!tabLeft) {
      expect(iframe.contentWindow!.location.pathname, 'the frame did not leave on its own').to.equal(HOST);
      await waitUntil(() => finder.$(SELECTORS.exitCoverExit), 'no Exit button on the cover');
      expect(finder.$(SELECTORS.exitCoverAlert)!.textContent!.trim()).to.equal(
        'Press “Exit this page” to leave the whole page.',
      );
      expect(finder.$(SELECTORS.step), 'the journey stays hidden').to.equal(null);
      const told = (m: unknown) => JSON.stringify(m) === JSON.stringify({ type: 'help-finder-exit', url: EXIT_TARGET });
      await waitUntil(() => messages.some(told), `the partner page was not told (${JSON.stringify(messages)})`);
      const click = { page: TOP, selector: SELECTORS.exitCoverExit };
      expect(await executeServerCommand('click-in-popup-frame', click)).to.equal(true);
    }
    await tabHasLeft(page);
  });

  describe('with GOV.UK’s “Exit this page” on the same page (which leaves with location.href)', () => {
    /** The widget's page on its own in a popup window, with GOV.UK's exit on it too. */
    async function pageWithGovUkExit(): Promise<{ page: Window; finder: HelpFinderHarness }> {
      const page = await openWindow(`${HOST}?govuk`);
      popup = page;
      const finder = await widgetOn(() => page.document, SELECTORS.exitButton);
      await settleForHistory();
      return { page, finder };
    }

    /** The page is now `url`, and Back cannot return: no history entry was added. */
    async function leftFor(page: Window, url: string, entries: number): Promise<void> {
      await tabHasLeft(page, url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(page.history.length, 'Back cannot return to the page').to.equal(entries);
    }

    it('Shift ×3 leaves by the widget’s exit: GOV.UK’s cannot overtake it and add an entry', async () => {
      const { page, finder } = await pageWithGovUkExit();
      const before = page.history.length;
      page.focus();
      await executeServerCommand('press-shift-in-frame', { page: HOST, frame: false, sides: ['left', 'left'] });
      await finder.settle();
      expect(finder.shortcutStatus()).to.equal('Shift, press 1 more time to exit this page.');
      await executeServerCommand('press-shift-in-frame', { page: HOST, frame: false, sides: ['left'] });
      await leftFor(page, EXIT_TARGET, before);
    });

    it('a press of GOV.UK’s button leaves for its address, adding no history entry', async () => {
      const { page } = await pageWithGovUkExit();
      const before = page.history.length;
      const govukTarget = new URL('exit-target.html?by=govuk', page.location.href).href;
      const click = { page: HOST, frame: false, onPage: true, selector: '.govuk-exit-this-page__button' };
      expect(await executeServerCommand('click-in-popup-frame', click)).to.equal(true);
      await leftFor(page, govukTarget, before);
    });
  });

  it('no longer listens once the widget is removed', async () => {
    const { popup: page, iframe, win, finder } = await partnerPage();
    finder.element.remove();
    iframe.focus();
    win.document.body.focus();
    await executeServerCommand('press-shift-in-frame', { page: TOP, sides: ['left', 'left', 'left'] });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(page.location.pathname, 'Shift did nothing without a widget').to.match(/frame-top\.html$/);
    expect(iframe.contentWindow!.location.pathname).to.equal(HOST);
  });

  it('sends no Referer to the exit page, from a frame or from the page itself (F7)', async () => {
    for (const framed of [true, false]) {
      const key = `${framed ? 'frame' : 'page'}-${Math.random()}`;
      const exit = new URL(`/__test/referer-exit?${new URLSearchParams({ key })}`, location.href).href;
      let page: Window;
      let finder: HelpFinderHarness;
      if (framed) {
        ({ popup: page, finder } = await partnerPage(`?${new URLSearchParams({ exit })}`));
      } else {
        page = await openWindow(`${HOST}?${new URLSearchParams({ exit })}`);
        others.push(page);
        finder = await widgetOn(() => page.document, SELECTORS.exitButton);
      }
      finder.exit();
      await waitUntil(
        () => {
          try {
            return page.location.href === exit && page.document.readyState === 'complete';
          } catch {
            return false;
          }
        },
        'the tab did not leave',
        { timeout: 10000, interval: 50 },
      );
      const seen: unknown = await (await fetch(`/__test/referer-seen?${new URLSearchParams({ key })}`)).json();
      expect(seen, `Referer from ${framed ? 'a frame' : 'the page'}`).to.equal(null);
      expect(page.document.referrer, 'document.referrer on the exit page').to.equal('');
      popup?.close();
      popup = null;
    }
  });

  it('from a widget moved into a same-origin popup, the popup leaves, not the page that opened it (F11)', async () => {
    const opener = await openWindow(HOST);
    others.push(opener);
    const finder = await widgetOn(() => opener.document, SELECTORS.exitButton);
    const helpWindow = await openWindow('about:blank');
    others.push(helpWindow);
    await waitUntil(() => helpWindow.document.readyState === 'complete', 'the popup did not open');
    helpWindow.document.body.append(finder.element);
    await finder.settle();
    finder.exit();
    await waitUntil(
      () => {
        try {
          return helpWindow.location.href === EXIT_TARGET;
        } catch {
          return false;
        }
      },
      'the popup with the widget stayed',
      { timeout: 10000, interval: 50 },
    );
    expect(opener.location.pathname, 'the opener stayed').to.equal(HOST);
  });
});
