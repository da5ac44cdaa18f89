/**
 * The widget's language: the one the visitor chose with the switch, else the nearest `lang` up
 * the tree (followed when a single-page site changes it without reloading). `ready` settles when
 * the language last asked for is loaded and active; the element's `updateComplete` waits for it.
 */
import { updateWhenLocaleChanges } from '@lit/localize';
import type { ReactiveController, ReactiveElement } from 'lit';
import { hostLocale } from '../../i18n/host-language.js';
import type { Locale } from '../../i18n/locale.js';
import { currentLocale, useLocale } from '../../i18n/localization.js';

export class LocaleController implements ReactiveController {
  /** The language the visitor chose with the switch; it wins over the page's. */
  private chosen?: Locale;
  private observer?: MutationObserver;
  /** Settles when the language last asked for is loaded and active. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    // Re-render in the new language when it changes (what @localized() does).
    updateWhenLocaleChanges(host);
  }

  hostConnected(): void {
    this.apply();
    // Some sites switch language without reloading: follow any change of `lang` above us.
    this.observer = new MutationObserver(() => this.apply());
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Switch to the visitor's choice. */
  choose(locale: Locale): void {
    this.chosen = locale;
    this.host.requestUpdate();
    this.apply();
  }

  /** Load and use the language wanted now (the host's `lang` may have changed). */
  apply(): void {
    const wanted = this.chosen ?? hostLocale(this.host, this.host.lang);
    if (wanted !== currentLocale()) {
      this.ready = useLocale(wanted).catch((error: unknown) =>
        console.error('[help-finder] could not switch language:', error),
      );
    }
  }
}
