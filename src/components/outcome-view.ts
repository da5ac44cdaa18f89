/**
 * An outcome page: a calm heading and one sentence, the one recommended next
 * step (large, with its number and whether it is open now, and a line open now
 * beside it when it is closed), then the first things to do, what happens when
 * they call, and the other options.
 *
 * The steps come after the recommended card so that its call button stays on
 * the first screen of a phone; screen readers hear them as a numbered list.
 * "What happens next" waits behind a disclosure, one tap away, and "Other help"
 * shows the two or three services that fit best, the rest behind one more
 * disclosure, so that the page stays short on a phone. A new outcome page is drawn in two
 * frames: "Other help" comes one frame after the rest (controllers/outcome-staging-controller.ts).
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { OutcomeModel } from '../present/step-model.js';
import { heading } from './heading.js';
import { type CardContext, serviceCard } from './service-card.js';

/**
 * Render an outcome page; without `whole`, its first frame only: all but "Other help", which
 * follows in the next (see controllers/outcome-staging-controller.ts).
 */
export function outcomeView(outcome: OutcomeModel, context: CardContext, whole = true): TemplateResult {
  const level = context.headingLevel;
  // The caption tells everyone the questions are over. It also gives screen readers something
  // to stand on where Continue was: without it, Orca moved silently onto the title and never read it.
  const cardContext = { ...context, headingLevel: level + 2 };
  return html`<div class="outcome" part="outcome">
    <p class="caption">${msg('What to do', { desc: 'A small line above the title of the advice page, e.g. above "Tell children’s services".' })}</p>
    ${heading(level, outcome.title, { id: 'step-heading', className: 'heading heading-l', focusable: true })}
    <p class="intro">${outcome.intro}</p>
    <section class="recommended" aria-labelledby="recommended-heading">
      ${heading(level + 1, msg('Your next step'), { id: 'recommended-heading', className: 'heading heading-s eyebrow' })}
      <div class="cards">${outcome.recommended.map((s) => serviceCard(s, cardContext, true))}</div>
      ${
        outcome.openInstead
          ? html`<div class="open-instead" part="open-instead">
            <p class="open-instead-note">${outcome.openInsteadNotice}</p>
            ${serviceCard(outcome.openInstead, cardContext)}
          </div>`
          : nothing
      }
    </section>
    ${
      outcome.steps.length > 0
        ? html`<section class="steps" part="steps" aria-labelledby="steps-heading">
          ${heading(level + 1, outcome.stepsTitle, { id: 'steps-heading', className: 'heading heading-m' })}
          <ol class="step-list">
            ${outcome.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
        </section>`
        : nothing
    }
    ${
      outcome.whatHappens
        ? html`<details class="what-happens disclosure" part="what-happens">
          <summary>${msg('What happens next')}</summary>
          <p>${outcome.whatHappens}</p>
        </details>`
        : nothing
    }
    ${
      whole && outcome.also.length + outcome.more.length > 0
        ? html`<section class="also" aria-labelledby="also-heading">
          ${heading(level + 1, msg('Other help'), { id: 'also-heading', className: 'heading heading-m' })}
          ${outcome.also.length > 0 ? html`<ul class="cards">${outcome.also.map((s) => html`<li>${serviceCard(s, cardContext)}</li>`)}</ul>` : nothing}
          ${
            outcome.more.length > 0
              ? html`<details class="more disclosure" part="more-help">
                <summary>${msg(str`More places to get help (${outcome.more.length})`, { desc: 'Opens a list of further services; the number is how many.' })}</summary>
                <ul class="cards">${outcome.more.map((s) => html`<li>${serviceCard(s, cardContext)}</li>`)}</ul>
              </details>`
              : nothing
          }
        </section>`
        : nothing
    }
  </div>`;
}

export const outcomeStyles = css`
  .outcome {
    display: grid;
    gap: 20px;
  }
  .caption {
    margin-bottom: -16px;
  }
  .caption,
  .eyebrow {
    color: var(--_muted);
  }
  /* Scrolled to on arrival: keep the caption above it clear of the sticky toolbar too. */
  .outcome > .heading-l {
    scroll-margin-top: calc(var(--_toolbar-height, 72px) + 52px);
  }
  .recommended,
  .steps,
  .also,
  .open-instead {
    display: grid;
    gap: 12px;
  }
  .open-instead-note {
    font-weight: 600;
  }
  .step-list {
    display: grid;
    gap: 8px;
    padding-inline-start: 1.5em;
    list-style: decimal;
  }
  .step-list li {
    padding-inline-start: 4px;
  }
  /* A phone's first screen holds the title and the recommended call (360 × 640, both languages). */
  @media (max-width: 480px) {
    .outcome {
      gap: 14px;
    }
    .caption {
      margin-bottom: -10px;
    }
    .recommended {
      gap: 8px;
    }
  }
  .eyebrow {
    font-size: 16px;
  }
  .cards {
    display: grid;
    gap: 12px;
  }
  .more .cards,
  .what-happens p {
    margin-top: 8px;
  }
`;
