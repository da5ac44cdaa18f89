/**
 * What the current step shows, decided without a DOM or Lit: the question with its options, or
 * the outcome with its cards, plus the emergency line and the staying-safe numbers on every step.
 * The views in `components/` only render this; the rules live here, where a unit test reaches them.
 */
import { msg } from '@lit/localize';
import type { PartnerConfig } from '../config/partner-config.js';
import type { Journey, Outcome, OutcomeKind } from '../flow/journey-types.js';
import { currentStep, type JourneyContext, type JourneyState, type Step } from '../flow/journey-machine.js';
import type { Locale } from '../i18n/locale.js';
import { outcomeServices } from './outcome-services.js';
import { nationalServices } from '../services/national-services.js';
import { spoken } from '../services/open-now.js';
import { openingStatus } from '../time/opening-hours.js';
import { pickText } from '../i18n/text.js';
import { dialString, type Service } from '../services/service.js';
import { type CardModel, cardModel } from './card-model.js';

export type { CardModel, ContactModel, StatusModel } from './card-model.js';

/** More areas than this are offered as a drop-down list rather than radios. */
export const MAX_AREA_RADIOS = 6;

/** A question ready to render, in the visitor's language. */
export interface QuestionModel {
  id: string;
  title: string;
  hint?: string;
  errorMessage: string;
  /** `lang` is set on partner text shown in the other language (no Welsh name given). */
  /** `dividerBefore`: an "or" divider goes above this option (the first of the answers set apart). */
  options: ReadonlyArray<{ id: string; label: string; hint?: string; lang?: string; dividerBefore?: boolean }>;
  /** A drop-down list instead of radios (long lists of areas): its label and empty first choice. */
  list?: { label: string; placeholder: string };
}

/** An outcome ready to render, in the visitor's language, at one moment. */
export interface OutcomeModel {
  id: string;
  /** The coarse kind of help it points to, for the partner's own count (`countOutcome`). */
  kind: OutcomeKind;
  title: string;
  intro: string;
  /** The first things to do, in order. */
  steps: readonly string[];
  stepsTitle: string;
  /** What happens when they call or report. */
  whatHappens?: string;
  recommended: CardModel[];
  /** A line open now, offered when the recommended one is closed, and what to say above it. */
  openInstead?: CardModel;
  openInsteadNotice?: string;
  also: CardModel[];
  /** Further places to get help, behind one disclosure. */
  more: CardModel[];
}

/** The step, with what every step shows. */
export type StepModel = ({ kind: 'question'; question: QuestionModel } | { kind: 'outcome'; outcome: OutcomeModel }) & {
  /** The "call 999" line: the police emergency service's number and its `tel:` link. */
  emergency: { serviceId: string; number: string; href: string };
  /** The numbers the staying-safe note gives for finding help again. */
  stayingSafe: { helpline: string; childline: string };
};

/** A service's first voice line: found by kind, so reordering its contacts cannot change it. */
export function primaryPhone(service: Service): string {
  return service.contacts.find((c) => c.kind === 'call')!.value;
}

/** An optional `hint` text of the journey's own (never one inherited from a polluted prototype). */
function ownHint(item: { hint?: () => string }): string | undefined {
  return Object.prototype.hasOwnProperty.call(item, 'hint') ? item.hint?.() : undefined;
}

/** An answer shown after the "or" divider (own field only, as for hints). */
function setApart(answer: { afterDivider?: boolean }): boolean {
  return Object.prototype.hasOwnProperty.call(answer, 'afterDivider') && answer.afterDivider === true;
}

