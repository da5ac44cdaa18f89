// Windows high contrast (forced colours): borders and focus stay visible in system colours.
// Chromium emulates forced colours through DevTools; Firefox runs this file in a browser of its
// own with page colours overridden (scripts/run-tests.mjs, FORCED_COLORS=1), where they are real.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../index.js';
import { mount, SELECTORS } from '../test-helpers/harness.js';

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
    const finder = await mount();
    const button = finder.$(SELECTORS.continue)!;
    const style = getComputedStyle(button);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    const card = finder.$(SELECTORS.emergency)!;
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
  });
});
