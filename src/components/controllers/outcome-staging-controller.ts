/**
 * A new outcome page in two frames (issue #26). The first frame holds what the visitor came for:
 * the title, the recommended service with its number, and the first things to do. "Other help"
 * follows in the next task, once that frame is painted, below them: on a slow phone the page the
 * visitor waits for after their last answer is half the work, and the rest comes a frame later.
 * A page the browser keeps hidden draws no frames: there the page is drawn whole at once.
 */
import type { ReactiveElement } from 'lit';
import type { StepModel } from '../../present/step-model.js';

export interface OutcomeStaging {
  /** Whether to draw the whole of this step now: false on a new outcome page's first frame. */
  whole(model: StepModel): boolean;
  /** Resolves once the page is drawn whole: `true` if that asked for one more render. */
  readonly settled: Promise<boolean>;
}

/** Needs no hooks of the host's: only `requestUpdate`, for the second frame. */
export function outcomeStagingController(host: ReactiveElement): OutcomeStaging {
  /** The outcome last drawn (or being drawn) whole; none on a question, so a return stages again. */
  let drawn = '';
  let settled = Promise.resolve(false);
  return {
    whole(model) {
      const id = model.kind === 'outcome' ? model.outcome.id : '';
      const whole = !id || id === drawn || document.hidden;
      drawn = id;
      if (!whole) {
        // A task queued in a frame runs after that frame's paint: the first part is on screen.
        settled = new Promise((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              host.requestUpdate();
              resolve(true);
            }),
          ),
        );
      }
      return whole;
    },
    get settled() {
      return settled;
    },
  };
}
