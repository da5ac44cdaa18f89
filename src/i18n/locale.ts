/**
 * Which language the widget speaks. Pure: works on language tags, not the DOM.
 */
import type { Locale } from './text.js';

export type { Locale };

/** `cy`, `cy-GB`, `CY` mean Welsh; `en`, `en-GB` English; anything else `undefined`. */
export function normaliseLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'cy' || primary === 'en' ? primary : undefined;
}

/**
 * The first language tag that names a language we speak wins; a tag for
 * another language (say `fr`) means English, our fallback.
 */
export function resolveLocale(tags: ReadonlyArray<string | null | undefined>): Locale {
  for (const tag of tags) {
    if (tag === null || tag === undefined || tag.trim() === '') continue;
    return normaliseLocale(tag) ?? 'en';
  }
  return 'en';
}
