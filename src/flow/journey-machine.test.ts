import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG, type PartnerConfig } from '../config/partner-config.js';
import { outcomeServices } from '../services/directory.js';
import { isCertainlyOpen } from '../services/opening-hours.js';
import { journey } from './journey.js';
import {
  answer,
  answerIds,
  back,
  currentStep,
  type JourneyContext,
  type JourneyState,
  MAX_QUESTIONS,
  restart,
  start,
  type Step,
} from './journey-machine.js';
import type { OutcomeId, QuestionId } from './journey-types.js';

const twoAreas: PartnerConfig = {
  ...DEFAULT_CONFIG,
  areas: [
    { id: 'swansea', name: { en: 'Swansea', cy: 'Abertawe' }, childrensServices: { outOfHoursPhone: '01792 775501' } },
    { id: 'npt', name: { en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' }, childrensServices: { phone: '01639 686802' } },
  ],
};
const oneArea: PartnerConfig = { ...twoAreas, areas: twoAreas.areas.slice(0, 1) };

const contexts: Array<[string, PartnerConfig]> = [
  ['no areas', DEFAULT_CONFIG],
  ['one area', oneArea],
  ['two areas', twoAreas],
];

const contextOf = (config: PartnerConfig): JourneyContext => ({ areaIds: config.areas.map((a) => a.id) });

interface Path {
  answers: string[];
  questions: QuestionId[];
  end: Extract<Step, { kind: 'outcome' }>;
}

/** Every path through the journey, found by trying every answer at every question. */
function allPaths(context: JourneyContext): Path[] {
  const paths: Path[] = [];
  const walk = (state: JourneyState, questions: QuestionId[]) => {
    const step = currentStep(journey, state, context);
    if (step.kind === 'outcome') {
      paths.push({ answers: state.answers.map((a) => a.answer), questions, end: step });
      return;
    }
    expect(questions.length, `a path asks more than ${MAX_QUESTIONS} questions`).to.be.below(MAX_QUESTIONS);
    for (const id of answerIds(journey, step.question, context)) {
      const next = answer(journey, state, context, id);
      expect(next, `answer ${id} to ${step.question} was refused`).to.not.equal(state);
      walk(next, [...questions, step.question]);
    }
  };
  walk(start(), []);
  return paths;
}

describe('the journey', () => {
  for (const [name, config] of contexts) {
    describe(`with ${name}`, () => {
      const context = contextOf(config);
      const paths = allPaths(context);

      it('ends every path in an outcome within three questions', () => {
        expect(paths.length).to.be.greaterThan(10);
        for (const path of paths) expect(path.questions.length).to.be.within(1, MAX_QUESTIONS);
      });

      it('reaches every outcome', () => {
        const reached = new Set(paths.map((p) => p.end.outcome));
        expect([...reached].sort()).to.deep.equal((Object.keys(journey.outcomes) as OutcomeId[]).sort());
      });

      it('asks every question on some path', () => {
        const asked = new Set(paths.flatMap((p) => p.questions));
        const expected: QuestionId[] = [...(Object.keys(journey.questions) as QuestionId[])];
        if (context.areaIds.length > 1) expected.push('area');
        expect([...asked].sort()).to.deep.equal(expected.sort());
      });

      it('gives every outcome a way to get help that is open right now, whatever the time', () => {
        // Sunday 3am, when office lines are closed.
        const sundayNight = new Date('2025-01-19T03:00:00Z');
        for (const path of paths) {
          const outcome = journey.outcomes[path.end.outcome];
          const { recommended, also } = outcomeServices(outcome, config, path.end.areaId, 'en');
          const usableNow = [...recommended, ...also].some((service) =>
            service.contacts.some(
              (c) => (c.kind === 'call' || c.kind === 'text') && isCertainlyOpen(c.hours ?? service.hours, sundayNight),
            ),
          );
          expect(usableNow, `${path.end.outcome} via ${path.answers.join(' > ')}`).to.equal(true);
          expect(recommended.length, `${path.end.outcome} has a recommended next step`).to.be.greaterThan(0);
        }
      });
    });
  }

  it('asks which area only when a partner serves several, and shows that area', () => {
    const ctx = contextOf(twoAreas);
    let state = answer(journey, start(), ctx, 'child-abused');
    state = answer(journey, state, ctx, 'disclosed');
    expect(currentStep(journey, state, ctx)).to.deep.equal({ kind: 'question', question: 'area' });
    state = answer(journey, state, ctx, 'npt');
    expect(currentStep(journey, state, ctx)).to.deep.equal({ kind: 'outcome', outcome: 'report-abuse', areaId: 'npt' });

    const single = contextOf(oneArea);
    let one = answer(journey, start(), single, 'child-abused');
    one = answer(journey, one, single, 'disclosed');
    expect(currentStep(journey, one, single)).to.deep.equal({ kind: 'outcome', outcome: 'report-abuse', areaId: 'swansea' });
  });

  it('goes straight to 999 for a child in danger right now', () => {
    const ctx = contextOf(twoAreas);
    const state = answer(journey, start(), ctx, 'danger-now');
    expect(currentStep(journey, state, ctx)).to.include({ kind: 'outcome', outcome: 'emergency' });
    expect(journey.outcomes.emergency.recommended).to.equal('police-emergency');
  });

  it('Back forgets the last answer and Start again forgets them all', () => {
    const ctx = contextOf(twoAreas);
    const s1 = answer(journey, start(), ctx, 'work-with-children');
    const s2 = answer(journey, s1, ctx, 'no');
    const s3 = answer(journey, s2, ctx, 'swansea');
    expect(currentStep(journey, s3, ctx)).to.include({ kind: 'outcome', outcome: 'practitioner-report' });
    expect(back(s3)).to.deep.equal(s2);
    expect(currentStep(journey, back(s3), ctx)).to.deep.equal({ kind: 'question', question: 'area' });
    expect(currentStep(journey, back(back(s3)), ctx)).to.deep.equal({ kind: 'question', question: 'work-officer' });
    expect(back(start())).to.deep.equal(start());
    expect(restart()).to.deep.equal(start());
    expect(currentStep(journey, restart(), ctx)).to.deep.equal({ kind: 'question', question: 'concern' });
  });

  it('ignores an answer that does not belong to the current question', () => {
    const ctx = contextOf(DEFAULT_CONFIG);
    const state = start();
    expect(answer(journey, state, ctx, 'disclosed')).to.equal(state);
    const done = answer(journey, state, ctx, 'survivor');
    expect(answer(journey, done, ctx, 'survivor')).to.equal(done);
  });

  it('drops stale answers (an area no longer configured) instead of getting stuck', () => {
    const ctx = contextOf(twoAreas);
    let state = answer(journey, start(), ctx, 'adult-behaviour');
    state = answer(journey, state, ctx, 'npt');
    const fewer = { areaIds: ['swansea', 'elsewhere'] };
    expect(currentStep(journey, state, fewer)).to.deep.equal({ kind: 'question', question: 'area' });
    const fixed = answer(journey, state, fewer, 'swansea');
    expect(currentStep(journey, fixed, fewer)).to.deep.equal({ kind: 'outcome', outcome: 'adult-behaviour', areaId: 'swansea' });
    expect(fixed.answers).to.have.length(2);
  });
});
