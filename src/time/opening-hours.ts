/**
 * Opening hours: weekly schedules and "is it open now?" in Europe/London time, bank holidays
 * in England and Wales included (`bank-holidays.ts`).
 *
 * Pure: no DOM, no clock. The caller passes the moment to judge, so the same
 * function serves rendering (now) and tests (any instant, across clock changes).
 */
import { isBankHoliday } from './bank-holidays.js';

/** Days of the week, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One opening period, repeated on each of `days`, in London wall-clock time. */
export interface OpeningPeriod {
  days: readonly Weekday[];
  /** "HH:MM", 24-hour clock. */
  opens: string;
  /** "HH:MM", 24-hour clock; "24:00" for midnight at the end of the day. A time
   * earlier than `opens` means the period runs past midnight into the next day. */
  closes: string;
}

/**
 * When a service or contact can be used.
 * - `always`: round the clock, every day.
 * - `weekly`: a weekly schedule. `certain: false` means our source is old or
 *   unconfirmed: show it as "usually", never as a confident open or closed.
 *   `bankHolidays: 'closed'`: an office line, closed on bank holidays (a council's office
 *   hours). Without it, no source gives the line's bank-holiday hours, so on a bank holiday
 *   (or past the bank-holiday table) the hours are only "usually".
 * - `unknown`: we do not know; show no hours at all.
 */
export type OpeningHours =
  | { kind: 'always' }
  | { kind: 'weekly'; periods: readonly OpeningPeriod[]; certain: boolean; bankHolidays?: 'closed' }
  | { kind: 'unknown' };

/** A wall-clock moment within the week in London. */
export interface WeekTime {
  day: Weekday;
  /** Minutes after midnight, 0 … 1439. */
  minutes: number;
}

/** What the hours say about one moment. */
export type OpeningStatus =
  | { state: 'always' }
  | { state: 'unknown' }
  | { state: 'open'; certain: boolean; closes: WeekTime }
  /** `bankHoliday`: an office line, closed all day because today is a bank holiday. */
  | { state: 'closed'; certain: boolean; opens: WeekTime | undefined; bankHoliday?: boolean };

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (`month` 0–11): when UK clocks change. */
function lastSundayOneAmUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * The London wall-clock weekday and minute of an instant (handles GMT and BST).
 *
 * Computed from the UK rule (British Summer Time from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October) rather than with
 * `Intl.DateTimeFormat({ timeZone })`, whose first use loads time-zone data and
 * blocked the page for 60 ms or more in Chromium. A test checks it against Intl
 * hour by hour over several years.
 */
export function londonWeekTime(instant: Date): WeekTime {
  const local = londonWallClock(instant);
  return { day: local.getUTCDay() as Weekday, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** A Date whose UTC fields are London's wall clock at `instant`. */
function londonWallClock(instant: Date): Date {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  const summer = time >= lastSundayOneAmUtc(year, 2) && time < lastSundayOneAmUtc(year, 9);
  return new Date(time + (summer ? HOUR_MS : 0));
}

/** The London date `days` after the one at `instant`, as YYYY-MM-DD. */
export function londonDate(instant: Date, days = 0): string {
  const local = londonWallClock(instant);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

/** "HH:MM" (00:00 to 24:00) to minutes after midnight, or `undefined` for anything else. */
export function readClockTime(time: unknown): number | undefined {
  const match = typeof time === 'string' ? /^(\d\d):(\d\d)$/.exec(time) : null;
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  return match && minutes < 60 && hours * 60 + minutes <= 1440 ? hours * 60 + minutes : undefined;
}

/** "HH:MM" to minutes after midnight; throws on a malformed time (the data is ours, or checked). */
export function parseClockTime(time: string): number {
  const minutes = readClockTime(time);
  if (minutes === undefined) throw new RangeError(`Not a clock time: "${time}"`);
  return minutes;
}

/** Each period as [start, end) minute-of-week intervals; end may pass the week's end. */
function intervals(periods: readonly OpeningPeriod[]): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  for (const period of periods) {
    const opens = parseClockTime(period.opens);
    let closes = parseClockTime(period.closes);
    if (closes <= opens) closes += MINUTES_PER_DAY;
    for (const day of period.days) {
      const start = day * MINUTES_PER_DAY + opens;
      result.push([start, day * MINUTES_PER_DAY + closes]);
    }
  }
  return result;
}

function toWeekTime(minuteOfWeek: number): WeekTime {
  const m = ((minuteOfWeek % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  return { day: Math.floor(m / MINUTES_PER_DAY) as Weekday, minutes: m % MINUTES_PER_DAY };
}

/**
 * Is a service open at `instant`, and when does that change?
 * Judged in London wall-clock time, so the clock changes need no special case.
 */
export function openingStatus(hours: OpeningHours, instant: Date): OpeningStatus {
  if (hours.kind === 'always') return { state: 'always' };
  if (hours.kind === 'unknown') return { state: 'unknown' };
  const office = hours.bankHolidays === 'closed';
  const holiday = isBankHoliday(londonDate(instant));
  if (holiday && office) return { state: 'closed', certain: true, opens: undefined, bankHoliday: true };
  // Today a bank holiday, or past the table: no source says this line keeps its hours.
  const certain = hours.certain && holiday === false;
  const now = londonWeekTime(instant);
  const nowMinute = now.day * MINUTES_PER_DAY + now.minutes;
  const spans = intervals(hours.periods);
  // A span that started late last week may still be running now (e.g. Sat 22:00 to Sun 02:00).
  const shifted = spans.flatMap(
    ([s, e]) =>
      [
        [s, e],
        [s - MINUTES_PER_WEEK, e - MINUTES_PER_WEEK],
      ] as Array<[number, number]>,
  );
  const current = shifted.filter(([s, e]) => s <= nowMinute && nowMinute < e);
  if (current.length > 0) {
    // Join back-to-back periods so "closes at" is the real end.
    let end = Math.max(...current.map(([, e]) => e));
    for (let grew = true; grew;) {
      grew = false;
      for (const [s, e] of shifted) {
        if (s <= end && e > end) {
          end = e;
          grew = true;
        }
      }
    }
    return { state: 'open', certain, closes: toWeekTime(end) };
  }
  // The next openings over three weeks, soonest first, each with its London date.
  const today = Math.floor(nowMinute / MINUTES_PER_DAY);
  const upcoming = spans
    .flatMap(([s]) => [s, s + MINUTES_PER_WEEK, s + 2 * MINUTES_PER_WEEK])
    .filter((s) => s > nowMinute)
    .sort((a, b) => a - b)
    .map((start) => ({
      start,
      holiday: isBankHoliday(londonDate(instant, Math.floor(start / MINUTES_PER_DAY) - today)),
    }));
  // An office line skips bank holidays; another line's opening on one is only "usually".
  const next = office ? upcoming.find((u) => u.holiday !== true) : upcoming[0];
  return {
    state: 'closed',
    certain: certain && next?.holiday === false,
    opens: next === undefined ? undefined : toWeekTime(next.start),
  };
}

/** Is the contact usable at `instant` for certain (round the clock, or confirmed open)? */
export function isCertainlyOpen(hours: OpeningHours, instant: Date): boolean {
  const status = openingStatus(hours, instant);
  return status.state === 'always' || (status.state === 'open' && status.certain);
}
