// Windows high contrast (forced colours): the system's colours everywhere, in every theme, with
// borders, the focus ring and the quick exit's Shift progress still visible.
// Chromium emulates forced colours through DevTools; Firefox runs this file in a browser of its
// own with page colours overridden (scripts/run-tests.mjs, FORCED_COLORS=1), where they are real.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { HelpFinder } from './help-finder.js';
import { contrastRatio } from './contrast.js';
import { themeContrastWarnings } from './theme-check.js';
import { type HelpFinderHarness, mount, SELECTORS } from '../test-helpers/harness.js';

/** To an outcome with a recommended card, other help, steps and "What happens next". */
const ROUTE = ['child-abused', 'online', 'grooming'];
const TEXT_COLOURS = [
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonText',
  'FieldText',
  'HighlightText',
];
const BACKGROUNDS = ['Canvas', 'ButtonFace', 'Field', 'Highlight', 'Mark'];

/** What each system colour is in this browser's forced palette. */
function systemColours(names: string[]): Map<string, string> {
  const probe = document.createElement('span');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const colours = new Map(
    names.map((name) => {
      probe.style.color = name;
      return [getComputedStyle(probe).color, name];
    }),
  );
  probe.remove();
  return colours;
}

const alpha = (colour: string) => Number(/^rgba\(.*,\s*([\d.]+)\)$/.exec(colour)?.[1] ?? 1);

/** The colour behind `el`: its own background, else the nearest one around it (through the shadow root). */
function backgroundOf(el: Element): string {
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const colour = getComputedStyle(at).backgroundColor;
    if (alpha(colour) > 0) return colour;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

/** Where an element is, for a failure message: its tag, class and first words. */
const nameOf = (el: Element) =>
  `<${el.localName} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 30)}"`;

/**
 * Every piece of text the visitor sees in the widget whose colour, or whose background, is not a
 * system colour, or that is below 4.5:1 on its background.
 */
function textNotInSystemColours(finder: HelpFinderHarness<HelpFinder>): { checked: number; failures: string[] } {
  const text = systemColours(TEXT_COLOURS);
  const backgrounds = systemColours(BACKGROUNDS);
  const failures: string[] = [];
  let checked = 0;
  for (const node of finder.$$('*')) {
    const ownText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!ownText || node.closest('.visually-hidden') || node.getClientRects().length === 0) continue;
    checked++;
    const colour = getComputedStyle(node).color;
    const background = backgroundOf(node);
    const ratio = contrastRatio(colour, background) ?? 0;
    if (!text.has(colour) || !backgrounds.has(background) || ratio < 4.5) {
      failures.push(`${nameOf(node)}: ${colour} on ${background} (${ratio.toFixed(1)}:1)`);
    }
  }
  return { checked, failures };
}

/** Fails, naming each, if a text the visitor sees (20 or more here) is not in system colours. */
function expectSystemColours(finder: HelpFinderHarness<HelpFinder>, where: string): void {
  const { checked, failures } = textNotInSystemColours(finder);
  expect(checked, `${where}: the texts checked`).to.be.above(20);
  expect(failures, where).to.deep.equal([]);
}

