// A new outcome page in two frames (outcome-staging-controller.ts, issue #26): the first frame the
// visitor sees after their last answer already holds the title, the recommended service with its
// number and the first things to do; "Other help" follows a frame later, below them, and nothing
// above it moves, inline or in the launcher's dialog. `updateComplete` waits for the whole page,
// and the page hears of it once.
import { expect } from '@open-wc/testing';
import '../../index.js';
import { phoneFrame } from '../../test-helpers/frame.js';
import { type HelpFinderHarness, mount, mountIn, SELECTORS } from '../../test-helpers/harness.js';

/** The frame after this one has been drawn (rAF, then a task: after that frame's paint). */
const painted = (win: Window = window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));

/** Press Continue and wait for the next frame only (not `updateComplete`, which waits for the whole page). */
async function continueOneFrame(finder: HelpFinderHarness): Promise<void> {
  finder.$<HTMLButtonElement>(SELECTORS.continue)!.click();
  await painted(finder.element.ownerDocument.defaultView!);
}

describe('a new outcome page in two frames', () => {
  for (const mode of ['inline', 'launcher'] as const) {
    it(`paints the recommended service and the steps first, then Other help below them, once (${mode})`, async () => {
      let finder: HelpFinderHarness;
      if (mode === 'launcher') {
        // A page tall enough that the outcome's first frame does not fill the launcher's dialog:
        // a centred dialog would then grow both ways as "Other help" arrives, and move the title.
        const { win } = await phoneFrame(1000, 1400);
        finder = await mountIn(win, undefined, { launcher: '' });
        await finder.openLauncher();
      } else finder = await mount();
      const outcomes: string[] = [];
      finder.element.addEventListener('help-finder-outcome', () => outcomes.push('outcome'));
      await finder.choose('child-abused');
      await finder.pick('saw');

      // The click renders in a microtask: the next frame is the outcome page's first.
      await continueOneFrame(finder);
      expect(finder.heading(), 'the outcome page is drawn').to.equal('Tell children’s services');
      expect(finder.primary()?.textContent, 'the recommended service, with its number').to.match(/Call \d/);
      expect(finder.steps().length, 'the first things to do').to.be.greaterThan(0);
      expect(finder.focused()?.id, 'focus on the title').to.equal('step-heading');
      expect(finder.$(SELECTORS.also), 'Other help comes a frame later').to.equal(null);
      const title = finder.$(SELECTORS.heading)!.getBoundingClientRect().top;
      const primary = finder.primary()!.getBoundingClientRect().top;

      if (mode === 'launcher') {
        const dialog = finder.dialog()!;
        expect(dialog.scrollHeight, 'the first frame does not fill the dialog').to.be.below(
          dialog.ownerDocument.defaultView!.innerHeight - 100,
        );
      }
      await finder.settle();
      expect(finder.$(SELECTORS.also)?.textContent, 'Other help, once the page is whole').to.contain('Other help');
      expect(finder.cards().length, 'its cards too').to.be.greaterThan(
        finder.$$(`${SELECTORS.primary}, ${SELECTORS.openInstead} ${SELECTORS.card}`).length,
      );
      expect(finder.$(SELECTORS.heading)!.getBoundingClientRect().top, 'the title did not move').to.equal(title);
      expect(finder.primary()!.getBoundingClientRect().top, 'the recommended card did not move').to.equal(primary);
      expect(finder.focused()?.id, 'focus stayed on the title').to.equal('step-heading');
      expect(outcomes, 'the page heard of the outcome once').to.deep.equal(['outcome']);
    });
  }

  it('is drawn whole at once when the visitor switches language on it; a return is staged again', async () => {
    const finder = await mount();
    await finder.answer(['child-abused', 'saw']);
    expect(finder.$(SELECTORS.also), 'whole after updateComplete').to.exist;

    finder.$<HTMLButtonElement>(SELECTORS.language('cy'))!.click();
    await painted();
    expect(finder.heading(), 'in Welsh').to.equal('Dywedwch wrth y gwasanaethau plant');
    expect(finder.$(SELECTORS.also), 'whole in Welsh, in its first frame').to.exist;
    await finder.setLanguage('en');

    await finder.back();
    await continueOneFrame(finder);
    expect(finder.heading(), 'back on the outcome page').to.equal('Tell children’s services');
    expect(finder.$(SELECTORS.also), 'a return is a new page: its first frame again').to.equal(null);
    await finder.settle();
    expect(finder.$(SELECTORS.also), 'then whole').to.exist;
  });
});
