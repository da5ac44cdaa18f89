/**
 * One service as a card: its name, what it offers, whether it is open now,
 * and every way to reach it as a real link (tap to call on a phone).
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactKind } from '../services/service.js';
import type { CardModel, ContactModel, StatusModel } from '../present/card-model.js';
import { heading } from './heading.js';
import { on } from './listener.js';

/** Called when a visitor uses a contact link: the service id and the kind of contact. */
export type ContactListener = (serviceId: string, method: ContactKind) => void;

/** What a card needs besides its model. */
export interface CardContext {
  headingLevel: number;
  onContact: ContactListener;
}

function statusLine(status: StatusModel | undefined): TemplateResult | typeof nothing {
  if (!status) return nothing;
  return html`<p class="status status--${status.state}">
    ${status.text}
    ${
      status.checkHref
        ? html` <a href=${status.checkHref} rel="noreferrer">${msg('Check their current opening hours')}</a>`
        : nothing
    }
  </p>`;
}

/**
 * The link's visible words: "Call 0808 1000 900" (the number kept on one line), or a web link's
 * own label. Its accessible name is the model's `spokenName`: the words, then whose line it is
 * ("Call 0808 1000 900, Stop It Now helpline"), as one name, so a list of the page's links tells
 * them apart and the link is read as one item (hidden text inside it was read as a separate line
 * in Orca's browse mode).
 */
function contactContent(contact: ContactModel): TemplateResult {
  if (!contact.verb) return html`${contact.text}`;
  // The space is bound as a value: the template minifier would drop it between bindings.
  const value = contact.kind === 'email' ? contact.value : html`<span class="number">${contact.value}</span>`;
  return html`${contact.verb + ' '}${value}`;
}

function contactItem(card: CardModel, contact: ContactModel, context: CardContext): TemplateResult {
  return html`<li class="contact contact--${contact.kind}">
    ${contact.label ? html`<span class="contact-label">${contact.label}</span>` : nothing}
    ${
      contact.href
        ? html`<a
          class="contact-link"
          href=${contact.href}
          rel=${ifDefined(contact.kind === 'web' ? 'noreferrer' : undefined)}
          hreflang=${ifDefined(contact.englishOnly ? 'en' : undefined)}
          aria-label=${contact.spokenName}
          @click=${on(() => context.onContact(card.id, contact.kind))}
          >${contactContent(contact)}</a
        >`
        : // A text relay number (18000, 18001 101) as text, not a link: a tel: link would start
          // an ordinary voice call; textphone and Relay UK app users dial it themselves.
          html`<b class="number">${contact.value}</b>`
    }
    ${contact.note ? html`<span class="contact-note">${contact.note}</span>` : nothing}
    ${statusLine(contact.status)}
  </li>`;
}

/** Render a service card; `primary` marks the recommended next step. */
export function serviceCard(card: CardModel, context: CardContext, primary = false): TemplateResult {
  // On the recommended card the number comes first, then whether it is open and what the service
  // offers, so that the call button is on the first screen of a phone (360 × 640) in both languages.
  const summaryLine = card.summary ? html`<p class="summary">${card.summary}</p>` : nothing;
  const status = statusLine(card.status);
  return html`<article
    class="service ${primary ? 'service--primary' : ''}"
    part=${primary ? 'service recommended' : 'service'}
    aria-labelledby=${card.headingId}
  >
    ${heading(context.headingLevel, html`<span lang=${ifDefined(card.lang)}>${card.name}</span>`, {
      id: card.headingId,
      className: `heading ${primary ? 'heading-m' : 'heading-s'}`,
    })}
    ${primary ? nothing : html`${summaryLine}${status}`}
    ${
      card.contacts.length > 0
        ? html`<ul class="contacts">${card.contacts.map((c) => contactItem(card, c, context))}</ul>`
        : nothing
    }
    ${primary ? html`${status}${summaryLine}` : nothing}
    ${card.schedule ? html`<p class="schedule">${card.schedule}</p>` : nothing}
    ${card.notes.length ? html`<ul class="notes">${card.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
  </article>`;
}

export const serviceCardStyles = css`
  .service {
    display: grid;
    gap: 8px;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .service--primary {
    border: 3px solid var(--_accent);
    gap: 12px;
  }
  .contacts {
    display: grid;
    gap: 8px;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 12px;
    row-gap: 2px;
  }
  .contact-label,
  .contact .status {
    flex-basis: 100%;
  }
  .contact-link {
    display: inline-block;
    min-height: 44px;
    padding-block: 10px;
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .number {
    white-space: nowrap;
  }
  .service--primary .contact--call .contact-link {
    padding: 8px 16px;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    text-decoration: none;
    font-size: 20px;
  }
  @media (max-width: 480px) {
    /* "Ffoniwch 0808 1000 900" on one line on a 360 px phone. */
    .service--primary .contact--call .contact-link {
      padding-inline: 12px;
      font-size: 18px;
    }
    /* Other help, tighter on a phone: the page stays short, the links stay 44 px tall. */
    .service:not(.service--primary) {
      padding: 12px;
      gap: 4px;
    }
    .service:not(.service--primary) .summary {
      font-size: 16px;
    }
    .contacts {
      gap: 0;
    }
  }
  /* The small print: muted, 16px (an open service's status takes its own colour below). */
  .contact-label,
  .contact-note,
  .schedule,
  .notes,
  .status {
    font-size: 16px;
    color: var(--_muted);
  }
  .notes {
    display: grid;
    gap: 4px;
  }
  .status {
    font-weight: 600;
  }
  /* The hours link on a line of its own, tall enough to tap (WCAG 2.5.8), not tucked into the sentence. */
  .status a {
    display: block;
    width: fit-content;
    padding-block: 4px;
  }
  /* Every state (open, closed, usual) has the dot. */
  .status::before {
    content: '';
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 8px;
    border-radius: 50%;
    vertical-align: 1px;
    border: 2px solid currentColor;
  }
  .status--open {
    color: var(--_open);
  }
  .status--open::before {
    background: currentColor;
  }
  /* Windows high contrast and other forced colours: the call button keeps its shape, as its fill is not shown. */
  @media (forced-colors: active) {
    .service--primary .contact--call .contact-link {
      border: 2px solid;
    }
  }
`;