/** A border that shows in the forced palette: solid, and at least 3:1 against what is behind it. */
function borderShows(el: Element, side: 'Top' | 'InlineStart' = 'Top'): string | undefined {
  const style = getComputedStyle(el);
  const colour = style.getPropertyValue(side === 'Top' ? 'border-top-color' : 'border-inline-start-color');
  const width = parseFloat(style.getPropertyValue(side === 'Top' ? 'border-top-width' : 'border-inline-start-width'));
  const behind = backgroundOf(el.parentElement!);
  const ratio = alpha(colour) > 0 ? (contrastRatio(colour, behind) ?? 0) : 1;
  if (width >= 1 && ratio >= 3) return undefined;
  return `${nameOf(el)}: border ${width}px ${colour} on ${behind} (${ratio.toFixed(1)}:1)`;
}

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

  // theme="auto" on a dark system takes the very rule theme="dark" does (styles.ts).
  for (const theme of ['light', 'dark']) {
    it(`shows every text in system colours, at 4.5:1 or more, on every kind of step (${theme})`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const finder = await mount<HelpFinder>(undefined, { theme });
      expectSystemColours(finder, 'a question');
      await finder.continue(); // With no answer: the error summary.
      expect(finder.$(SELECTORS.errorSummary)).to.not.equal(null);
      expectSystemColours(finder, 'the error summary');
      await finder.answer(ROUTE);
      expect(finder.isOutcome()).to.equal(true);
      for (const details of finder.$$<HTMLDetailsElement>('details')) details.open = true;
      await finder.settle();
      expectSystemColours(finder, 'an outcome, its cards and disclosures, Back and Start again');
    });
  }

  it('keeps the borders of buttons, cards, the call button, the 999 line and the error summary', async () => {
    const finder = await mount<HelpFinder>(undefined, { theme: 'dark' });
    await finder.continue();
    const question = [SELECTORS.continue, SELECTORS.exitButton, SELECTORS.emergency, SELECTORS.errorSummary];
    const failures = question.map((selector) => borderShows(finder.$(selector)!));
    failures.push(borderShows(finder.$(SELECTORS.emergency)!, 'InlineStart'));
    await finder.answer(ROUTE);
    const cards = finder.$$(SELECTORS.card);
    expect(cards.length).to.be.above(1);
    failures.push(...cards.map((card) => borderShows(card)));
    await finder.startAgain();
    await finder.choose('danger-now'); // Its recommended card's call button: "Call 999".
    failures.push(borderShows(finder.$(`${SELECTORS.primary} .contact--call ${SELECTORS.contactLink}`)!));
    expect(failures.filter(Boolean)).to.deep.equal([]);
  });

  it('shows the focus ring in the Highlight colour', async () => {
    const finder = await mount<HelpFinder>(undefined, { theme: 'dark' });
    await sendKeys({ press: 'Tab' });
    const focused = finder.focused()!;
    expect(focused, 'Tab reached the widget').to.not.equal(null);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
    expect(systemColours(['Highlight']).get(style.outlineColor)).to.equal('Highlight');
  });

  it('shows which Shift presses have counted: an "on" dot filled, an "off" one empty with a border', async () => {
    const finder = await mount<HelpFinder>(undefined, { theme: 'dark' });
    await sendKeys({ press: 'Shift' });
    await finder.settle();
    const on = finder.$(SELECTORS.exitDotOn)!;
    const off = finder.$(`${SELECTORS.exitDot}:not(${SELECTORS.exitDotOn})`)!;
    const behind = backgroundOf(on.parentElement!);
    const system = systemColours([...TEXT_COLOURS, ...BACKGROUNDS]);
    // What fills each dot as the visitor sees it: its own background, or what shows through it.
    const [onFill, offFill] = [backgroundOf(on), backgroundOf(off)];
    expect(system.has(onFill), `the "on" dot is ${onFill}, not a system colour`).to.equal(true);
    expect(contrastRatio(onFill, behind), 'the "on" dot against the toolbar').to.be.at.least(3);
    expect(contrastRatio(onFill, offFill), 'the "on" dot against an "off" one').to.be.at.least(3);
    expect(borderShows(off), 'the "off" dot’s border').to.equal(undefined);
    expect(system.has(getComputedStyle(off).borderTopColor), 'the "off" dot’s border is a system colour').to.equal(
      true,
    );
    await sendKeys({ press: 'Escape' });
  });

  it('the development build’s theme check reads the theme, not the forced palette', async () => {
    for (const theme of ['light', 'dark']) {
      const widget = (await mount<HelpFinder>(undefined, { theme })).$(SELECTORS.widget)!;
      const style = widget.getAttribute('style');
      expect(themeContrastWarnings(widget), theme).to.deep.equal([]);
      expect(widget.getAttribute('style'), 'the widget’s style attribute as it was').to.equal(style);
    }
    const pale = await mount<HelpFinder>(undefined, {
      style: '--help-finder-text: #bbbbbb; --help-finder-accent: #ffee88',
    });
    const widget = pale.$(SELECTORS.widget)!;
    widget.style.setProperty('--_toolbar-height', '72px'); // As the toolbar controller sets it.
    const warnings = themeContrastWarnings(widget);
    expect(widget.getAttribute('style')).to.equal('--_toolbar-height: 72px;');
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal([
      '--help-finder-text',
      '--help-finder-accent',
      '--help-finder-accent-text',
    ]);
    expect(warnings[0]).to.contain('contrast 1.9:1 (rgb(187, 187, 187) on rgb(255, 255, 255))');
  });
});
