/**
 * What one service card shows, decided without a DOM: each contact's link (the Welsh page where
 * there is one), its words and the name a screen reader hears, whether the service is open now,
 * and its hours. `components/service-card.ts` only renders this.
 */
import { msg } from '@lit/localize';
import { hoursText, statusText } from '../i18n/format-hours.js';
import type { Locale } from '../i18n/locale.js';
import { spoken } from '../services/open-now.js';
import { londonWeekTime, openingStatus, type OpeningHours } from '../time/opening-hours.js';
import { type Contact, type ContactKind, contactHref, type Service, webHref } from '../services/service.js';

/** "Open now", "Closed now" or "Usually open…", with the class its dot takes. */
export interface StatusModel {
  text: string;
  /** `usual` for hours we are unsure of (never shown as a confident "Open now"). */
  state: 'open' | 'closed' | 'usual';
  /** Where to check hours we are unsure of (https only). */
  checkHref?: string;
}

/** One way to reach a service. */
export interface ContactModel {
  kind: ContactKind;
  /** What this way is ("Live chat or secure message"), above the link; never on web links. */
  label?: string;
  /**
   * The `tel:`, `sms:`, `mailto:` or https address, the Welsh page on a Welsh page where there is
   * one. `undefined`: shown as a number, not a link (a text relay number, or nothing safe to link).
   */
  href?: string;
  /** "Call", "Text" or "Email" before `value`; `undefined` for a web link, whose words are `text`. */
  verb?: string;
  /** The number or address as written. */
  value: string;
  /** The link's visible words: "Call 0808 1000 900", or a web link's own label. */
  text: string;
  /** What a screen reader says: the visible words, then whose line it is. */
  spokenName: string;
  /** The linked page is in English only. */
  englishOnly?: boolean;
  note?: string;
  /** The line's own opening status, where its hours differ from the service's. */
  status?: StatusModel;
}

/** A service card, in the visitor's language at one moment. */
export interface CardModel {
  /** The service id, as `help-finder-contact` events carry it. */
  id: string;
  /** The card heading's element id. */
  headingId: string;
  name: string;
  /** Language of the name and summary when it differs from the visitor's (partner text fallback). */
  lang?: string;
  summary: string;
  /** Shown only for a service with a line to call or text. */
  status?: StatusModel;
  contacts: ContactModel[];
  /** The opening hours in words. */
  schedule?: string;
  notes: string[];
}

/** The verb a phone, text or email link starts with ("Call"); web links have words of their own. */
function contactVerb(kind: ContactKind): string | undefined {
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

/** Whether `hours` are open at `now`, in words; `undefined` when there is nothing to say. */
export function statusModel(hours: OpeningHours, now: Date, hoursUrl?: string): StatusModel | undefined {
  const status = openingStatus(hours, now);
  const text = statusText(status, londonWeekTime(now).day);
  if (!text) return undefined;
  // Unsure hours, or sure hours on a day they may not hold (a bank holiday): "usually".
  const uncertain = (status.state === 'open' || status.state === 'closed') && !status.certain;
  return {
    text,
    state: uncertain ? 'usual' : status.state === 'open' || status.state === 'always' ? 'open' : 'closed',
    checkHref: uncertain ? webHref(hoursUrl) : undefined,
  };
}

function contactModel(service: Service, contact: Contact, locale: Locale, now: Date): ContactModel {
  const verb = contactVerb(contact.kind);
  const text = verb ? `${verb} ${contact.value}` : webLinkText(contact, locale);
  // A line's own hours are shown only where they are not the service's (the police's 101 on a council card).
  const ownHours = spoken(contact) && contact.hours && contact.hours !== service.hours ? contact.hours : undefined;
  return {
    kind: contact.kind,
    label: contact.kind === 'web' ? undefined : contact.label?.(),
    href: contactHref(
      contact.kind === 'web' && locale === 'cy' && contact.valueCy ? { ...contact, value: contact.valueCy } : contact,
    ),
    verb,
    value: contact.value,
    text,
    // The name comes last so that no word changes form in front of it (Welsh would mutate a
    // name after "Ffoniwch"); one name, read as one item (see service-card.ts).
    spokenName: `${text}, ${contact.owner?.() ?? service.name()}`,
    englishOnly: contact.englishOnly,
    note: contact.note?.(),
    status: ownHours && statusModel(ownHours, now),
  };
}

/** Everything a card shows for `service`, in `locale`, judged at `now`. */
export function cardModel(service: Service, locale: Locale, now: Date): CardModel {
  return {
    id: service.id,
    // Any other character as `_<its code>_`: no two service ids (areas "x y" and "x-y") share one.
    headingId: `service-${service.id.replace(/[^a-z0-9-]/gi, (c) => `_${c.charCodeAt(0).toString(36)}_`)}`,
    name: service.name(),
    lang: service.lang,
    summary: service.summary(),
    status: service.contacts.some(spoken) ? statusModel(service.hours, now, service.hoursUrl) : undefined,
    contacts: service.contacts.map((c) => contactModel(service, c, locale, now)),
    schedule: hoursText(service.hours),
    notes: service.notes?.map((note) => note()) ?? [],
  };
}
