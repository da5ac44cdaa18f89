// A keyboard alone completes the journey, with real key presses, in every engine.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import { type HelpFinderHarness, mount, SELECTORS } from '../test-helpers/harness.js';

/** Space is spelled ' ' for WebDriver BiDi (Firefox) and 'Space' elsewhere. */
const SPACE = /Firefox/.test(navigator.userAgent) ? ' ' : 'Space';

/** Press Tab until `match` has focus (at most `limit` presses). */
async function tabTo(finder: HelpFinderHarness, match: (e: HTMLElement) => boolean, limit = 12): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = finder.focused();
    if (active && match(active)) return active;
  }
  throw new Error(`focus never reached the element (last: ${finder.focused()?.outerHTML.slice(0, 80)})`);
}

describe('<help-finder> with the keyboard alone', () => {
  it('Continue pressed again before the new question is drawn: focus stays on the error summary', async () => {
    const finder = await mount();
    await finder.pick('child-abused');
    const continueButton = () => finder.$<HTMLButtonElement>(SELECTORS.continue)!;
    continueButton().click();
    // The same task, before the frame that would focus the new question's heading.
    await Promise.resolve();
    continueButton().click();
    await finder.settle();
    await new Promise((frame) => requestAnimationFrame(frame));
    expect(finder.heading()).to.equal('What has happened?');
    expect(finder.focused()?.matches(SELECTORS.errorLink), 'the error summary keeps focus').to.equal(true);
  });

  it('Continue pressed twice with nothing chosen: focus goes to the error summary each time, then stays on the answer ticked', async () => {
    const finder = await mount();
    const isContinue = (e: HTMLElement) => e.matches(SELECTORS.continue);
    for (const press of ['first', 'second']) {
      await tabTo(finder, isContinue, 30);
      await sendKeys({ press: SPACE });
      await finder.settle();
      expect(finder.focused()?.matches(SELECTORS.errorLink), `after the ${press} Continue`).to.equal(true);
    }
    // The error link takes the visitor to the first answer; ticking it keeps focus there.
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: SPACE });
    await finder.settle();
    await new Promise((frame) => requestAnimationFrame(frame));
    expect(finder.focused()?.id, 'focus stays on the answer ticked').to.equal('answer-danger-now');
    expect(finder.ticked()).to.deep.equal(['danger-now']);
  });

  it('walks from the first question to an outcome and back, focus following each step', async () => {
    const before = document.createElement('button');
    before.textContent = 'Host page button';
    const finder = await mount();
    finder.element.before(before);
    before.focus();

    // Tab order: language switch, exit, 999, then the answers.
    await tabTo(finder, (e) => e.matches(SELECTORS.languages));
    await tabTo(finder, (e) => e.matches(SELECTORS.exitButton));
    await tabTo(finder, (e) => e.matches(SELECTORS.emergencyCall));
    const first = await tabTo(finder, (e) => e.matches(SELECTORS.radios));
    expect(first.id).to.equal('answer-danger-now');

    // Arrow keys move through the radio group and choose.
    await sendKeys({ press: 'ArrowDown' });
    expect(finder.focused()!.id).to.equal('answer-child-abused');
    expect(finder.ticked()).to.deep.equal(['child-abused']);
    await tabTo(finder, (e) => e.matches(SELECTORS.continue));
    await sendKeys({ press: 'Enter' });
    await finder.settle();
    expect(finder.focused()!.id, 'focus moves to the new question').to.equal('step-heading');
    expect(finder.focused()!.textContent!.trim()).to.equal('What has happened?');

    await tabTo(finder, (e) => e.matches(SELECTORS.radios));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(finder.focused()!.id).to.equal('answer-unsure');
    await tabTo(finder, (e) => e.matches(SELECTORS.continue));
    await sendKeys({ press: SPACE });
    await finder.settle();
    expect(finder.focused()!.textContent!.trim(), 'focus moves to the outcome').to.equal(
      'Talk it through with a helpline',
    );

    const call = await tabTo(finder, (e) => e.getAttribute('href')?.startsWith('tel:') ?? false);
    expect(call.getAttribute('href')).to.equal('tel:08081000900');

    await tabTo(finder, (e) => e.matches(SELECTORS.back), 40);
    await sendKeys({ press: 'Enter' });
    await finder.settle();
    expect(finder.focused()!.textContent!.trim()).to.equal('What has happened?');
    expect(finder.ticked()).to.deep.equal(['unsure']);
    before.remove();
  });

  it('opens the staying-safe note and switches language from the keyboard', async () => {
    const finder = await mount();
    const start = document.createElement('button');
    finder.element.before(start);
    start.focus();
    await tabTo(finder, (e) => e.matches(SELECTORS.language('cy')));
    await sendKeys({ press: 'Enter' });
    await finder.settle();
    expect(finder.heading()).to.equal('Gyda beth mae angen help arnoch chi?');
    await finder.setLanguage('en');
    const summary = await tabTo(finder, (e) => e.matches(SELECTORS.stayingSafeSummary), 30);
    expect(summary.textContent!.trim()).to.equal('Staying safe online');
    await sendKeys({ press: 'Enter' });
    expect(finder.$<HTMLDetailsElement>(SELECTORS.stayingSafe)!.open).to.equal(true);
    start.remove();
  });

  it('shows a focus indicator of at least 2 px on every control', async () => {
    const finder = await mount();
    const start = document.createElement('button');
    finder.element.before(start);
    // A stop after the widget: tabbing out of the page would move focus into the browser's
    // own toolbar and leave the window without focus for the tests that follow.
    const end = document.createElement('button');
    finder.element.after(end);
    start.focus();
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      const active = finder.focused();
      if (!active || document.activeElement === end) break;
      const style = getComputedStyle(active);
      const ring = parseFloat(style.outlineWidth) >= 2 && style.outlineStyle !== 'none';
      const shadowRing = style.boxShadow !== 'none';
      expect(ring || shadowRing, `${active.outerHTML.slice(0, 60)} has a visible focus indicator`).to.equal(true);
    }
    expect(document.activeElement, 'Tab went through the widget to the button after it').to.equal(end);
    start.remove();
    end.remove();
  });
});
