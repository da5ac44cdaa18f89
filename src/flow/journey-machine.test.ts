import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG, type PartnerConfig } from '../config/partner-config.js';
import { outcomeServices } from '../present/outcome-services.js';
import { isCertainlyOpen } from '../time/opening-hours.js';
import { guidanceProvenance } from './guidance-provenance.js';
import { journey } from './journey.js';
import {
  answer,
  answerIds,
  back,
  currentStep,
  type JourneyContext,
  type JourneyState,
  MAX_QUESTIONS,
  start,
  type Step,
} from './journey-machine.js';
import type { OutcomeId, QuestionId } from './journey-types.js';
import { TWO_AREAS } from '../test-helpers/configs.js';

const twoAreas: PartnerConfig = { ...DEFAULT_CONFIG, areas: TWO_AREAS.areas };
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

      it('gives every outcome a line that is open right now, whatever the time', () => {
        // Sunday 3am, when office lines are closed.
        const sundayNight = new Date('2025-01-19T03:00:00Z');
        for (const path of paths) {
          const outcome = journey.outcomes[path.end.outcome];
          const { recommended, openInstead, also } = outcomeServices(
            outcome,
            config,
            path.end.areaId,
            'en',
            sundayNight,
          );
          const shown = [...recommended, ...(openInstead ? [openInstead] : []), ...also];
          const lineOpen = shown.some((service) =>
            service.contacts.some(
              (c) => (c.kind === 'call' || c.kind === 'text') && isCertainlyOpen(c.hours ?? service.hours, sundayNight),
            ),
          );
          const where = `${path.end.outcome} via ${path.answers.join(' > ')}`;
          // Someone worried about their own thoughts gets the Samaritans (24/7), not the police.
          if (path.end.outcome === 'own-thoughts-adult') expect(openInstead?.id, where).to.equal('samaritans');
          expect(lineOpen, where).to.equal(true);
          expect(recommended.length, `${path.end.outcome} has a recommended next step`).to.be.greaterThan(0);
        }
      });

      it('asks the area only on routes where children’s services is the first step', () => {
        for (const path of paths.filter((p) => p.questions.includes('area'))) {
          expect(journey.outcomes[path.end.outcome].recommended, path.end.outcome).to.equal('childrens-services');
        }
      });

      it('tells the person the first things to do on every outcome', () => {
        for (const path of paths) {
          expect(journey.outcomes[path.end.outcome].steps.length, path.end.outcome).to.be.greaterThan(0);
        }
      });
    });
  }

  it('keeps every intro, step and explanation to a sourced point of guidance.md, none marked U', () => {
    for (const outcome of Object.values(journey.outcomes)) {
      const sources = guidanceProvenance[outcome.id];
      expect(sources.steps.length, `${outcome.id}: one source per step`).to.equal(outcome.steps.length);
      expect(Boolean(sources.whatHappens), `${outcome.id}: source of "what happens next"`).to.equal(
        Boolean(outcome.whatHappens),
      );
      for (const source of [sources.intro, ...sources.steps, ...(sources.whatHappens ? [sources.whatHappens] : [])]) {
        expect(source.confidence, outcome.id).to.not.equal('U');
        expect(source.points.length, outcome.id).to.be.greaterThan(0);
      }
    }
  });

  it('offers "Somewhere else" and "I don’t know" on the area question, leading to the generic council card', () => {
    const ctx = contextOf(twoAreas);
    let state = answer(journey, start(), ctx, 'child-abused');
    state = answer(journey, state, ctx, 'disclosed');
    expect(answerIds(journey, 'area', ctx)).to.deep.equal(['swansea', 'npt', 'elsewhere', 'unknown']);
    for (const other of ['elsewhere', 'unknown']) {
      const end = currentStep(journey, answer(journey, state, ctx, other), ctx);
      expect(end).to.deep.equal({ kind: 'outcome', outcome: 'child-told', areaId: other });
      const { recommended } = outcomeServices(journey.outcomes['child-told'], twoAreas, other, 'en', new Date());
      expect(recommended.map((s) => s.id)).to.deep.equal(['childrens-services']);
      expect(recommended[0]!.summary()).to.contain('where the child lives').and.contain('101');
    }
  });

  it('asks practitioners where the concern arose, and the public where the child lives', () => {
    const ctx = contextOf(twoAreas);
    const practitioner = answer(journey, answer(journey, start(), ctx, 'work-with-children'), ctx, 'no');
    const step = currentStep(journey, practitioner, ctx);
    expect(step).to.deep.equal({ kind: 'question', question: 'area', leadsTo: 'practitioner-report' });
    expect(journey.outcomes['practitioner-report'].audience).to.equal('professional');
    expect(journey.area.professional.title()).to.contain('concern arise');
    expect(journey.area.public.title()).to.contain('live');
    const { recommended } = outcomeServices(
      journey.outcomes['practitioner-report'],
      twoAreas,
      'unknown',
      'en',
      new Date(),
    );
    expect(recommended[0]!.summary()).to.contain('where your concern arose');
  });

  it('offers a line that is open now when the recommended helpline is closed', () => {
    const talk = journey.outcomes['talk-it-through'];
    const at = (iso: string) => outcomeServices(talk, DEFAULT_CONFIG, undefined, 'en', new Date(iso));
    // A weekday morning: Stop It Now is usually open, so nothing else is pushed forward.
    expect(at('2025-01-14T10:00:00Z').openInstead).to.equal(undefined);
    // Friday 7pm: Stop It Now usually closed; the NSPCC helpline is open until 10pm.
    expect(at('2025-01-17T19:00:00Z').openInstead?.id).to.equal('nspcc');
    // Saturday 11pm: both closed; the police's 101 is open.
    const saturdayNight = at('2025-01-18T23:00:00Z');
    expect(saturdayNight.openInstead?.id).to.equal('police-non-emergency');
    expect(saturdayNight.also.map((s) => s.id)).to.not.include('police-non-emergency');
  });

  it('asks which area only when a partner serves several, and shows that area', () => {
    const ctx = contextOf(twoAreas);
    let state = answer(journey, start(), ctx, 'child-abused');
    state = answer(journey, state, ctx, 'disclosed');
    expect(currentStep(journey, state, ctx)).to.deep.equal({
      kind: 'question',
      question: 'area',
      leadsTo: 'child-told',
    });
    state = answer(journey, state, ctx, 'npt');
    expect(currentStep(journey, state, ctx)).to.deep.equal({ kind: 'outcome', outcome: 'child-told', areaId: 'npt' });

    const single = contextOf(oneArea);
    let one = answer(journey, start(), single, 'child-abused');
    one = answer(journey, one, single, 'saw');
    expect(currentStep(journey, one, single)).to.deep.equal({
      kind: 'outcome',
      outcome: 'report-abuse',
      areaId: 'swansea',
    });
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
    expect(currentStep(journey, back(s3), ctx)).to.deep.equal({
      kind: 'question',
      question: 'area',
      leadsTo: 'practitioner-report',
    });
    expect(currentStep(journey, back(back(s3)), ctx)).to.deep.equal({ kind: 'question', question: 'work-officer' });
    expect(back(start())).to.deep.equal(start());
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
    let state = answer(journey, start(), ctx, 'child-abused');
    state = answer(journey, state, ctx, 'saw');
    state = answer(journey, state, ctx, 'npt');
    const fewer = { areaIds: ['swansea', 'cardiff'] };
    expect(currentStep(journey, state, fewer)).to.deep.equal({
      kind: 'question',
      question: 'area',
      leadsTo: 'report-abuse',
    });
    const fixed = answer(journey, state, fewer, 'swansea');
    expect(currentStep(journey, fixed, fewer)).to.deep.equal({
      kind: 'outcome',
      outcome: 'report-abuse',
      areaId: 'swansea',
    });
    expect(fixed.answers).to.have.length(3);
  });
});
