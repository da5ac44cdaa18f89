/**
 * The quick exit: a calm, clearly marked button on every step, the Shift
 * shortcut's progress (dots and a status message), and the cover shown while
 * the browser leaves.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { pluralCategory } from '../i18n/plural.js';
import { PRESSES_TO_EXIT } from '../safety/shift-counter.js';
import { on } from './listener.js';

/**
 * "Shift, press 2 more times to exit." in the visitor's language, with the right plural. `left` is
 * 1 or 2 (the count starts again at `PRESSES_TO_EXIT`): English needs "one" and "other", Welsh
 * "one" and "two" ("few" and "many" would read as "other" does).
 */
export function pressesLeftText(left: number, locale: Locale): string {
  switch (pluralCategory(left, locale)) {
    // one and two each stand for a single number, so their text can say it in words.
    case 'one':
      return msg('Shift, press 1 more time to exit this page.', { id: 'exit-presses-left-one' });
    case 'two':
      return msg('Shift, press 2 more times to exit this page.', { id: 'exit-presses-left-two' });
    default:
      return msg(str`Shift, press ${left} more times to exit this page.`, { id: 'exit-presses-left-other' });
  }
}

/** The status message for the shortcut: presses left, or that the sequence expired. */
export function shortcutStatus(count: number, expired: boolean, locale: Locale): string {
  if (expired) return msg('Exit this page expired.');
  return count > 0 ? pressesLeftText(PRESSES_TO_EXIT - count, locale) : '';
}

/** The exit button, with the shortcut's progress dots when the shortcut is on. */
export function quickExitButton(onExit: () => void, presses: number, shortcut: boolean): TemplateResult {
  return html`<div class="quick-exit">
    <button type="button" class="button exit-button" part="exit" @click=${on(onExit)}>
      <span class="visually-hidden">${msg('Emergency', { desc: 'Hidden before "Exit this page" so screen readers hear it is a safety exit.' }) + ' '}</span>${msg('Exit this page')}
    </button>
    ${
      shortcut
        ? html`<span class="exit-dots" aria-hidden="true"
          >${Array.from({ length: PRESSES_TO_EXIT }, (_, i) => html`<span class="dot ${i < presses ? 'dot--on' : ''}"></span>`)}</span
        >`
        : nothing
    }
  </div>`;
}

/**
 * Covers the whole page at once while the browser leaves: a modal dialog, opened
 * with showModal() (see controllers/quick-exit-controller.ts), sits in the top layer, where no host
 * layout (`contain`, `transform`, `overflow`, `z-index`) can clip or trap it.
 * Escape does not close it. If the page is still here after a while (a host
 * "Leave site?" prompt was dismissed), `stalled` offers the exit again and a way back. `framed`:
 * the Shift shortcut could not move the whole tab (a frame with no click yet), so the cover asks
 * for a press of its Exit button at once.
 */
export function exitCover(stalled: boolean, framed: boolean, onExit: () => void, onBack: () => void): TemplateResult {
  return html`<dialog class="exit-cover root" @cancel=${on((e: Event) => e.preventDefault())}>
    <p role="alert">
      ${
        framed
          ? msg('Press “Exit this page” to leave the whole page.', {
              desc: 'Shown over the widget when the Shift shortcut could not leave the partner’s page around a frame. Use the Welsh name of the “Exit this page” button.',
            })
          : msg('Loading.')
      }
    </p>
    ${
      stalled
        ? html`${quickExitButton(onExit, 0, false)}
          <button type="button" class="link-button back" @click=${on(onBack)}>${msg('Back')}</button>`
        : nothing
    }
  </dialog>`;
}

export const quickExitStyles = css`
  .quick-exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 4px;
  }
  .exit-button {
    background: var(--_danger);
    color: var(--_danger-text);
    min-height: 44px;
    padding: 8px 16px;
  }
  .exit-dots {
    display: flex;
    gap: 6px;
    height: 8px;
  }
  .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    border: 1px solid var(--_danger);
  }
  .dot--on {
    background: var(--_danger);
  }
  /* Windows high contrast and other forced colours: the one place the page's own colours stay (the
   * system's): a press that counted fills its dot, one still to come is a ring. After .dot--on. */
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .dot--on {
      background: CanvasText;
    }
  }
  /* On a phone, as GOV.UK's exit button: 16px, so the toolbar keeps one row at 390 px in Welsh
   * too, also on a page with margins (a 332 px toolbar). */
  @media (max-width: 480px) {
    .exit-button {
      font-size: 16px;
      padding-inline: 6px;
    }
  }
  /* Shown even where showModal() fails (display beats the closed dialog's none). */
  .exit-cover {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 16px;
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    border: 0;
    background: #ffffff;
    color: #0b0c0c;
  }
  .exit-cover::backdrop {
    background: #ffffff;
  }
`;
