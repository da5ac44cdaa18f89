/**
 * The quick exit: the Shift shortcut (subscribed while connected, unless the partner turned it
 * off), its progress, and the exit itself with its cover, which a dismissed "Leave site?" prompt
 * must never turn into a cover with no way out.
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { PartnerConfig } from '../../config/partner-config.js';
import { currentLocale } from '../../i18n/localization.js';
import { subscribeExitShortcut } from '../../safety/exit-shortcut.js';
import { GOVUK_EXIT_THIS_PAGE, leaveThroughWidgetExit } from '../../safety/govuk-exit.js';
import { leavePage } from '../../safety/leave-page.js';
import { exitCover, shortcutStatus } from '../quick-exit.js';
import { whenIdle } from '../scheduling.js';

/** Whether the page was told about GOV.UK's exit (once per page, however many widgets). */
let warnedGovUk = false;
/** The widget whose exit GOV.UK's button leaves through, and how it stops (one per page). */
let govUkExit: { owner: object; stop: () => void } | undefined;

/** How long the exit cover waits for the browser to leave before offering the exit again. */
const EXIT_STALLED_MS = 4000;

export interface QuickExitController {
  /** The quick exit is under way: everything is hidden (render `cover`). */
  readonly exiting: boolean;
  /** Shift presses counted towards the exit shortcut. */
  readonly presses: number;
  /** The shortcut's status message ("Shift, press 2 more times to exit this page."). */
  readonly message: string;
  /**
   * Hide everything at once (the cover is drawn in this task), then, after the next frame, tell
   * listeners and leave in the same task (replacing this page in the history): the exit's
   * navigation comes last, so nothing a host script does can stop or redirect it.
   * `fromShortcut`: no user activation, so where the tab may not leave, the cover asks for a
   * press of its Exit button instead of leaving only the frame. `url`: where to go, instead of
   * the partner's `exitUrl` (GOV.UK's exit button names its own).
   */
  exit(fromShortcut?: boolean, url?: string): void;
  /** Back from a stalled exit (or from the back/forward cache) to the widget. */
  cancel(): void;
  /** What the element shows while exiting; `back`: the cover's Back was used (after `cancel`). */
  cover(back: () => void): TemplateResult;
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
  /** A cover on the page itself, for a widget in a hidden container (its own cover is not drawn). */
  let pageCover: HTMLDialogElement | undefined;
  const set = (exiting: boolean): void => {
    pageCover?.remove();
    pageCover = undefined;
    self.exiting = exiting;
    self.stalled = false;
    self.framed = false;
    host.requestUpdate();
  };
  const self = {
    exiting: false,
    /** The quick exit has not left after a while (a dismissed "Leave site?" prompt): offer it again. */
    stalled: false,
    /**
     * The Shift shortcut could not move the tab (a frame on another site, or sandboxed, with no
     * click): the cover asks for a press of its Exit button, which may.
     */
    framed: false,
    presses: 0,
    message: '',
    cover: (back: () => void) =>
      exitCover(
        self.stalled,
        self.framed,
        () => self.exit(),
        () => {
          self.cancel();
          back();
        },
      ),
    /** Listen for the Shift shortcut while connected, unless the partner turned it off. */
    sync() {
      const wanted = host.isConnected && config().exitShortcut;
      if (wanted && !unsubscribe) {
        // GOV.UK Frontend's "Exit this page" on the page too: it leaves with location.href, so Back
        // returns. The widget's shortcut takes the third press (exit-shortcut.ts), and GOV.UK's
        // button leaves through the widget's exit. Said once, when the browser is idle.
        whenIdle(() => {
          const doc = host.ownerDocument;
          if (!unsubscribe || govUkExit || !doc.querySelector(GOVUK_EXIT_THIS_PAGE)) return;
          govUkExit = { owner: self, stop: leaveThroughWidgetExit(doc, (url) => self.exit(false, url)) };
          if (warnedGovUk) return;
          warnedGovUk = true;
          console.warn(
            '[help-finder] GOV.UK\'s "Exit this page" is on this page too: while the widget is here, both exits leave with location.replace, so Back cannot return (README, "One exit on a page").',
          );
        });
        unsubscribe = subscribeExitShortcut({
          progress: (count, expired) => {
            self.presses = count;
            self.message = shortcutStatus(count, expired, currentLocale());
            host.requestUpdate();
          },
          exit: () => self.exit(true),
          focused: () => host.shadowRoot?.activeElement ?? null,
        });
      } else if (!wanted && unsubscribe) {
        stop();
      }
    },
    exit(fromShortcut = false, to?: string) {
      set(true);
      // The cover is drawn now, in this task: a host's "Leave site?" prompt, which the browser
      // shows while leaving, then sits over the cover, never over the outcome.
      try {
        (host as unknown as { performUpdate(): void }).performUpdate();
      } catch (error) {
        console.error('[help-finder] exit:', error);
      }
      const url = to ?? config().exitUrl;
      // The element's own window: a widget moved into a popup leaves the popup, not its opener.
      const win = host.ownerDocument.defaultView ?? window;
      let left = false;
      const attempt = () => {
        try {
          return leavePage(url, win, !fromShortcut);
        } catch (error) {
          console.error('[help-finder] exit:', error);
          return undefined;
        }
      };
      const leave = () => {
        if (left) return;
        left = true;
        // Listeners hear first, in the same task as the exit's own navigation: whatever one does
        // (stop the page, send it elsewhere), the exit's navigation comes after it and wins.
        emit('help-finder-exit');
        if (attempt() !== 'refused') return;
        // The cover's Exit button, focused: a press is a user activation, which lets the tab leave.
        // The partner's page may also leave itself on this message.
        self.stalled = self.framed = true;
        win.parent.postMessage({ type: 'help-finder-exit', url }, '*');
        host.requestUpdate();
        void host.updateComplete.then(() =>
          host.renderRoot.querySelector<HTMLElement>('.exit-cover .exit-button')?.focus(),
        );
      };
      // Once the cover is painted: after the next frame, or at once where frames are paused.
      win.requestAnimationFrame(() => setTimeout(leave));
      setTimeout(leave, 100);
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
    /** Put the exit cover in the top layer, over everything on the page, and keep it there. */
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
      // In a hidden container (a closed accordion) the widget's cover is not drawn: cover the page
      // from its body instead, blank, above everything.
      const drawn = cover.checkVisibility?.() ?? cover.getClientRects().length > 0;
      if (!drawn && !pageCover) {
        try {
          const doc = host.ownerDocument;
          pageCover = doc.createElement('dialog');
          const style: Record<string, string> = {
            display: 'block',
            position: 'fixed',
            inset: '0',
            width: '100%',
            height: '100%',
            'max-width': 'none',
            'max-height': 'none',
            margin: '0',
            padding: '0',
            border: '0',
            background: '#fff',
            visibility: 'visible',
            opacity: '1',
          };
          for (const [name, value] of Object.entries(style)) pageCover.style.setProperty(name, value, 'important');
          doc.body.append(pageCover);
          pageCover.showModal();
        } catch {
          // Nothing may stop the exit.
        }
      }
    },
  };
  /** Stop listening for the shortcut, and stop taking GOV.UK's exit button. */
  const stop = (): void => {
    unsubscribe?.();
    unsubscribe = undefined;
    if (govUkExit?.owner === self) {
      govUkExit.stop();
      govUkExit = undefined;
    }
  };
  host.addController({
    hostConnected: self.sync,
    // After the element's willUpdate, where a new configuration (its `exitShortcut`) is read.
    hostUpdate: self.sync,
    hostUpdated: () => self.exiting && self.showCover(),
    hostDisconnected: stop,
  });
  return self;
}
