/**
 * What the visitor reads and chooses in the widget is left out by session-replay and
 * autocapture tools that honour these documented markers (see the README's Privacy section).
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

/** Mark `host` (call when it is connected). */
export function excludeFromReplay(host: HTMLElement): void {
  for (const [name, value] of REPLAY_EXCLUSION) if (!host.hasAttribute(name)) host.setAttribute(name, value);
  host.classList.add('fs-exclude', 'ph-no-capture', 'sentry-block');
}
