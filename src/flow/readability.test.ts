// Plain language, kept: every outcome's guidance (title, intro, steps and "What happens next")
// reads at Flesch-Kincaid grade 6 or below in English, and no sentence a visitor reads on an
// outcome, a question or a service card is longer than 25 words. The measures are the ones
// `node scripts/readability.mjs` reports (scripts/readability-core.mjs).
import { expect } from '@open-wc/testing';
import { journey } from './journey.js';
import type { Text } from '../i18n/text.js';
import { nationalServices } from '../services/national-services.js';
import { longSentences, MAX_OUTCOME_GRADE, MAX_SENTENCE_WORDS, measure } from '../../scripts/readability-core.mjs';

const texts = (list: readonly (Text | undefined)[]) => list.filter((t): t is Text => !!t).map((t) => t());

/** An outcome's guidance, as a visitor reads it: one sentence or more per line. */
const guidance = Object.values(journey.outcomes).map((o) => ({
  id: o.id,
  text: texts([o.title, o.intro, ...o.steps, o.whatHappens]).join('\n'),
}));

describe('plain language', () => {
  for (const { id, text } of guidance) {
    it(`${id}: its guidance reads at grade ${MAX_OUTCOME_GRADE} or below, every sentence ${MAX_SENTENCE_WORDS} words or fewer`, () => {
      const { grade } = measure(text);
      expect(longSentences(text), `${id}: sentences over ${MAX_SENTENCE_WORDS} words`).to.deep.equal([]);
      expect(grade, `${id}: Flesch-Kincaid grade ${grade.toFixed(1)}`).to.be.at.most(MAX_OUTCOME_GRADE);
    });
  }

  it(`every question, answer and service card has no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const questions = Object.values(journey.questions).flatMap((q) =>
      texts([q.title, q.hint, q.errorMessage, ...q.answers.flatMap((a) => [a.label, a.hint])]),
    );
    const cards = Object.values(nationalServices).flatMap((s) =>
      texts([s.name, s.summary, ...(s.notes ?? []), ...s.contacts.flatMap((c) => [c.label, c.note])]),
    );
    const long = [...questions, ...cards].flatMap((t) => longSentences(t));
    expect(long).to.deep.equal([]);
  });

  it('the measure itself fails a long, hard sentence and passes a short, plain one', () => {
    const hard =
      'Notwithstanding organisational considerations, practitioners should immediately communicate safeguarding information, irrespective of anticipated consequences, to the designated authority responsible.';
    expect(measure(hard).grade).to.be.above(MAX_OUTCOME_GRADE);
    expect(longSentences(`${'word '.repeat(30)}end.`)).to.have.length(1);
    expect(measure('Call them today. They will help you.').grade).to.be.at.most(MAX_OUTCOME_GRADE);
  });
});
