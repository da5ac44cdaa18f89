/**
 * The journey's vocabulary: questions, answers and outcomes as typed data.
 * Text is a function so it resolves in the visitor's language when shown.
 */
import type { NationalServiceId } from '../services/national-services.js';
import type { Text } from '../i18n/text.js';

/**
 * Ids of the questions, each asking one kind of thing: what the visitor needs help with
 * (`concern`), what has happened, what is happening online, whose behaviour, their age, whether
 * they can reach their Safeguarding Officer, and where (`area`, asked only when a partner serves
 * several areas).
 */
export type QuestionId =
  'concern' | 'what-happened' | 'online' | 'whose-behaviour' | 'own-age' | 'work-officer' | 'area';

/** Ids of the outcomes; also sent in `help-finder-outcome` events. */
export type OutcomeId =
  | 'emergency'
  | 'child-told'
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
  | 'learn'
  | 'online-images'
  | 'online-images-device'
  | 'online-nude-shared'
  | 'online-grooming'
  | 'online-blackmail'
  | 'staff-own'
  | 'staff-public'
  | 'something-else';

/** Where an answer leads. */
export type Target = { question: QuestionId } | { outcome: OutcomeId };

/** One answer to a question. */
export interface Answer {
  id: string;
  label: Text;
  /** One short line without a full stop, only where it helps choose. */
  hint?: Text;
  next: Target;
  /**
   * Shown after an "or" divider: an answer of another kind than those above it (learning,
   * something else), as the GOV.UK radios pattern does.
   */
  afterDivider?: boolean;
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
export type ServiceRef = NationalServiceId | 'childrens-services' | 'safeguarding-officer' | 'partner-resources';

/**
 * An outcome: one recommended next step first, then the first things to do, then the other
 * options. Every step and explanation comes from `shared/reference/guidance.md`; where each
 * one comes from is in `guidance-provenance.ts`.
 */
export interface Outcome {
  id: OutcomeId;
  title: Text;
  /** One short, calm sentence: what to do. Kept short so the recommended call fits a phone's first screen. */
  intro: Text;
  recommended: ServiceRef;
  /**
   * Lines to offer, first one open now, when every way to call the recommended service is
   * closed (or usually closed) at this moment.
   */
  whenClosed?: readonly ServiceRef[];
  /** The first things to do, in the order the person needs them. */
  steps: readonly Text[];
  /** A heading for the steps when they are not things to do ("Good to know"). */
  stepsTitle?: Text;
  /** What happens when they call or report: a sentence or two. */
  whatHappens?: Text;
  /** The other help that fits this outcome best: two or three services, shown as cards. */
  also: readonly ServiceRef[];
  /** Further places to get help, behind one disclosure ("More places to get help (5)"). */
  more?: readonly ServiceRef[];
  /**
   * Whether the area question is asked before this outcome: only where children's services
   * is a first step. Elsewhere the children's services of every configured area are shown.
   */
  needsArea: boolean;
  /**
   * Who this outcome is for. It picks the partner's resources shown here, and the wording of
   * the area question and the children's services card: the public contact the council where
   * the child lives; practitioners, the council where the concern arose (Wales Safeguarding
   * Procedures, guidance.md 2.2 and 2.3).
   */
  audience: 'public' | 'professional';
  /**
   * What kind of help the outcome points to, for a partner's own count of outcomes
   * (`outcomeKindCounter`): coarse enough that it does not name the visitor's concern.
   */
  kind: OutcomeKind;
}

/**
 * The coarse kinds of outcome: a child in danger now (`emergency`); reporting a concern to
 * children's services, the police, a Safeguarding Officer or an online reporting line
 * (`report`); talking a worry through with a confidential helpline (`talk`); support for the
 * visitor themselves, a young person or a survivor (`support`); learning (`learn`).
 */
export type OutcomeKind = 'emergency' | 'report' | 'talk' | 'support' | 'learn';

/** The area question's wording for one audience. */
export interface AreaWording {
  title: Text;
  hint: Text;
  errorMessage: Text;
}

/** The area question: its wording for each audience and its two answers besides the areas. */
export interface AreaQuestion {
  public: AreaWording;
  professional: AreaWording;
  /** "Somewhere else" and "I don't know": they lead to the generic children's services card. */
  otherAnswers: ReadonlyArray<{ id: OtherAreaAnswer; label: Text }>;
  /** The drop-down list's label and first, empty choice, when there are too many areas for radios. */
  listLabel: Text;
  listPlaceholder: Text;
}

/** The area answers that are not a configured area. */
export type OtherAreaAnswer = 'elsewhere' | 'unknown';

/** The whole journey. */
export interface Journey {
  first: QuestionId;
  questions: Readonly<Record<Exclude<QuestionId, 'area'>, Question>>;
  area: AreaQuestion;
  outcomes: Readonly<Record<OutcomeId, Outcome>>;
}
