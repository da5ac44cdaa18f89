/**
 * Tells the page when the visitor reaches a new step: `help-finder-outcome` for an outcome,
 * `help-finder-step` for a question after a change of step (not the first question on load).
 * An outcome's coarse kind goes to the partner's own `countOutcome` callback only, never in an
 * event that every script on the page hears.
 */
import type { ReactiveElement } from 'lit';
import type { OutcomeKind } from '../../flow/journey-types.js';
import type { StepModel } from '../../present/step-model.js';
import type { Emit } from '../events.js';

/** `shown`: what the last render showed; `counter`: the partner's `countOutcome`, if any. */
export function stepEventsController(
  host: ReactiveElement,
  shown: () => StepModel | undefined,
  emit: Emit,
  counter: () => unknown,
): void {
  let last = '';
  host.addController({
    hostUpdated: () => {
      const model = shown();
      if (!model) return;
      const step = model.kind === 'question' ? model.question.id : model.outcome.id;
      const key = `${model.kind}:${step}`;
      if (key === last) return;
      const first = last === '';
      last = key;
      if (model.kind === 'outcome') {
        emit('help-finder-outcome', { outcome: step });
        count(counter(), model.outcome.kind);
      } else if (!first) emit('help-finder-step', { step });
    },
  });
}

/** Call the partner's callback with the kind; whatever it is or does, the widget goes on. */
function count(callback: unknown, kind: OutcomeKind): void {
  if (callback === undefined || callback === null) return;
  try {
    (callback as (kind: OutcomeKind) => void)(kind);
  } catch (error) {
    console.error('[help-finder] countOutcome:', error);
  }
}
