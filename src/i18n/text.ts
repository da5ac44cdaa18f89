/**
 * The basic text types and the one helper that picks a partner text's language.
 * The lowest layer: everything else may import these; this file imports nothing.
 */

/** The locale codes the widget speaks. Other modules import it from `locale.ts`, its one home for them. */
export type Locale = 'en' | 'cy';

/** A localised text, resolved when rendered (so `msg()` runs in the visitor's language then). */
export type Text = () => string;

/** Text in English and/or Welsh. At least one is present. */
export interface LocalisedText {
  en?: string;
  cy?: string;
}

/** A partner text in the visitor's language, or the other one, with `lang` set only then. */
export interface PickedText {
  text: string;
  /** The text's language where it is not the visitor's (to mark it with `lang`). */
  lang?: Locale;
}

/** Choose the visitor's language from a partner text, falling back to the other (marked with `lang`). */
export function pickText(text: LocalisedText, locale: Locale): PickedText {
  const other: Locale = locale === 'cy' ? 'en' : 'cy';
  const value = text[locale];
  if (value !== undefined) return { text: value };
  return { text: text[other] ?? '', lang: other };
}
