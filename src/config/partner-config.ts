/**
 * The partner configuration after validation: what the rest of the widget uses.
 * Every field here has been checked; text is plain text, links are safe.
 */
import type { OpeningPeriod } from '../time/opening-hours.js';
import type { LocalisedText } from '../i18n/text.js';
import { ownData } from './own-data.js';

export type { LocalisedText };

/** The person practitioners at the partner agency should speak to first. */
export interface SafeguardingOfficer {
  name?: LocalisedText;
  /** In the usual UK grouping, e.g. "029 2018 0123" (a fictional number). */
  phone?: string;
  email?: string;
}

/** The partner organisation that embeds the widget. */
export interface Agency {
  name?: LocalisedText;
  safeguardingOfficer?: SafeguardingOfficer;
  /** The agency's own safeguarding procedures (https). */
  proceduresUrl?: string;
}

/** A council's children's services (social services for children). */
export interface ChildrensServices {
  /** Office-hours number. */
  phone?: string;
  /** Emergency duty team, evenings, weekends and bank holidays. */
  outOfHoursPhone?: string;
  /** The council's "report a concern about a child" page (https). */
  url?: string;
  /** Office hours of `phone`, when the partner gives them. */
  hours?: OpeningPeriod[];
  /**
   * `false` when `hours` are the usual hours rather than confirmed ones (an old or
   * unconfirmed source): shown as "usually open", never as a confident "Open now".
   * Default `true`.
   */
  hoursCertain?: boolean;
}

/** A council area the partner serves. */
export interface Area {
  id: string;
  name: LocalisedText;
  childrensServices: ChildrensServices;
}

/** Who a partner resource is for. */
export type Audience = 'public' | 'professional' | 'all';

/** A partner resource: campaign materials, a video, a leaflet, training. */
export interface Resource {
  title: LocalisedText;
  url: string;
  audience: Audience;
}

/** The whole, validated configuration. */
export interface PartnerConfig {
  agency?: Agency;
  areas: Area[];
  resources: Resource[];
  /** Where the quick exit goes (https). */
  exitUrl: string;
  /** Whether pressing Shift three times leaves the page. */
  exitShortcut: boolean;
  /**
   * Events carry the step, outcome and service ids (which tell what the visitor answered).
   * Off by default: events then carry only a contact's method.
   */
  detailedEvents: boolean;
  /** The floating launcher's label and place (launcher mode only). */
  launcher: LauncherSettings;
}

/** Where the floating launcher sits, and what it says. */
export interface LauncherSettings {
  /** Replaces "Worried about a child?" when given. */
  label?: LocalisedText;
  /** The corner it sits in. */
  position: 'bottom-right' | 'bottom-left';
  /** Distance from the window's edges, in CSS pixels (0 to 200). */
  offset: number;
}

/** A neutral, non-personalised page to leave for. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * The configuration used when a partner gives none: national services only.
 * Prototype-less and frozen, so nothing added to `Object.prototype` by another
 * script (an `agency`, an `exitUrl`) can show through a key left out here.
 */
export const DEFAULT_CONFIG: PartnerConfig = Object.freeze(
  ownData<PartnerConfig>({
    agency: undefined,
    areas: [],
    resources: [],
    exitUrl: DEFAULT_EXIT_URL,
    exitShortcut: true,
    detailedEvents: false,
    launcher: { position: 'bottom-right', offset: 16 },
  }),
);
