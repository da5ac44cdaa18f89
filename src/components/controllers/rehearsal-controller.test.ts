// The outcome page's rehearsal (rehearsal-controller.ts, issue #26): drawn once, off the page,
// while the visitor reads the first question. This file's page has no other widget, so the
// rehearsal runs here, after this test's first widget. It must be invisible: nothing added to
// the page or the widget, no event or count, no console message; the real outcome page the same.
import { expect } from '@open-wc/testing';
import '../../index.js';
import { captureConsole } from '../../test-helpers/console.js';
import { mount } from '../../test-helpers/mount.js';

/** After the callbacks the browser has queued for its next idle moment (the rehearsal's among them). */
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 2000 })
      : setTimeout(resolve, 50),
  );

const EVENTS = ['help-finder-start', 'help-finder-step', 'help-finder-outcome', 'help-finder-contact'];

describe('the outcome page’s rehearsal', () => {
  it('adds nothing to the page or the widget, tells no one, and the outcome page is drawn as before', async () => {
    const heard: string[] = [];
    for (const type of EVENTS) window.addEventListener(type, () => heard.push(type));
    const counted: string[] = [];
    const pageBefore = document.body.childElementCount;
    const errors = await captureConsole('error', async () => {
      const finder = await mount();
      (finder.element as typeof finder.element & { countOutcome?: (kind: string) => void }).countOutcome = (kind) =>
        counted.push(kind);
      // What the widget holds: its elements and its text (its own idle work may set a style).
      const drawn = () => `${finder.element.shadowRoot!.querySelectorAll('*').length} elements: ${finder.text()}`;
      const before = drawn();
      const focused = document.activeElement;
      for (let i = 0; i < 3; i++) await idle();
      expect(drawn(), 'the widget is as it was').to.equal(before);
      expect(document.body.childElementCount, 'nothing added to the page').to.equal(pageBefore + 1);
      expect(document.activeElement, 'focus stayed').to.equal(focused);
      expect(heard, 'no event').to.deep.equal([]);
      expect(counted, 'no outcome counted').to.deep.equal([]);

      await finder.answer(['child-abused', 'disclosed']);
      expect(finder.heading()).to.equal('Listen, then report it today');
      expect(finder.text()).to.contain('What happens next');
      expect(counted, 'the outcome shown is counted once').to.have.length(1);
    });
    expect(errors, 'no console error').to.deep.equal([]);
  });
});
