// A keyboard alone completes the journey, with real key presses, in every engine.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { HelpFinder } from './help-finder.js';
import { headingText, shadow } from '../test-helpers/journey.js';
const focused = (el: HelpFinder) => shadow(el).activeElement as HTMLElement | null;

/** Space is spelled ' ' for WebDriver BiDi (Firefox) and 'Space' elsewhere. */
const SPACE = /Firefox/.test(navigator.userAgent) ? ' ' : 'Space';

/** Press Tab until `match` has focus (at most `limit` presses). */
async function tabTo(el: HelpFinder, match: (e: HTMLElement) => boolean, limit = 12): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(el);
    if (active && match(active)) return active;
  }
  throw new Error(`focus never reached the element (last: ${focused(el)?.outerHTML.slice(0, 80)})`);
}

describe('<help-finder> with the keyboard alone', () => {
  it('Continue pressed again before the new question is drawn: focus stays on the error summary', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    shadow(el).querySelector<HTMLInputElement>('#answer-child-abused')!.click();
    await el.updateComplete;
    const continueButton = () => shadow(el).querySelector<HTMLButtonElement>('button.continue')!;
    continueButton().click();
    // The same task, before the frame that would focus the new question's heading.
    await Promise.resolve();
    continueButton().click();
    await el.updateComplete;
    await new Promise((frame) => requestAnimationFrame(frame));
    expect(headingText(el)).to.equal('What has happened?');
    expect(focused(el)?.classList.contains('error-link'), 'the error summary keeps focus').to.equal(true);
  });

  it('Continue pressed twice with nothing chosen: focus goes to the error summary each time, then stays on the answer ticked', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const isContinue = (e: HTMLElement) => e.classList.contains('continue');
    for (const press of ['first', 'second']) {
      await tabTo(el, isContinue, 30);
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(focused(el)?.classList.contains('error-link'), `after the ${press} Continue`).to.equal(true);
    }
    // The error link takes the visitor to the first answer; ticking it keeps focus there.
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    await new Promise((frame) => requestAnimationFrame(frame));
    expect(focused(el)?.id, 'focus stays on the answer ticked').to.equal('answer-danger-now');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
  });

  it('walks from the first question to an outcome and back, focus following each step', async () => {
    const before = document.createElement('button');
    before.textContent = 'Host page button';
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    el.before(before);
    before.focus();

    // Tab order: language switch, exit, 999, then the answers.
    await tabTo(el, (e) => e.classList.contains('language'));
    await tabTo(el, (e) => e.classList.contains('exit-button'));
    await tabTo(el, (e) => e.getAttribute('href') === 'tel:999');
    const first = await tabTo(el, (e) => e.getAttribute('type') === 'radio');
    expect(first.id).to.equal('answer-danger-now');

    // Arrow keys move through the radio group and choose.
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.id).to.equal('answer-child-abused');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    await tabTo(el, (e) => e.classList.contains('continue'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.id, 'focus moves to the new question').to.equal('step-heading');
    expect(focused(el)!.textContent!.trim()).to.equal('What has happened?');

    await tabTo(el, (e) => e.getAttribute('type') === 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.id).to.equal('answer-unsure');
    await tabTo(el, (e) => e.classList.contains('continue'));
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    expect(focused(el)!.textContent!.trim(), 'focus moves to the outcome').to.equal('Talk it through with a helpline');

    const call = await tabTo(el, (e) => e.getAttribute('href')?.startsWith('tel:') ?? false);
    expect(call.getAttribute('href')).to.equal('tel:08081000900');

    await tabTo(el, (e) => e.classList.contains('back'), 40);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.textContent!.trim()).to.equal('What has happened?');
    expect(shadow(el).querySelector<HTMLInputElement>('#answer-unsure')!.checked).to.equal(true);
    before.remove();
  });

  it('opens the staying-safe note and switches language from the keyboard', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const start = document.createElement('button');
    el.before(start);
    start.focus();
    await tabTo(el, (e) => e.getAttribute('lang') === 'cy' && e.classList.contains('language'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headingText(el)).to.equal('Gyda beth mae angen help arnoch chi?');
    shadow(el).querySelector<HTMLButtonElement>('button.language[lang="en"]')!.click();
    await el.updateComplete;
    const summary = await tabTo(el, (e) => e.localName === 'summary', 30);
    expect(summary.textContent!.trim()).to.equal('Staying safe online');
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).querySelector('details')!.open).to.equal(true);
    start.remove();
  });

  it('shows a focus indicator of at least 2 px on every control', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const start = document.createElement('button');
    el.before(start);
    // A stop after the widget: tabbing out of the page would move focus into the browser's
    // own toolbar and leave the window without focus for the tests that follow.
    const end = document.createElement('button');
    el.after(end);
    start.focus();
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el);
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
