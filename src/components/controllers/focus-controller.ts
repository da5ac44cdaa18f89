/**
 * Where focus goes after a render: to the new step's heading after a change of step (screen
 * readers read it, with the question's fieldset; no live region repeats it: with one, Orca read a
 * question's title three times), or to the error summary when Continue was pressed with no answer.
 */
import type { ReactiveElement } from 'lit';

export interface FocusController {
  /** After the next render, focus the step's heading. */
  stepHeading(): void;
  /** After the next render, focus the error summary's link. */
  errorSummary(): void;
  /** Resolves once the focus asked for has moved (the host's `updateComplete` waits for it). */
  readonly settled: Promise<void>;
}

/** `selected`: the answer the element has selected; `paused`: nothing is focused (the exit cover is up). */
export function focusController(
  host: ReactiveElement,
  selected: () => string | undefined,
  paused: () => boolean,
): FocusController {
  let heading = false;
  let error = false;
  let settled = Promise.resolve();
  const find = (selector: string) => host.renderRoot.querySelector<HTMLElement>(selector);
  host.addController({
    hostUpdated: () => {
      if (paused()) return;
      if (heading) {
        heading = false;
        // Lit compares `.checked` with what it last rendered, not with what the visitor ticked: a
        // radio ticked just before Continue (in the same task) stayed ticked on the next question.
        for (const radio of host.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
          radio.checked = radio.value === selected();
        }
        // Focus makes the browser lay the new step out at once. Done here, that layout would join
        // the render in one long task on a slow phone; at the start of the next frame, it is the
        // layout the frame does anyway, before anything is drawn or told to a screen reader.
        settled = new Promise((resolve) =>
          requestAnimationFrame(() => {
            if (!paused()) find('#step-heading')?.focus();
            resolve();
          }),
        );
      }
      if (error) {
        error = false;
        find('.error-link')?.focus();
      }
    },
  });
  return {
    stepHeading: () => (heading = true),
    errorSummary: () => (error = true),
    get settled() {
      return settled;
    },
  };
}
