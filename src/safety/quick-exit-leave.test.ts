// The quick exit really leaving, in a real browser, loading the built
// dist/help-finder.js, with an exit URL on this server (test-pages/exit-target.html).
// From a frame the exit leaves the whole tab, so the test page itself (which
// must stay) hosts the widget in a frame sandboxed without allow-top-navigation,
// where the frame leaves; the whole-tab exit is tested in a popup window.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const HOST = '/src/safety/test-pages/exit-host.html';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A frame the widget cannot take the whole tab from (no allow-top-navigation). */
const SANDBOX = 'allow-scripts allow-same-origin';

async function loadHost(query = ''): Promise<{ iframe: HTMLIFrameElement; widget: Widget }> {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.style.cssText = 'width: 800px; height: 600px';
  iframe.src = HOST + query;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  await win.customElements.whenDefined('help-finder');
  const widget = win.document.querySelector('help-finder') as Widget;
  await widget.updateComplete;
  return { iframe, widget };
}

/**
 * Chromium turns a navigation that comes very soon after a load into a
 * replacement (it looks like a redirect), which would hide the difference
 * this test looks for: let the page settle first.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1200));

const nextLoad = (iframe: HTMLIFrameElement) =>
  new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));

/** Wait until the iframe has left the host page (error pages fire no load event in some browsers). */
async function hasLeft(iframe: HTMLIFrameElement): Promise<void> {
  await waitUntil(
    () => iframe.contentWindow!.location.pathname.endsWith('/exit-target.html'),
    'the iframe did not reach the exit page',
    { timeout: 10000, interval: 50 },
  );
  // Let the browser finish recording the navigation before history.length is read.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** True while the iframe still shows our host page. */
function stillOnHost(iframe: HTMLIFrameElement): boolean {
  return iframe.contentWindow!.location.pathname === HOST;
}

const EXIT_TARGET = new URL('/src/safety/test-pages/exit-target.html', location.href).href;

/** This server under its other name: another origin (localhost and 127.0.0.1 are two sites). */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** A partner page (a window of its own) that frames `frame`. */
async function openFramingPage(frame: string, sandbox?: string): Promise<Window> {
  const query = new URLSearchParams({ frame, ...(sandbox !== undefined && { sandbox }) });
  const popup = window.open(`/src/safety/test-pages/frame-top.html?${query}`, '_blank', 'width=900,height=700');
  expect(popup, 'the browser opened the partner page').to.not.equal(null);
  await waitUntil(() => popup!.document.readyState === 'complete' && popup!.location.pathname.endsWith('frame-top.html'), 'the partner page did not load', { timeout: 10000 });
  return popup!;
}

/** The partner page (not only the frame) is now the exit page. */
async function tabHasLeft(popup: Window): Promise<void> {
  await waitUntil(
    () => {
      try {
        return popup.location.href === EXIT_TARGET;
      } catch {
        return false; // Between pages.
      }
    },
    'the partner page around the frame stayed on screen',
    { timeout: 10000, interval: 50 },
  );
}

/** The widget in the popup's same-origin frame, once it has rendered. */
async function framedWidget(popup: Window): Promise<Widget> {
  let widget: Widget | null = null;
  await waitUntil(
    () => {
      const win = popup.document.querySelector('iframe')?.contentWindow;
      widget = (win?.document.querySelector('help-finder') as Widget | null) ?? null;
      return widget?.shadowRoot?.querySelector('.exit-button');
    },
    'the framed widget did not render',
    { timeout: 10000 },
  );
  return widget!;
}

const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('.shortcut-status')!.textContent!.trim();

describe('quick exit', function (this: Mocha.Suite) {
  this.timeout(20000);
  let popup: Window | undefined;

  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
    popup?.close();
    popup = undefined;
  });

  it('from a same-origin frame, the whole tab leaves, not only the frame', async () => {
    popup = await openFramingPage(HOST);
    const widget = await framedWidget(popup);
    await settle();
    shadow(widget).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await tabHasLeft(popup);
  });

  it('from a frame on another site, a click on Exit takes the whole tab', async () => {
    const frame = `${OTHER_ORIGIN}${HOST}?${new URLSearchParams({ exit: EXIT_TARGET })}`;
    popup = await openFramingPage(frame);
    await settle();
    // A real click (user activation): browsers let a cross-origin frame move the tab only after one.
    expect(await executeServerCommand('click-in-popup-frame', { page: 'frame-top.html', selector: '.exit-button' })).to.equal(true);
    await tabHasLeft(popup);
  });

  it('from a frame sandboxed without allow-top-navigation, the frame leaves (all it may do)', async () => {
    popup = await openFramingPage(HOST, SANDBOX);
    const widget = await framedWidget(popup);
    await settle();
    shadow(widget).querySelector<HTMLButtonElement>('.exit-button')!.click();
    const iframe = popup.document.querySelector('iframe')!;
    await hasLeft(iframe);
    expect(popup.location.pathname, 'the sandbox kept the partner page').to.match(/frame-top\.html$/);
  });

  it('the cover hides the whole page at once, even where the host layout traps position: fixed', async () => {
    const { iframe, widget } = await loadHost('?trap');
    const win = iframe.contentWindow!;
    shadow(widget).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await widget.updateComplete;
    // Measured in the same task as the click: the browser has not left yet.
    const cover = shadow(widget).querySelector('.exit-cover')!;
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
    ).to.equal(widget);
    await hasLeft(iframe);
  });

  it('leaves even when the page breaks CustomEvent and dispatchEvent, and tells listeners after', async () => {
    const { iframe, widget } = await loadHost();
    const win = iframe.contentWindow! as Window & typeof globalThis;
    await settle();
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error));
    win.EventTarget.prototype.dispatchEvent = () => {
      throw new Error('a broken analytics library');
    };
    shadow(widget).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await hasLeft(iframe);
    expect(errors, 'nothing was thrown into the page').to.deep.equal([]);
  });

  it('never leaves the visitor behind a cover when the browser stays (a dismissed "Leave site?")', async function (this: Mocha.Context) {
    this.timeout(20000);
    // A 204 answer: the browser starts to leave, then stays on the page, as after a dismissed prompt.
    const { iframe, widget } = await loadHost(`?${new URLSearchParams({ exit: '/__test/no-content' })}`);
    const win = iframe.contentWindow!;
    shadow(widget).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await widget.updateComplete;
    expect(shadow(widget).querySelector('.step'), 'everything hidden at once').to.equal(null);
    await waitUntil(() => shadow(widget).querySelector('.exit-cover .exit-button'), 'the cover offered no way out', {
      timeout: 8000,
    });
    expect(stillOnHost(iframe)).to.equal(true);
    expect(shadow(widget).querySelector('.exit-cover')!.getBoundingClientRect().height).to.equal(win.innerHeight);
    shadow(widget).querySelector<HTMLButtonElement>('.exit-cover .back')!.click();
    await widget.updateComplete;
    expect(shadow(widget).querySelector('.exit-cover')).to.equal(null);
    expect(shadow(widget).querySelector('#step-heading')!.textContent!.trim()).to.equal('What are you worried about?');
  });

  it('the button hides everything at once, then leaves without adding a history entry', async () => {
    const { iframe, widget } = await loadHost();
    await settle();
    // Control: an ordinary navigation of the iframe does add an entry.
    const start = history.length;
    const reloaded = nextLoad(iframe);
    iframe.contentWindow!.location.assign(`${HOST}?again`);
    await reloaded;
    expect(history.length, 'an ordinary navigation adds an entry').to.equal(start + 1);

    const win = iframe.contentWindow!;
    await win.customElements.whenDefined('help-finder');
    const again = win.document.querySelector('help-finder') as Widget;
    await again.updateComplete;
    expect(again).to.not.equal(widget);
    let exitEvents = 0;
    win.document.addEventListener('help-finder-exit', () => exitEvents++);
    await settle();
    const before = history.length;
    shadow(again).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await again.updateComplete;
    expect(shadow(again).querySelector('.exit-cover'), 'the page is covered at once').to.exist;
    expect(shadow(again).querySelector('.step')).to.equal(null);
    expect(exitEvents).to.equal(1);
    await hasLeft(iframe);
    expect(history.length, 'the exit replaced the entry: Back cannot return to the page').to.equal(before);
  });

  it('three presses of Shift leave the page; alternating left and right Shift counts', async () => {
    const { iframe, widget } = await loadHost();
    await settle();
    iframe.focus();
    iframe.contentWindow!.document.body.focus();
    const before = history.length;
    // A command of ours: WebDriver (WebKit here) sends keys into an iframe only when told to.
    await executeServerCommand('press-shift-in-frame', { sides: ['left', 'right'] });
    await widget.updateComplete;
    expect(status(widget)).to.equal('Shift, press 1 more time to exit this page.');
    await executeServerCommand('press-shift-in-frame', { sides: ['left'] });
    await hasLeft(iframe);
    expect(history.length).to.equal(before);
  });

  it('no longer listens once the widget is removed', async () => {
    const { iframe, widget } = await loadHost();
    widget.remove();
    iframe.focus();
    iframe.contentWindow!.document.body.focus();
    await executeServerCommand('press-shift-in-frame', { sides: ['left', 'left', 'left'] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stillOnHost(iframe), 'Shift did nothing without a widget').to.equal(true);
  });
});

