// The harness itself: what it reads is what the visitor sees, it refuses an answer the step
// does not offer (a renamed class or id fails loudly, not as a silent skip), and its walk
// covers every route the journey allows.
import { expect } from '@open-wc/testing';
import '../index.js';
import { journey } from '../flow/journey.js';
import {
  answer,
  answerIds,
  currentStep,
  type JourneyContext,
  type JourneyState,
  start,
} from '../flow/journey-machine.js';
import { TWO_AREAS } from './configs.js';
import { everyPath, everyStep, mount } from './harness.js';

/** How many steps (questions and outcomes, counted once per route) the journey machine allows. */
function routes(context: JourneyContext): number {
  const count = (state: JourneyState): number => {
    const step = currentStep(journey, state, context);
    if (step.kind === 'outcome') return 1;
    return (
      1 +
      answerIds(journey, step.question, context).reduce((n, id) => n + count(answer(journey, state, context, id)), 0)
    );
  };
  return count(start());
}

describe('HelpFinderHarness', function (this: Mocha.Suite) {
  this.timeout(120000);

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

  it('walks every route the journey allows, and every question and outcome once', async () => {
    const context = { areaIds: TWO_AREAS.areas.map((a) => a.id) };
    const visits = await everyPath({ config: TWO_AREAS }, async () => {});
    expect(visits).to.equal(routes(context));
    const seen = await everyStep({ config: TWO_AREAS }, async () => {});
    // Every question, the area question in its two wordings, and every outcome.
    expect(seen.size).to.equal(Object.keys(journey.questions).length + 2 + Object.keys(journey.outcomes).length);
  });
});
