// The config-src attribute on the element: an address on another site, a missing file or a web
// page instead of JSON is named in the console while the widget still works, and a file that
// arrives late never changes the page under a visitor. (loadConfig on hostile paths, redirects
// and a <base>: load-config.test.ts.)
import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import { captureConsole } from '../test-helpers/console.js';
import { type HelpFinderHarness, mount, SELECTORS } from '../test-helpers/harness.js';

describe('config-src', () => {
  it('refuses an address on another site, says why, and still works', async () => {
    let finder!: HelpFinderHarness;
    const errors = await captureConsole('error', async (lines) => {
      finder = await mount(undefined, { 'config-src': 'https://partner.example/help-finder.json' });
      await waitUntil(() => lines.length > 0, 'no console error');
    });
    expect(errors[0]).to.equal(
      '[help-finder] config-src: "https://partner.example/help-finder.json" is on another site; config-src must be on the same site as the page',
    );
    expect(finder.heading()).to.equal('What do you need help with?');
  });

  it('reports a missing file by its address', async () => {
    const errors = await captureConsole('error', async (lines) => {
      await mount(undefined, { 'config-src': '/no-such-config.json' });
      await waitUntil(() => lines.length > 0, 'no console error');
    });
    expect(errors[0]).to.equal('[help-finder] config-src: "/no-such-config.json" could not be loaded (HTTP 404)');
  });

  it('names the address when it answers with a web page instead of JSON, and still works', async () => {
    let finder!: HelpFinderHarness;
    const errors = await captureConsole('error', async (lines) => {
      finder = await mount(undefined, { 'config-src': '/src/test-pages/one-tag.html' });
      await waitUntil(() => lines.length > 0, 'no console error');
    });
    expect(errors).to.deep.equal([
      '[help-finder] config-src: "/src/test-pages/one-tag.html" is not valid JSON (it is a web page, not JSON)',
    ]);
    expect(finder.$(SELECTORS.emergencyCall)).to.exist;
  });
});

describe('a config-src file that arrives late', function (this: Mocha.Suite) {
  this.timeout(15000);

  it('does not change the page under a visitor who has started; it applies when they start again', async () => {
    const finder = await mount(undefined, { 'config-src': '/__test/slow-config.json?ms=1500' });
    const loaded = new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name.includes('/__test/slow-config.json'))) resolve(undefined);
      });
      observer.observe({ type: 'resource', buffered: true });
    });
    await finder.answer(['child-abused', 'disclosed']);
    const outcome = finder.heading();
    expect(outcome).to.not.equal('Which council area does the child live in?');
    const focused = finder.focused();
    expect(focused, 'the outcome heading has focus').to.exist;
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await finder.settle();
    expect(finder.heading(), 'still on the outcome the visitor reached').to.equal(outcome);
    expect(finder.focused(), 'focus stayed').to.equal(focused);

    await finder.startAgain();
    await finder.answer(['child-abused', 'disclosed']);
    expect(finder.heading(), 'the file applies from the new start').to.equal(
      'Which council area does the child live in?',
    );
  });
});
