// The first step a frightened person takes, as they meet it on a phone: question 1 on one
// 390 × 844 screen with its Continue button, short enough to read at a glance in both languages;
// the "call 999" line in sight, not under the sticky toolbar, the moment every step appears on a
// 360 × 640 phone (after Continue from the bottom of a page, and after Back); the number to call
// on the first screen of every outcome; and the other help kept short.
import { expect } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import { TWO_AREAS } from '../test-helpers/configs.js';
import { type FrameWindow, frames, phoneFrame } from '../test-helpers/frame.js';
import { type HelpFinderHarness, mountIn, SELECTORS, textOf } from '../test-helpers/harness.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A partner's page around the widget: a tall header above it and content below it. */
function embedInPage(win: FrameWindow): void {
  const doc = win.document;
  const header = doc.createElement('header');
  header.style.height = '400px';
  header.textContent = 'Partner site header';
  const footer = doc.createElement('footer');
  footer.style.height = '1200px';
  const widget = doc.querySelector('help-finder')!;
  widget.before(header);
  widget.after(footer);
}

/** Where the 999 line is, unless it is wholly on screen and clear of the toolbar. */
function emergencyHidden(finder: HelpFinderHarness, win: FrameWindow): string | undefined {
  const line = finder.$(SELECTORS.emergency)!.getBoundingClientRect();
  const bar = finder.$('.toolbar')!.getBoundingClientRect();
  if (line.top >= Math.max(0, bar.bottom) - 0.5 && line.bottom <= win.innerHeight + 0.5) return undefined;
  return `999 line at ${Math.round(line.top)}–${Math.round(line.bottom)} px, toolbar ends at ${Math.round(bar.bottom)} px`;
}

describe('<help-finder> triage on a phone', function (this: Mocha.Suite) {
  this.timeout(180000);

  for (const lang of ['en', 'cy'] as const) {
    it(`question 1 fits one 390 × 844 screen with its Continue button, with at most 8 answers (${lang})`, async () => {
      const { frame, win } = await phoneFrame(390, 844);
      try {
        const finder = await mountIn(win, TWO_AREAS, { lang });
        await frames(win, 2);
        expect(finder.radios().length).to.be.at.most(8);
        const form = finder.$('.question')!;
        const continueButton = finder.$(SELECTORS.continue)!;
        const read = textOf(form).replace(textOf(continueButton), '');
        expect(words(read), `question 1 reads: ${read}`).to.be.at.most(lang === 'en' ? 80 : 95);
        const heading = finder.$(SELECTORS.heading)!.getBoundingClientRect();
        const bottom = continueButton.getBoundingClientRect().bottom;
        expect(heading.top, 'the question starts under the toolbar').to.be.at.least(
          finder.$('.toolbar')!.getBoundingClientRect().bottom,
        );
        expect(bottom, `Continue ends at ${Math.round(bottom)} px`).to.be.at.most(844);
        // The "or" divider sets learning and "something else" apart.
        expect(finder.$$('.radio-divider').length).to.equal(1);
      } finally {
        frame.remove();
      }
    });

    it(`shows 999 the moment every step appears on a 360 × 640 phone, after Continue and after Back (${lang})`, async () => {
      const { frame, win } = await phoneFrame(360, 640);
      const hidden: string[] = [];
      let steps = 0;
      try {
        const finder = await mountIn(win, TWO_AREAS, { lang });
        embedInPage(win);
        await frames(win, 2);
        // Depth first over every answer of every question: the visitor scrolls down to
        // Continue (as on a long page), answers, reads the new step, then goes Back.
        const visit = async (path: string[]): Promise<void> => {
          for (const id of finder.answers()) {
            await finder.pick(id);
            finder.$(SELECTORS.continue)!.scrollIntoView({ block: 'end' });
            await finder.continue();
            await frames(win, 1);
            steps++;
            const where = [...path, id].join(' > ');
            const problem = emergencyHidden(finder, win);
            if (problem) hidden.push(`${where}: ${problem}`);
            if (!finder.isOutcome()) await visit([...path, id]);
            // Back from the bottom of the page, as a visitor who read to the end.
            win.scrollTo(0, win.document.documentElement.scrollHeight);
            await finder.back();
            await frames(win, 1);
            const afterBack = emergencyHidden(finder, win);
            if (afterBack) hidden.push(`back from ${where}: ${afterBack}`);
          }
        };
        await visit([]);
        expect(steps, 'steps visited').to.be.greaterThan(30);
        expect(hidden.join('\n'), '999 line out of sight').to.equal('');
      } finally {
        frame.remove();
      }
    });
  }

  it('a widget already in view does not jump when the next step appears', async () => {
    const { frame, win } = await phoneFrame(390, 844);
    try {
      const finder = await mountIn(win, TWO_AREAS, { lang: 'en' });
      await frames(win, 2);
      await finder.choose('child-abused');
      await frames(win, 1);
      expect(win.scrollY).to.equal(0);
      expect(finder.focused()?.id).to.equal('step-heading');
    } finally {
      frame.remove();
    }
  });

  it('shows two or three other services, and the rest behind one disclosure that opens', async () => {
    const { frame, win } = await phoneFrame(360, 640);
    try {
      const finder = await mountIn(win, TWO_AREAS, { lang: 'en' });
      await finder.answer(['child-abused', 'saw', 'swansea']);
      const also = finder.$$(SELECTORS.alsoShown);
      expect(also.length).to.be.within(1, 3);
      const more = finder.$<HTMLDetailsElement>(SELECTORS.more)!;
      expect(more.open).to.equal(false);
      const count = more.querySelectorAll(SELECTORS.card).length;
      expect(textOf(more.querySelector('summary'))).to.equal(`More places to get help (${count})`);
      // Closed, it is one line: its cards take no room on the page.
      const closed = more.getBoundingClientRect().height;
      expect(closed).to.be.below(80);
      more.querySelector<HTMLElement>('summary')!.click();
      await frames(win, 1);
      expect(more.open).to.equal(true);
      expect(more.getBoundingClientRect().height).to.be.above(closed + 100 * count);
    } finally {
      frame.remove();
    }
  });

  it('every outcome shows at most three other services before the disclosure', () => {
    for (const outcome of Object.values(journey.outcomes)) {
      expect(outcome.also.length, outcome.id).to.be.at.most(3);
    }
  });
});
