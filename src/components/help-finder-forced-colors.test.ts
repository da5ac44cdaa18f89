// Windows high contrast (forced colours): borders and focus stay visible in system colours.
// Chromium emulates forced colours through DevTools; Firefox runs this file in a browser of its
// own with page colours overridden (scripts/run-tests.mjs, FORCED_COLORS=1), where they are real.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../index.js';
import type { HelpFinder } from './help-finder.js';
import { shadow } from '../test-helpers/journey.js';

describe('<help-finder> with forced colours', () => {
  let emulated = false;

  before(async function () {
    if (matchMedia('(forced-colors: active)').matches) return;
    emulated = Boolean(await executeServerCommand('emulate-forced-colors', { active: true }));
    // Reason for the skip: WebKit can neither emulate forced colours nor override page colours here.
    if (!emulated) this.skip();
  });

  after(async () => {
    if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('keeps borders and the focus ring in system colours under forced colours', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const button = shadow(el).querySelector<HTMLElement>('button.continue')!;
    const style = getComputedStyle(button);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    const card = shadow(el).querySelector<HTMLElement>('.emergency')!;
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
  });
});
