/**
 * The quick exit: the Shift shortcut (subscribed while connected, unless the partner turned it
 * off), its progress, and the exit itself with its cover, which a dismissed "Leave site?" prompt
 * must never turn into a cover with no way out.
 */
import type { ReactiveElement } from 'lit';
import type { PartnerConfig } from '../../config/partner-config.js';
import { currentLocale } from '../../i18n/localization.js';
import { subscribeExitShortcut } from '../../safety/exit-shortcut.js';
import { leavePage } from '../../safety/leave-page.js';
import { shortcutStatus } from '../quick-exit.js';

/** How long the exit cover waits for the browser to leave before offering the exit again. */
const EXIT_STALLED_MS = 4000;

export interface QuickExitController {
  /** The quick exit is under way: everything is hidden. */
  readonly exiting: boolean;
  /** The quick exit has not left after a while (a dismissed "Leave site?" prompt): offer it again. */
  readonly stalled: boolean;
  /**
   * The Shift shortcut could not move the tab (a frame on another site, or sandboxed, with no
   * click): the cover asks for a press of its Exit button, which may.
   */
  readonly framed: boolean;
  /** Shift presses counted towards the exit shortcut. */
  readonly presses: number;
  /** The shortcut's status message ("Shift, press 2 more times to exit this page."). */
  readonly message: string;
  /** Listen for the Shift shortcut while connected, unless the partner turned it off (call on update). */
  sync(): void;
  /**
   * Hide everything at once, leave (replacing this page in the history), and
   * only then tell listeners: nothing a host script does can stop the exit.
   */
  exit(fromShortcut?: boolean): void;
  /** Back from a stalled exit (or from the back/forward cache) to the widget. */
  cancel(): void;
  /** Put the exit cover in the top layer, over everything on the page, and keep it there. */
  showCover(): void;
}

/**
 * `config`: the partner's `exitShortcut` (on or off) and `exitUrl` (where the exit goes);
 * `emit`: tells the page, after leaving has begun.
 */
export function quickExitController(
  host: ReactiveElement,
  config: () => Pick<PartnerConfig, 'exitShortcut' | 'exitUrl'>,
  emit: (event: 'help-finder-exit') => void,
): QuickExitController {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;
  const set = (exiting: boolean): void => {
    self.exiting = exiting;
    self.stalled = false;
    self.framed = false;
    host.requestUpdate();
  };
  const self = {
    exiting: false,
    stalled: false,
    framed: false,
    presses: 0,
    message: '',
    sync() {
      const wanted = host.isConnected && config().exitShortcut;
      if (wanted && !unsubscribe) {
        unsubscribe = subscribeExitShortcut({
          progress: (count, expired) => {
            self.presses = count;
            self.message = shortcutStatus(count, expired, currentLocale());
            host.requestUpdate();
          },
          exit: () => self.exit(true),
        });
      } else if (!wanted && unsubscribe) {
        unsubscribe();
        unsubscribe = undefined;
      }
    },
    exit(fromShortcut = false) {
      set(true);
      const url = config().exitUrl;
      try {
        // The element's own window: a widget moved into a popup leaves the popup, not its opener.
        const win = host.ownerDocument.defaultView ?? window;
        if (leavePage(url, win, !fromShortcut) === 'refused') {
          // The cover, at once, with its Exit button (focused by showModal): a press is a user
          // activation, which lets the tab leave. The partner's page may leave itself on this message.
          self.stalled = self.framed = true;
          win.parent.postMessage({ type: 'help-finder-exit', url }, '*');
        }
      } catch (error) {
        console.error('[help-finder] exit:', error);
      }
      emit('help-finder-exit');
      // Still here later (the visitor dismissed a host page's "Leave site?" prompt): offer the exit
      // again and a way back, never a cover with no way out.
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (self.exiting) {
          self.stalled = true;
          host.requestUpdate();
        }
      }, EXIT_STALLED_MS);
    },
    cancel() {
      clearTimeout(timer);
      set(false);
    },
    showCover() {
      const cover = host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-cover');
      if (!cover || cover.open) return;
      try {
        cover.showModal();
        // Some browsers close a modal dialog on a second Escape whatever `cancel` says: reopen it.
        cover.addEventListener('close', () => self.exiting && self.showCover(), { once: true });
      } catch {
        // Not in the top layer: the cover is still fixed over the page where the host's layout allows.
      }
    },
  };
  host.addController({
    hostConnected: self.sync,
    hostDisconnected: () => {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  });
  return self;
}
