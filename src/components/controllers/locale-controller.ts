/**
 * The widget's language: the one the visitor chose with the switch, else the nearest `lang` up
 * the tree (followed when a single-page site changes it without reloading). `ready` settles when
 * the language last asked for is loaded and active; the element's `updateComplete` waits for it.
 */
import { updateWhenLocaleChanges } from '@lit/localize';
import type { ReactiveElement } from 'lit';
import { hostLocale } from '../../i18n/host-language.js';
import type { Locale } from '../../i18n/locale.js';
import { currentLocale, useLocale } from '../../i18n/localization.js';

export interface LocaleController {
  /** Settles when the language last asked for is loaded and active. */
  readonly ready: Promise<void>;
  /** The page's language (or the browser's, where the page names none), whatever the visitor chose. */
  readonly page: Locale;
  /** Switch to the visitor's choice (it wins over the page's). */
  choose(locale: Locale): void;
  /** Load and use the language wanted now (call when the host's `lang` changes). */
  apply(): void;
}

export function localeController(host: ReactiveElement): LocaleController {
  /** The language the visitor chose with the switch. */
  let chosen: Locale | undefined;
  let ready = Promise.resolve();
  let observer: MutationObserver | undefined;
  const apply = (): void => {
    const wanted = chosen ?? hostLocale(host, host.lang);
    if (wanted !== currentLocale()) {
      ready = useLocale(wanted).catch((error: unknown) =>
        console.error('[help-finder] could not switch language:', error),
      );
    }
  };
  // Re-render in the new language when it changes (what @localized() does).
  updateWhenLocaleChanges(host);
  host.addController({
    hostConnected: () => {
      apply();
      // Some sites switch language without reloading: follow any change of `lang` above us.
      observer = new MutationObserver(apply);
      observer.observe(host.ownerDocument.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    },
    hostDisconnected: () => {
      observer?.disconnect();
      observer = undefined;
    },
  });
  return {
    get ready() {
      return ready;
    },
    get page() {
      return hostLocale(host, host.lang);
    },
    choose(locale) {
      chosen = locale;
      host.requestUpdate();
      apply();
    },
    apply,
  };
}
