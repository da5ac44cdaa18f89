/**
 * The shape of a help service and the ways to reach it.
 *
 * Text fields are functions so that `msg()` runs when the text is shown, in the
 * visitor's language at that moment, never when this module loads.
 */
import { isEmailAddress, safeLink } from '../config/url.js';
import type { Text } from '../i18n/text.js';
import type { OpeningHours } from '../time/opening-hours.js';

/**
 * How a contact is used: a voice call, a text message, a web page or form, an email, or a
 * text relay number (18000, 18001 101), dialled from a textphone or used in the Relay UK app:
 * shown as a number, never as a voice call link (on a phone a `tel:` link opens the dialler).
 */
export type ContactKind = 'call' | 'text' | 'web' | 'email' | 'relay';

export type { Text };

/** One way to reach a service. */
export interface Contact {
  kind: ContactKind;
  /** A phone number as people write it ("0808 1000 900"), a URL or an email address. */
  value: string;
  /** What this way is, e.g. "Live chat or secure message". Defaults by kind. */
  label?: Text;
  /** When this way can be used; defaults to the service's hours. */
  hours?: OpeningHours;
  /** A short note shown beside it, e.g. "From a textphone". */
  note?: Text;
  /** The Welsh-language version of a web address, where the service has one. */
  valueCy?: string;
  /** The web page is in English only (so Welsh visitors are told before they follow it). */
  englishOnly?: boolean;
  /**
   * Whose number it is, when not the service's own (the police's 101 on the children's
   * services card); screen readers hear it after the number. Defaults to the service's name.
   */
  owner?: Text;
}

/** A service, resource or person a visitor can turn to. */
export interface Service {
  /** Stable id, also used in `help-finder-contact` events. */
  id: string;
  name: Text;
  /** What it offers, in one line. */
  summary: Text;
  contacts: readonly Contact[];
  hours: OpeningHours;
  /** Where to check hours we are unsure of. */
  hoursUrl?: string;
  /** Further ways to get help that are not links, e.g. registering for emergencySMS. */
  notes?: readonly Text[];
  /** Language of `name`/`summary` when it differs from the visitor's (partner text fallback). */
  lang?: string;
}

/**
 * The `tel:`, `sms:`, `mailto:` or web address for a contact, checked again here
 * where it becomes an `href` (whatever reached this far): digits only for calls
 * and texts, a plain address for email, https for the web. `undefined` (no link)
 * for anything else, and for a text relay number (dialled from a textphone or the Relay UK app).
 */
export function contactHref(contact: Contact): string | undefined {
  const value = typeof contact.value === 'string' ? contact.value : '';
  switch (contact.kind) {
    case 'relay':
      return undefined;
    case 'call':
      return `tel:${dialString(value)}`;
    case 'text':
      return `sms:${dialString(value)}`;
    case 'email':
      return isEmailAddress(value) ? `mailto:${value}` : undefined;
    case 'web':
      return safeLink(value);
    default:
      return undefined;
  }
}

/** A web address fit for an `href` (https), or `undefined`. */
export function webHref(value: unknown): string | undefined {
  return typeof value === 'string' ? safeLink(value) : undefined;
}

/** A written phone number as dialled: digits and a leading +. */
export function dialString(written: string): string {
  return written.replace(/[^\d+]/g, '');
}
