/**
 * The element's events (documented with `@fires` on `HelpFinder`). Every script on the page hears
 * them, so by default they carry only a contact's method: step, outcome and service ids tell what
 * the visitor answered (`detailedEvents` opts in).
 */

import type { ContactKind } from '../services/service.js';

/** `detail` of an event that carries nothing. */
export type HelpFinderEmptyDetail = Record<string, never>;
/** `detail` of `help-finder-step`: the question's id, with `detailedEvents` only. */
export interface HelpFinderStepDetail {
  step?: string;
}
/** `detail` of `help-finder-outcome`: the outcome's id, with `detailedEvents` only. */
export interface HelpFinderOutcomeDetail {
  outcome?: string;
}
/** `detail` of `help-finder-contact`: how the visitor made contact; the service's id with `detailedEvents` only. */
export interface HelpFinderContactDetail {
  method: ContactKind;
  service?: string;
}

/** The element's events, by name (`addEventListener('help-finder-contact', …)` is typed with it). */
export interface HelpFinderEventMap {
  'help-finder-start': CustomEvent<HelpFinderEmptyDetail>;
  'help-finder-step': CustomEvent<HelpFinderStepDetail>;
  'help-finder-outcome': CustomEvent<HelpFinderOutcomeDetail>;
  'help-finder-contact': CustomEvent<HelpFinderContactDetail>;
  'help-finder-exit': CustomEvent<HelpFinderEmptyDetail>;
  'help-finder-open': CustomEvent<HelpFinderEmptyDetail>;
}

// The events bubble out of the shadow root: typed on elements, the document and the window.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HelpFinderEventMap {}
}

/** What the element reports: every field; `detailedEvents` decides which the event carries. */
type Reported<K extends keyof HelpFinderEventMap> = Required<HelpFinderEventMap[K]['detail']>;

/** Dispatch one of the element's events, with its detail when it has one. */
export type Emit = <K extends keyof HelpFinderEventMap>(
  name: K,
  ...detail: Reported<K> extends HelpFinderEmptyDetail ? [] : [Reported<K>]
) => void;

/**
 * Events from `host`, bubbling out of the shadow root; `detailed` says whether the partner opted in
 * to ids. A broken `CustomEvent` or `dispatchEvent` on the host never stops the widget.
 */
export function emitter(host: HTMLElement, detailed: () => boolean): Emit {
  return ((name: string, detail: Record<string, string> = {}) => {
    if (!detailed()) detail = detail.method ? { method: detail.method } : {};
    try {
      host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    } catch (error) {
      console.error(`[help-finder] ${name}:`, error);
    }
  }) as Emit;
}
