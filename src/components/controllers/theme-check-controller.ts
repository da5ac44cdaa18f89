/**
 * Warns a partner whose theme makes text or focus hard to see (see `../theme-check.ts`), once,
 * when the widget is first shown, at an idle moment so that it never delays the page. Only in
 * the development build (`dist/help-finder.dev.js`): the production build leaves the check out.
 * The configurator's preview uses the development build, so its console shows them.
 */
import type { ReactiveElement } from 'lit';
import { DEVELOPMENT } from '../../config/development.js';
import { whenIdle } from '../scheduling.js';
import { themeContrastWarnings } from '../theme-check.js';

export function themeCheckController(host: ReactiveElement): void {
  if (!DEVELOPMENT) return;
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
