/**
 * The harness's readings and actions as plain functions of an element, for tests that
 * need one or two of them (`harness.ts` has the rest, and the selectors).
 */
import { HelpFinderHarness, SELECTORS, type Widget } from './harness.js';

export type { Widget } from './harness.js';

/** The widget's shadow root. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text of the current step's heading (the question or the outcome title). */
export const headingText = (el: Element): string | undefined =>
  shadow(el).querySelector(SELECTORS.heading)?.textContent?.trim();

/** Choose an answer (a radio, or an entry in the area list) and press Continue. */
export async function choose(el: Widget, answerId: string): Promise<void> {
  await new HelpFinderHarness(el).choose(answerId);
}

/** Press Back. */
export async function back(el: Widget): Promise<void> {
  await new HelpFinderHarness(el).back();
}

/** Press Start again. */
export async function startAgain(el: Widget): Promise<void> {
  await new HelpFinderHarness(el).startAgain();
}
