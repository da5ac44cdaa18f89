/**
 * Parse and validate a partner configuration. Pure: no DOM, no console.
 *
 * Never throws. Each problem names the exact field and what was expected;
 * the invalid part is dropped and the rest is used, so the widget always works
 * and always shows the national helplines.
 */
import type { OpeningPeriod, Weekday } from '../time/opening-hours.js';
import { readClockTime } from '../time/opening-hours.js';
import {
  type Agency,
  type Area,
  type Audience,
  type ChildrensServices,
  DEFAULT_CONFIG,
  type LauncherSettings,
  type LocalisedText,
  type PartnerConfig,
  type Resource,
  type SafeguardingOfficer,
} from './partner-config.js';
import { DEVELOPMENT } from './development.js';
import { ownData } from './own-data.js';
import { formatUkPhone, isCostlyNumber, isFictionalPhone } from './phone.js';
import { isEmailAddress, safeLink } from './url.js';

/** One thing wrong with the configuration. */
export interface ConfigProblem {
  /** The field, e.g. `areas[1].childrensServices.phone`. */
  path: string;
  /**
   * What is wrong and what the widget does instead. Empty in the production build for the
   * field checks (see `development.ts`): the field is still named, and the development build or
   * `help-finder-check` gives the reason.
   */
  message: string;
  severity: 'error' | 'warning';
}

/** The usable configuration and everything that was wrong with the input. */
export interface ParsedConfig {
  config: PartnerConfig;
  problems: ConfigProblem[];
}

type Json = Record<string, unknown>;

class Checker {
  readonly problems: ConfigProblem[] = [];

  /**
   * A value that cannot be used: it is dropped. `message` is written `DEVELOPMENT && …`, so that
   * the production build leaves the text out (it is `false` there).
   */
  error(path: string, message: string | false): undefined {
    this.problems.push({ path, message: message || '', severity: 'error' });
    return undefined;
  }

  /** A value that is used but probably not what the partner meant; `message` as for `error`. */
  warn(path: string, message: string | false): void {
    this.problems.push({ path, message: message || '', severity: 'warning' });
  }

  object(value: unknown, path: string): Json | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.error(path, DEVELOPMENT && `expected an object, got ${describe(value)}`);
    }
    return value as Json;
  }

  /** Warn about keys we do not know (often a typo of one we do). */
  knownKeys(obj: Json, path: string, keys: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) {
        this.warn(join(path, key), DEVELOPMENT && `unknown field, ignored (expected one of: ${keys.join(', ')})`);
      }
    }
  }

  string(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.error(path, DEVELOPMENT && `expected text, got ${describe(value)}`);
    const trimmed = value.trim();
    if (!trimmed) return this.error(path, DEVELOPMENT && 'is empty');
    if (/<[a-z!/]/i.test(trimmed)) {
      this.warn(path, DEVELOPMENT && 'contains HTML; it is shown as plain text, not as markup');
    }
    return trimmed;
  }

  text(value: unknown, path: string): LocalisedText | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string') {
      const en = this.string(value, path);
      if (en !== undefined) this.missingLanguage(path, 'cy');
      return en === undefined ? undefined : { en };
    }
    const obj = this.object(value, path);
    if (!obj) return undefined;
    this.knownKeys(obj, path, ['en', 'cy']);
    const en = this.string(obj.en, join(path, 'en'));
    const cy = this.string(obj.cy, join(path, 'cy'));
    if (en === undefined && cy === undefined) {
      return this.error(path, DEVELOPMENT && 'expected text in English ("en") or Welsh ("cy")');
    }
    if (en === undefined) this.missingLanguage(path, 'en');
    if (cy === undefined) this.missingLanguage(path, 'cy');
    return { ...(en && { en }), ...(cy && { cy }) };
  }

  /** Partner text should be given in both languages; say which one falls back. */
  missingLanguage(path: string, missing: 'en' | 'cy'): void {
    this.warn(
      path,
      DEVELOPMENT &&
        (missing === 'cy'
          ? 'has no Welsh ("cy") text; Welsh speakers see the English, marked lang="en"'
          : 'has no English ("en") text; English speakers see the Welsh, marked lang="cy"'),
    );
  }

  phone(value: unknown, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    const formatted = formatUkPhone(text);
    if (formatted === undefined) return this.error(path, DEVELOPMENT && `"${truncate(text)}" is not a UK phone number`);
    if (isCostlyNumber(formatted))
      return this.error(path, DEVELOPMENT && `"${formatted}" costs more than a normal call (09, 070, 076, 084, 087)`);
    if (isFictionalPhone(formatted))
      // Kept in the production build too: a fictional number must not go live unnoticed.
      this.warn(path, `"${formatted}" is a fictional number: replace it before going live`);
    return formatted;
  }

  email(value: unknown, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    return isEmailAddress(text)
      ? text
      : this.error(path, DEVELOPMENT && `"${truncate(text)}" is not a plain email address`);
  }

  /** An https address (the only links a partner configures). */
  link(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.error(path, DEVELOPMENT && `expected a link, got ${describe(value)}`);
    const text = value.trim();
    return (
      safeLink(text) ?? this.error(path, DEVELOPMENT && `"${truncate(text)}" is not an allowed link (use https:…)`)
    );
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    return this.error(path, DEVELOPMENT && `expected true or false, got ${describe(value)}`);
  }

  /**
   * The list, or `[]` when it is not one. Over `max` items (a mistake that would make every page
   * slow), the first `max`, with one error naming the field: `has 30 <noun><why>, so only the
   * first 20 are used` (kept in the production build: "not used" would say that none is).
   */
  array(value: unknown, path: string, max = Infinity, noun = '', why = ''): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.error(path, DEVELOPMENT && `expected a list, got ${describe(value)}`);
      return [];
    }
    if (value.length <= max) return value;
    this.error(path, `has ${value.length} ${noun}${why}, so only the first ${max} are used`);
    return value.slice(0, max);
  }
}

