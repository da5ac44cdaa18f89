/**
 * Launcher mode: the dialog the floating button opens (its journey built on first opening, not
 * on page load), and the button's corner: it must never cover the element that has focus on the
 * page (WCAG 2.2 SC 2.4.11), so it moves to the other corner when it would.
 *
 * Like the other controllers here, a plain object (a `ReactiveController` need not be a class):
 * its closure's variables minify to one letter where class fields would not, and the bundle's
 * budget is tight.
 */
import type { nothing, ReactiveElement, TemplateResult } from 'lit';
import type { LauncherSettings } from '../../config/partner-config.js';
import { currentLocale } from '../../i18n/localization.js';
import { pickText } from '../../i18n/text.js';
import type { Emit } from '../events.js';
import { launcher } from '../launcher.js';

export interface LauncherController {
  /** The launcher moved to the other corner so as not to cover the page's focused element. */
  moved: boolean;
  /** The dialog has been opened at least once (its journey is rendered from then on). */
  used: boolean;
  open(): Promise<void>;
  close(): void;
  /** The dialog closed: focus goes back to the launcher. */
  closed(): void;
  /** The floating button and its dialog around `content` (`nothing` until the visitor first opens it). */
  render(content: TemplateResult | typeof nothing): TemplateResult;
}

/** `emit` tells the page the dialog opened; `config()`'s `launcher`: the partner's label, corner and offset. */
export function launcherController(
  host: ReactiveElement & { launcher: boolean },
  emit: Emit,
  config: () => { launcher: LauncherSettings },
): LauncherController {
  const onOpen = () => emit('help-finder-open');
  const settings = () => config().launcher;
  const find = <E extends Element>(selector: string) => host.renderRoot.querySelector<E>(selector);
  const focusLauncher = () => find<HTMLElement>('.launcher')?.focus();
  const onPageFocus = (event: FocusEvent): void => {
    const button = find<HTMLElement>('.launcher');
    const target = event.target as Element | null;
    if (!host.launcher || target === host || !button || !target || typeof target.getBoundingClientRect !== 'function')
      return;
    // Where the launcher sits in its configured corner (mirrored back if it has moved).
    const now = button.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = self.moved ? width - now.right : now.left;
    const right = self.moved ? width - now.left : now.right;
    const b = target.getBoundingClientRect();
    const moved = left < b.right && b.left < right && now.top < b.bottom && b.top < now.bottom;
    if (moved !== self.moved) {
      self.moved = moved;
      host.requestUpdate();
    }
  };
  const self: LauncherController = {
    moved: false,
    used: false,
    async open() {
      if (!self.used) {
        // The journey is built the first time the visitor opens the launcher, not on page load.
        self.used = true;
        host.requestUpdate();
        await host.updateComplete;
      }
      const dialog = find<HTMLDialogElement>('dialog');
      if (!dialog || dialog.open) return;
      // Browsers return focus to what had it before showModal(): make that the launcher.
      focusLauncher();
      dialog.showModal();
      onOpen();
      find<HTMLElement>('#step-heading')?.focus();
    },
    close: () => find<HTMLDialogElement>('dialog')?.close(),
    closed: focusLauncher,
    render: (content) => {
      const config = settings();
      return launcher(content, {
        settings: config,
        label: config.label && pickText(config.label, currentLocale()),
        moved: self.moved,
        onOpen: () => void self.open(),
        onDialogClosed: focusLauncher,
      });
    },
  };
  /** The page-wide listener, only while the element is a launcher: an inline widget adds none. */
  const listen = (on: boolean) =>
    host.ownerDocument[on ? 'addEventListener' : 'removeEventListener']('focusin', onPageFocus as EventListener);
  host.addController({
    hostConnected: () => listen(host.launcher),
    hostUpdate: () => {
      listen(host.launcher);
      // On the element inside the shadow root, not on the partner's <help-finder>.
      if (host.launcher)
        (host.renderRoot as HTMLElement).style.setProperty('--_launcher-offset', `${settings().offset}px`);
    },
    hostDisconnected: () => listen(false),
  });
  return self;
}
