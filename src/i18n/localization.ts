/**
 * @lit/localize in runtime mode, with the Welsh messages bundled in the same
 * file (a static import: a dynamic one would resolve against the partner's URL).
 * The locale is global to the page, as @lit/localize keeps it.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as cy from '../generated/locales/cy.js';
import type { Locale } from './locale.js';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => cy,
});

/** The language the widget currently speaks. */
export function currentLocale(): Locale {
  return getLocale() === 'cy' ? 'cy' : 'en';
}

/** Switch the widget's language; every localized element re-renders. */
export async function useLocale(locale: Locale): Promise<void> {
  if (getLocale() !== locale) await setLocale(locale);
}
