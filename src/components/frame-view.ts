/**
 * The frame around every step (the widget region, the sticky toolbar, the 999 line, Back and
 * Start again): the parts the element draws around the question or outcome view.
 */
import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { StepModel } from '../present/step-model.js';
import { on } from './listener.js';
import type { JourneyController } from './controllers/journey-controller.js';
import { outcomeView } from './outcome-view.js';
import { questionView } from './question-view.js';
import type { CardContext } from './service-card.js';

/**
 * The step inside the frame: the question page (answered through `progress`), or the outcome
 * page (`onContact`: a contact link was used; `whole`: false for its first frame only).
 */
export function stepView(
  model: StepModel,
  headingLevel: number,
  progress: JourneyController,
  whole: boolean,
  onContact: CardContext['onContact'],
): TemplateResult {
  const { selected, showError, select: onSelect, submit: onSubmit } = progress;
  return html`<div class="step">
    ${
      model.kind === 'question'
        ? questionView(model.question, { headingLevel, selected, showError, onSelect, onSubmit })
        : outcomeView(model.outcome, { headingLevel, onContact }, whole)
    }
  </div>`;
}

/** "If a child is in immediate danger: call 999", on every step; `onCall`: the link was used. */
export function emergencyLine(emergency: StepModel['emergency'], onCall: () => void): TemplateResult {
  return html`<p class="emergency" part="emergency">
    ${msg('If a child is in immediate danger:')}
    <a href=${emergency.href} @click=${on(onCall)}>${msg('call 999')}</a>
  </p>`;
}

/** Back (to the previous question) and Start again, once the visitor has answered. */
export function journeyNav(onBack: () => void, onRestart: () => void): TemplateResult {
  return html`<div class="journey-nav" part="navigation">
    <button type="button" class="link-button back" @click=${on(onBack)}>${msg('Back')}</button>
    <button type="button" class="link-button restart" @click=${on(onRestart)}>${msg('Start again')}</button>
  </div>`;
}

export const frameStyles = css`
  .widget {
    display: grid;
    align-content: start;
    /* Fills the space a host page reserves (min-height on <help-finder>) so it never jumps. */
    min-height: inherit;
    gap: 24px;
    padding: var(--_space);
    background: var(--_surface);
    max-width: 720px;
  }
  .emergency {
    padding: 12px var(--_space);
    border-inline-start: 6px solid var(--_danger);
    background: var(--_soft);
    font-weight: 600;
  }
  .emergency a {
    display: inline-block;
    padding: 6px 2px;
    color: var(--_danger);
    white-space: nowrap;
  }
  @media (max-width: 480px) {
    .widget {
      --_space: 12px;
      gap: 12px;
    }
    .emergency {
      padding-block: 6px;
    }
    .emergency a {
      padding-block: 2px;
    }
  }
  /*
   * Nothing focused may hide under the sticky toolbar (WCAG 2.2 SC 2.4.11). Its height is
   * measured (--_toolbar-height): it wraps to two rows on a phone, longer in Welsh.
   */
  .widget * {
    scroll-margin-top: calc(var(--_toolbar-height, 72px) + 16px);
  }
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    padding-block: 8px;
    display: flex;
    flex-wrap: wrap;
    /* Language switch on the left (its margin-inline-end: auto); Close (launcher) and the exit on the right, the exit wrapping under them on a phone. */
    justify-content: flex-end;
    align-items: center;
    gap: 8px 16px;
  }
  /* A phone: a tighter toolbar that stays one row at 390 px in both languages. */
  @media (max-width: 480px) {
    .toolbar {
      padding-block: 4px;
      column-gap: 4px;
    }
  }
  .journey-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 24px;
    border-top: 1px solid var(--_border);
    padding-top: 12px;
  }
  /* Windows high contrast and other forced colours: the 999 line boxed in the text colour, as its
   * background is not shown. Last in the sheet, so that it wins over .emergency above. */
  @media (forced-colors: active) {
    .emergency {
      border: 2px solid;
      border-inline-start-width: 6px;
    }
  }
`;
