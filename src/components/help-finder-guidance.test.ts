// The guidance a worried adult reads at the end: for each situation people commonly bring,
// walked as its person would answer, in English and Welsh, what the page tells them to do
// first and whom to call. Also: a line open now when the recommended one is closed, and the
// recommended call within the first screen of a phone.
import { expect } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import type { OutcomeId } from '../flow/journey-types.js';
import { TWO_AREAS } from '../test-helpers/configs.js';
import { frames, phoneFrame } from '../test-helpers/frame.js';
import { type HelpFinderHarness, mount, mountIn, SELECTORS, textOf } from '../test-helpers/harness.js';

/** The answers that reach each outcome on the board's page. */
const PATHS: Record<OutcomeId, string[]> = {
  emergency: ['danger-now'],
  'child-told': ['child-abused', 'disclosed', 'swansea'],
  'report-abuse': ['child-abused', 'saw', 'npt'],
  'talk-it-through': ['child-abused', 'unsure'],
  'online-images': ['child-abused', 'online', 'images'],
  'online-images-device': ['child-abused', 'online', 'images-device'],
  'online-nude-shared': ['child-abused', 'online', 'nude-shared'],
  'online-grooming': ['child-abused', 'online', 'grooming'],
  'online-blackmail': ['child-abused', 'online', 'blackmail'],
  'adult-behaviour': ['behaviour', 'family'],
  'staff-own': ['behaviour', 'colleague'],
  'staff-public': ['behaviour', 'worker', 'npt'],
  'child-behaviour': ['behaviour', 'child'],
  'own-thoughts-adult': ['behaviour', 'own', 'adult'],
  'own-thoughts-young': ['behaviour', 'own', 'under-18'],
  'practitioner-officer': ['work-with-children', 'yes'],
  'practitioner-report': ['work-with-children', 'no', 'swansea'],
  'young-person': ['young-person'],
  survivor: ['survivor'],
  learn: ['learn'],
  'something-else': ['something-else'],
};

const text = textOf;

/** A widget on a board's page (two councils), with `answers` given. */
async function reach(answers: string[], lang = 'en', config: unknown = TWO_AREAS): Promise<HelpFinderHarness> {
  const finder = await mount(config, { lang });
  await finder.answer(answers);
  return finder;
}

/**
 * Freeze `new Date()` and `Date.now()` in a window at one moment (London time is judged from it).
 * Returns the function that restores the real clock.
 */
function freezeClock(win: Window & typeof globalThis, iso: string): () => void {
  const Real = win.Date;
  const fixed = new Real(iso).getTime();
  class Frozen extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now(): number {
      return fixed;
    }
  }
  win.Date = Frozen as DateConstructor;
  return () => {
    win.Date = Real;
  };
}

