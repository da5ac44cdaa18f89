/**
 * The visitor's way through the journey: the answers given so far (replayed by the pure journey
 * machine, `flow/journey-machine.ts`), the answer ticked on the question shown, and whether
 * Continue was pressed without one. Each move asks for focus on the new step's heading (or on the
 * error summary) and tells the page when the visitor starts.
 */
import type { ReactiveElement } from 'lit';
import { journey } from '../../flow/journey.js';
import { answer, back, type JourneyState, start } from '../../flow/journey-machine.js';
import { journeyContext } from '../../present/step-model.js';
import type { Emit } from '../events.js';
import type { ConfigController } from './config-controller.js';
import type { FocusController } from './focus-controller.js';

export interface JourneyController {
  /** The answers so far. */
  readonly state: JourneyState;
  /** The answer ticked on the question shown. */
  readonly selected?: string;
  /** Continue was pressed with no answer ticked: the error summary shows. */
  readonly showError: boolean;
  /** The visitor ticked an answer. */
  select(answerId: string): void;
  /** Continue: on with the ticked answer, or the error summary when none is ticked. */
  submit(): void;
  /** Back to the previous question, its answer ticked. */
  back(): void;
  /** Start again, at the first question. */
  restart(): void;
  /** At the first question again, with nothing said or focused (back from the back/forward cache). */
  reset(): void;
}

/** `cfg`: the partner's areas, and a late configuration to apply on Start again. */
export function journeyController(
  host: ReactiveElement,
  cfg: ConfigController,
  emit: Emit,
  focus: FocusController,
): JourneyController {
  /** On to `state` (a new step: the summary goes), with `selected` ticked. */
  const show = (state: JourneyState, selected?: string): void => {
    self.state = state;
    self.selected = selected;
    self.showError = false;
    host.requestUpdate();
  };
  const go = (next: JourneyState, selected?: string): void => {
    if (next === self.state) return;
    if (self.state.answers.length === 0 && next.answers.length > 0) emit('help-finder-start');
    show(next, selected);
    if (next.answers.length === 0) cfg.restarted();
    focus.stepHeading();
  };
  const self = {
    state: start(),
    selected: undefined as string | undefined,
    showError: false,
    select(answerId: string) {
      self.selected = answerId;
      host.requestUpdate();
    },
    submit() {
      if (!self.selected) {
        self.showError = true;
        // An update every time, even with the summary already shown: focus goes to it now, and
        // no request for it is left to move focus off the answer the visitor ticks next.
        host.requestUpdate();
        return focus.errorSummary();
      }
      go(answer(journey, self.state, journeyContext(cfg.value), self.selected));
    },
    back: () => go(back(self.state), self.state.answers.at(-1)?.answer),
    restart: () => go(start()),
    reset: () => show(start()),
  };
  return self;
}
