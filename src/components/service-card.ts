/**
 * One service as a card: its name, what it offers, whether it is open now,
 * and every way to reach it as a real link (tap to call on a phone).
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hoursText, statusText } from '../i18n/format-hours.js';
import type { Locale } from '../i18n/locale.js';
import { londonWeekTime, openingStatus, type OpeningHours } from '../time/opening-hours.js';
import { type Contact, contactHref, type Service, webHref } from '../services/service.js';
import { heading } from './heading.js';

/** Called when a visitor uses a contact link: the service id and the kind of contact. */
export type ContactListener = (serviceId: string, method: Contact['kind']) => void;

/** What a card needs besides the service. */
export interface CardContext {
  locale: Locale;
  now: Date;
  headingLevel: number;
  onContact: ContactListener;
}

/** The verb a phone, text or email link starts with ("Call"); web links have words of their own. */
function contactVerb(kind: Contact['kind']): string | undefined {
  if (kind === 'call') return msg('Call');
  if (kind === 'text') return msg('Text');
  if (kind === 'email') return msg('Email');
  return undefined;
}

/** A web link's visible words: its own label, and "(in English)" on a Welsh page where the page has no Welsh. */
function webLinkText(contact: Contact, locale: Locale): string {
  const label = contact.label?.() ?? msg('Visit their website');
  return contact.englishOnly && locale === 'cy'
    ? `${label} ${msg('(in English)', { desc: 'After a link to a web page that has no Welsh version.' })}`
    : label;
}

/** The link's visible words: "Call 0808 1000 900", or a web link's own label. */
function contactContent(contact: Contact, locale: Locale): TemplateResult {
  const verb = contactVerb(contact.kind);
  if (!verb) return html`${webLinkText(contact, locale)}`;
  // The space is bound as a value: the template minifier would drop it between bindings.
  const value = contact.kind === 'email' ? contact.value : html`<span class="number">${contact.value}</span>`;
  return html`${verb + ' '}${value}`;
}

/**
 * What a screen reader says for a link: its visible words, then whose it is ("Call 0808 1000
 * 900, Stop It Now helpline", "Make a report, CEOP Safety Centre"), as one name. A list of the
 * page's links then tells them apart, and the link is read as one item (hidden text inside it
 * was read as a separate line in Orca's browse mode). The name comes last so that no word
 * changes form in front of it (Welsh would mutate a name after "Ffoniwch").
 */
function spokenName(contact: Contact, serviceName: string, locale: Locale): string {
  const verb = contactVerb(contact.kind);
  return `${verb ? `${verb} ${contact.value}` : webLinkText(contact, locale)}, ${serviceName}`;
}

function statusLine(hours: OpeningHours, context: CardContext, hoursUrl?: string): TemplateResult | typeof nothing {
  const status = openingStatus(hours, context.now);
  const today = londonWeekTime(context.now).day;
  const text = statusText(status, today);
  if (!text) return nothing;
  const uncertain = hours.kind === 'weekly' && !hours.certain;
  const stateClass = status.state === 'open' || status.state === 'always' ? 'open' : 'closed';
  return html`<p class="status status--${uncertain ? 'usual' : stateClass}">
    ${text}
    ${uncertain && webHref(hoursUrl)
      ? html` <a href=${webHref(hoursUrl)!} rel="noreferrer">${msg('Check their current opening hours')}</a>`
      : nothing}
  </p>`;
}

function contactItem(service: Service, contact: Contact, context: CardContext): TemplateResult {
  const href = contactHref(
    contact.kind === 'web' && context.locale === 'cy' && contact.valueCy ? { ...contact, value: contact.valueCy } : contact,
  );
  const label = contact.kind === 'web' ? undefined : contact.label?.();
  const spoken = contact.kind === 'call' || contact.kind === 'text';
  const ownHours = spoken && contact.hours && contact.hours !== service.hours ? contact.hours : undefined;
  return html`<li class="contact contact--${contact.kind}">
    ${label ? html`<span class="contact-label">${label}</span>` : nothing}
    ${href
      ? html`<a
          class="contact-link"
          href=${href}
          rel=${ifDefined(contact.kind === 'web' ? 'noreferrer' : undefined)}
          hreflang=${ifDefined(contact.englishOnly ? 'en' : undefined)}
          aria-label=${spokenName(contact, contact.owner?.() ?? service.name(), context.locale)}
          @click=${() => context.onContact(service.id, contact.kind)}
          >${contactContent(contact, context.locale)}</a
        >`
      : // A text relay number (18000, 18001 101) as text, not a link: a tel: link would start
        // an ordinary voice call; textphone and Relay UK app users dial it themselves.
        html`<b class="number">${contact.value}</b>`}
    ${contact.note ? html`<span class="contact-note">${contact.note()}</span>` : nothing}
    ${ownHours ? statusLine(ownHours, context) : nothing}
  </li>`;
}

/** Render a service card; `primary` marks the recommended next step. */
export function serviceCard(service: Service, context: CardContext, primary = false): TemplateResult {
  const id = `service-${service.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const summary = service.summary();
  // On the recommended card the number comes first, then whether it is open and what the service
  // offers, so that the call button is on the first screen of a phone (360 × 640) in both languages.
  const summaryLine = summary ? html`<p class="summary">${summary}</p>` : nothing;
  const status = service.contacts.some((c) => c.kind === 'call' || c.kind === 'text')
    ? statusLine(service.hours, context, service.hoursUrl)
    : nothing;
  const schedule = hoursText(service.hours);
  return html`<article
    class="service ${primary ? 'service--primary' : ''}"
    part=${primary ? 'service recommended' : 'service'}
    aria-labelledby=${id}
  >
    ${heading(context.headingLevel, html`<span lang=${ifDefined(service.lang)}>${service.name()}</span>`, {
      id,
      className: `heading ${primary ? 'heading-m' : 'heading-s'}`,
    })}
    ${primary ? nothing : html`${summaryLine}${status}`}
    ${service.contacts.length > 0
      ? html`<ul class="contacts">${service.contacts.map((c) => contactItem(service, c, context))}</ul>`
      : nothing}
    ${primary ? html`${status}${summaryLine}` : nothing}
    ${schedule ? html`<p class="schedule">${schedule}</p>` : nothing}
    ${service.notes?.length
      ? html`<ul class="notes">${service.notes.map((note) => html`<li>${note()}</li>`)}</ul>`
      : nothing}
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
  .contact-label {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 16px;
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
  }
  .contact-note,
  .schedule,
  .notes {
    font-size: 16px;
    color: var(--_muted);
  }
  .contact .status {
    flex-basis: 100%;
  }
  .notes {
    display: grid;
    gap: 4px;
  }
  .status {
    font-size: 16px;
    font-weight: 600;
  }
  /* The hours link on a line of its own, tall enough to tap (WCAG 2.5.8), not tucked into the sentence. */
  .status a {
    display: block;
    width: fit-content;
    padding-block: 4px;
  }
  .status--open::before,
  .status--closed::before,
  .status--usual::before {
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
  .status--closed,
  .status--usual {
    color: var(--_muted);
  }
`;
