// The harness itself: what it reads is what the visitor sees, it refuses an answer the step
// does not offer (a renamed class or id fails loudly, not as a silent skip), and its walk
// covers every route the journey allows.
import { expect } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import { TWO_AREAS, withOneArea } from './configs.js';
import { everyState, everyStep, mount } from './harness.js';

const questions = Object.keys(journey.questions).length;
const outcomes = Object.values(journey.outcomes);

describe('HelpFinderHarness', function (this: Mocha.Suite) {
  this.timeout(60000);

  it('reads the answers, cards, numbered steps and links a visitor sees', async () => {
    const finder = await mount(TWO_AREAS);
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(finder.isOutcome()).to.equal(false);
    expect(finder.answers()).to.deep.equal(journey.questions.concern.answers.map((a) => a.id));
    expect(finder.answerLabel('danger-now')).to.equal('A child is in danger now, or is missing');
    await finder.answer(['child-abused', 'disclosed']);
    expect(finder.answers()).to.deep.equal(['swansea', 'npt', 'elsewhere', 'unknown']);
    await finder.choose('npt');
    expect(finder.isOutcome()).to.equal(true);
    expect(finder.heading()).to.equal('Listen, then report it today');
    expect(finder.cards()[0]).to.equal(finder.primary());
    expect(finder.cards().length).to.be.greaterThan(1);
    expect(finder.steps().length).to.equal(journey.outcomes['child-told'].steps.length);
    expect(finder.steps()[1]).to.contain('Listen and stay calm');
    expect(finder.links(finder.primary())).to.deep.include({
      href: 'tel:01639686802',
      name: 'Call 01639 686802, Neath Port Talbot children’s services',
      label: 'Call 01639 686802, Neath Port Talbot children’s services',
      text: 'Call 01639 686802',
    });
    await finder.back();
    expect(finder.heading()).to.equal('Which council area does the child live in?');
    await finder.startAgain();
    expect(finder.heading()).to.equal('What do you need help with?');
  });

  it('refuses an answer the step does not offer, and a button the step does not have, naming the step', async () => {
    const finder = await mount();
    let refused: unknown;
    await finder.choose('no-such-answer').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.contain('"What do you need help with?" offers no answer "no-such-answer"');
    refused = undefined;
    await finder.back().catch((error: unknown) => (refused = error));
    expect(String(refused)).to.contain('no button.back on "What do you need help with?"');
  });

  it('walks every question and outcome once, and every state the journey draws differently once', async () => {
    const steps: string[] = [];
    const seen = await everyStep({ config: TWO_AREAS }, async (finder) => void steps.push(finder.heading()!));
    // Every question, the area question in its two wordings, and every outcome: each once.
    expect(steps.length).to.equal(questions + 2 + outcomes.length);
    expect(seen.size).to.equal(steps.length);

    const states: string[] = [];
    await everyState({ config: TWO_AREAS }, async (finder, answers) => {
      const last = answers.at(-1) ?? '';
      const area = finder.isOutcome() && ['swansea', 'npt', 'elsewhere', 'unknown'].includes(last) ? last : '';
      states.push(`${finder.heading()} ${area}`);
    });
    // Every question; the area question before each outcome that asks it, and that outcome with
    // each of its four answers (two areas, "Somewhere else", "I do not know"); every other outcome.
    const asking = outcomes.filter((o) => o.needsArea).length;
    expect(states.length).to.equal(questions + asking * (1 + 4) + (outcomes.length - asking));
    expect(new Set(states.filter((s) => / \S+$/.test(s))).size, 'outcomes by area').to.equal(asking * 4);
  });

  it('stops a walk whose widget does not offer the answers the journey machine expects', async () => {
    // The walk is told of two areas, but the widget has one: no area question is asked.
    let refused: unknown;
    await everyState({ config: TWO_AREAS, make: () => mount(withOneArea(TWO_AREAS)) }, async () => {}).catch(
      (error: unknown) => (refused = error),
    );
    expect(String(refused)).to.match(/\[harness\] .* is not the outcome|offers .*, not /);
  });
});
