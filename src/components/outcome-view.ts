/**
 * An outcome page: a calm heading and a sentence or two, the one recommended
 * next step (large, with its number and whether it is open now), then the
 * other options.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { OutcomeServices } from '../services/directory.js';
import { heading } from './heading.js';
import { type CardContext, serviceCard } from './service-card.js';

/** An outcome ready to render, in the visitor's language. */
export interface OutcomeModel {
  id: string;
  title: string;
  intro: string;
  services: OutcomeServices;
}

/** Render an outcome page. */
export function outcomeView(outcome: OutcomeModel, context: CardContext): TemplateResult {
  const level = context.headingLevel;
  const { recommended, also } = outcome.services;
  // The caption tells everyone the questions are over. It also gives screen readers something
  // to stand on where Continue was: without it, Orca moved silently onto the title and never read it.
  return html`<div class="outcome" part="outcome">
    <p class="caption">${msg('What to do', { desc: 'A small line above the title of the advice page, e.g. above "Tell children’s services".' })}</p>
    ${heading(level, outcome.title, { id: 'step-heading', className: 'heading heading-l', focusable: true })}
    <p class="intro">${outcome.intro}</p>
    <section class="recommended" aria-labelledby="recommended-heading">
      ${heading(level + 1, msg('Your next step'), { id: 'recommended-heading', className: 'heading heading-s eyebrow' })}
      <div class="cards">${recommended.map((s) => serviceCard(s, { ...context, headingLevel: level + 2 }, true))}</div>
    </section>
    ${also.length > 0
      ? html`<section class="also" aria-labelledby="also-heading">
          ${heading(level + 1, msg('Other help'), { id: 'also-heading', className: 'heading heading-m' })}
          <ul class="cards">
            ${also.map((s) => html`<li>${serviceCard(s, { ...context, headingLevel: level + 2 })}</li>`)}
          </ul>
        </section>`
      : nothing}
  </div>`;
}

export const outcomeStyles = css`
  .outcome {
    display: grid;
    gap: 20px;
  }
  .caption {
    margin-bottom: -16px;
    color: var(--_muted);
  }
  /* Scrolled to on arrival: keep the caption above it clear of the sticky toolbar too. */
  .outcome > .heading-l {
    scroll-margin-top: calc(var(--_toolbar-height, 72px) + 52px);
  }
  .recommended,
  .also {
    display: grid;
    gap: 12px;
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 16px;
    text-transform: none;
  }
  .cards {
    display: grid;
    gap: 12px;
  }
`;
