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
  textOf,
  where,
} from '../test-helpers/harness.js';

describe('<help-finder>', () => {
  it('shows the first question as a heading with its answers as radios in a fieldset', async () => {
    const finder = await mount();
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(finder.$(`${SELECTORS.questionLegend} ${SELECTORS.heading}`)).to.exist;
    expect(finder.radios().length).to.equal(journey.questions.concern.answers.length);
    expect(finder.answerLabel('danger-now')).to.contain('A child is in danger now');
  });

  it('is a landmark region with a name', async () => {
    const finder = await mount();
    const region = finder.$(SELECTORS.widget)!;
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-label')).to.equal('Get help for a worry about a child');
  });

  it('moves on when an answer is chosen and focuses the new heading, without repeating it in a live region', async () => {
    const finder = await mount();
    await finder.choose('child-abused');
    expect(finder.heading()).to.equal('What has happened?');
    expect(finder.focused()?.id).to.equal('step-heading');
    // The focused heading is read with its question's group; a live region saying the title again
    // made Orca read it three times.
    const live = finder.$$(SELECTORS.liveRegions).map(textOf);
    expect(live.filter((text) => text.includes('What has happened?'))).to.deep.equal([]);
  });

  it('shows the next question with nothing chosen, even after an answer and Continue in one go', async () => {
    const finder = await mount();
    // Choose and continue before the widget re-renders (a fast tap, voice control or a script):
    // the radio the visitor ticked is reused for the next question's first answer.
    await finder.choose('child-abused');
    expect(finder.heading()).to.equal('What has happened?');
    expect(finder.ticked(), 'no answer looks chosen on a new question').to.deep.equal([]);
  });

  it('shows an error and stays put when Continue is pressed with nothing chosen', async () => {
    const finder = await mount();
    await finder.continue();
    expect(finder.heading()).to.equal('What do you need help with?');
    const summary = finder.$(SELECTORS.errorSummary)!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('Choose what you need help with');
    expect(finder.focused()?.matches(SELECTORS.errorLink)).to.equal(true);
    finder.focused()!.click();
    expect(finder.focused()?.id).to.equal('answer-danger-now');
    await expect(finder.element).to.be.accessible();
  });

  it('goes Back to the previous question with the answer still chosen, and Start again to the first', async () => {
    const finder = await mount(BOARD);
    expect(finder.$(SELECTORS.back)).to.equal(null);
    await finder.answer(['child-abused', 'saw']);
    expect(finder.heading()).to.equal('Which council area does the child live in?');
    await finder.back();
    expect(finder.heading()).to.equal('What has happened?');
    expect(finder.ticked()).to.deep.equal(['saw']);
    expect(finder.focused()?.id).to.equal('step-heading');
    await finder.startAgain();
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(finder.ticked()).to.deep.equal([]);
  });

  it('sends a child in danger straight to 999, with the text relay', async () => {
    const finder = await mount();
    await finder.choose('danger-now');
    expect(finder.heading()).to.equal('Call the police now');
    const primary = finder.primary()!;
    expect(finder.hrefs(primary)).to.include('tel:999');
    expect(textOf(primary.querySelector(SELECTORS.relayNumber))).to.equal('18000');
    expect(finder.everyHref(primary), 'not a voice call button').to.not.include('tel:18000');
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
    expect(finder.text()).to.not.contain('Swansea children’s services');
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
    const finder = await mount();
    await finder.answer(['child-abused', 'disclosed']);
    const primary = finder.primary()!;
    expect(primary.textContent).to.contain('Children’s services at the local council');
    // Heard as the police's number, not the council's.
    expect(finder.links(primary).find((link) => link.href === 'tel:101')?.label).to.equal(
      'Call 101, Police non-emergency line',
    );
    // "Open 24 hours" belongs to the police line, not to the council named at the top of the card.
    expect(finder.cardStatus(primary)).to.equal(undefined);
    const policeLine = primary.querySelector('a[href="tel:101"]')!.closest('li')!;
    expect(textOf(policeLine.querySelector('.status'))).to.equal('Open 24 hours, every day');
  });

  it('shows the partner’s Safeguarding Officer to practitioners, from a child JSON script', async () => {
    const json = JSON.stringify(withOneArea(BOARD));
    const el = await fixture<HelpFinder>(`<help-finder><script type="application/json">${json}</script></help-finder>`);
    const finder = new HelpFinderHarness(el);
    await finder.answer(['work-with-children', 'yes']);
    const primary = finder.primary()!;
    expect(primary.textContent).to.contain('Board Business Unit, West Glamorgan Safeguarding Board');
    expect(finder.hrefs(primary)).to.include('mailto:safeguarding@board.example');
    expect(finder.everyHref()).to.include.members([
      'https://safeguarding.wales/en/chi-i/chi-i-c2',
      'https://www.csacentre.org.uk/',
    ]);
  });

  it('reads JSON text from a config attribute, and reports broken JSON there without breaking', async () => {
    const finder = await mount(undefined, { config: JSON.stringify(SCHOOL) });
    await finder.answer(['work-with-children', 'yes']);
    expect(finder.primary()!.textContent).to.contain('Attribute Officer');

    const errors = await captureConsole('error', async () => {
      const broken = await mount(undefined, { config: '{"agency": {' });
      expect(broken.heading()).to.equal('What do you need help with?');
      expect(broken.$(SELECTORS.emergencyCall)).to.exist;
    });
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.match(/^\[help-finder\] \(config\): is not valid JSON/);
  });

  it('without a configured officer, tells practitioners to speak to theirs and still gives a number', async () => {
    const finder = await mount();
    await finder.answer(['work-with-children', 'yes']);
    expect(finder.primary()!.textContent).to.contain('Your Safeguarding Officer');
    expect(finder.hrefs(finder.$(SELECTORS.also))).to.include('tel:101');
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
    const finder = await mount({
      agency: {
        name: { en: attack, cy: attack },
        safeguardingOfficer: { name: { en: attack, cy: attack }, email: 'a@partner.example' },
      },
      areas: [{ id: 'x', name: { en: attack, cy: attack }, childrensServices: { phone: '01639 686802' } }],
    });
    await finder.answer(['work-with-children', 'yes']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(finder.$('img')).to.equal(null);
    expect(finder.primary()!.textContent).to.contain(attack);
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
    const config = manyAreas(7);
    const finder = await mount(config);
    await finder.answer(['child-abused', 'saw']);
    expect(finder.heading()).to.equal('Which council area does the child live in?');
    expect(finder.radios().length).to.equal(0);
    const select = finder.$<HTMLSelectElement>(SELECTORS.list)!;
    // "Choose an area", the seven areas, "Somewhere else" and "I do not know".
    expect([...select.options].map(answerId)).to.deep.equal([
      '',
      ...config.areas.map((a) => a.id),
      'elsewhere',
      'unknown',
    ]);
    expect(finder.$(SELECTORS.listLabel)!.textContent).to.equal('Council area');
    await finder.choose('area-6');
    expect(finder.primary()!.textContent).to.contain('Area 6 children’s services');
    await expect(finder.element).to.be.accessible();
  });

  it('uses the heading level the partner asks for', async () => {
    const finder = await mount(undefined, { 'heading-level': '3' });
    expect(finder.$(SELECTORS.heading)!.localName).to.equal('h3');
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
          for (const relay of finder.$$(SELECTORS.relay)) {
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
