/**
 * Plural categories. Welsh has six (zero, one, two, few, many, other).
 * `Intl.PluralRules` gives them where the browser has Welsh data; where it
 * does not (it then answers for another locale), the CLDR rule for whole
 * numbers is applied here, so counts read correctly in every browser.
 */
import type { Locale } from './locale.js';

/** An LDML plural category. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** CLDR's Welsh cardinal rule, for whole numbers. */
export function welshPluralCategory(n: number): PluralCategory {
  switch (n) {
    case 0:
      return 'zero';
    case 1:
      return 'one';
    case 2:
      return 'two';
    case 3:
      return 'few';
    case 6:
      return 'many';
    default:
      return 'other';
  }
}

/** The plural category of `n` in `locale`. */
export function pluralCategory(n: number, locale: Locale): PluralCategory {
  try {
    const rules = new Intl.PluralRules(locale);
    if (rules.resolvedOptions().locale.split('-')[0] === locale) return rules.select(n) as PluralCategory;
  } catch {
    // Fall through to the written-out rules.
  }
  if (locale === 'cy') return welshPluralCategory(n);
  return n === 1 ? 'one' : 'other';
}
