/**
 * The quick exit: the Shift shortcut (subscribed while connected, unless the partner turned it
 * off), its progress, and the exit itself with its cover, which a dismissed "Leave site?" prompt
 * must never turn into a cover with no way out.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { currentLocale } from '../../i18n/localization.js';
import { subscribeExitShortcut } from '../../safety/exit-shortcut.js';
import { leavePage } from '../../safety/leave-page.js';
import { shortcutStatus } from '../quick-exit.js';

/** How long the exit cover waits for the browser to leave before offering the exit again. */
const EXIT_STALLED_MS = 4000;

/** What the exit needs from the element. */
export interface QuickExitOptions {
  /** Whether the Shift shortcut is on (the partner's `exitShortcut`). */
  shortcut: () => boolean;
  /** Where the exit goes (the partner's `exitUrl`). */
  exitUrl: () => string;
  /** Tell the page (after leaving has begun). */
  onExit: () => void;
}

export class QuickExitController implements ReactiveController {
  /** The quick exit is under way: everything is hidden. */
  exiting = false;
  /** The quick exit has not left after a while (a dismissed "Leave site?" prompt): offer it again. */
  stalled = false;
  /** Shift presses counted towards the exit shortcut. */
  presses = 0;
  /** The shortcut's status message ("Shift, press 2 more times to exit this page."). */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: QuickExitOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Listen for the Shift shortcut while connected, unless the partner turned it off. */
  sync(): void {
    const wanted = this.host.isConnected && this.options.shortcut();
    if (wanted && !this.unsubscribe) {
      this.unsubscribe = subscribeExitShortcut({
        progress: (count, expired) => {
          this.presses = count;
          this.message = shortcutStatus(count, expired, currentLocale());
          this.host.requestUpdate();
        },
        exit: () => this.exit(),
      });
    } else if (!wanted && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }

  /**
   * Hide everything at once, leave (replacing this page in the history), and
   * only then tell listeners: nothing a host script does can stop the exit.
   */
  exit(): void {
    this.set(true);
    try {
      leavePage(this.options.exitUrl());
    } catch (error) {
      console.error('[help-finder] exit:', error);
    }
    this.options.onExit();
    // Still here later (the visitor dismissed a host page's "Leave site?" prompt): offer the exit
    // again and a way back, never a cover with no way out.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.exiting) {
        this.stalled = true;
        this.host.requestUpdate();
      }
    }, EXIT_STALLED_MS);
  }

  /** Back from a stalled exit (or from the back/forward cache) to the widget. */
  cancel(): void {
    clearTimeout(this.timer);
    this.set(false);
  }

  /** Put the exit cover in the top layer, over everything on the page, and keep it there. */
  showCover(): void {
    const cover = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-cover');
    if (!cover || cover.open) return;
    try {
      cover.showModal();
      // Some browsers close a modal dialog on a second Escape whatever `cancel` says: reopen it.
      cover.addEventListener('close', () => this.exiting && this.showCover(), { once: true });
    } catch {
      // Not in the top layer: the cover is still fixed over the page where the host's layout allows.
    }
  }

  private set(exiting: boolean): void {
    this.exiting = exiting;
    this.stalled = false;
    this.host.requestUpdate();
  }
}
