/**
 * Keeps `--_toolbar-height` (used to scroll focused elements clear of the sticky toolbar, WCAG
 * 2.2 SC 2.4.11) up to date: the toolbar wraps to two rows on a phone, longer in Welsh.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class ToolbarController implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(): void {
    const toolbar = this.host.renderRoot?.querySelector<HTMLElement>('.toolbar');
    if (!toolbar || this.observer || typeof ResizeObserver !== 'function') return;
    this.observer = new ResizeObserver(() => {
      this.host.style.setProperty('--_toolbar-height', `${Math.ceil(toolbar.getBoundingClientRect().height)}px`);
    });
    this.observer.observe(toolbar);
  }
}
