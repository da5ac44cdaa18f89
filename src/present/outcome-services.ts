/**
 * An outcome's services: turns an outcome's service slots into the cards to
 * show, from the national services and the partner's configuration.
 *
 * It sits above flow, config and services (in `present/`) because it joins all three:
 * an outcome from the journey, the partner's configuration and the service cards.
 */
import { ownData } from '../config/own-data.js';
import type { PartnerConfig } from '../config/partner-config.js';
import type { Outcome, ServiceRef } from '../flow/journey-types.js';
import { nationalServices } from '../services/national-services.js';
import { linesClosed, usableNow } from '../services/open-now.js';
import type { Locale } from '../i18n/locale.js';
import {
  childrensServicesFor,
  genericChildrensServices,
  resourceFor,
  safeguardingOfficerFor,
} from '../services/partner-services.js';
import type { Service } from '../services/service.js';

/** The cards of an outcome: the recommended next step first, then the other options. */
export interface OutcomeServices {
  recommended: Service[];
  /** A line open now, offered beside the recommended one when that is closed now. */
  openInstead?: Service;
  /** The other help that fits this outcome best (two or three cards). */
  also: Service[];
  /** Further places to get help, shown behind one disclosure. */
  more: Service[];
}

/** The services one slot stands for (a slot may be several areas or resources, or none). */
export function servicesFor(
  ref: ServiceRef,
  outcome: Outcome,
  config: PartnerConfig,
  areaId: string | undefined,
  locale: Locale,
): Service[] {
  switch (ref) {
    case 'childrens-services': {
      const areas = areaId ? config.areas.filter((a) => a.id === areaId) : config.areas;
      return areas.length > 0
        ? areas.map((a) => childrensServicesFor(a, locale, outcome.audience))
        : [genericChildrensServices(outcome.audience)];
    }
    case 'safeguarding-officer':
      return [safeguardingOfficerFor(config, locale)];
    case 'partner-resources':
      return config.resources
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.audience === 'all' || r.audience === outcome.audience)
        .map(({ r, i }) => resourceFor(r, i, locale));
    default:
      return [nationalServices[ref]];
  }
}

/** Resolve an outcome for this partner, area and language, at the moment `now`. */
export function outcomeServices(
  outcome: Outcome,
  config: PartnerConfig,
  areaId: string | undefined,
  locale: Locale,
  now: Date,
): OutcomeServices {
  // Prototype-less copies before anything reads them: a partner card's contact without its own
  // `hours` must not take a polluted Object.prototype.hours.
  const resolve = (ref: ServiceRef) => ownData(servicesFor(ref, outcome, config, areaId, locale));
  const recommended = resolve(outcome.recommended);
  const openInstead = recommended.every((s) => linesClosed(s, now))
    ? outcome.whenClosed?.flatMap(resolve).find((s) => usableNow(s, now))
    : undefined;
  const seen = new Set([...recommended, ...(openInstead ? [openInstead] : [])].map((s) => s.id));
  /** Each service once on the page: the first slot that names it wins. */
  const unseenOnly = (services: Service[]) => services.filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
  const unseen = (refs: readonly ServiceRef[]) => unseenOnly(refs.flatMap(resolve));
  // Where no area was asked, several councils would be several long cards: "Other help" shows
  // the one card for any council (and 101), and each council's card waits behind the disclosure.
  const manyAreas = !areaId && config.areas.length > 1;
  const also = outcome.also.flatMap((ref) =>
    manyAreas && ref === 'childrens-services'
      ? unseenOnly([genericChildrensServices(outcome.audience)])
      : unseen([ref]),
  );
  // Own slots only: a `more` another script put on Object.prototype is not ours.
  const more = unseen([
    ...(manyAreas && outcome.also.includes('childrens-services') ? (['childrens-services'] as const) : []),
    ...(Object.prototype.hasOwnProperty.call(outcome, 'more') ? (outcome.more ?? []) : []),
  ]);
  // Prototype-less copies: an optional field left out (a contact's label, note or hours) reads as
  // undefined even when another script has set it on Object.prototype.
  return ownData({ recommended, openInstead, also, more });
}
