/**
 * The language the host page asks for: the element's own `lang`, then the
 * nearest ancestor's (crossing shadow roots), then `<html lang>`.
 */
import { type Locale, resolveLocale } from './locale.js';

/** The nearest `lang` attribute at or above `element`, crossing shadow boundaries. */
export function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return undefined;
}

/** The widget language for `element`: `own` (its `lang` property), its ancestors', `<html lang>`, then English. */
export function hostLocale(element: Element, own?: string): Locale {
  return resolveLocale([own, nearestLang(element), element.ownerDocument.documentElement.lang]);
}
