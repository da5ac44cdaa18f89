import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import type { HelpFinder } from './help-finder.js';
import { BILINGUAL_BOARD, withOneArea } from '../test-helpers/configs.js';
import { everyState, HelpFinderHarness, mount, SELECTORS, textOf, where } from '../test-helpers/harness.js';

/** Proper names that are the same in both languages. */
const SAME_IN_BOTH = new Set([
  'Childline',
  'Meic',
  'CSA Centre',
  'CEOP Safety Centre',
  'Internet Watch Foundation',
  'Report Remove',
  'Crimestoppers',
  'Lucy Faithfull Foundation Wales',
  'English',
  'Cymraeg',
  '999',
]);

/** Common English words that never belong in a Welsh sentence (proper names excepted above). */
const ENGLISH_WORDS =
  /\b(the|and|you|your|is|are|to|of|call|open|closed|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|midnight)\b|\d(am|pm)\b/;

/** The visible and hidden text of the widget (text nodes and aria-labels), ignoring numbers and addresses. */
function texts(finder: HelpFinderHarness): string[] {
  const walker = document.createTreeWalker(finder.root, NodeFilter.SHOW_TEXT);
  const raw: string[] = finder.$$('[aria-label]').map((e) => e.getAttribute('aria-label')!);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) raw.push(node.textContent!);
  const found: string[] = [];
  for (const rawText of raw) {
    const text = rawText.replace(/\s+/g, ' ').trim();
    if (!/[a-z]{2}/i.test(text)) continue;
    if (/@|^[\d\s]+$/.test(text)) continue;
    found.push(text);
  }
  return found;
}

/** The heading of the step `el` shows. */
const headingOf = (el: HelpFinder) => new HelpFinderHarness(el).heading();

