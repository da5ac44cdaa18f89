/**
 * One question page (the GOV.UK question-page pattern): the question is the
 * heading inside the fieldset's legend, a hint, radios, and Continue.
 * Renders only what it is given; answers go back through `onSubmit`.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { QuestionModel } from '../present/step-model.js';
import { heading } from './heading.js';
import { on } from './listener.js';

export type { QuestionModel };

/** What the question page needs besides the question. */
export interface QuestionViewContext {
  headingLevel: number;
  selected?: string;
  showError: boolean;
  onSelect: (answerId: string) => void;
  onSubmit: () => void;
}

/** The error summary's link goes to the first answer, as GOV.UK's error summary does. */
function focusFirstAnswer(event: Event): void {
  (event.currentTarget as Element)
    .closest('.question')
    ?.querySelector<HTMLElement>('input[type="radio"], select')
    ?.focus();
}

/**
 * After each render, tick the radio of the `selected` answer and no other. Lit compares
 * `.checked` with what it last rendered, not with what the visitor ticked: a radio ticked just
 * before Continue (in the same task) stayed ticked on the next question, which reuses it.
 */
export function syncRadios(root: ParentNode, selected: string | undefined): void {
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    radio.checked = radio.id === `answer-${selected}`;
  }
}

// Values are the answers' places in the list, not their ids: a session-replay recorder records
// a radio's or a list's value when it changes, and that would name the answer.
function radios(question: QuestionModel, context: QuestionViewContext): TemplateResult {
  return html`<div class="radios">
    ${question.options.map(
      (
        option,
        i,
      ) => html`${option.dividerBefore ? html`<p class="radio-divider">${msg('or', { desc: 'Between the radio answers, before the last ones (GOV.UK radios “or” divider).' })}</p>` : nothing}<div class="radio">
        <input
          type="radio"
          id="answer-${option.id}"
          name="answer-${question.id}"
          value=${i}
          .checked=${context.selected === option.id}
          aria-describedby=${option.hint ? `answer-${option.id}-hint` : nothing}
          @change=${on(() => context.onSelect(option.id))}
        />
        <label for="answer-${option.id}" lang=${option.lang ?? nothing}>${option.label}</label>
        ${option.hint ? html`<p id="answer-${option.id}-hint" class="radio-hint hint">${option.hint}</p>` : nothing}
      </div>`,
    )}
  </div>`;
}

function list(question: QuestionModel, context: QuestionViewContext): TemplateResult {
  return html`<label class="list-label" for="answer-list">${question.list!.label}</label>
    <select
      id="answer-list"
      class="list"
      aria-describedby=${context.showError ? 'question-error' : nothing}
      @change=${on((e: Event) =>
        context.onSelect(question.options[(e.target as HTMLSelectElement).selectedIndex - 1]?.id ?? ''),
      )}
    >
      <option value="" ?selected=${!context.selected}>${question.list!.placeholder}</option>
      ${question.options.map(
        (o, i) =>
          html`<option id="answer-${o.id}" value=${i} lang=${o.lang ?? nothing} ?selected=${context.selected === o.id}>${o.label}</option>`,
      )}
    </select>`;
}

/** Render a question page. */
export function questionView(question: QuestionModel, context: QuestionViewContext): TemplateResult {
  const describedBy = [question.hint ? 'question-hint' : '', context.showError ? 'question-error' : '']
    .filter(Boolean)
    .join(' ');
  // Not a <form>: nothing here can make the browser submit one (a frame sandboxed without
  // allow-forms blocks submission before any handler runs, and a page that makes listeners
  // passive would let it reload the page with the answer in its address). Continue is a plain
  // button, and Enter on an answer continues, as it does in a form.
  return html`<div
    class="question"
    part="question"
    @keydown=${on((e: KeyboardEvent) => {
      const field = e.target as HTMLElement;
      if (e.key === 'Enter' && (field.localName === 'input' || field.localName === 'select')) {
        e.preventDefault();
        context.onSubmit();
      }
    })}
  >
    ${
      context.showError
        ? html`<div class="error-summary" role="alert" part="error-summary">
          ${heading(context.headingLevel + 1, msg('There is a problem'), { className: 'heading heading-s' })}
          <button type="button" class="link-button error-link" @click=${on(focusFirstAnswer)}>
            ${question.errorMessage}
          </button>
        </div>`
        : nothing
    }
    <div class="form-group ${context.showError ? 'form-group--error' : ''}">
      <fieldset aria-describedby=${describedBy || nothing}>
        <legend>
          ${heading(context.headingLevel, question.title, {
            id: 'step-heading',
            className: 'heading heading-l',
            focusable: true,
          })}
        </legend>
        ${question.hint ? html`<p id="question-hint" class="hint">${question.hint}</p>` : nothing}
        ${
          context.showError
            ? html`<p id="question-error" class="error-message">
              <span class="visually-hidden">${msg('Error:')}</span> ${question.errorMessage}
            </p>`
            : nothing
        }
        ${question.list ? list(question, context) : radios(question, context)}
      </fieldset>
    </div>
    <button type="button" class="button continue" part="continue" @click=${on(() => context.onSubmit())}>
      ${msg('Continue')}
    </button>
  </div>`;
}

export const questionStyles = css`
  .question {
    display: grid;
    gap: 24px;
    justify-items: start;
  }
  .form-group {
    width: 100%;
  }
  .form-group--error {
    padding-inline-start: 16px;
    border-inline-start: 5px solid var(--_danger);
  }
  fieldset {
    border: 0;
    min-width: 0;
    display: grid;
    gap: 12px;
  }
  legend {
    margin-bottom: 12px;
    max-width: 100%;
  }
  .radios {
    display: grid;
    gap: 12px;
  }
  .radio {
    display: grid;
    grid-template-columns: 44px 1fr;
    column-gap: 8px;
    align-items: center;
  }
  .radio input {
    width: 32px;
    height: 32px;
    margin: 6px;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .radio input:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 3px;
    box-shadow: 0 0 0 7px var(--_focus);
  }
  .radio label {
    padding: 8px 0;
    cursor: pointer;
  }
  .radio-divider {
    width: 44px;
    text-align: center;
  }
  /* A phone shows question 1 whole, with its Continue button (390 × 844, both languages). */
  @media (max-width: 480px) {
    .question {
      gap: 12px;
    }
    fieldset {
      gap: 8px;
    }
    legend {
      margin-bottom: 0;
    }
    .radios {
      gap: 2px;
    }
    .radio label {
      padding-block: 6px;
      font-size: 17px;
      line-height: 1.4;
    }
    .radio-hint {
      line-height: 1.35;
    }
  }
  .radio-hint {
    grid-column: 2;
    font-size: 16px;
    margin-top: -6px;
  }
  .list-label {
    font-weight: 600;
  }
  .list {
    font: inherit;
    min-height: 48px;
    max-width: 100%;
    padding: 8px;
    border: 2px solid;
    border-radius: 4px;
    background: var(--_surface);
    color: inherit;
  }
  .error-summary {
    width: 100%;
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-link,
  .error-message {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-link {
    text-align: start;
  }
`;
