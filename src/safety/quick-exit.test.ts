// The quick exit and "no trace", in a real browser. Anything that really
// leaves runs inside an iframe (the test page itself must stay), loading the
// built dist/help-finder.js with an exit URL that fails at once (https://127.0.0.1:9).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { HelpFinder } from '../components/help-finder.js';
import { exitShortcutSubscribers } from './exit-shortcut.js';

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

/** True while the iframe still shows our host page (a failed https load shows a cross-origin error page). */
function stillOnHost(iframe: HTMLIFrameElement): boolean {
  try {
    return iframe.contentWindow!.location.pathname === HOST;
  } catch {
    return false;
  }
}

const shadow = (el: Element) => el.shadowRoot!;
const headingText = (el: Element) => shadow(el).querySelector('#step-heading')?.textContent?.trim();
const status = (el: Element) => shadow(el).querySelector('.shortcut-status')!.textContent!.trim();

async function choose(el: HelpFinder, answerId: string): Promise<void> {
  shadow(el).querySelector<HTMLInputElement>(`#answer-${answerId}`)!.click();
  await el.updateComplete;
  shadow(el).querySelector<HTMLButtonElement>('button.continue')!.click();
  await el.updateComplete;
}

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
    const left = nextLoad(iframe);
    shadow(again).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await again.updateComplete;
    expect(shadow(again).querySelector('.exit-cover'), 'the page is covered at once').to.exist;
    expect(shadow(again).querySelector('.step')).to.equal(null);
    expect(exitEvents).to.equal(1);
    await left;
    expect(stillOnHost(iframe), 'the iframe left the page').to.equal(false);
    expect(history.length, 'the exit replaced the entry: Back cannot return to the page').to.equal(before);
  });

  it('three presses of Shift leave the page; alternating left and right Shift counts', async () => {
    const { iframe, widget } = await loadHost();
    await settle();
    iframe.focus();
    iframe.contentWindow!.document.body.focus();
    const before = history.length;
    const left = nextLoad(iframe);
    await sendKeys({ press: 'ShiftLeft' });
    await sendKeys({ press: 'ShiftRight' });
    expect(status(widget)).to.equal('Shift, press 1 more time to exit this page.');
    await sendKeys({ press: 'ShiftLeft' });
    await left;
    expect(stillOnHost(iframe)).to.equal(false);
    expect(history.length).to.equal(before);
  });

  it('no longer listens once the widget is removed', async () => {
    const { iframe, widget } = await loadHost();
    widget.remove();
    iframe.focus();
    iframe.contentWindow!.document.body.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stillOnHost(iframe), 'Shift did nothing without a widget').to.equal(true);
  });
});

describe('the Shift shortcut on this page (never completed here)', () => {
  it('announces the presses left, in the visitor’s language', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit this page.');
    expect(shadow(el).querySelectorAll('.dot--on').length).to.equal(1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(status(el)).to.equal('');

    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status(el)).to.equal('Shift: pwyswch ddwywaith eto i adael y dudalen hon.');
    await sendKeys({ press: 'Escape' });
  });

  it('does not count Shift used for capital letters or typed in a text field', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const input = document.createElement('input');
    input.id = 'name';
    el.before(input);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    input.focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(input.value).to.equal('');
  });

  it('keeps one page listener for several widgets and none when they are gone', async () => {
    const first = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const second = document.createElement('help-finder');
    first.after(second);
    expect(exitShortcutSubscribers()).to.equal(2);
    first.remove();
    expect(exitShortcutSubscribers()).to.equal(1);
    second.remove();
    expect(exitShortcutSubscribers()).to.equal(0);
  });

  it('is off when the partner turns it off', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder .config=${{ exitShortcut: false }}></help-finder>`);
    expect(exitShortcutSubscribers()).to.equal(0);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(shadow(el).querySelector('.exit-dots')).to.equal(null);
    expect(shadow(el).querySelector('.exit-button')).to.exist;
  });
});

describe('leaving no trace', () => {
  it('shows the first question again when the page comes back from the back/forward cache', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await choose(el, 'survivor');
    expect(headingText(el)).to.equal('Support for you');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(headingText(el)).to.equal('What are you worried about?');
    expect(shadow(el).querySelector('button.back')).to.equal(null);
  });

  it('writes nothing to cookies, storage, IndexedDB, the URL or history, and makes no request', async () => {
    const databases = async () => ((await indexedDB.databases?.()) ?? []).map((d) => d.name).sort();
    const before = {
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: await databases(),
      history: history.length,
      url: location.href,
    };
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await choose(el, 'child-abused');
    await choose(el, 'unsure');
    shadow(el).querySelector<HTMLButtonElement>('button.language[lang="cy"]')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('button.back')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLElement>('.staying-safe summary')!.click();
    await el.updateComplete;
    expect({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: await databases(),
      history: history.length,
      url: location.href,
    }).to.deep.equal(before);
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(requests, 'requests made while the widget was used').to.deep.equal([]);
  });

  it('fires events that carry ids only', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const seen: unknown[] = [];
    el.addEventListener('help-finder-step', (e) => seen.push((e as CustomEvent).detail));
    el.addEventListener('help-finder-outcome', (e) => seen.push((e as CustomEvent).detail));
    await choose(el, 'child-abused');
    await choose(el, 'disclosed');
    expect(seen).to.deep.equal([{ step: 'certainty' }, { outcome: 'report-abuse' }]);
  });
});
