/**
 * Shared helpers for the browser tests: reach into the widget's shadow root and
 * answer a question the way a visitor does (choose, then Continue).
 */

/** Any rendered help-finder element (the source element or the built one in an iframe). */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The widget's shadow root. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text of the current step's heading (the question or the outcome title). */
export const headingText = (el: Element): string | undefined =>
  shadow(el).querySelector('#step-heading')?.textContent?.trim();

/** Choose an answer (a radio, or an entry in the area list) and press Continue. */
export async function choose(el: Widget, answerId: string): Promise<void> {
  const radio = shadow(el).querySelector<HTMLInputElement>(`#answer-${answerId}`);
  if (radio) {
    radio.click();
  } else {
    const select = shadow(el).querySelector<HTMLSelectElement>('select')!;
    select.value = answerId;
    select.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
  shadow(el).querySelector<HTMLButtonElement>('button.continue')!.click();
  await el.updateComplete;
}
