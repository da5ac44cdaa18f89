/**
 * Walking the whole journey on one widget: `everyStep` visits each question and outcome once,
 * `everyState` each step the journey machine draws differently. Both plan their routes with the
 * journey machine (`flow/`, plain data and functions), answer on or press Start again between
 * routes, and check at each step that the widget offers what the machine says.
 */
import { journey } from '../flow/journey.js';
import { answer, answerIds, currentStep, type JourneyState, start, type Step } from '../flow/journey-machine.js';
import type { HelpFinderHarness } from './help-finder-harness.js';
import { type Attributes, mount } from './mount.js';
import type { Widget } from './selectors.js';

/** Where a walk is: the answers given, "(start)" for none. */
export const where = (answers: readonly string[]): string => answers.join(' > ') || '(start)';

/** Makes the widget a walk uses, at the first question. */
export type Make<E extends Widget = Widget> = () => Promise<HelpFinderHarness<E>>;

/** What a walk visits: the widget showing the step reached by `answers` (it must leave it there). */
export type Visit<E extends Widget = Widget> = (harness: HelpFinderHarness<E>, answers: string[]) => Promise<void>;

/**
 * How to walk: the partner configuration (its areas decide the area question), and the widget,
 * from `make` or else mounted with `config` and `attributes`. One widget serves the whole walk.
 */
export interface WalkOptions<E extends Widget = Widget> {
  config?: unknown;
  attributes?: Attributes;
  make?: Make<E>;
}

/** A step of the journey as the machine knows it, and the answers a walk gives to reach it. */
interface Route {
  answers: string[];
  step: Step;
}

/** Which steps a walk treats as the same: one visit each. */
type StepKey = (step: Step) => string;

/**
 * The journey machine's steps for these areas, one route to each (the first that reaches it,
 * going through every route the machine allows, depth first: so the next route mostly adds one
 * answer to the last). `key` says which steps count as the same.
 */
function routes(areaIds: readonly string[], key: StepKey): Route[] {
  const context = { areaIds };
  const found = new Map<string, Route>();
  const walk = (state: JourneyState, answers: string[]): void => {
    const step = currentStep(journey, state, context);
    if (!found.has(key(step))) found.set(key(step), { answers, step });
    if (step.kind === 'question') {
      for (const id of answerIds(journey, step.question, context)) {
        walk(answer(journey, state, context, id), [...answers, id]);
      }
    }
  };
  walk(start(), []);
  return [...found.values()];
}

/** The partner's area ids, from a configuration as a partner writes it. */
const areaIdsOf = (config: unknown): string[] =>
  ((config as { areas?: Array<{ id: string }> } | undefined)?.areas ?? []).map((a) => a.id);

/**
 * Walk `routes` on one widget: from one step to the next by answering on when the next route
 * carries on from where the widget is, else by Start again and the route's answers. At each step,
 * checks that the widget shows what the machine says (a question offering the machine's answers,
 * or an outcome) before `visit`, and that `visit` left it there.
 */
async function walkRoutes<E extends Widget>(options: WalkOptions<E>, key: StepKey, visit: Visit<E>): Promise<void> {
  const areaIds = areaIdsOf(options.config);
  const harness = await (options.make ?? (() => mount<E>(options.config, options.attributes)))();
  let at: string[] = [];
  for (const route of routes(areaIds, key)) {
    const carriesOn = at.every((id, i) => route.answers[i] === id);
    if (!carriesOn) await harness.startAgain();
    await harness.answer(route.answers.slice(carriesOn ? at.length : 0));
    at = route.answers;
    const place = where(at);
    const heading = harness.heading();
    if (route.step.kind === 'outcome') {
      if (!harness.isOutcome())
        throw new Error(`[harness] ${place}: "${heading}" is not the outcome ${route.step.outcome}`);
    } else {
      const offered = harness.answers();
      const expected = answerIds(journey, route.step.question, { areaIds });
      if (harness.isOutcome() || offered.join() !== expected.join()) {
        throw new Error(`[harness] ${place}: "${heading}" offers ${offered.join(', ')}, not ${expected.join(', ')}`);
      }
    }
    await visit(harness, [...at]);
    if (harness.heading() !== heading) throw new Error(`[harness] ${place}: the visit left "${heading}"`);
  }
}

/**
 * Every distinct step: each state of the journey machine that draws differently (each question,
 * the area question for each outcome it leads to, each outcome with each area answer), once, on
 * one widget. What a step draws depends only on the machine's step (\`stepModel\` reads
 * \`currentStep\`), so this sees all that every route to it would. Returns the headings seen.
 */
export async function everyState<E extends Widget = Widget>(
  options: WalkOptions<E>,
  visit: Visit<E>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  await walkRoutes(
    options,
    (step) => JSON.stringify(step),
    async (harness, answers) => {
      seen.add(harness.heading()!);
      await visit(harness, answers);
    },
  );
  return seen;
}

/**
 * Every step once: each question, the area question once per wording (its public and its
 * practitioners' one), and each outcome (with the first area answer that reaches it), on one
 * widget. Returns the headings seen: one per visit unless two steps share a heading.
 */
export async function everyStep<E extends Widget = Widget>(
  options: WalkOptions<E>,
  visit: Visit<E>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const key: StepKey = (step) =>
    step.kind === 'outcome'
      ? `outcome ${step.outcome}`
      : `question ${step.question} ${step.leadsTo ? journey.outcomes[step.leadsTo].audience : ''}`;
  await walkRoutes(options, key, async (harness, answers) => {
    seen.add(harness.heading()!);
    await visit(harness, answers);
  });
  return seen;
}
