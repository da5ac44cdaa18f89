/**
 * Services that come from the partner's configuration (their Safeguarding
 * Officer, their councils' children's services, their own resources), and the
 * safe generic cards shown when a partner has not configured them.
 */
import { msg, str } from '@lit/localize';
import type { Area, PartnerConfig, Resource } from '../config/partner-config.js';
import type { Locale } from '../i18n/locale.js';
import { pickText } from '../i18n/text.js';
import type { OpeningHours, OpeningPeriod } from '../time/opening-hours.js';
import { nationalServices } from './national-services.js';
import type { Contact, Service } from './service.js';

/**
 * The office-hours number's schedule (shown as "usually" unless certain). The out-of-hours line's
 * hours are not configured: they are unknown.
 */
function officeHours(periods: OpeningPeriod[] | undefined, certain: boolean): OpeningHours {
  // A council's office closes on bank holidays; its out-of-hours team covers them.
  return periods ? { kind: 'weekly', certain, periods, bankHolidays: 'closed' } : { kind: 'unknown' };
}

/**
 * The police's 101 line on a council's card, taken from the national directory: announced as
 * the police's, with the police line's hours (around the clock).
 */
const police = nationalServices['police-non-emergency'];
const POLICE_101: Contact = {
  ...police.contacts.find((c) => c.kind === 'call')!,
  owner: police.name,
  hours: police.hours,
};

/** A council area's children's services as a service card. */
export function childrensServicesFor(
  area: Area,
  locale: Locale,
  audience: 'public' | 'professional' = 'public',
): Service {
  const { phone, outOfHoursPhone, url, hours, hoursCertain } = area.childrensServices;
  const areaName = pickText(area.name, locale);
  const inHours = officeHours(hours, hoursCertain !== false);
  const outOfHours: OpeningHours = { kind: 'unknown' };
  const contacts: Contact[] = [];
  if (phone) {
    contacts.push({ kind: 'call', value: phone, label: () => msg('Office hours'), hours: inHours });
  }
  if (outOfHoursPhone) {
    contacts.push({
      kind: 'call',
      value: outOfHoursPhone,
      label: () =>
        msg('Evenings, weekends and bank holidays', {
          desc: 'Label for a council’s out-of-hours (emergency duty team) phone number.',
        }),
      hours: outOfHours,
    });
  }
  // The procedures say: the council, out of office hours its emergency duty team, and the police
  // if they cannot be reached. A card missing one of the council's numbers says whom to call then.
  if (phone && !outOfHoursPhone) {
    contacts.push({ ...POLICE_101, label: () => msg('When they are closed, call the police on 101') });
  } else if (!phone && (outOfHoursPhone || url)) {
    contacts.push({ ...POLICE_101, label: () => msg('Or call the police on 101, any time') });
  }
  if (url) contacts.push({ kind: 'web', value: url, label: () => msg('Report a concern online or find out more') });
  if (contacts.length === 0) return genericChildrensServices(audience);
  return {
    id: `childrens-services:${area.id}`,
    name: () =>
      msg(str`${areaName.text} children’s services`, {
        desc: 'Name of a council’s children’s social services; the placeholder is the council area, e.g. Swansea.',
      }),
    // The public report to the council where the child lives, practitioners to the one where the
    // concern arose (guidance.md 2.2, 2.3): say so, for a visitor whose child is elsewhere.
    summary: () =>
      `${msg('Tell them if you think a child is being harmed or is at risk. They can act to keep the child safe.')} ${
        audience === 'public'
          ? msg('If the child lives in another area, contact that council, or call the police on 101.')
          : msg('If the concern arose in another area, contact that council.')
      }`,
    lang: areaName.lang,
    hours: phone ? inHours : outOfHours,
    contacts,
  };
}

/**
 * Children's services when no council is configured, or the visitor answered "Somewhere else"
 * or "I don't know": how to reach the right council, and the police's 101 as an equal choice.
 * The public contact the council where the child lives, or call 101 (guidance.md 2.1, 2.2, C2);
 * practitioners the council where the concern arose, its emergency duty team out of hours, the
 * police if they cannot reach it (2.3, 2.10; Wales Safeguarding Procedures c2-p6).
 */
export function genericChildrensServices(audience: 'public' | 'professional' = 'public'): Service {
  return {
    id: 'childrens-services',
    name: () => msg('Children’s services at the local council'),
    summary: () =>
      audience === 'public'
        ? msg(
            'Contact the children’s services (social services) of the council where the child lives, or out of office hours their emergency duty team. Or call the police on 101 at any time: you can report your worry to them too.',
          )
        : msg(
            'Contact the children’s services (social services) of the council where your concern arose, or out of office hours their emergency duty team. If you cannot reach them, call the police.',
          ),
    // The council's hours are not known; the always-open line on this card is the police's, so
    // "Open 24 hours" is shown beside it, not under the council's name.
    hours: { kind: 'unknown' },
    contacts: [{ ...POLICE_101, label: () => msg('Call the police on 101') }],
  };
}

/** The partner's Safeguarding Officer, or the generic advice to speak to yours. */
export function safeguardingOfficerFor(config: PartnerConfig, locale: Locale): Service {
  const officer = config.agency?.safeguardingOfficer;
  const agencyName = config.agency?.name ? pickText(config.agency.name, locale) : undefined;
  const contacts: Contact[] = [];
  if (officer?.phone) contacts.push({ kind: 'call', value: officer.phone });
  if (officer?.email) contacts.push({ kind: 'email', value: officer.email });
  if (config.agency?.proceduresUrl) {
    contacts.push({
      kind: 'web',
      value: config.agency.proceduresUrl,
      label: () => msg('Read our safeguarding procedures'),
    });
  }
  if (!officer || contacts.length === 0 || !agencyName) {
    return {
      id: 'safeguarding-officer',
      name: () => msg('Your Safeguarding Officer'),
      summary: () =>
        msg(
          'Speak straight away to the Safeguarding Officer where you work or volunteer (in a school, the Designated Safeguarding Person). Follow your organisation’s safeguarding procedures.',
        ),
      hours: { kind: 'unknown' },
      contacts,
    };
  }
  const officerName = officer.name ? pickText(officer.name, locale) : undefined;
  return {
    id: 'safeguarding-officer',
    name: () =>
      officerName
        ? msg(str`${officerName.text}, ${agencyName.text}`, {
            desc: 'A named safeguarding contact and their organisation, e.g. "Designated Safeguarding Lead, Ysgol Example".',
          })
        : msg(str`Safeguarding Officer, ${agencyName.text}`),
    summary: () =>
      msg(
        str`If you work or volunteer for ${agencyName.text}, speak to them straight away and follow our safeguarding procedures.`,
      ),
    lang: officerName ? officerName.lang : agencyName.lang,
    hours: { kind: 'unknown' },
    contacts,
  };
}

/** A partner resource (campaign material, video, leaflet) as a card. */
export function resourceFor(resource: Resource, index: number, locale: Locale): Service {
  const title = pickText(resource.title, locale);
  return {
    id: `resource:${index}`,
    name: () => title.text,
    summary: () => '',
    lang: title.lang,
    hours: { kind: 'always' },
    contacts: [{ kind: 'web', value: resource.url, label: () => msg('Open') }],
  };
}
