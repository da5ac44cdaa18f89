import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { HelpFinder } from './help-finder.js';
import { whenIdle } from './scheduling.js';
import { captureConsole } from '../test-helpers/console.js';
import { HelpFinderHarness, mount, SELECTORS } from '../test-helpers/harness.js';

/** The widget checks contrast when the browser is idle after its first render. */
const afterIdleChecks = () => new Promise<void>((resolve) => whenIdle(resolve));

describe('theme contrast warnings', () => {
  it('the default theme (light and dark) raises no warning', async () => {
    const warnings = await captureConsole('warn', async () => {
      await fixture(html`<help-finder></help-finder>`);
      await fixture(html`<help-finder theme="dark"></help-finder>`);
      await afterIdleChecks();
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns, naming the custom property, when a partner theme fails contrast', async () => {
    const style = document.createElement('style');
    style.textContent = 'help-finder.pale { --help-finder-text: #bbbbbb; --help-finder-accent: #ffee88; }';
    document.head.append(style);
    const warnings = await captureConsole('warn', async () => {
      await fixture(html`<help-finder class="pale"></help-finder>`);
      await afterIdleChecks();
    }).finally(() => style.remove());
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal([
      '[help-finder] --help-finder-text',
      '[help-finder] --help-finder-accent',
      '[help-finder] --help-finder-accent-text',
    ]);
    expect(warnings[0]).to.match(
      /contrast 1\.9:1 \(rgb\(187, 187, 187\) on rgb\(255, 255, 255\)\) is below the 4\.5:1/,
    );
  });

  it('warns when the exit button or the 999 line would be hard to see', async () => {
    const style = document.createElement('style');
    style.textContent = 'help-finder.white-exit { --help-finder-danger: #ffffff; --help-finder-danger-text: #ffffff; }';
    document.head.append(style);
    const warnings = await captureConsole('warn', async () => {
      await fixture(html`<help-finder class="white-exit"></help-finder>`);
      await afterIdleChecks();
    }).finally(() => style.remove());
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal([
      '[help-finder] --help-finder-danger-text',
      '[help-finder] --help-finder-danger',
    ]);
  });

  it('warns when "Open now" would be hard to read on the cards', async () => {
    const style = document.createElement('style');
    style.textContent = 'help-finder.pale-open { --help-finder-open: #a8e0b8; }';
    document.head.append(style);
    const warnings = await captureConsole('warn', async () => {
      await fixture(html`<help-finder class="pale-open"></help-finder>`);
      await afterIdleChecks();
    }).finally(() => style.remove());
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal(['[help-finder] --help-finder-open']);
  });

  it('a partner’s light palette does not reach the dark theme, which keeps its own colours', async () => {
    const style = document.createElement('style');
    style.textContent = 'help-finder.light-palette { --help-finder-text: #0b0c0c; --help-finder-surface: #ffffff; }';
    document.head.append(style);
    let text = '';
    let surface = '';
    const warnings = await captureConsole('warn', async () => {
      const finder = await mount(undefined, { class: 'light-palette', theme: 'dark' });
      await afterIdleChecks();
      const widget = getComputedStyle(finder.$(SELECTORS.widget)!);
      [text, surface] = [widget.color, widget.backgroundColor];
    }).finally(() => style.remove());
    expect(text, 'the dark theme’s text').to.equal('rgb(242, 244, 245)');
    expect(surface, 'the dark theme’s surface').to.equal('rgb(22, 25, 28)');
    expect(warnings).to.deep.equal([]);
  });

  it('the dark theme takes --help-finder-dark-* colours, and a failing one is named as such', async () => {
    const style = document.createElement('style');
    style.textContent =
      'help-finder.dark-palette { --help-finder-dark-accent: #ffd6e8; --help-finder-dark-text: #555555; }';
    document.head.append(style);
    let accent = '';
    const warnings = await captureConsole('warn', async () => {
      const finder = await mount(undefined, { class: 'dark-palette', theme: 'dark' });
      await afterIdleChecks();
      accent = getComputedStyle(finder.$(SELECTORS.continue)!).backgroundColor;
    }).finally(() => style.remove());
    expect(accent).to.equal('rgb(255, 214, 232)');
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal(['[help-finder] --help-finder-dark-text']);
  });

  it('in launcher mode, checks the theme once the visitor opens the dialog', async () => {
    const style = document.createElement('style');
    style.textContent = 'help-finder.pale { --help-finder-text: #bbbbbb; }';
    document.head.append(style);
    const warnings = await captureConsole('warn', async () => {
      const finder = await mount(undefined, { launcher: '', class: 'pale' });
      await finder.openLauncher();
      await afterIdleChecks();
      finder.dialog()!.close();
    }).finally(() => style.remove());
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal(['[help-finder] --help-finder-text']);
  });
});

describe('the page’s own font (issue #24 item 3)', () => {
  it('font="inherit" takes the font of the element around the widget; without it, the system font', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="font-family: Georgia, serif"><help-finder font="inherit"></help-finder><help-finder></help-finder></div>`,
    );
    const [inherits, own] = [...page.querySelectorAll<HelpFinder>('help-finder')];
    await inherits!.updateComplete;
    await own!.updateComplete;
    const font = (el: HelpFinder) => getComputedStyle(new HelpFinderHarness(el).$(SELECTORS.widget)!).fontFamily;
    expect(font(inherits!)).to.match(/^Georgia/);
    expect(font(own!)).to.not.match(/Georgia/);
  });
});
