/**
 * The element's events (documented with `@fires` on `HelpFinder`). Every script on the page hears
 * them, so by default they carry only a contact's method: step, outcome and service ids tell what
 * the visitor answered (`detailedEvents` opts in).
 */

/** Dispatch one of the element's events. */
export type Emit = (name: string, detail?: Record<string, string>) => void;

/**
 * Events from `host`, bubbling out of the shadow root; `detailed` says whether the partner opted in
 * to ids. A broken `CustomEvent` or `dispatchEvent` on the host never stops the widget.
 */
export function emitter(host: HTMLElement, detailed: () => boolean): Emit {
  return (name, detail = {}) => {
    if (!detailed()) detail = detail.method ? { method: detail.method } : {};
    try {
      host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    } catch (error) {
      console.error(`[help-finder] ${name}:`, error);
    }
  };
}
