// On a single-page app the widget is taken off the page and put back, and several may share a
// page: each keeps its place and its own journey, and leaves no page listener behind.
import { expect } from '@open-wc/testing';
import '../index.js';
import { exitShortcutSubscribers } from '../safety/exit-shortcut.js';
import { HelpFinderHarness, mount, type Widget } from '../test-helpers/harness.js';

describe('on a single-page app', () => {
  it('survives being removed and added again, with no listener left behind', async () => {
    const finder = await mount();
    const el = finder.element;
    const parent = el.parentElement!;
    await finder.choose('survivor');
    for (let i = 0; i < 5; i++) {
      el.remove();
      expect(exitShortcutSubscribers()).to.equal(0);
      parent.append(el);
      await finder.settle();
      expect(exitShortcutSubscribers()).to.equal(1);
    }
    // Still working, and still where the visitor was.
    expect(finder.heading()).to.equal('Support for you');
    await finder.startAgain();
    expect(finder.heading()).to.equal('What do you need help with?');
    // Its page listeners go with it: a pageshow after removal neither resets it nor throws.
    await finder.choose('survivor');
    el.remove();
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.message);
    window.addEventListener('error', onError);
    try {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await finder.settle();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).to.deep.equal([]);
    expect(finder.heading(), 'a removed widget is not reset by the page coming back').to.equal('Support for you');
  });

  it('several widgets on one page each keep their own journey', async () => {
    const first = await mount();
    const second = new HelpFinderHarness(document.createElement('help-finder') as Widget);
    first.element.after(second.element);
    await second.settle();
    await first.choose('learn');
    expect(first.heading()).to.equal('Learn how to keep children safe');
    expect(second.heading()).to.equal('What do you need help with?');
    second.element.remove();
  });
});
