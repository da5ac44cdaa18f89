// The quick exit really leaving, in a real browser. It runs inside an iframe
// (the test page itself must stay), loading the built dist/help-finder.js, with
// an exit URL on this server (test-pages/exit-target.html).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const HOST = '/src/safety/test-pages/exit-host.html';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function loadHost(): Promise<{ iframe: HTMLIFrameElement; widget: Widget }> {
  const iframe = document.createElement('iframe');
  iframe.src = HOST;
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

const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('.shortcut-status')!.textContent!.trim();

describe('quick exit', function (this: Mocha.Suite) {
  this.timeout(20000);

  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
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

