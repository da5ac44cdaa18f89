import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import type { HelpFinder } from './help-finder.js';
import { captureConsole } from '../test-helpers/console.js';
import { BOARD, SCHOOL, manyAreas, withOneArea } from '../test-helpers/configs.js';
import {
  answerId,
  everyState,
  everyStep,
  HelpFinderHarness,
  mount,
  SELECTORS,
  where,
} from '../test-helpers/harness.js';
import { choose, headingText, shadow } from '../test-helpers/journey.js';

const harnessOf = (el: HelpFinder) => new HelpFinderHarness(el);

describe('<help-finder>', () => {
  it('shows the first question as a heading with its answers as radios in a fieldset', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    expect(headingText(el)).to.equal('What do you need help with?');
    expect(shadow(el).querySelector('fieldset legend #step-heading')).to.exist;
    const radios = shadow(el).querySelectorAll('input[type="radio"]');
    expect(radios.length).to.equal(journey.questions.concern.answers.length);
    expect(shadow(el).querySelector('label[for="answer-danger-now"]')!.textContent).to.contain(
      'A child is in danger now',
    );
  });

  it('is a landmark region with a name', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    const region = shadow(el).querySelector('section.widget')!;
    expect(region.getAttribute('aria-label')).to.equal('Get help for a worry about a child');
  });

  it('moves on when an answer is chosen and focuses the new heading, without repeating it in a live region', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await choose(el, 'child-abused');
    expect(headingText(el)).to.equal('What has happened?');
    expect(shadow(el).activeElement?.id).to.equal('step-heading');
    // The focused heading is read with its question's group; a live region saying the title again
    // made Orca read it three times.
    const live = [...shadow(el).querySelectorAll('[role="status"], [aria-live]')].map((r) => r.textContent!.trim());
    expect(live.filter((text) => text.includes('What has happened?'))).to.deep.equal([]);
  });

  it('shows the next question with nothing chosen, even after an answer and Continue in one go', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    // Choose and continue before the widget re-renders (a fast tap, voice control or a script):
    // the radio the visitor ticked is reused for the next question's first answer.
    await choose(el, 'child-abused');
    expect(headingText(el)).to.equal('What has happened?');
    const ticked = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked);
    expect(ticked.map(answerId), 'no answer looks chosen on a new question').to.deep.equal([]);
  });

  it('shows an error and stays put when Continue is pressed with nothing chosen', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    shadow(el).querySelector<HTMLButtonElement>('button.continue')!.click();
    await el.updateComplete;
    expect(headingText(el)).to.equal('What do you need help with?');
    const summary = shadow(el).querySelector(SELECTORS.errorSummary)!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('Choose what you need help with');
    expect(shadow(el).activeElement?.classList.contains('error-link')).to.equal(true);
    (shadow(el).activeElement as HTMLButtonElement).click();
    expect(shadow(el).activeElement?.id).to.equal('answer-danger-now');
    await expect(el).to.be.accessible();
  });

  it('goes Back to the previous question with the answer still chosen, and Start again to the first', async () => {
    const finder = await mount(BOARD);
    expect(finder.$('button.back')).to.equal(null);
    await finder.answer(['child-abused', 'saw']);
    expect(finder.heading()).to.equal('Which council area does the child live in?');
    await finder.back();
    expect(finder.heading()).to.equal('What has happened?');
    expect(finder.ticked()).to.deep.equal(['saw']);
    expect(finder.root.activeElement?.id).to.equal('step-heading');
    await finder.startAgain();
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(finder.$('input:checked')).to.equal(null);
  });

  it('sends a child in danger straight to 999, with the text relay', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await choose(el, 'danger-now');
    expect(headingText(el)).to.equal('Call the police now');
    const primary = harnessOf(el).primary()!;
    expect(primary.querySelector('a[href="tel:999"]')).to.exist;
    expect(primary.querySelector('.contact--relay .number')!.textContent).to.equal('18000');
    expect(primary.querySelector('a[href="tel:18000"]'), 'not a voice call button').to.equal(null);
  });

  it('shows the chosen area’s children’s services first when a child has told someone', async () => {
    const finder = await mount(BOARD);
    await finder.answer(['child-abused', 'disclosed', 'npt']);
    const primary = finder.primary()!;
    expect(primary.textContent).to.contain('Neath Port Talbot children’s services');
    const call = finder.links(primary).find((link) => link.href === 'tel:01639686802')!;
    // Seen: "Call 01639 686802"; heard: "Call 01639 686802, Neath Port Talbot children’s services".
    expect(call.text).to.equal('Call 01639 686802');
    expect(call.name).to.equal('Call 01639 686802, Neath Port Talbot children’s services');
    expect(finder.root.textContent).to.not.contain('Swansea children’s services');
  });

  it('names every link with whose it is, so a list of the page’s links tells them apart', async () => {
    const finder = await mount();
    await finder.answer(['child-abused', 'online', 'grooming']);
    const links = finder.links();
    const names = links.map((link) => link.label!);
    expect(names).to.include('Make a report, CEOP Safety Centre');
    expect(names).to.include('Report online, NSPCC Helpline');
    expect(names).to.include('Call 0808 800 5000, NSPCC Helpline');
    // One name, one destination (the police's 101 is on two cards, named the same).
    const destinations = new Set(links.map((link) => `${link.label} -> ${link.href}`));
    expect(destinations.size, names.join(' | ')).to.equal(new Set(names).size);
    // Each name starts with the words the link shows (WCAG 2.5.3, label in name).
    for (const link of links) {
      expect(link.label!.startsWith(link.text)).to.equal(true);
    }
  });

  it('without configured areas, shows how to find the council and the police 101 line', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await choose(el, 'child-abused');
    await choose(el, 'disclosed');
    const primary = harnessOf(el).primary()!;
    expect(primary.textContent).to.contain('Children’s services at the local council');
    // Heard as the police's number, not the council's.
    expect(primary.querySelector('a[href="tel:101"]')!.getAttribute('aria-label')).to.equal(
      'Call 101, Police non-emergency line',
    );
    // "Open 24 hours" belongs to the police line, not to the council named at the top of the card.
    expect(primary.querySelector(':scope > .status')).to.equal(null);
    const policeLine = primary.querySelector('a[href="tel:101"]')!.closest('li')!;
    expect(policeLine.querySelector('.status')!.textContent!.trim()).to.equal('Open 24 hours, every day');
  });

  it('shows the partner’s Safeguarding Officer to practitioners, from a child JSON script', async () => {
    const json = JSON.stringify(withOneArea(BOARD));
    const el = await fixture<HelpFinder>(`<help-finder><script type="application/json">${json}</script></help-finder>`);
    await choose(el, 'work-with-children');
    await choose(el, 'yes');
    const primary = harnessOf(el).primary()!;
    expect(primary.textContent).to.contain('Board Business Unit, West Glamorgan Safeguarding Board');
    expect(primary.querySelector('a[href="mailto:safeguarding@board.example"]')).to.exist;
    expect(shadow(el).querySelector('a[href="https://safeguarding.wales/en/chi-i/chi-i-c2"]')).to.exist;
    expect(shadow(el).querySelector('a[href="https://www.csacentre.org.uk/"]')).to.exist;
  });

  it('reads JSON text from a config attribute, and reports broken JSON there without breaking', async () => {
    const el = await fixture<HelpFinder>(`<help-finder config='${JSON.stringify(SCHOOL)}'></help-finder>`);
    await choose(el, 'work-with-children');
    await choose(el, 'yes');
    expect(harnessOf(el).primary()!.textContent).to.contain('Attribute Officer');

    const errors = await captureConsole('error', async () => {
      const broken = await fixture<HelpFinder>(`<help-finder config='{"agency": {'></help-finder>`);
      await broken.updateComplete;
      expect(headingText(broken)).to.equal('What do you need help with?');
      expect(shadow(broken).querySelector('a[href="tel:999"]')).to.exist;
    });
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.match(/^\[help-finder\] \(config\): is not valid JSON/);
  });

  it('without a configured officer, tells practitioners to speak to theirs and still gives a number', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
    await choose(el, 'work-with-children');
    await choose(el, 'yes');
    const primary = harnessOf(el).primary()!;
    expect(primary.textContent).to.contain('Your Safeguarding Officer');
    expect(shadow(el).querySelector(`${SELECTORS.also} a[href="tel:101"]`)).to.exist;
  });

  // One test for what the events carry (it was two, one here and one in quick-exit.test.ts):
  // by default nothing of the answers; with "detailedEvents": true, ids only. Both a card's link
  // and the 999 line fire a contact event, and the events reach the partner's document.
  it('fires start, step, outcome and contact events that tell nothing of the answers by default, and ids only when asked', async () => {
    const types = ['help-finder-start', 'help-finder-step', 'help-finder-outcome', 'help-finder-contact'];
    const routes = [
      { answers: ['child-abused', 'unsure'], link: `${SELECTORS.primary} a[href^="tel:"]` },
      { answers: ['child-abused', 'disclosed'], link: SELECTORS.emergencyCall },
    ];
    const expected = new Map<unknown, unknown[][]>([
      [
        undefined,
        [
          [{}, {}, {}, { method: 'call' }],
          [{}, {}, {}, { method: 'call' }],
        ],
      ],
      [
        { detailedEvents: true },
        [
          [{}, { step: 'what-happened' }, { outcome: 'talk-it-through' }, { service: 'stop-it-now', method: 'call' }],
          [{}, { step: 'what-happened' }, { outcome: 'child-told' }, { service: 'police-emergency', method: 'call' }],
        ],
      ],
    ]);
    for (const [config, details] of expected) {
      for (const [i, route] of routes.entries()) {
        const finder = await mount(config);
        const events: Array<{ type: string; detail: unknown }> = [];
        const record = (e: Event) => events.push({ type: e.type, detail: (e as CustomEvent).detail });
        for (const type of types) document.addEventListener(type, record);
        try {
          await finder.answer(route.answers);
          const link = finder.$<HTMLAnchorElement>(route.link)!;
          link.addEventListener('click', (e) => e.preventDefault());
          const contact = oneEvent(finder.element, 'help-finder-contact');
          link.click();
          await contact;
        } finally {
          for (const type of types) document.removeEventListener(type, record);
        }
        expect(events, `${JSON.stringify(config)} ${where(route.answers)}`).to.deep.equal(
          types.map((type, n) => ({ type, detail: details![i]![n] })),
        );
      }
    }
  });

  it('reports configuration problems in the console, naming the field', async () => {
    const errors = await captureConsole('error', async () => {
      const el = await fixture<HelpFinder>(html`<help-finder
        .config=${{ areas: [{ id: 'x', name: 'X', childrensServices: { phone: '01234' } }] }}
      ></help-finder>`);
      await el.updateComplete;
    });
    expect(errors).to.deep.equal(['[help-finder] areas[0].childrensServices.phone: "01234" is not a UK phone number']);
  });

  it('shows HTML in partner text as text, never as markup, and runs no script from it', async () => {
    const attack = '<img src="x" onerror="window.__helpFinderHacked = true">';
    const el = await fixture<HelpFinder>(html`<help-finder
      .config=${{
        agency: {
          name: { en: attack, cy: attack },
          safeguardingOfficer: { name: { en: attack, cy: attack }, email: 'a@partner.example' },
        },
        areas: [{ id: 'x', name: { en: attack, cy: attack }, childrensServices: { phone: '01639 686802' } }],
      }}
    ></help-finder>`);
    await choose(el, 'work-with-children');
    await choose(el, 'yes');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(harnessOf(el).primary()!.textContent).to.contain(attack);
    expect((window as unknown as { __helpFinderHacked?: boolean }).__helpFinderHacked).to.equal(undefined);
  });

  it('hides fallback content placed inside it once it renders', async () => {
    const el = await fixture<HelpFinder>(
      html`<help-finder><p id="fallback">Call Stop It Now on 0808 1000 900</p></help-finder>`,
    );
    const fallback = el.querySelector('#fallback') as HTMLElement;
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('offers more than six areas as a drop-down list rather than radios', async () => {
    const { areas } = manyAreas(7);
    const el = await fixture<HelpFinder>(html`<help-finder .config=${{ areas }}></help-finder>`);
    await choose(el, 'child-abused');
    await choose(el, 'saw');
    expect(headingText(el)).to.equal('Which council area does the child live in?');
    expect(shadow(el).querySelectorAll('input[type="radio"]').length).to.equal(0);
    const select = shadow(el).querySelector<HTMLSelectElement>('select')!;
    // "Choose an area", the seven areas, "Somewhere else" and "I do not know".
    expect([...select.options].map(answerId)).to.deep.equal(['', ...areas.map((a) => a.id), 'elsewhere', 'unknown']);
    expect(shadow(el).querySelector('label[for="answer-list"]')!.textContent).to.equal('Council area');
    await choose(el, 'area-6');
    expect(harnessOf(el).primary()!.textContent).to.contain('Area 6 children’s services');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level the partner asks for', async () => {
    const el = await fixture<HelpFinder>(html`<help-finder heading-level="3"></help-finder>`);
    expect(shadow(el).querySelector('#step-heading')!.localName).to.equal('h3');
  });

  describe('every path, walked through the page', function (this: Mocha.Suite) {
    this.timeout(60000);

    it('every question and outcome shows 999, and every outcome has a working tel: link', async () => {
      const outcomes = new Set<string>();
      // Each outcome with each area answer: what every route to it shows.
      await everyState({ config: BOARD }, async (finder, answers) => {
        const at = where(answers);
        expect(finder.$(SELECTORS.emergencyCall), at).to.exist;
        if (finder.isOutcome()) {
          outcomes.add(finder.heading()!);
          const tel = finder.$$<HTMLAnchorElement>('a[href^="tel:"]').filter((a) => !a.closest(SELECTORS.emergency));
          expect(tel.length, at).to.be.greaterThan(0);
          for (const a of tel) expect(a.getAttribute('href'), at).to.match(/^tel:\+?\d{3,}$/);
          // Every Call button dials a voice line: a text relay number (18000, 18001 …) is shown
          // as a number for a textphone or the Relay UK app, never as a tel: link.
          for (const a of finder.$$('a[href^="tel:"]')) {
            expect(a.getAttribute('href'), at).not.to.match(/^tel:1800[01]/);
          }
          for (const relay of finder.$$('.contact--relay')) {
            expect(relay.querySelector('a'), `${at}: ${relay.textContent}`).to.equal(null);
          }
        }
      });
      expect(outcomes.size).to.equal(Object.keys(journey.outcomes).length);
    });

    it('axe finds no problem on any question or outcome', async () => {
      const seen = await everyStep({ config: BOARD }, async (finder) => {
        await expect(finder.element, finder.heading()).to.be.accessible();
      });
      // The area question is asked in two wordings: where the child lives, where the concern arose.
      expect(seen.size).to.equal(Object.keys(journey.outcomes).length + Object.keys(journey.questions).length + 2);
    });
  });
});