describe('<help-finder> guidance on every outcome', function (this: Mocha.Suite) {
  this.timeout(60000);

  it('has a walked path to every outcome (add one here with each new outcome)', () => {
    expect(Object.keys(PATHS).sort()).to.deep.equal(Object.keys(journey.outcomes).sort());
  });

  it('a child told me: how to respond in the next ten minutes, then the council where the child lives', async () => {
    const f = await reach(PATHS['child-told']);
    expect(f.heading()).to.equal('Listen, then report it today');
    expect(f.primary()!.textContent).to.contain('Swansea children’s services');
    expect(f.hrefs(f.primary())).to.include('tel:01792775501');
    const list = f.steps();
    expect(list[0]).to.contain('call 999');
    expect(list[1]).to.contain('Listen and stay calm');
    expect(list.join(' ')).to.contain('Do not promise to keep it secret');
    expect(list.join(' ')).to.contain('Do not confront');
    expect(list.join(' ')).to.contain('in their own words, and what you said, with the date and time');
    // Someone who lives with the person the child named may be unsafe too: the line, and its number on the page.
    expect(list.at(-2)).to.contain('If you feel unsafe yourself, call the Live Fear Free helpline');
    expect(text(f.$(SELECTORS.also))).to.contain('Live Fear Free');
    expect(f.hrefs(f.$(SELECTORS.also))).to.include('tel:08088010800');
    expect(text(f.$(SELECTORS.whatHappens))).to.contain('you do not have to give your name');
    // Screen readers hear the steps as a numbered list.
    expect(f.$(SELECTORS.stepList)?.localName).to.equal('ol');
  });

  it('a parent whose child is blackmailed over an image: do not pay, keep the messages, police and Report Remove', async () => {
    const f = await reach(PATHS['online-blackmail']);
    expect(f.heading()).to.equal('Do not pay, and report it');
    expect(f.hrefs(f.primary())).to.include('tel:101');
    const all = f.steps().join(' ');
    expect(all).to.contain('Do not pay');
    expect(all).to.contain('Keep the messages');
    expect(all).to.contain('Do not screenshot, save or send the picture itself');
    expect(all).to.contain('999 if the child may come to harm right now');
    expect(all).to.contain('not their fault');
    expect(all).to.contain('Report Remove');
    const links = f.hrefs();
    expect(links).to.include('https://www.ceop.police.uk/Safety-Centre/');
    expect(links.some((h) => h?.includes('childline.org.uk/info-advice'))).to.equal(true);
  });

  it('someone who found sexual images of a child: do not download or share, report the address to the IWF', async () => {
    const f = await reach(PATHS['online-images']);
    expect(f.hrefs(f.primary())).to.deep.equal(['https://report.iwf.org.uk/']);
    expect(f.steps()[0]).to.contain(
      'Do not download, save, screenshot or send the images to anyone, not even to the police',
    );
    expect(f.steps().join(' ')).to.contain('you do not have to give your name');
  });

  it('someone contacting a child online: CEOP, said to be not anonymous, and the NSPCC to talk first', async () => {
    const f = await reach(PATHS['online-grooming']);
    expect(f.hrefs(f.primary())).to.deep.equal(['https://www.ceop.police.uk/Safety-Centre/']);
    expect(f.steps()[0], 'a meeting about to happen is an emergency').to.equal(
      'If the child is about to meet them, or is in danger right now, call 999.',
    );
    expect(f.steps().join(' ')).to.contain('You have to give your name.');
    expect(f.hrefs()).to.include('tel:08088005000');
  });

  it('a grandmother whose grandchild lives in another county: “Somewhere else” and “I do not know” lead to any council and 101', async () => {
    for (const other of ['elsewhere', 'unknown']) {
      const f = await reach(['child-abused', 'saw']);
      expect(f.heading()).to.equal('Which council area does the child live in?');
      expect(f.answerLabel(other)).to.equal(other === 'elsewhere' ? 'Somewhere else' : 'I do not know');
      await f.choose(other);
      expect(f.heading()).to.equal('Tell children’s services');
      expect(text(f.primary())).to.contain('council where the child lives');
      expect(text(f.primary())).to.contain('call the police on 101 at any time');
      expect(f.hrefs(f.primary())).to.deep.equal(['tel:101']);
      expect(f.text()).to.not.contain('Swansea children’s services');
    }
  });

  it('a teacher worried about a colleague: the Safeguarding Officer straight away; first, children’s services if it is about them', async () => {
    const f = await reach(PATHS['staff-own']);
    expect(f.heading()).to.equal('Tell your Safeguarding Officer straight away');
    expect(text(f.primary())).to.contain('Designated Safeguarding Person');
    expect(f.steps()[0], 'the way out for a worry about the officer comes first').to.contain(
      'Go straight to children’s services if your worry is about your Safeguarding Officer, head or manager.',
    );
    expect(f.steps()[1]).to.equal('Do not tell the person.');
    expect(f.steps().join(' ')).to.contain('Do not investigate');
  });

  it('a parent worried about the head teacher: straight to children’s services, without telling them first', async () => {
    const f = await reach(PATHS['staff-public']);
    expect(f.steps()[0]).to.contain('go straight to children’s services. Do not tell them first.');
    expect(f.steps().join(' ')).to.contain(
      'If you work or volunteer with children, tell your Safeguarding Officer too.',
    );
  });

  it('images found on a phone or computer: the police on 101 first, nothing copied, moved or deleted, Stop It Now for advice', async () => {
    const f = await reach(PATHS['online-images-device']);
    expect(f.heading()).to.equal('Call the police. Do not copy anything');
    expect(f.hrefs(f.primary())).to.include('tel:101');
    expect(f.steps()[0]).to.contain('Leave everything on the phone or computer as it is.');
    expect(text(f.$(SELECTORS.also))).to.contain('Stop It Now helpline');
    expect(f.text()).to.not.contain('Internet Watch Foundation');
  });

  it('a young person’s nude being shared: Report Remove, which the adult can help with; the picture never viewed', async () => {
    const f = await reach(PATHS['online-nude-shared']);
    expect(f.heading()).to.equal('Help get the picture taken down');
    expect(text(f.primary())).to.contain('Report Remove');
    expect(f.hrefs(f.primary()), 'the address Childline’s own pages use').to.deep.equal([
      'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/',
    ]);
    const all = f.steps().join(' ');
    expect(all).to.contain('Do not look at, copy or send the picture');
    expect(all).to.contain('You can help them do it.');
    expect(text(f.$(SELECTORS.whatHappens))).to.contain('cannot remove copies saved on someone’s phone');
  });

  it('someone who saw or was told: 999 first if it is happening now or the child goes back tonight', async () => {
    for (const outcome of ['child-told', 'report-abuse'] as const) {
      const f = await reach(PATHS[outcome]);
      expect(f.steps()[0], outcome).to.equal(
        'If it is happening now, or the child will be with the person who may be harming them tonight, call 999.',
      );
    }
    const young = await reach(PATHS['young-person']);
    expect(young.steps()[0]).to.equal('If you are in danger right now, call 999.');
    expect(young.steps().join(' ')).to.contain('Keep the messages and their username. Do not delete them.');
  });

  it('grooming: keep the messages and the username; do not reply, confront or delete', async () => {
    const f = await reach(PATHS['online-grooming']);
    expect(f.steps().join(' ')).to.contain(
      'Do not reply to or confront the person. Keep the messages and their username. Do not delete anything, but do not screenshot or send any pictures.',
    );
    expect(f.steps().join(' ')).to.contain(
      'If the person works or volunteers with children, tell children’s services too.',
    );
  });

  it('a child’s sexual behaviour: a harmed child comes first', async () => {
    const f = await reach(PATHS['child-behaviour']);
    expect(f.steps()[0]).to.equal('If another child is being harmed, tell children’s services or the police on 101.');
  });

  it('a parent worried about a coach: the organisation’s safeguarding lead, children’s services or the police', async () => {
    const f = await reach(['behaviour', 'worker']);
    expect(f.heading(), 'the public are asked where the child lives').to.equal(
      'Which council area does the child live in?',
    );
    await f.choose('npt');
    expect(text(f.$(SELECTORS.intro))).to.contain('safeguarding lead');
    expect(f.hrefs(f.primary())).to.include('tel:01639686802');
  });

  it('practitioners are asked where the concern arose, and told to report it themselves', async () => {
    const f = await reach(['work-with-children', 'no']);
    expect(f.heading()).to.equal('In which council area did your concern arise?');
    await f.choose('unknown');
    expect(text(f.primary())).to.contain('where your concern arose');
    expect(f.steps().join(' ')).to.contain('within 24 hours');
  });

  it('a missing child: 999 straight away, no 24-hour wait', async () => {
    const f = await mount(TWO_AREAS);
    expect(f.answerLabel('danger-now')).to.equal('A child is in danger now, or is missing');
    await f.choose('danger-now');
    expect(f.hrefs(f.primary())[0]).to.equal('tel:999');
    expect(f.steps()[0]).to.equal('If a child is missing, call 999 straight away. You do not need to wait 24 hours.');
    expect(f.hrefs(f.$(SELECTORS.also))).to.include('tel:101');
  });

  it('says the helplines’ limits plainly: NSPCC passes a child at risk on, calls can show in the call list, interpreters', async () => {
    const f = await reach(PATHS['something-else']);
    expect(text(f.primary())).to.contain(
      'If you tell them who a child at risk is, they pass it on to children’s services.',
    );
    expect(text(f.$(SELECTORS.stayingSafe))).to.contain('A call can show in the phone’s call list');
    const young = await reach(PATHS['young-person']);
    expect(text(young.$(SELECTORS.whatHappens))).to.contain('they may still show in the phone’s call list');
    const thoughts = await reach(PATHS['own-thoughts-adult']);
    expect(text(thoughts.primary())).to.contain('with interpreters for more than 200 languages');
  });

  it('someone ashamed of their own thoughts: no police card, and the helpline’s limits said plainly', async () => {
    const f = await reach(PATHS['own-thoughts-adult']);
    expect(f.hrefs(f.$(SELECTORS.outcome))).to.not.include('tel:101');
    expect(text(f.primary())).to.contain('they will pass it on');
    expect(f.text()).to.not.contain('anonymous');
  });

  it('a survivor: Live Fear Free first, support without reporting, report any time', async () => {
    const f = await reach(PATHS.survivor);
    expect(f.hrefs(f.primary())).to.include('tel:08088010800');
    const all = f.steps().join(' ');
    expect(all).to.contain('without reporting to the police');
    expect(all).to.contain('even many years later');
  });

  it('practitioners on another route are told to go to their Safeguarding Officer too', async () => {
    for (const path of [PATHS['adult-behaviour'], PATHS['child-behaviour']]) {
      const f = await reach(path);
      expect(f.steps().join(' '), path.join(' > ')).to.contain('tell your Safeguarding Officer too');
    }
  });

  it('the abuse answer says exploitation is abuse, even if the child seems to agree', async () => {
    const f = await mount();
    expect(text(f.$(SELECTORS.answerHint('child-abused')))).to.contain('even if they seem willing');
  });

  it('learning how to keep children safe: the signs its introduction promises', async () => {
    const f = await reach(PATHS.learn);
    expect(f.heading()).to.equal('Learn how to keep children safe');
    const all = f.steps().join(' ');
    expect(all).to.contain('Signs of exploitation can include going missing, missing school');
    expect(all).to.contain('Children often do not see that they are being exploited');
  });

  it('anyone whose worry fits none of the answers: “Something else” leads to someone to talk it through with', async () => {
    const f = await reach(PATHS['something-else']);
    expect(f.heading()).to.equal('Talk it through with someone');
    expect(f.hrefs(f.primary())).to.include('tel:08088005000');
  });

  it('in Welsh, every outcome has the same steps, numbers and links as in English, and no English steps', async () => {
    for (const [outcome, answers] of Object.entries(PATHS)) {
      // Read the English page before the Welsh one is made: the language is one for the whole page.
      const en = await reach(answers, 'en');
      const english = {
        steps: en.steps(),
        heading: en.heading(),
        tel: en.hrefs(en.primary()).filter((h) => h?.startsWith('tel:')),
      };
      en.element.remove();
      const cy = await reach(answers, 'cy');
      expect(cy.$(SELECTORS.widget)!.getAttribute('lang')).to.equal('cy');
      expect(cy.steps().length, outcome).to.equal(english.steps.length);
      expect(
        cy.hrefs(cy.primary()).filter((h) => h?.startsWith('tel:')),
        outcome,
      ).to.deep.equal(english.tel);
      for (const [i, step] of cy.steps().entries())
        expect(step, `${outcome} step ${i + 1}`).to.not.equal(english.steps[i]);
      expect(cy.heading(), outcome).to.not.equal(english.heading);
      cy.element.remove();
    }
  });

  it('in Welsh, the blackmail and disclosure pages say what to do in Welsh', async () => {
    const blackmail = await reach(PATHS['online-blackmail'], 'cy');
    expect(blackmail.heading()).to.equal('Peidiwch â thalu, a rhowch wybod');
    expect(blackmail.steps().join(' ')).to.contain('Peidiwch â thalu');
    const told = await reach(PATHS['child-told'], 'cy');
    expect(told.steps()[1]).to.equal('Gwrandewch ac arhoswch yn bwyllog. Peidiwch â dangos sioc nac anghrediniaeth.');
    expect(text(told.primary())).to.contain('Gwasanaethau plant Abertawe');
    const elsewhere = await reach(['child-abused', 'saw', 'elsewhere'], 'cy');
    expect(text(elsewhere.primary())).to.contain('ffoniwch yr heddlu ar 101 unrhyw bryd');
  });

  describe('when the recommended line is closed now', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    it('on a Saturday night offers the police’s 101, open now, beside the usually closed Stop It Now line', async () => {
      restore = freezeClock(window, '2025-01-18T23:00:00Z');
      const f = await reach(PATHS['talk-it-through']);
      expect(text(f.primary())).to.contain('Usually closed');
      const instead = f.openInstead()!;
      expect(text(instead)).to.contain(
        'The line above is usually closed at this time. If no one answers, this one is open now:',
      );
      expect(f.hrefs(instead)).to.include('tel:101');
    });

    it('on a Friday evening offers the NSPCC helpline, open until 10pm', async () => {
      restore = freezeClock(window, '2025-01-17T19:00:00Z');
      const f = await reach(PATHS['adult-behaviour'], 'cy');
      const instead = f.openInstead()!;
      expect(text(instead)).to.contain('Mae’r llinell uchod fel arfer ar gau ar yr adeg hon.');
      expect(f.hrefs(instead)).to.include('tel:08088005000');
    });

    it('for someone worried about their own thoughts at 3am, offers the Samaritans on 116 123, without the police', async () => {
      restore = freezeClock(window, '2025-01-19T03:00:00Z');
      const f = await reach(PATHS['own-thoughts-adult']);
      const instead = f.openInstead()!;
      expect(text(instead)).to.contain('If no one answers, this one is open now:');
      expect(text(instead)).to.contain('Samaritans');
      expect(f.hrefs(instead)).to.include('tel:116123');
      expect(f.steps().join(' ')).to.contain('If you feel you might act on your thoughts');
      expect(f.text()).to.contain('Stop It Now self-help');
      expect(f.hrefs(f.$(SELECTORS.outcome))).to.not.include('tel:101');
    });

    it('on a weekday morning offers nothing instead', async () => {
      restore = freezeClock(window, '2025-01-14T10:00:00Z');
      const f = await reach(PATHS['talk-it-through']);
      expect(f.openInstead()).to.equal(null);
    });
  });

  it('shows the recommended call on the first screen of a 360 × 640 phone, on every outcome, in both languages', async () => {
    const { frame, win } = await phoneFrame(360, 640);
    const offScreen: string[] = [];
    try {
      for (const lang of ['en', 'cy']) {
        for (const [outcome, answers] of Object.entries(PATHS)) {
          const framed = await mountIn(win, TWO_AREAS, { lang });
          await framed.answer(answers);
          await frames(win, 2);
          // The generic "Your Safeguarding Officer" card (no officer configured) has nothing to tap.
          const first = framed.primary()?.querySelector<HTMLElement>(SELECTORS.contactLink) ?? null;
          if (!first) continue;
          const box = first.getBoundingClientRect();
          if (box.top < 0 || box.bottom > win.innerHeight)
            offScreen.push(`${lang} ${outcome}: ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
        }
      }
      expect(offScreen.join('; '), 'recommended contacts not wholly on the first screen').to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('passes axe on the new outcomes with their steps', async () => {
    for (const outcome of ['child-told', 'online-blackmail', 'staff-own', 'something-else'] as const) {
      const f = await reach(PATHS[outcome]);
      await expect(f.element, outcome).to.be.accessible();
    }
  });
});
