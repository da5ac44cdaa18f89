// Triage, proved by real situations: each person's answers reach the outcome and the first
// service their situation needs, in at most three answers, and no two answers a person could
// reasonably pick send them to different first services. The browser walk of the same table is
// in components/help-finder-situations.test.ts; the table is in test-helpers/situations.ts.
import { expect } from '@open-wc/testing';
import { journey } from './journey.js';
import { answer, currentStep, MAX_QUESTIONS, start, type JourneyContext } from './journey-machine.js';
import type { OutcomeId } from './journey-types.js';
import { SITUATIONS } from '../test-helpers/situations.js';

const board: JourneyContext = { areaIds: ['swansea', 'npt'] };

/** Where a path of answers leads on the board's page; fails on an answer the step does not offer. */
function walk(answers: readonly string[]): OutcomeId {
  let state = start();
  for (const id of answers) {
    const next = answer(journey, state, board, id);
    expect(next, `“${id}” is not an answer at this step (after ${state.answers.length} answers)`).to.not.equal(state);
    state = next;
  }
  const step = currentStep(journey, state, board);
  expect(step.kind, `${answers.join(' > ')} ends on a question`).to.equal('outcome');
  return (step as { outcome: OutcomeId }).outcome;
}

describe('real situations reach the help they need', () => {
  for (const s of SITUATIONS) {
    it(`${s.id}: ${s.situation}`, () => {
      expect(s.picks.length).to.be.greaterThan(0);
      s.picks.forEach((path, i) => {
        expect(path.length, `${path.join(' > ')} takes more than ${MAX_QUESTIONS} answers`).to.be.at.most(
          MAX_QUESTIONS,
        );
        const outcome = walk(path);
        if (i === 0) expect(outcome, path.join(' > ')).to.equal(s.outcome);
        expect(journey.outcomes[outcome].recommended, `${path.join(' > ')} → ${outcome}`).to.equal(s.first);
      });
    });
  }

  it('covers every outcome of the journey', () => {
    const reached = new Set(SITUATIONS.map((s) => s.outcome));
    const missing = Object.keys(journey.outcomes).filter((id) => !reached.has(id as OutcomeId));
    expect(missing, 'outcomes no situation reaches').to.deep.equal([]);
  });

  it('has a unique id for each situation', () => {
    const ids = SITUATIONS.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('question 1', () => {
  const q1 = journey.questions.concern;
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

  it('asks one thing, with at most 8 answers, urgent first and learning and something else set apart', () => {
    expect(q1.answers.length).to.be.at.most(8);
    expect(q1.answers[0].next).to.deep.equal({ outcome: 'emergency' });
    const apart = q1.answers.filter((a) => a.afterDivider).map((a) => a.id);
    expect(apart).to.deep.equal(['learn', 'something-else']);
    // The answers set apart come last, after the divider.
    expect(q1.answers.slice(-2).map((a) => a.id)).to.deep.equal(apart);
  });

  it('has at most 80 words in English, title and hints included', () => {
    const all = [q1.title(), q1.hint?.() ?? '', ...q1.answers.flatMap((a) => [a.label(), a.hint?.() ?? '']), 'or'];
    expect(words(all.join(' '))).to.be.at.most(80);
  });

  it('gives hints only as one short line without a full stop', () => {
    for (const a of q1.answers) {
      if (!a.hint) continue;
      const hint = a.hint();
      expect(hint, a.id).to.not.match(/\.\s*$/);
      expect(words(hint), a.id).to.be.at.most(9);
    }
  });
});
