/**
 * Back from the back/forward cache (the visitor came back through history): `restore` runs, so
 * the element shows the first question, never the outcome they had reached.
 */
import type { ReactiveElement } from 'lit';

export function pageShowController(host: ReactiveElement, restore: () => void): void {
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) restore();
  };
  host.addController({
    hostConnected: () => window.addEventListener('pageshow', onPageShow),
    hostDisconnected: () => window.removeEventListener('pageshow', onPageShow),
  });
}
