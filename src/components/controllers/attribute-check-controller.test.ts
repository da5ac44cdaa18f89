// The development build's word about attribute values the widget cannot use (a web team's typo
// is otherwise silent: the widget falls back quietly).
import { expect } from '@open-wc/testing';
import '../../index.js';
import { captureConsole } from '../../test-helpers/console.js';
import { mount } from '../../test-helpers/harness.js';

describe('attribute values the widget cannot use', () => {
  it('each gets one console line naming the attribute and what is used instead', async () => {
    const lines = await captureConsole('warn', async () => {
      const finder = await mount(undefined, { theme: 'purple', 'heading-level': '9', lang: 'fr' });
      // Another render (a language switch) says nothing again.
      await finder.setLanguage('cy');
    });
    expect(lines.filter((line) => !line.includes('contrast'))).to.deep.equal([
      '[help-finder] theme: "purple" is not light, dark or auto; light is used',
      '[help-finder] heading-level: "9" is not a heading level from 2 to 6; 2 is used',
      '[help-finder] lang: "fr" is not en or cy; English is used',
    ]);
  });

  it('says nothing about values it uses', async () => {
    const lines = await captureConsole('warn', async () => {
      await mount(undefined, { theme: 'auto', 'heading-level': '3', lang: 'cy-GB' });
    });
    expect(lines).to.deep.equal([]);
  });
});
