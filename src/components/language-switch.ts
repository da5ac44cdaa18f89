/**
 * The language switch (the GOV.UK language navigation pattern): each language
 * named in itself, with `lang` set on it, the current one marked pressed.
 * Switching keeps the visitor's place: the journey state does not depend on language.
 */
import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { on } from './listener.js';

/** Each language's own name for itself: the same on every page, so not translated. */
const AUTONYMS: ReadonlyArray<[Locale, string]> = [
  ['en', 'English'],
  ['cy', 'Cymraeg'],
];

/**
 * Render the switch; `onChoose` receives the chosen locale. The page's own language comes first
 * ("Cymraeg English" on a Welsh page); the order does not change when the visitor switches.
 */
export function languageSwitch(current: Locale, page: Locale, onChoose: (locale: Locale) => void): TemplateResult {
  const names = page === 'cy' ? [...AUTONYMS].reverse() : AUTONYMS;
  return html`<div class="language-switch" role="group" aria-label=${msg('Language', { desc: 'Label of the English / Cymraeg switch.' })} part="language-switch">
    ${names.map(
      ([locale, name]) => html`<button
        type="button"
        class="link-button language"
        lang=${locale}
        aria-pressed=${current === locale ? 'true' : 'false'}
        @click=${on(() => onChoose(locale))}
      >
        ${name}
      </button>`,
    )}
  </div>`;
}

export const languageSwitchStyles = css`
  .language-switch {
    display: flex;
    gap: 4px 12px;
    font-size: 16px;
    /* Pushes Close and the exit to the toolbar's right. */
    margin-inline-end: auto;
  }
  /* A phone: narrower, so that the toolbar keeps one row at 390 px in Welsh in every engine. */
  @media (max-width: 480px) {
    .language-switch {
      column-gap: 4px;
    }
    .language {
      padding-inline: 2px;
    }
  }
  .language[aria-pressed='true'] {
    color: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: default;
  }
`;