function questionModel(
  journey: Journey,
  step: Extract<Step, { kind: 'question' }>,
  config: PartnerConfig,
  locale: Locale,
): QuestionModel {
  if (step.question === 'area') {
    const area = journey.area;
    const wording = area[step.leadsTo ? journey.outcomes[step.leadsTo].audience : 'public'];
    return {
      id: 'area',
      title: wording.title(),
      hint: wording.hint(),
      errorMessage: wording.errorMessage(),
      list:
        config.areas.length > MAX_AREA_RADIOS
          ? { label: area.listLabel(), placeholder: area.listPlaceholder() }
          : undefined,
      options: [
        ...config.areas.map((a) => {
          const name = pickText(a.name, locale);
          return { id: a.id, label: name.text, lang: name.lang };
        }),
        ...area.otherAnswers.map((a) => ({ id: a.id, label: a.label() })),
      ],
    };
  }
  const question = journey.questions[step.question];
  return {
    id: question.id,
    title: question.title(),
    // Own hints only: a `hint` another script put on Object.prototype is not ours.
    hint: ownHint(question),
    errorMessage: question.errorMessage(),
    options: question.answers.map((a, i) => ({
      id: a.id,
      label: a.label(),
      hint: ownHint(a),
      dividerBefore: setApart(a) && (i === 0 || !setApart(question.answers[i - 1])),
    })),
  };
}

/**
 * What to say above a line offered because the recommended one is closed: closed for certain, or
 * only usually closed (uncertain hours: someone may still answer), and whether what is offered
 * instead is a line to call or only pages to read.
 */
function noticeText(recommended: readonly Service[], instead: Service, now: Date): string {
  const usually = (s: Service) => {
    const status = openingStatus(s.hours, now);
    return status.state === 'closed' && !status.certain;
  };
  if (!recommended.every(usually)) {
    return msg('The line above is closed now. This one is open now:');
  }
  return instead.contacts.some(spoken)
    ? msg('The line above is usually closed at this time. If no one answers, this one is open now:')
    : msg('The line above is usually closed at this time. You can read these pages now:');
}

function outcomeModel(
  outcome: Outcome,
  config: PartnerConfig,
  areaId: string | undefined,
  locale: Locale,
  now: Date,
): OutcomeModel {
  const services = outcomeServices(outcome, config, areaId, locale, now);
  const card = (s: Service) => cardModel(s, locale, now);
  const instead = services.openInstead;
  return {
    id: outcome.id,
    kind: outcome.kind,
    title: outcome.title(),
    intro: outcome.intro(),
    steps: outcome.steps.map((text) => text()),
    stepsTitle: outcome.stepsTitle?.() ?? msg('What to do now'),
    whatHappens: outcome.whatHappens?.(),
    recommended: services.recommended.map(card),
    openInstead: instead && card(instead),
    openInsteadNotice: instead && noticeText(services.recommended, instead, now),
    also: services.also.map(card),
    more: services.more.map(card),
  };
}

/** The journey machine's context for this partner: the ids of its areas. */
export function journeyContext(config: PartnerConfig): JourneyContext {
  return { areaIds: config.areas.map((a) => a.id) };
}

/**
 * What the step `state` has reached shows, for this partner and language. `now` is read only for
 * an outcome (opening hours), so a question page leaves no clock running.
 */
export function stepModel(
  journey: Journey,
  state: JourneyState,
  config: PartnerConfig,
  locale: Locale,
  now: () => Date,
): StepModel {
  const step = currentStep(journey, state, journeyContext(config));
  const police = nationalServices['police-emergency'];
  const number = primaryPhone(police);
  const common = {
    emergency: { serviceId: police.id, number, href: `tel:${dialString(number)}` },
    stayingSafe: {
      helpline: primaryPhone(nationalServices['stop-it-now']),
      childline: primaryPhone(nationalServices.childline),
    },
  };
  return step.kind === 'question'
    ? { kind: 'question', question: questionModel(journey, step, config, locale), ...common }
    : {
        kind: 'outcome',
        outcome: outcomeModel(journey.outcomes[step.outcome], config, step.areaId, locale, now()),
        ...common,
      };
}

/**
 * The outcome page a rehearsal draws off the page (never shown): the first outcome with steps
 * and "What happens next", so that drawing it prepares nearly every part an outcome page has.
 * See components/controllers/rehearsal-controller.ts.
 */
export function rehearsalOutcome(journey: Journey, config: PartnerConfig, locale: Locale, now: Date): OutcomeModel {
  const outcomes = Object.values(journey.outcomes);
  const fullest = outcomes.find((o) => o.whatHappens && o.steps.length > 0) ?? outcomes[0]!;
  return outcomeModel(fullest, config, undefined, locale, now);
}
