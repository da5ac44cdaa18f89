// What each step shows is decided here without a DOM or the element: these tests build the model
// from a journey state, a configuration, a language and a fixed moment, and check what a visitor
// would read, tap or hear.
import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG, type PartnerConfig } from '../config/partner-config.js';
import { parseConfig } from '../config/parse-config.js';
import { journey } from '../flow/journey.js';
import type { QuestionId } from '../flow/journey-types.js';
import { answer, answerIds, currentStep, type JourneyState, start } from '../flow/journey-machine.js';
import { nationalServices } from '../services/national-services.js';
import type { Service } from '../services/service.js';
import { cardModel } from './card-model.js';
import { type CardModel, type OutcomeModel, stepModel } from './step-model.js';

// Tuesday 14 January 2025, 10am in London (GMT); Sunday 12 January 2025, 10am.
const TUESDAY_10AM = new Date('2025-01-14T10:00:00Z');
const SUNDAY_10AM = new Date('2025-01-12T10:00:00Z');

const TWO_AREAS = parseConfig({
  areas: [
    {
      id: 'npt',
      name: { en: 'Neath Port Talbot' },
      childrensServices: { phone: '01639 686802', url: 'https://www.npt.gov.uk/1107' },
    },
    { id: 'swansea', name: { en: 'Swansea', cy: 'Abertawe' }, childrensServices: { outOfHoursPhone: '01792 775501' } },
  ],
}).config;

const areas = (n: number): PartnerConfig =>
  parseConfig({ areas: Array.from({ length: n }, (_, i) => ({ id: `area-${i}`, name: { en: `Area ${i}` } })) }).config;

/** Every state the journey can reach from the start, with its step model. */
function everyState(config: PartnerConfig, now: Date, locale: 'en' | 'cy' = 'en') {
  const context = { areaIds: config.areas.map((a) => a.id) };
  const seen: Array<{ state: JourneyState; model: ReturnType<typeof stepModel> }> = [];
  const queue = [start()];
  while (queue.length > 0) {
    const state = queue.shift()!;
    const model = stepModel(journey, state, config, locale, () => now);
    seen.push({ state, model });
    const step = currentStep(journey, state, context);
    if (step.kind === 'question') {
      for (const id of answerIds(journey, step.question as QuestionId, context))
        queue.push(answer(journey, state, context, id));
    }
  }
  return seen;
}

/** The outcome a state reaches first, found by walking the journey. */
function outcome(id: string, config: PartnerConfig, now: Date): OutcomeModel {
  const found = everyState(config, now).find(({ model }) => model.kind === 'outcome' && model.outcome.id === id);
  expect(found, id).to.exist;
  return (found!.model as Extract<ReturnType<typeof stepModel>, { kind: 'outcome' }>).outcome;
}

const cards = (o: OutcomeModel): CardModel[] => [
  ...o.recommended,
  ...(o.openInstead ? [o.openInstead] : []),
  ...o.also,
];

describe('step model: element ids (F14)', () => {
  it('gives every card on an outcome its own heading id, even for area ids "x y" and "x-y"', () => {
    const config = parseConfig({
      areas: ['x y', 'x-y', 'x_y', 'x.y', 'X-Y'].map((id) => ({
        id,
        name: id,
        childrensServices: { phone: '01639 686802' },
      })),
    }).config;
    for (const { state, model } of everyState(config, TUESDAY_10AM)) {
      if (model.kind !== 'outcome') continue;
      const ids = [...cards(model.outcome), ...model.outcome.more].map((card) => card.headingId);
      expect(new Set(ids).size, `${JSON.stringify(state)}: ${ids.join(' ')}`).to.equal(ids.length);
      for (const id of ids) expect(id, 'an IDREF has no spaces').to.match(/^[^\s]+$/);
    }
  });
});

