/**
 * The partner configuration in two shapes:
 * - `HelpFinderConfig` and the `HelpFinder…` types below it: what a partner may write (the JSON
 *   Schema, src/config/help-finder.schema.json, as TypeScript), for the element's `config`;
 * - `PartnerConfig` and the types after it: the configuration after validation, what the rest of
 *   the widget uses. Every field there has been checked; text is plain text, links are safe.
 */
import type { OpeningPeriod } from '../time/opening-hours.js';
import type { LocalisedText } from '../i18n/text.js';
import { ownData } from './own-data.js';

export type { LocalisedText };

// ---- What a partner writes (the JSON Schema's shape) ----
// Types catch a misspelt field, a missing name or a wrong kind of value in the editor. The
// values themselves (a UK phone number, an https link, a time "09:00", at most 22 areas) are
// checked when the widget reads the configuration, which logs each problem naming the field.

/** Partner text: a plain string (English), or English and/or Welsh (at least one). */
export type HelpFinderText = string | { en: string; cy?: string } | { en?: string; cy: string };

/** A day as the configuration writes it. */
export type HelpFinderDay = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The person practitioners at the partner agency should speak to first. */
export interface HelpFinderSafeguardingOfficer {
  name?: HelpFinderText;
  /** A UK number, e.g. "029 2018 0123". */
  phone?: string;
  email?: string;
}

/** The partner organisation that embeds the widget. */
export interface HelpFinderAgency {
  name?: HelpFinderText;
  /** Shown first to practitioners. */
  safeguardingOfficer?: HelpFinderSafeguardingOfficer;
  /** The agency's own safeguarding procedures (https). */
  proceduresUrl?: string;
}

/** One period of office hours, on each of `days`, London time. */
export interface HelpFinderOpeningPeriod {
  /** At least one day. */
  days: HelpFinderDay[];
  /** "09:00": 24-hour clock, "00:00" to "23:59". */
  opens: string;
  /** "17:00": "00:00" to "24:00"; earlier than `opens` runs past midnight. */
  closes: string;
}

/** A council's children's services. */
export interface HelpFinderChildrensServices {
  /** Office-hours number (a UK number). */
  phone?: string;
  /** Emergency duty team: evenings, weekends and bank holidays (a UK number). */
  outOfHoursPhone?: string;
  /** The council's "report a concern about a child" page (https). */
  url?: string;
  /** Office hours of `phone`, from the council itself (at most 14 periods). */
  hours?: HelpFinderOpeningPeriod[];
  /** `false` when `hours` are the usual hours rather than confirmed ones (default `true`). */
  hoursCertain?: boolean;
}

/** A council area the partner serves (at most 22). */
export interface HelpFinderArea {
  /** Default: the name. `elsewhere` and `unknown` are the area question's own answers. */
  id?: string;
  name: HelpFinderText;
  childrensServices?: HelpFinderChildrensServices;
}

/** One of the partner's own materials (at most 20). */
export interface HelpFinderResource {
  title: HelpFinderText;
  /** https. */
  url: string;
  /** Who it is for (default `all`). */
  audience?: Audience;
}

/** The floating launcher's label and place (launcher mode only). */
export interface HelpFinderLauncherSettings {
  /** Replaces "Worried about a child?". */
  label?: HelpFinderText;
  /** Default `bottom-right`. */
  position?: 'bottom-right' | 'bottom-left';
  /** Distance from the window's edges, in CSS pixels, 0 to 200 (default 16). */
  offset?: number;
}

/**
 * A configuration as a partner writes it, for the element's `config` property (or as JSON text):
 * every field optional, text as a string or `{ en, cy }`. The same shape as the JSON Schema
 * `dist/help-finder.schema.json`.
 */
export interface HelpFinderConfig {
  /** The JSON Schema, for editors: `"help-finder.schema.json"`. Ignored by the widget. */
  $schema?: string;
  agency?: HelpFinderAgency;
  /** With two or more, the journey asks which area the child lives in. */
  areas?: HelpFinderArea[];
  resources?: HelpFinderResource[];
  /** Where the quick exit goes (https; default BBC Weather). */
  exitUrl?: string;
  /** `false` turns off the Shift-three-times exit shortcut (default `true`). */
  exitShortcut?: boolean;
  /**
   * `true`: events carry the step, outcome and service ids, which tell what the visitor
   * answered (default `false`: only a contact's method).
   */
  detailedEvents?: boolean;
  launcher?: HelpFinderLauncherSettings;
}

// ---- The configuration after validation ----

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

/**
 * The whole, validated configuration: what `parseConfig` returns, every default filled in.
 * To write a configuration, use `HelpFinderConfig`.
 */
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
