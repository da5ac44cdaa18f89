// The Shift shortcut and "no trace", in a real browser, on the test page
// itself: nothing here completes an exit (quick-exit-leave.test.ts does, in an iframe).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { HelpFinder } from '../components/help-finder.js';
import { exitShortcutSubscribers } from './exit-shortcut.js';
import { captureConsole } from '../test-helpers/console.js';
import { HelpFinderHarness, mount, SELECTORS } from '../test-helpers/harness.js';

/** Press Shift twice where focus is; the widget's shortcut status afterwards. */
async function afterTwoShifts(finder: HelpFinderHarness): Promise<string> {
  await sendKeys({ press: 'Shift' });
  await sendKeys({ press: 'Shift' });
  await finder.settle();
  return finder.shortcutStatus();
}

describe('the Shift shortcut on this page (never completed here)', () => {
  it('announces the presses left, in the visitor’s language', async () => {
    const finder = await mount();
    await sendKeys({ press: 'Shift' });
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('Shift, press 2 more times to exit this page.');
    expect(finder.$$(SELECTORS.exitDotOn).length).to.equal(1);
    await sendKeys({ press: 'Escape' });
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('');

    finder.element.setAttribute('lang', 'cy');
    await finder.settle();
    await sendKeys({ press: 'Shift' });
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('Shift: pwyswch ddwywaith eto i adael y dudalen hon.');
    await sendKeys({ press: 'Escape' });
  });

  it('does not count Shift used to type a capital letter', async () => {
    const finder = await mount();
    const seen: string[] = [];
    const record = (event: KeyboardEvent) => seen.push(`${event.shiftKey ? 'shift+' : ''}${event.key}`);
    document.addEventListener('keydown', record);
    try {
      // Shift held while "a" is pressed (a command of ours: sendKeys cannot hold keys in WebKit).
      expect(await executeServerCommand('type-with-shift', { key: 'a' })).to.equal(true);
    } finally {
      document.removeEventListener('keydown', record);
    }
    expect(seen, 'the page received Shift, then a capital A').to.deep.equal(['shift+Shift', 'shift+A']);
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('');
  });

  it('does not count Shift pressed in a text field', async () => {
    const finder = await mount();
    const input = document.createElement('input');
    input.id = 'name';
    finder.element.before(input);
    input.focus();
    expect(await afterTwoShifts(finder)).to.equal('');
    expect(document.activeElement).to.equal(input);
  });

  it('does not count Shift in a role="textbox" field or in a field inside a closed shadow root', async () => {
    const finder = await mount();
    const textbox = document.createElement('div');
    textbox.setAttribute('role', 'textbox');
    textbox.tabIndex = 0;
    // A custom text field: form-associated, its input in a closed shadow root.
    if (!customElements.get('closed-field-test')) {
      customElements.define(
        'closed-field-test',
        class extends HTMLElement {
          static formAssociated = true;
        },
      );
    }
    const closedHost = document.createElement('closed-field-test');
    const closedInput = document.createElement('input');
    closedHost.attachShadow({ mode: 'closed' }).append(closedInput);
    finder.element.before(textbox, closedHost);
    try {
      for (const field of [textbox, closedInput]) {
        field.focus();
        expect(await afterTwoShifts(finder), field.localName).to.equal('');
      }
    } finally {
      textbox.remove();
      closedHost.remove();
    }
  });

  it('counts Shift with focus on a focusable custom element that is not a text field (F9)', async () => {
    const finder = await mount();
    if (!customElements.get('light-card-test')) customElements.define('light-card-test', class extends HTMLElement {});
    const card = document.createElement('light-card-test');
    card.tabIndex = 0;
    card.textContent = 'A card';
    finder.element.before(card);
    try {
      card.focus();
      expect(await afterTwoShifts(finder)).to.equal('Shift, press 1 more time to exit this page.');
    } finally {
      await sendKeys({ press: 'Escape' });
      card.remove();
    }
  });

  it('counts Shift with focus in the widget when it sits in another component’s closed shadow root (F9)', async () => {
    const wrapper = document.createElement('cms-wrapper-test');
    const finder = new HelpFinderHarness(document.createElement('help-finder') as HelpFinder);
    wrapper.attachShadow({ mode: 'closed' }).append(finder.element);
    document.body.append(wrapper);
    try {
      await finder.settle();
      finder.$(SELECTORS.radios)!.focus();
      expect(await afterTwoShifts(finder)).to.equal('Shift, press 1 more time to exit this page.');
    } finally {
      await sendKeys({ press: 'Escape' });
      wrapper.remove();
    }
  });

  it('says once in the console when the page also has GOV.UK’s “Exit this page” (one exit per page)', async () => {
    const govuk = document.createElement('div');
    govuk.className = 'govuk-exit-this-page';
    govuk.dataset.module = 'govuk-exit-this-page';
    document.body.append(govuk);
    try {
      const lines = await captureConsole('warn', async (seen) => {
        await fixture<HelpFinder>(html`<help-finder></help-finder>`);
        await fixture<HelpFinder>(html`<help-finder></help-finder>`);
        await waitUntil(() => seen.some((line) => line.includes('GOV.UK')), 'no word about GOV.UK’s exit');
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      const govukLines = lines.filter((line) => line.includes('GOV.UK'));
      expect(govukLines).to.have.length(1);
      expect(govukLines[0]).to.contain('location.replace').and.contain('One exit on a page');
    } finally {
      govuk.remove();
    }
  });

  it('does not count Shift held for a click (selecting text)', async () => {
    const finder = await mount();
    for (let i = 0; i < 2; i++) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true }));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { shiftKey: true, bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    }
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('');
    // Control: the same presses without the click count.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('Shift, press 2 more times to exit this page.');
    await sendKeys({ press: 'Escape' });
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
    const finder = await mount({ exitShortcut: false });
    expect(exitShortcutSubscribers()).to.equal(0);
    await sendKeys({ press: 'Shift' });
    await finder.settle();
    expect(finder.shortcutStatus()).to.equal('');
    expect(finder.$(SELECTORS.exitDots)).to.equal(null);
    expect(finder.$(SELECTORS.exitButton)).to.exist;
  });
});

