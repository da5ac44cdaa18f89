/**
 * Tells the page when the visitor reaches a new step: `help-finder-outcome` for an outcome,
 * `help-finder-step` for a question after a change of step (not the first question on load).
 */
import type { ReactiveElement } from 'lit';
import type { StepModel } from '../../present/step-model.js';
import type { Emit } from '../events.js';

/** `shown`: what the last render showed. */
export function stepEventsController(host: ReactiveElement, shown: () => StepModel | undefined, emit: Emit): void {
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
      if (model.kind === 'outcome') emit('help-finder-outcome', { outcome: step });
      else if (!first) emit('help-finder-step', { step });
    },
  });
}
