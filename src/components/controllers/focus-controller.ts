/**
 * Where focus goes after a render: to the new step's heading after a change of step (screen
 * readers read it, with the question's fieldset; no live region repeats it: with one, Orca read a
 * question's title three times), or to the error summary when Continue was pressed with no answer.
 *
 * A new step also brings the "call 999" line into sight: focusing the heading alone would scroll
 * it to just under the sticky toolbar, with the 999 line hidden under the bar.
 */
import type { ReactiveElement } from 'lit';

/**
 * If the 999 line is under the sticky toolbar or off the screen, scroll the widget's top (its
 * toolbar, the 999 line, then the step's heading) to the top of the screen. Left alone when the
 * line is already in sight, so a widget in view does not jump.
 */
export function revealEmergencyLine(
  widget: HTMLElement | null,
  toolbar: HTMLElement | null,
  emergency: HTMLElement | null,
): void {
  if (!widget || !emergency) return;
  const line = emergency.getBoundingClientRect();
  const barBottom = toolbar ? toolbar.getBoundingClientRect().bottom : 0;
  const inSight = line.top >= Math.max(0, barBottom) && line.bottom <= window.innerHeight;
  if (inSight) return;
  try {
    // Instant: a page's `scroll-behavior: smooth` would leave the line hidden for a moment.
    widget.scrollIntoView({ block: 'start', behavior: 'instant' });
  } catch {
    widget.scrollIntoView(true);
  }
}

export interface FocusController {
  /** After the next render, focus the step's heading. */
  stepHeading(): void;
  /** After the next render, focus the error summary's link. */
  errorSummary(): void;
  /** Resolves once the focus asked for has moved (the host's `updateComplete` waits for it). */
  readonly settled: Promise<void>;
}

/** `paused`: nothing is focused (the exit cover is up). */
export function focusController(host: ReactiveElement, paused: () => boolean): FocusController {
  let heading = false;
  let error = false;
  /** The frame that will move focus to the heading, and how to finish waiting for it. */
  let frame = 0;
  let finish = () => {};
  let settled = Promise.resolve();
  const find = (selector: string) => host.renderRoot.querySelector<HTMLElement>(selector);
  const focusHeading = () => {
    frame = 0;
    if (!paused()) {
      find('#step-heading')?.focus({ preventScroll: true });
      revealEmergencyLine(find('.widget'), find('.toolbar'), find('.emergency'));
    }
    finish();
  };
  /** A focus asked for since (the error summary, another step) replaces a pending one. */
  const cancelPending = () => {
    if (!frame) return;
    cancelAnimationFrame(frame);
    frame = 0;
    finish();
  };
  host.addController({
    hostUpdated: () => {
      if (paused()) return;
      if (heading) {
        heading = false;
        // Focus makes the browser lay the new step out at once. Done here, that layout would join
        // the render in one long task on a slow phone; at the start of the next frame (before
        // the frame's own layout and paint) it is the layout the frame does anyway. A hidden
        // page draws no frames: there, focus moves now.
        cancelPending();
        if (document.hidden) focusHeading();
        else {
          settled = new Promise((resolve) => (finish = resolve));
          frame = requestAnimationFrame(focusHeading);
        }
      }
      if (error) {
        error = false;
        cancelPending();
        find('.error-link')?.focus();
      }
    },
    hostDisconnected: cancelPending,
  });
  return {
    stepHeading: () => (heading = true),
    errorSummary: () => (error = true),
    get settled() {
      return settled;
    },
  };
}
