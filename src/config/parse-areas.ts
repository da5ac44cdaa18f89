/**
 * The schema's `areas` section: each council area, its children's services and their office
 * hours.
 */
import type { OpeningPeriod, Weekday } from '../time/opening-hours.js';
import { readClockTime } from '../time/opening-hours.js';
import type { Area, ChildrensServices } from './partner-config.js';
import { type Checker, describe, join, truncate } from './checker.js';
import { DEVELOPMENT } from './development.js';

const DAY_NAMES: Record<string, Weekday> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

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
  const services = c.fields(obj, path, {
    phone: 'phone',
    outOfHoursPhone: 'phone',
    url: 'link',
    hours: (hours, at) => parseHours(c, hours, at),
    // Not true or false: the hours are shown as usual ones, never as a confident "Open now".
    hoursCertain: (certain, at) => (certain === undefined ? undefined : c.boolean(certain, at) === true),
  });
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

export function parseAreas(c: Checker, value: unknown): Area[] {
  const areas: Area[] = [];
  // The area question's own answers "Somewhere else" and "I don't know" use these ids.
  const seen = new Set<string>(['elsewhere', 'unknown']);
  c.array(value, 'areas', MAX_AREAS, 'areas', `; Wales has ${MAX_AREAS} councils`).forEach((item, i) => {
    const path = join('areas', i);
    const obj = c.object(item, path);
    if (!obj) return;
    // Not read by a table of fields: the name comes first (without it the area is left out, and
    // its id defaults to it).
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
