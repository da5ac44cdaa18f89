/**
 * Warns a partner whose theme makes text or focus hard to see (see `../theme-check.ts`), once,
 * when the widget is first shown, at an idle moment so that it never delays the page. In both
 * builds: a colour that fails in the theme a visitor sees (a dark palette left unreadable, say)
 * must show in the live site's console too, not only in the development build's.
 */
import type { ReactiveElement } from 'lit';
import { whenIdle } from '../scheduling.js';
import { themeContrastWarnings } from '../theme-check.js';

export function themeCheckController(host: ReactiveElement): void {
  let checked = false;
  const widget = () => host.renderRoot.querySelector<HTMLElement>('.widget');
  host.addController({
    hostUpdated: () => {
      if (checked || !widget()) return;
      checked = true;
      whenIdle(() => {
        const root = widget();
        if (host.isConnected && root)
          for (const warning of themeContrastWarnings(root)) console.warn(`[help-finder] ${warning}`);
      });
    },
  });
}
