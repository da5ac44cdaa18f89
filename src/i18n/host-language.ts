/**
 * The language the host page asks for: the element's own `lang`, then the
 * nearest ancestor's (crossing shadow roots), then `<html lang>`; on a page that
 * names no language, the browser's (the first of its languages we speak).
 */
import { type Locale, normaliseLocale, resolveLocale } from './locale.js';

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

/**
 * The widget language for `element`: `own` (its `lang` property), its ancestors', `<html lang>`;
 * where none is set, the browser's languages (a visitor whose browser is set to Welsh gets
 * Welsh); then English.
 */
export function hostLocale(element: Element, own?: string): Locale {
  const page = [own, nearestLang(element), element.ownerDocument.documentElement.lang];
  if (page.some((tag) => tag?.trim())) return resolveLocale(page);
  for (const tag of globalThis.navigator?.languages ?? []) {
    const locale = normaliseLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}
