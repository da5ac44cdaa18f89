/**
 * Launcher mode: the dialog the floating button opens (its journey built on first opening, not
 * on page load), and the button's corner: it must never cover the element that has focus on the
 * page (WCAG 2.2 SC 2.4.11), so it moves to the other corner when it would. The page-wide focus
 * listener is added only while the element is in launcher mode.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class LauncherController implements ReactiveController {
  /** The launcher moved to the other corner so as not to cover the page's focused element. */
  moved = false;
  /** The dialog has been opened at least once (its journey is rendered from then on). */
  used = false;
  private listening = false;

  /** `onOpen`: tell the page the dialog opened. */
  constructor(
    private readonly host: ReactiveElement & { launcher: boolean },
    private readonly onOpen: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostUpdated(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('focusin', this.onPageFocus);
    this.listening = false;
  }

  private listen(): void {
    if (this.listening || !this.host.launcher || !this.host.isConnected) return;
    this.listening = true;
    this.host.ownerDocument.addEventListener('focusin', this.onPageFocus);
  }

  private find<E extends Element>(selector: string): E | null {
    return this.host.renderRoot.querySelector<E>(selector);
  }

  private onPageFocus = (event: FocusEvent): void => {
    const button = this.find<HTMLElement>('.launcher');
    const target = event.target as Element | null;
    if (!this.host.launcher || target === this.host || !button || !target || typeof target.getBoundingClientRect !== 'function') return;
    // Where the launcher sits in its configured corner (mirrored back if it has moved).
    const now = button.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = this.moved ? width - now.right : now.left;
    const right = this.moved ? width - now.left : now.right;
    const b = target.getBoundingClientRect();
    const moved = left < b.right && b.left < right && now.top < b.bottom && b.top < now.bottom;
    if (moved !== this.moved) {
      this.moved = moved;
      this.host.requestUpdate();
    }
  };

  async open(): Promise<void> {
    if (!this.used) {
      // The journey is built the first time the visitor opens the launcher, not on page load.
      this.used = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    const dialog = this.find<HTMLDialogElement>('dialog');
    if (!dialog || dialog.open) return;
    // Browsers return focus to what had it before showModal(): make that the launcher.
    this.find<HTMLElement>('.launcher')?.focus();
    dialog.showModal();
    this.onOpen();
    this.find<HTMLElement>('#step-heading')?.focus();
  }

  close(): void {
    this.find<HTMLDialogElement>('dialog')?.close();
  }

  /** The dialog closed: focus goes back to the launcher. */
  closed(): void {
    this.find<HTMLElement>('.launcher')?.focus();
  }
}
