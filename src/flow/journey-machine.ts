/**
 * A tiny, pure state machine over the journey.
 *
 * The state is only the list of answers given so far; where the visitor is
 * now is derived by replaying them. So Back drops the last answer, Start again
 * empties the list, and a language switch (which keeps the list) keeps the place.
 * Nothing here touches the DOM, storage or the URL.
 */
import type { Journey, OutcomeId, QuestionId, Target } from './journey-types.js';

/** What the machine needs to know about the partner: the areas it serves. */
export interface JourneyContext {
  areaIds: readonly string[];
}

/** One given answer. */
export interface GivenAnswer {
  question: QuestionId;
  answer: string;
}

/** The journey state: the answers so far, oldest first. Immutable. */
export interface JourneyState {
  readonly answers: readonly GivenAnswer[];
}

/**
 * Where the visitor is: a question to answer, or an outcome. An outcome's `areaId` is the
 * configured area chosen, `elsewhere` or `unknown`, or absent when no area was asked.
 */
export type Step =
  /** `leadsTo`: on the area question, the outcome it leads to (its wording depends on that outcome's audience). */
  | { kind: 'question'; question: QuestionId; leadsTo?: OutcomeId }
  | { kind: 'outcome'; outcome: OutcomeId; areaId?: string };

/** The most questions any route may ask before its outcome. */
export const MAX_QUESTIONS = 3;

/** A fresh journey at the first question. */
export function start(): JourneyState {
  return { answers: [] };
}

/** The answer ids valid for a question in this context. */
export function answerIds(journey: Journey, question: QuestionId, context: JourneyContext): string[] {
  if (question === 'area') return [...context.areaIds, ...journey.area.otherAnswers.map((a) => a.id)];
  return journey.questions[question].answers.map((a) => a.id);
}

/** Follow a target, inserting the area question when the outcome depends on it. */
function resolveTarget(journey: Journey, target: Target, context: JourneyContext, areaAnswered: boolean): Step {
  if ('question' in target) return { kind: 'question', question: target.question };
  const outcome = journey.outcomes[target.outcome];
  if (outcome.needsArea && context.areaIds.length > 1 && !areaAnswered) {
    return { kind: 'question', question: 'area', leadsTo: target.outcome };
  }
  return { kind: 'outcome', outcome: target.outcome };
}

/** Replay the answers: where they lead, and how many of them were valid on the way. */
function replay(journey: Journey, state: JourneyState, context: JourneyContext): { step: Step; used: number } {
  let step: Step = { kind: 'question', question: journey.first };
  let pending: Target | undefined;
  let areaId = context.areaIds.length === 1 ? context.areaIds[0] : undefined;
  let used = 0;
  for (const given of state.answers) {
    if (step.kind !== 'question' || step.question !== given.question) break;
    if (!answerIds(journey, given.question, context).includes(given.answer)) break;
    if (given.question === 'area') {
      areaId = given.answer;
      if (pending) step = resolveTarget(journey, pending, context, true);
    } else {
      const chosen = journey.questions[given.question].answers.find((a) => a.id === given.answer)!;
      pending = chosen.next;
      step = resolveTarget(journey, chosen.next, context, false);
    }
    used++;
  }
  return { step: step.kind === 'outcome' ? { ...step, areaId } : step, used };
}

/** Where the visitor is after the answers in `state`. Answers that no longer fit are ignored. */
export function currentStep(journey: Journey, state: JourneyState, context: JourneyContext): Step {
  return replay(journey, state, context).step;
}

/**
 * Record an answer to the current question. An answer that does not belong to
 * the current question leaves the state unchanged (returns the same object).
 */
export function answer(journey: Journey, state: JourneyState, context: JourneyContext, answerId: string): JourneyState {
  const { step, used } = replay(journey, state, context);
  if (step.kind !== 'question') return state;
  if (!answerIds(journey, step.question, context).includes(answerId)) return state;
  return { answers: [...state.answers.slice(0, used), { question: step.question, answer: answerId }] };
}

/** Go back one step: forget the last answer. At the first question, nothing changes. */
export function back(state: JourneyState): JourneyState {
  if (state.answers.length === 0) return state;
  return { answers: state.answers.slice(0, -1) };
}