describe('leaving no trace', () => {
  it('shows the first question again when the page comes back from the back/forward cache', async () => {
    const finder = await mount();
    await finder.choose('survivor');
    expect(finder.heading()).to.equal('Support for you');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await finder.settle();
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(finder.$(SELECTORS.back)).to.equal(null);
  });

  it('writes nothing to cookies, storage, IndexedDB, the URL or history, and makes no request', async () => {
    /** What the visitor's device and browser keep: the same before and after using the widget. */
    const traces = async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: ((await indexedDB.databases?.()) ?? []).map((d) => d.name).sort(),
      history: history.length,
      url: location.href,
    });
    const before = await traces();
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    const finder = await mount();
    await finder.answer(['child-abused', 'unsure']);
    await finder.setLanguage('cy');
    await finder.back();
    finder.$(SELECTORS.stayingSafeSummary)!.click();
    await finder.settle();
    expect(await traces()).to.deep.equal(before);
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(requests, 'requests made while the widget was used').to.deep.equal([]);
  });

  it('marks itself for leaving out by session-replay tools (their documented markers)', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder class="partner-class"></help-finder>`);
    expect(el.getAttribute('data-hj-suppress')).to.equal('');
    expect(el.getAttribute('data-clarity-mask')).to.equal('true');
    expect(el.getAttribute('data-private')).to.equal('');
    expect(el.getAttribute('data-dd-privacy')).to.equal('hidden');
    expect([...el.classList]).to.deep.equal(['partner-class', 'fs-exclude', 'ph-no-capture', 'sentry-block']);
  });
});