describe('step model: questions', () => {
  it('offers "Somewhere else" and "I do not know" after the partner’s areas, marking a name with no Welsh as English', () => {
    const area = everyState(TWO_AREAS, TUESDAY_10AM, 'cy').find(
      ({ model }) => model.kind === 'question' && model.question.id === 'area',
    );
    expect(area, 'the area question is asked with two areas').to.exist;
    const question = (area!.model as Extract<ReturnType<typeof stepModel>, { kind: 'question' }>).question;
    expect(question.options.map((o) => o.id)).to.deep.equal(['npt', 'swansea', 'elsewhere', 'unknown']);
    expect(question.options.map((o) => o.lang)).to.deep.equal(['en', undefined, undefined, undefined]);
    expect(question.list, 'two areas are radios').to.equal(undefined);
  });

  it('lists more than six areas in a drop-down with its own label', () => {
    const area = everyState(areas(7), TUESDAY_10AM).find(
      ({ model }) => model.kind === 'question' && model.question.id === 'area',
    );
    const question = (area!.model as Extract<ReturnType<typeof stepModel>, { kind: 'question' }>).question;
    expect(question.list).to.deep.equal({ label: 'Council area', placeholder: 'Choose an area' });
    expect(question.options.slice(-2).map((o) => o.label)).to.deep.equal(['Somewhere else', 'I do not know']);
    expect(
      everyState(areas(6), TUESDAY_10AM).some(({ model }) => model.kind === 'question' && model.question.list),
    ).to.equal(false);
  });

  it('does not read the clock on a question, so a question page sets no timer', () => {
    let read = 0;
    const model = stepModel(journey, start(), DEFAULT_CONFIG, 'en', () => (read++, TUESDAY_10AM));
    expect(model.kind).to.equal('question');
    expect(read).to.equal(0);
  });
});

describe('step model: every step', () => {
  it('takes the 999 line and the staying-safe numbers from the directory by kind, not by position', () => {
    const model = stepModel(journey, start(), DEFAULT_CONFIG, 'en', () => TUESDAY_10AM);
    expect(model.emergency).to.deep.equal({ serviceId: 'police-emergency', number: '999', href: 'tel:999' });
    const firstCall = (s: Service) => s.contacts.find((c) => c.kind === 'call')!.value;
    expect(model.stayingSafe).to.deep.equal({
      helpline: firstCall(nationalServices['stop-it-now']),
      childline: firstCall(nationalServices.childline),
    });
    expect(model.stayingSafe.helpline).to.match(/^0\d{2,4}( \d+)+$/);
  });

  it('gives no card on any path a link other than tel:, sms:, mailto: or https:, and never a javascript: link', () => {
    let links = 0;
    for (const config of [DEFAULT_CONFIG, TWO_AREAS]) {
      for (const { model } of everyState(config, SUNDAY_10AM)) {
        if (model.kind !== 'outcome') continue;
        for (const card of cards(model.outcome)) {
          for (const contact of card.contacts) {
            if (contact.href === undefined) continue;
            links++;
            expect(contact.href, `${card.id}: ${contact.text}`).to.match(
              /^(tel:\+?\d+|sms:\+?\d+|mailto:[^:]+|https:\/\/.+)$/,
            );
          }
        }
      }
    }
    expect(links, 'links were checked').to.be.greaterThan(50);
    const hostile: Service = {
      ...nationalServices.ceop,
      contacts: [
        { kind: 'web', value: 'javascript:alert(1)' },
        { kind: 'call', value: 'javascript:alert(1)' },
      ],
    };
    expect(cardModel(hostile, 'en', TUESDAY_10AM).contacts.map((c) => c.href)).to.deep.equal([undefined, 'tel:1']);
  });
});

