/**
 * Keeps `--_toolbar-height`, on the element inside the shadow root that holds the widget (the
 * partner's `<help-finder>` is never written to), (used to scroll focused elements clear of the sticky toolbar, WCAG
 * 2.2 SC 2.4.11) up to date: the toolbar wraps to two rows on a phone, longer in Welsh.
 *
 * A controller with no state the element reads is a plain object (a `ReactiveController` need
 * not be a class): its closure's variables minify to one letter where class fields would not.
 */
import type { ReactiveElement } from 'lit';
import { nextTask } from '../scheduling.js';

export function toolbarController(host: ReactiveElement): void {
  let observer: ResizeObserver | undefined;
  /** The toolbar being measured: a new one (after the exit cover, or the launcher) is measured anew. */
  let observed: HTMLElement | undefined;
  let height = '';
  const stop = (): void => {
    observer?.disconnect();
    observer = observed = undefined;
  };
  const observe = (): void => {
    const toolbar = host.renderRoot?.querySelector<HTMLElement>('.toolbar');
    if (!toolbar || toolbar === observed || typeof ResizeObserver !== 'function') return;
    stop();
    observed = toolbar;
    observer = new ResizeObserver(() => {
      // A toolbar taken off the page (by the exit cover) measures 0: keep the last height.
      if (!toolbar.isConnected) return;
      const next = `${Math.ceil(toolbar.getBoundingClientRect().height)}px`;
      if (next === height) return;
      height = next;
      // In a new task: setting it now would restyle the whole widget a second time in the frame
      // that first draws it (one long task on a slow phone). Nothing needs it before a visitor
      // can move focus.
      void nextTask().then(() => (host.renderRoot as HTMLElement).style.setProperty('--_toolbar-height', height));
    });
    observer.observe(toolbar);
  };
  host.addController({
    hostConnected: () => host.hasUpdated && observe(),
    hostUpdated: observe,
    hostDisconnected: stop,
  });
}
