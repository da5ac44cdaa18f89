import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import type { HelpFinder } from './help-finder.js';
import { BILINGUAL_BOARD, withOneArea } from '../test-helpers/configs.js';
import { everyState, HelpFinderHarness, where } from '../test-helpers/harness.js';
import { back, choose, headingText, shadow } from '../test-helpers/journey.js';

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
function texts(el: HTMLElement): string[] {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  const raw: string[] = [...shadow(el).querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')!);
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

const setLanguage = (el: HelpFinder, locale: 'en' | 'cy'): Promise<void> =>
  new HelpFinderHarness(el).setLanguage(locale);

describe('<help-finder> in Welsh', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
  });

  it('speaks Welsh when its lang attribute says so (cy, cy-GB or CY)', async () => {
    for (const lang of ['cy', 'cy-GB', 'CY']) {
      const el = await fixture<HelpFinder>(html`<help-finder lang=${lang}></help-finder>`);
      expect(headingText(el), lang).to.equal('Gyda beth mae angen help arnoch chi?');
      expect(shadow(el).querySelector('section')!.getAttribute('lang')).to.equal('cy');
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
    expect(headingText(inWelsh)).to.equal('Gyda beth mae angen help arnoch chi?');
    // The language is global to the page (as @lit/localize keeps it): one widget language at a time.
    wrapper.remove();

    document.documentElement.lang = 'cy';
    const fromPage = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingText(fromPage)).to.equal('Gyda beth mae angen help arnoch chi?');
    fromPage.remove();

    const ownWins = await fixture<HelpFinder>(html`<help-finder lang="en"></help-finder>`);
    expect(headingText(ownWins)).to.equal('What do you need help with?');
    ownWins.remove();

    document.documentElement.lang = 'fr';
    const other = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingText(other)).to.equal('What do you need help with?');
  });

  it('follows a change of <html lang> without a reload', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingText(el)).to.equal('What do you need help with?');
    document.documentElement.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(headingText(el)).to.equal('Gyda beth mae angen help arnoch chi?');
  });

  it('switches language in place, keeping the step and the answers', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder .config=${BILINGUAL_BOARD}></help-finder>`);
    await choose(el, 'child-abused');
    shadow(el).querySelector<HTMLInputElement>('#answer-saw')!.click();
    await el.updateComplete;
    await setLanguage(el, 'cy');
    expect(headingText(el)).to.equal('Beth sydd wedi digwydd?');
    expect(shadow(el).querySelector<HTMLInputElement>('#answer-saw')!.checked).to.equal(true);
    const cymraeg = shadow(el).querySelector('button.language[lang="cy"]')!;
    expect(cymraeg.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('button.language[lang="en"]')!.textContent!.trim()).to.equal('English');
    await choose(el, 'saw');
    await setLanguage(el, 'en');
    expect(headingText(el)).to.equal('Which council area does the child live in?');
    await back(el);
    expect(headingText(el)).to.equal('What has happened?');
  });

  it('never puts the agency’s name where Welsh would have to mutate it (“i Bwrdd …”)', async () => {
    const el = await fixture<HelpFinder>(
      html`<help-finder lang="cy" .config=${withOneArea(BILINGUAL_BOARD)}></help-finder>`,
    );
    await choose(el, 'work-with-children');
    await choose(el, 'yes');
    const summary = new HelpFinderHarness(el).primary()!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('i’r sefydliad hwn (Bwrdd Diogelu Gorllewin Morgannwg)');
    expect(summary).not.to.contain('i Bwrdd');
  });

  it('names the service after the number in a phone link, so no Welsh mutation is needed (“Ffoniwch 0808 …, Llinell gymorth …”)', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder lang="cy"></help-finder>`);
    await choose(el, 'behaviour');
    await choose(el, 'family');
    const call = shadow(el).querySelector<HTMLAnchorElement>('.service--primary a[href="tel:08081000900"]')!;
    expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ffoniwch 0808 1000 900');
    expect(call.getAttribute('aria-label')).to.equal('Ffoniwch 0808 1000 900, Llinell Gymorth Stop It Now');
  });

  it('marks partner text that falls back to English with lang="en"', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder
      lang="cy"
      .config=${{
        areas: [
          { id: 'a', name: 'Only English', childrensServices: { phone: '01639 686802' } },
          { id: 'b', name: { cy: 'Dim ond Cymraeg' } },
        ],
      }}
    ></help-finder>`);
    await choose(el, 'child-abused');
    await choose(el, 'saw');
    expect(shadow(el).querySelector('label[for="answer-a"]')!.getAttribute('lang')).to.equal('en');
    expect(shadow(el).querySelector('label[for="answer-b"]')!.hasAttribute('lang')).to.equal(false);
  });

  describe('every step', function (this: Mocha.Suite) {
    this.timeout(60000);

    it('has the same steps in both languages and no English sentence in Welsh', async () => {
      const outcomes = { en: new Set<string>(), cy: new Set<string>() };
      await everyState({ config: BILINGUAL_BOARD }, async (finder: HelpFinderHarness, answers) => {
        const el = finder.element;
        const english = new Set(texts(el));
        const radios = finder.radios();
        if (finder.isOutcome()) outcomes.en.add(answers.join('>'));

        await finder.setLanguage('cy');
        const at = where(answers);
        expect(finder.radios(), at).to.deep.equal(radios);
        if (finder.isOutcome()) outcomes.cy.add(answers.join('>'));
        const leftInEnglish = texts(el).filter(
          (t) => english.has(t) && !SAME_IN_BOTH.has(t) && !/^[\d:]+(am|pm)?$/.test(t),
        );
        expect(leftInEnglish, `English left in the Welsh page at ${at}`).to.deep.equal([]);
        // Catch English pieces inside Welsh sentences too (e.g. day names from a browser without Welsh).
        const englishWords = texts(el).filter((t) => ENGLISH_WORDS.test(t));
        expect(englishWords, `English words in the Welsh page at ${at}`).to.deep.equal([]);
        await expect(el, at).to.be.accessible();
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
      expect(headingText(el)).to.equal('Gyda beth mae angen help arnoch chi?');
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
      expect(headingText(finder)).to.equal('What do you need help with?');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('on a Welsh page the switch reads “Cymraeg English”, and keeps that order when the visitor switches', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder lang="cy"></help-finder>`);
    const names = () => [...shadow(el).querySelectorAll('button.language')].map((b) => b.textContent!.trim());
    expect(names()).to.deep.equal(['Cymraeg', 'English']);
    shadow(el).querySelector<HTMLButtonElement>('button.language[lang="en"]')!.click();
    await el.updateComplete;
    expect(headingText(el)).to.equal('What do you need help with?');
    expect(names()).to.deep.equal(['Cymraeg', 'English']);
  });
});
