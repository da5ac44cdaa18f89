/**
 * The journey's vocabulary: questions, answers and outcomes as typed data.
 * Text is a function so it resolves in the visitor's language when shown.
 */
import type { NationalServiceId } from '../services/national-services.js';
import type { Text } from '../services/service.js';

/** Ids of the questions. `area` is asked only when a partner serves several areas. */
export type QuestionId = 'concern' | 'certainty' | 'own-age' | 'work-officer' | 'area';

/** Ids of the outcomes; also sent in `help-finder-outcome` events. */
export type OutcomeId =
  | 'emergency'
  | 'report-abuse'
  | 'talk-it-through'
  | 'adult-behaviour'
  | 'child-behaviour'
  | 'own-thoughts-adult'
  | 'own-thoughts-young'
  | 'practitioner-officer'
  | 'practitioner-report'
  | 'young-person'
  | 'survivor'
  | 'learn';

/** Where an answer leads. */
export type Target = { question: QuestionId } | { outcome: OutcomeId };

/** One answer to a question. */
export interface Answer {
  id: string;
  label: Text;
  hint?: Text;
  next: Target;
}

/** A question page: the question is the heading. */
export interface Question {
  id: QuestionId;
  title: Text;
  hint?: Text;
  /** Shown when Continue is pressed with nothing chosen. */
  errorMessage: Text;
  answers: readonly Answer[];
}

/** A service slot in an outcome: a national service or a partner-configured one. */
export type ServiceRef =
  | NationalServiceId
  | 'childrens-services'
  | 'safeguarding-officer'
  | 'partner-resources';

/** An outcome: one recommended next step first, then the other options. */
export interface Outcome {
  id: OutcomeId;
  title: Text;
  /** One or two calm sentences: what to do and why. */
  intro: Text;
  recommended: ServiceRef;
  also: readonly ServiceRef[];
  /** Whether the children's services shown depend on the area the child lives in. */
  needsArea: boolean;
  /** Who the partner's own resources shown here are for. */
  audience: 'public' | 'professional';
}

/** The whole journey. */
export interface Journey {
  first: QuestionId;
  questions: Readonly<Record<Exclude<QuestionId, 'area'>, Question>>;
  outcomes: Readonly<Record<OutcomeId, Outcome>>;
}