describe('<help-finder> in Welsh', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
  });

  it('speaks Welsh when its lang attribute says so (cy, cy-GB or CY)', async () => {
    for (const lang of ['cy', 'cy-GB', 'CY']) {
      const finder = await mount(undefined, { lang });
      expect(finder.heading(), lang).to.equal('Gyda beth mae angen help arnoch chi?');
      expect(finder.$(SELECTORS.widget)!.getAttribute('lang')).to.equal('cy');
    }
  });

  it('takes the nearest ancestor’s lang, then <html lang>, then English', async () => {
    // (A fixture of a plain <div> waits for an animation frame, which hidden test tabs never get.)
    const wrapper = document.createElement('div');
    wrapper.lang = 'cy';
    const inWelsh = document.createElement('help-finder') as HelpFinder;
    wrapper.append(inWelsh);
    document.body.append(wrapper);
    await inWelsh.updateComplete;
    expect(headingOf(inWelsh)).to.equal('Gyda beth mae angen help arnoch chi?');
    // The language is global to the page (as @lit/localize keeps it): one widget language at a time.
    wrapper.remove();

    document.documentElement.lang = 'cy';
    const fromPage = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingOf(fromPage)).to.equal('Gyda beth mae angen help arnoch chi?');
    fromPage.remove();

    const ownWins = await fixture<HelpFinder>(html`<help-finder lang="en"></help-finder>`);
    expect(headingOf(ownWins)).to.equal('What do you need help with?');
    ownWins.remove();

    document.documentElement.lang = 'fr';
    const other = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingOf(other)).to.equal('What do you need help with?');
  });

  it('follows a change of <html lang> without a reload', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingOf(el)).to.equal('What do you need help with?');
    document.documentElement.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(headingOf(el)).to.equal('Gyda beth mae angen help arnoch chi?');
  });

  it('switches language in place, keeping the step and the answers', async () => {
    const finder = await mount(BILINGUAL_BOARD);
    await finder.choose('child-abused');
    await finder.pick('saw');
    await finder.setLanguage('cy');
    expect(finder.heading()).to.equal('Beth sydd wedi digwydd?');
    expect(finder.ticked()).to.deep.equal(['saw']);
    const cymraeg = finder.$(SELECTORS.language('cy'))!;
    expect(cymraeg.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(finder.$(SELECTORS.language('en')))).to.equal('English');
    await finder.choose('saw');
    await finder.setLanguage('en');
    expect(finder.heading()).to.equal('Which council area does the child live in?');
    await finder.back();
    expect(finder.heading()).to.equal('What has happened?');
  });

  it('never puts the agency’s name where Welsh would have to mutate it (“i Bwrdd …”)', async () => {
    const finder = await mount(withOneArea(BILINGUAL_BOARD), { lang: 'cy' });
    await finder.answer(['work-with-children', 'yes']);
    const summary = textOf(finder.primary());
    expect(summary).to.contain('i’r sefydliad hwn (Bwrdd Diogelu Gorllewin Morgannwg)');
    expect(summary).not.to.contain('i Bwrdd');
  });

  it('names the service after the number in a phone link, so no Welsh mutation is needed (“Ffoniwch 0808 …, Llinell gymorth …”)', async () => {
    const finder = await mount(undefined, { lang: 'cy' });
    await finder.answer(['behaviour', 'family']);
    const call = finder.links(finder.primary()).find((link) => link.href === 'tel:08081000900')!;
    expect(call.text).to.equal('Ffoniwch 0808 1000 900');
    expect(call.label).to.equal('Ffoniwch 0808 1000 900, Llinell Gymorth Stop It Now');
  });

  it('marks partner text that falls back to English with lang="en"', async () => {
    const finder = await mount(
      {
        areas: [
          { id: 'a', name: 'Only English', childrensServices: { phone: '01639 686802' } },
          { id: 'b', name: { cy: 'Dim ond Cymraeg' } },
        ],
      },
      { lang: 'cy' },
    );
    await finder.answer(['child-abused', 'saw']);
    expect(finder.$(SELECTORS.answerLabel('a'))!.getAttribute('lang')).to.equal('en');
    expect(finder.$(SELECTORS.answerLabel('b'))!.hasAttribute('lang')).to.equal(false);
  });

  describe('every step', function (this: Mocha.Suite) {
    this.timeout(60000);

    it('has the same steps in both languages and no English sentence in Welsh', async () => {
      const outcomes = { en: new Set<string>(), cy: new Set<string>() };
      await everyState({ config: BILINGUAL_BOARD }, async (finder: HelpFinderHarness, answers) => {
        const english = new Set(texts(finder));
        const radios = finder.radios();
        if (finder.isOutcome()) outcomes.en.add(answers.join('>'));

        await finder.setLanguage('cy');
        const at = where(answers);
        expect(finder.radios(), at).to.deep.equal(radios);
        if (finder.isOutcome()) outcomes.cy.add(answers.join('>'));
        const leftInEnglish = texts(finder).filter(
          (t) => english.has(t) && !SAME_IN_BOTH.has(t) && !/^[\d:]+(am|pm)?$/.test(t),
        );
        expect(leftInEnglish, `English left in the Welsh page at ${at}`).to.deep.equal([]);
        // Catch English pieces inside Welsh sentences too (e.g. day names from a browser without Welsh).
        const englishWords = texts(finder).filter((t) => ENGLISH_WORDS.test(t));
        expect(englishWords, `English words in the Welsh page at ${at}`).to.deep.equal([]);
        await expect(finder.element, at).to.be.accessible();
        // Back in English, so the walk reads the next step's answers as the visitor first saw them.
        await finder.setLanguage('en');
      });
      expect([...outcomes.cy].sort()).to.deep.equal([...outcomes.en].sort());
      expect(outcomes.en.size).to.be.greaterThan(Object.keys(journey.outcomes).length);
    });
  });
});

describe('Welsh first where the visitor is (issue #24 item 7)', () => {
  it('on a page that names no language, a browser set to Welsh gets Welsh', async () => {
    const root = document.documentElement;
    const pageLang = root.getAttribute('lang');
    root.removeAttribute('lang');
    Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'cy-GB', 'en-GB'], configurable: true });
    try {
      const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
      expect(headingOf(el)).to.equal('Gyda beth mae angen help arnoch chi?');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (pageLang !== null) root.setAttribute('lang', pageLang);
    }
  });

  it('a page in English keeps English whatever the browser’s languages', async () => {
    Object.defineProperty(navigator, 'languages', { value: ['cy'], configurable: true });
    try {
      const el = await fixture<HelpFinder>(html`<div lang="en"><help-finder></help-finder></div>`);
      const finder = el.querySelector('help-finder') as HelpFinder;
      await finder.updateComplete;
      expect(headingOf(finder)).to.equal('What do you need help with?');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('on a Welsh page the switch reads “Cymraeg English”, and keeps that order when the visitor switches', async () => {
    const finder = await mount(undefined, { lang: 'cy' });
    const names = () => finder.$$(SELECTORS.languages).map(textOf);
    expect(names()).to.deep.equal(['Cymraeg', 'English']);
    await finder.setLanguage('en');
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(names()).to.deep.equal(['Cymraeg', 'English']);
  });
});
