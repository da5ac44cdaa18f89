/**
 * What the visitor reads and chooses in the widget is left out by session-replay and
 * autocapture tools that honour these documented markers (see the README's Privacy section).
 * They are set on the host and on the element inside the shadow root that holds everything the
 * widget renders: recorders such as rrweb (PostHog, Sentry) record a shadow root's content and
 * look for a marker only from an element up to its shadow root, not on the host.
 */
/**
 * Attributes session-replay tools document for leaving an element and its content out of
 * recordings: Hotjar, Microsoft Clarity, LogRocket, Datadog (classes: FullStory, PostHog, Sentry).
 */
const REPLAY_EXCLUSION = [
  ['data-hj-suppress', ''],
  ['data-clarity-mask', 'true'],
  ['data-private', ''],
  ['data-dd-privacy', 'hidden'],
] as const;

/** Mark `el`: the host (when it is connected), the element holding the shadow root's content, each answer. */
export function excludeFromReplay(el: HTMLElement): void {
  for (const [name, value] of REPLAY_EXCLUSION) if (!el.hasAttribute(name)) el.setAttribute(name, value);
  el.classList.add('fs-exclude', 'ph-no-capture', 'sentry-block');
}
