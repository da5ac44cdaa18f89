/**
 * Launcher mode: a floating button in a corner that opens the finder in a
 * native modal <dialog> (focus moves in, Esc or Close closes it, focus returns).
 */
import { msg } from '@lit/localize';
import { css, html, type nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LauncherSettings } from '../config/partner-config.js';
import { on } from './listener.js';

/** What the launcher needs from the element. */
export interface LauncherContext {
  settings: LauncherSettings;
  /** The partner's label in the visitor's language, if given. */
  label?: { text: string; lang?: string };
  /** Move to the other corner (the launcher would cover the page's focused element). */
  moved: boolean;
  onOpen: () => void;
  onDialogClosed: () => void;
}

/**
 * The floating button and the dialog around `content` (nothing until the visitor
 * first opens it). The dialog's Close button sits in the finder's own toolbar
 * (see `closeDialogButton`), so a phone shows one bar, not two, above the question.
 */
export function launcher(content: TemplateResult | typeof nothing, context: LauncherContext): TemplateResult {
  const side = (context.settings.position === 'bottom-left') !== context.moved ? 'left' : 'right';
  return html`<button
      type="button"
      class="launcher root launcher--${side}"
      part="launcher"
      aria-haspopup="dialog"
      lang=${ifDefined(context.label?.lang)}
      @click=${on(context.onOpen)}
    >
      ${context.label?.text ?? msg('Worried about a child?')}
    </button>
    <dialog class="dialog" part="dialog" aria-label=${msg('Get help for a worry about a child')} @close=${on(context.onDialogClosed)}>
      ${content}
    </dialog>`;
}

/** The dialog's Close button, shown in the toolbar in launcher mode. */
export function closeDialogButton(onClose: () => void): TemplateResult {
  return html`<button type="button" class="link-button close-dialog" @click=${on(onClose)}>${msg('Close')}</button>`;
}

export const launcherStyles = css`
  :host([launcher]) {
    /* A containing block would trap the fixed launcher; the host takes no space. */
    contain: none;
    height: 0;
  }
  .launcher {
    position: fixed;
    bottom: var(--_launcher-offset, 16px);
    z-index: 2147483000;
    min-height: 48px;
    padding: 12px 20px;
    border: 2px solid var(--_accent-text);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    box-shadow: 0 2px 8px rgb(0 0 0 / 35%);
  }
  .launcher--right {
    right: var(--_launcher-offset, 16px);
  }
  .launcher--left {
    left: var(--_launcher-offset, 16px);
  }
  /* Held at the top, not centred: a step that grows (an outcome page's "Other help", a frame
   * after the rest) grows downwards, and nothing the visitor is reading moves. */
  .dialog {
    width: min(720px, calc(100vw - 16px));
    max-width: none;
    max-height: calc(100dvh - 16px);
    margin-block: 8px auto;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  @media (forced-colors: active) {
    .launcher {
      border-color: ButtonText;
    }
  }
`;
