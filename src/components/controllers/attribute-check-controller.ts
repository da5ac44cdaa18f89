/**
 * Development build only: one console line for each attribute value the widget cannot use
 * (`theme="purple"`, `heading-level="9"`, `lang="fr"`), naming the attribute and what it uses
 * instead, once per value. Without it such a mistake is silent: the widget quietly falls back.
 * The production build leaves this out (`DEVELOPMENT` is false there).
 */
import type { ReactiveElement } from 'lit';
import { DEVELOPMENT } from '../../config/development.js';
import { normaliseLocale } from '../../i18n/locale.js';
import { headingLevel } from '../heading.js';

const THEMES = ['light', 'dark', 'auto'];

export function attributeCheckController(host: ReactiveElement): void {
  if (!DEVELOPMENT) return;
  const said = new Set<string>();
  const warn = (name: string, value: string, instead: string) => {
    if (said.has(`${name}=${value}`)) return;
    said.add(`${name}=${value}`);
    console.warn(`[help-finder] ${name}: "${value}" is not ${instead}`);
  };
  host.addController({
    hostUpdated: () => {
      const theme = host.getAttribute('theme');
      if (theme !== null && !THEMES.includes(theme)) warn('theme', theme, 'light, dark or auto; light is used');
      const level = host.getAttribute('heading-level');
      if (level !== null && String(headingLevel(level)) !== level.trim())
        warn('heading-level', level, `a heading level from 2 to 6; ${headingLevel(level)} is used`);
      const lang = host.getAttribute('lang');
      if (lang?.trim() && !normaliseLocale(lang)) warn('lang', lang, 'en or cy; English is used');
    },
  });
}
