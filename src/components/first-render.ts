/**
 * The element's first render, which must never hold up the host page: until it has worked, the
 * page's own fallback content inside `<help-finder>` (the 999 line, an exit link) stays on show.
 */
import { adoptStyles, type LitElement } from 'lit';
import { excludeFromReplay } from './replay-exclusion.js';

/**
 * The element to render into: one element in the shadow root, without the styles yet. Lit would
 * build the style sheets when the element is connected, which is in the same task as evaluating
 * the script and the host page's first layout; the first update adopts them instead. Until then a
 * slot keeps showing the page's own fallback content while the first render waits for the host
 * page to paint. The element carries the replay markers too: recorders look for them there, not
 * on the host.
 */
export function renderRootWithFallback(host: LitElement): HTMLElement {
  const shadow = host.shadowRoot ?? host.attachShadow((host.constructor as typeof LitElement).shadowRootOptions);
  const root = document.createElement('div');
  excludeFromReplay(root);
  // No box of its own: the layout is as if the content sat in the shadow root. Nothing the page
  // sets on the host is inherited past it (styles.ts, `.boundary`).
  root.style.display = 'contents';
  root.classList.add('boundary');
  root.append(document.createElement('slot'));
  shadow.append(root);
  return root;
}

/** The element's styles, adopted by its first update (see `renderRootWithFallback`). */
export function adoptElementStyles(host: LitElement): void {
  adoptStyles(host.shadowRoot!, (host.constructor as typeof LitElement).elementStyles);
}

/**
 * After a render has worked, the page's own fallback goes: if another script breaks Lit itself,
 * the visitor still sees it.
 */
export function removeFallback(root: HTMLElement | DocumentFragment): void {
  const fallback = root.firstChild;
  if (fallback instanceof HTMLSlotElement) fallback.remove();
}

/**
 * Whether the widget may draw: not where another script on the page put `strings` on
 * Object.prototype. Lit's production build reads it off every part of a template, and would draw
 * hundreds of garbled copies of the widget (its 999 link as plain text) without an error; then
 * the page's own fallback stays, and the console says why. (Lit's development build throws
 * instead, which keeps the fallback too.)
 */
export function mayDraw(host: LitElement): boolean {
  const garbled = 'strings' in {};
  if (garbled && !host.hasUpdated)
    console.error(
      '[help-finder] Object.prototype.strings, set by another script, garbles the widget: your fallback stays.',
    );
  return !garbled;
}