describe('step model: outcomes', () => {
  it('with several areas and no area asked, shows one card for any council in other help and each council’s behind the disclosure', () => {
    const state = answer(journey, start(), { areaIds: ['npt', 'swansea'] }, 'danger-now');
    const model = stepModel(journey, state, TWO_AREAS, 'en', () => TUESDAY_10AM);
    if (model.kind !== 'outcome') throw new Error('not an outcome');
    const also = model.outcome.also.map((c) => c.id);
    expect(also).to.include('childrens-services');
    expect(also.filter((id) => id.startsWith('childrens-services:'))).to.deep.equal([]);
    expect(model.outcome.more.map((c) => c.id)).to.include.members([
      'childrens-services:npt',
      'childrens-services:swansea',
    ]);
    // Each service once on the page.
    const ids = [...model.outcome.recommended, ...model.outcome.also, ...model.outcome.more].map((c) => c.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('with an area answered, shows that council’s card in other help and no other council', () => {
    const context = { areaIds: ['npt', 'swansea'] };
    let state = answer(journey, start(), context, 'behaviour');
    state = answer(journey, state, context, 'worker');
    state = answer(journey, state, context, 'swansea');
    const model = stepModel(journey, state, TWO_AREAS, 'en', () => TUESDAY_10AM);
    if (model.kind !== 'outcome') throw new Error('not an outcome');
    const all = [...model.outcome.recommended, ...model.outcome.also, ...model.outcome.more].map((c) => c.id);
    expect(all).to.include('childrens-services:swansea');
    expect(all).to.not.include('childrens-services:npt');
  });

  it('says the recommended helpline is usually open on a Tuesday morning, with the hours and a page to check them', () => {
    const talk = outcome('talk-it-through', DEFAULT_CONFIG, TUESDAY_10AM);
    const [stopItNow] = talk.recommended;
    expect(stopItNow!.id).to.equal('stop-it-now');
    expect(stopItNow!.status?.state).to.equal('usual');
    expect(stopItNow!.status?.text).to.match(/^Usually open at this time, until /);
    expect(stopItNow!.status?.checkHref).to.match(/^https:\/\//);
    expect(stopItNow!.schedule).to.match(/^Usual opening hours: /);
    expect(talk.openInstead, 'nothing else offered while it is open').to.equal(undefined);
  });

  it('offers a line open now beside the recommended helpline on a Sunday morning, and says why', () => {
    const talk = outcome('talk-it-through', DEFAULT_CONFIG, SUNDAY_10AM);
    expect(talk.recommended[0]!.status?.text).to.match(/^Usually closed at this time/);
    expect(talk.openInstead, 'a line open now').to.exist;
    expect(talk.openInsteadNotice).to.equal(
      'The line above is usually closed at this time. If no one answers, this one is open now:',
    );
    expect(talk.also.map((c) => c.id)).not.to.include(talk.openInstead!.id);
  });

  it('gives each call link its visible words and a spoken name that ends with whose line it is', () => {
    const [call] = outcome('talk-it-through', DEFAULT_CONFIG, TUESDAY_10AM).recommended[0]!.contacts;
    expect(call).to.include({ kind: 'call', verb: 'Call', href: 'tel:08081000900', text: 'Call 0808 1000 900' });
    expect(call!.spokenName).to.equal('Call 0808 1000 900, Stop It Now helpline');
  });

  it('shows a text relay number as a number, not a link', () => {
    const relay = cardModel(nationalServices['police-emergency'], 'en', TUESDAY_10AM).contacts.find(
      (c) => c.kind === 'relay',
    );
    expect(relay).to.include({ value: '18000', href: undefined });
  });

  it('links a Welsh page where there is one when the visitor reads Welsh, and the English page otherwise', () => {
    const service = Object.values(nationalServices).find((s) => s.contacts.some((c) => c.valueCy))!;
    const contact = service.contacts.findIndex((c) => c.valueCy);
    expect(cardModel(service, 'cy', TUESDAY_10AM).contacts[contact]!.href).to.equal(service.contacts[contact]!.valueCy);
    expect(cardModel(service, 'en', TUESDAY_10AM).contacts[contact]!.href).to.equal(service.contacts[contact]!.value);
  });
});