const DAY_NAMES: Record<string, Weekday> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${truncate(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function parseOfficer(c: Checker, value: unknown, path: string): SafeguardingOfficer | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.knownKeys(obj, path, ['name', 'phone', 'email']);
  const officer: SafeguardingOfficer = {
    name: c.text(obj.name, join(path, 'name')),
    phone: c.phone(obj.phone, join(path, 'phone')),
    email: c.email(obj.email, join(path, 'email')),
  };
  if (!officer.phone && !officer.email) {
    c.warn(
      path,
      DEVELOPMENT &&
        'has no usable phone or email; visitors are told to contact their Safeguarding Officer without details',
    );
  }
  return officer;
}

function parseAgency(c: Checker, value: unknown): Agency | undefined {
  const obj = c.object(value, 'agency');
  if (!obj) return undefined;
  c.knownKeys(obj, 'agency', ['name', 'safeguardingOfficer', 'proceduresUrl']);
  const agency: Agency = {
    name: c.text(obj.name, 'agency.name'),
    safeguardingOfficer: parseOfficer(c, obj.safeguardingOfficer, 'agency.safeguardingOfficer'),
    proceduresUrl: c.link(obj.proceduresUrl, 'agency.proceduresUrl'),
  };
  if (agency.safeguardingOfficer && !agency.name && obj.name === undefined) {
    // Visitors must know whose officer it is: without the name the card is the generic one.
    c.warn(
      'agency.name',
      DEVELOPMENT && 'is missing; your Safeguarding Officer is shown only as "Your Safeguarding Officer"',
    );
  }
  return agency;
}

/** Two periods a day is plenty; a longer list is a mistake that would slow every outcome. */
const MAX_PERIODS = 14;

function parseHours(c: Checker, value: unknown, path: string): OpeningPeriod[] | undefined {
  if (value === undefined) return undefined;
  const periods: OpeningPeriod[] = [];
  c.array(value, path, MAX_PERIODS, 'opening periods').forEach((item, i) => {
    const at = join(path, i);
    const obj = c.object(item, at);
    if (!obj) return;
    c.knownKeys(obj, at, ['days', 'opens', 'closes']);
    // Exactly the schema's names: "wedding" is not Wednesday.
    const days = c
      .array(obj.days, join(at, 'days'))
      .map((d) =>
        typeof d === 'string' && Object.prototype.hasOwnProperty.call(DAY_NAMES, d) ? DAY_NAMES[d] : undefined,
      );
    if (days.length === 0 || days.some((d) => d === undefined)) {
      c.error(join(at, 'days'), DEVELOPMENT && 'expected a list of days such as ["mon", "tue"]');
      return;
    }
    const times = (['opens', 'closes'] as const).map((key) => {
      const time = obj[key];
      return readClockTime(time) === undefined
        ? c.error(join(at, key), DEVELOPMENT && `expected a time such as "09:00", got ${describe(time)}`)
        : (time as string);
    });
    if (times[0] && times[1]) periods.push({ days: days as Weekday[], opens: times[0], closes: times[1] });
  });
  return periods.length > 0 ? periods : undefined;
}

function parseChildrensServices(c: Checker, value: unknown, path: string): ChildrensServices {
  const obj = c.object(value, path);
  if (!obj) {
    if (value === undefined)
      c.warn(path, DEVELOPMENT && 'is missing; the generic advice to contact the council is shown');
    return {};
  }
  c.knownKeys(obj, path, ['phone', 'outOfHoursPhone', 'url', 'hours', 'hoursCertain']);
  const services: ChildrensServices = {
    phone: c.phone(obj.phone, join(path, 'phone')),
    outOfHoursPhone: c.phone(obj.outOfHoursPhone, join(path, 'outOfHoursPhone')),
    url: c.link(obj.url, join(path, 'url')),
    hours: parseHours(c, obj.hours, join(path, 'hours')),
    // Not true or false: the hours are shown as usual ones, never as a confident "Open now".
    hoursCertain:
      obj.hoursCertain === undefined ? undefined : c.boolean(obj.hoursCertain, join(path, 'hoursCertain')) === true,
  };
  if (!services.phone && !services.outOfHoursPhone && !services.url) {
    c.warn(
      path,
      DEVELOPMENT && 'has no usable phone number or web page; the generic advice to contact the council is shown',
    );
  }
  return services;
}

/** Wales has 22 councils: more areas than that is a mistake (and would make every page slow). */
const MAX_AREAS = 22;

function parseAreas(c: Checker, value: unknown): Area[] {
  const areas: Area[] = [];
  // The area question's own answers "Somewhere else" and "I don't know" use these ids.
  const seen = new Set<string>(['elsewhere', 'unknown']);
  c.array(value, 'areas', MAX_AREAS, 'areas', `; Wales has ${MAX_AREAS} councils`).forEach((item, i) => {
    const path = join('areas', i);
    const obj = c.object(item, path);
    if (!obj) return;
    c.knownKeys(obj, path, ['id', 'name', 'childrensServices']);
    const name = c.text(obj.name, join(path, 'name'));
    if (!name) {
      if (obj.name === undefined) c.error(join(path, 'name'), DEVELOPMENT && 'is missing; the area is left out');
      return;
    }
    let id = c.string(obj.id, join(path, 'id')) ?? name.en ?? name.cy ?? String(i);
    if (seen.has(id)) {
      let renamed = `${id}-${i}`;
      for (let n = 2; seen.has(renamed); n++) renamed = `${id}-${i}-${n}`;
      c.error(
        join(path, 'id'),
        DEVELOPMENT &&
          `"${truncate(id)}" is used by another area or by the widget; this one is renamed "${truncate(renamed)}"`,
      );
      id = renamed;
    }
    seen.add(id);
    areas.push({
      id,
      name,
      childrensServices: parseChildrensServices(c, obj.childrensServices, join(path, 'childrensServices')),
    });
  });
  return areas;
}

const AUDIENCES: readonly Audience[] = ['public', 'professional', 'all'];

/** More resources than this is a mistake (each is a card, and would make the page slow). */
const MAX_RESOURCES = 20;

function parseResources(c: Checker, value: unknown): Resource[] {
  const resources: Resource[] = [];
  c.array(value, 'resources', MAX_RESOURCES, 'resources').forEach((item, i) => {
    const path = join('resources', i);
    const obj = c.object(item, path);
    if (!obj) return;
    c.knownKeys(obj, path, ['title', 'url', 'audience']);
    const title = c.text(obj.title, join(path, 'title'));
    const url = c.link(obj.url, join(path, 'url'));
    if (!title || !url) {
      if (obj.title === undefined) c.error(join(path, 'title'), DEVELOPMENT && 'is missing; the resource is left out');
      if (obj.url === undefined) c.error(join(path, 'url'), DEVELOPMENT && 'is missing; the resource is left out');
      return;
    }
    let audience: Audience = 'all';
    if (obj.audience !== undefined) {
      if (AUDIENCES.includes(obj.audience as Audience)) audience = obj.audience as Audience;
      else
        c.error(
          join(path, 'audience'),
          DEVELOPMENT && `expected "public", "professional" or "all", got ${describe(obj.audience)}; "all" is used`,
        );
    }
    resources.push({ title, url, audience });
  });
  return resources;
}

function parseLauncher(c: Checker, value: unknown): LauncherSettings {
  const settings: LauncherSettings = { ...DEFAULT_CONFIG.launcher };
  const obj = c.object(value, 'launcher');
  if (!obj) return settings;
  c.knownKeys(obj, 'launcher', ['label', 'position', 'offset']);
  const label = c.text(obj.label, 'launcher.label');
  if (label) settings.label = label;
  if (obj.position !== undefined) {
    if (obj.position === 'bottom-right' || obj.position === 'bottom-left') settings.position = obj.position;
    else
      c.error(
        'launcher.position',
        DEVELOPMENT && `expected "bottom-right" or "bottom-left", got ${describe(obj.position)}`,
      );
  }
  if (obj.offset !== undefined) {
    if (typeof obj.offset === 'number' && obj.offset >= 0 && obj.offset <= 200) settings.offset = obj.offset;
    else
      c.error(
        'launcher.offset',
        DEVELOPMENT && `expected a number of pixels from 0 to 200, got ${describe(obj.offset)}`,
      );
  }
  return settings;
}

/**
 * Validate a configuration given as an object (or anything else a page passes).
 * Only the input's own data is read (a copy with no prototype): nothing another
 * script added to `Object.prototype` counts. A value that throws when read (a
 * getter, a Proxy) gives one error and the national defaults, never a throw.
 */
export function parseConfig(input: unknown): ParsedConfig {
  if (input === undefined || input === null) return { config: DEFAULT_CONFIG, problems: [] };
  try {
    return parseOwnData(ownData(input));
  } catch (error) {
    return {
      config: DEFAULT_CONFIG,
      problems: [{ path: '(config)', message: `cannot be read (${reasonOf(error)})`, severity: 'error' }],
    };
  }
}

/** What went wrong, from anything thrown (even something whose message throws). */
function reasonOf(error: unknown): string {
  try {
    // Duck-typed: an error made in another frame is not an `instanceof Error` here.
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
    return truncate(String(message));
  } catch {
    return 'it throws when read';
  }
}

function parseOwnData(input: unknown): ParsedConfig {
  const c = new Checker();
  const root = c.object(input, '(config)');
  if (!root) return { config: DEFAULT_CONFIG, problems: c.problems };
  c.knownKeys(root, '', [
    '$schema',
    'agency',
    'areas',
    'resources',
    'exitUrl',
    'exitShortcut',
    'detailedEvents',
    'launcher',
  ]);
  const agency = parseAgency(c, root.agency);
  const areas = parseAreas(c, root.areas);
  const resources = parseResources(c, root.resources);
  const exitUrl = c.link(root.exitUrl, 'exitUrl') ?? DEFAULT_CONFIG.exitUrl;
  const exitShortcut = c.boolean(root.exitShortcut, 'exitShortcut') ?? DEFAULT_CONFIG.exitShortcut;
  const detailedEvents = c.boolean(root.detailedEvents, 'detailedEvents') ?? DEFAULT_CONFIG.detailedEvents;
  const launcher = parseLauncher(c, root.launcher);
  // Prototype-less all the way down: a key left out (agency, a Welsh name) reads as undefined.
  const config = ownData<PartnerConfig>({ agency, areas, resources, exitUrl, exitShortcut, detailedEvents, launcher });
  return { config, problems: c.problems };
}

/** Validate a configuration given as JSON text (from a `<script type="application/json">`). */
export function parseConfigJson(text: string): ParsedConfig {
  const json = readJson(text);
  if (json.ok === false) {
    return {
      config: DEFAULT_CONFIG,
      problems: [{ path: '(config)', message: `is not valid JSON (${json.error})`, severity: 'error' }],
    };
  }
  return parseConfig(json.data);
}

/**
 * JSON text as data, or why it is not JSON (an HTML page where the file was expected is named as
 * such). `ok` is always an own property: a name on Object.prototype cannot change which it is.
 */
export function readJson(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      error: text.trimStart().startsWith('<') ? 'it is a web page, not JSON' : (error as Error).message,
    };
  }
}
