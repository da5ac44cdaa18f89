/**
 * Opening hours and "open now" as words, in the visitor's language.
 * Times follow the GOV.UK style ("9am", "5:30pm", "midnight").
 */
import { msg, str } from '@lit/localize';
import type { OpeningHours, OpeningPeriod, OpeningStatus, Weekday, WeekTime } from '../time/opening-hours.js';
import { parseClockTime } from '../time/opening-hours.js';

/**
 * The weekday's name, e.g. "Monday" / "Dydd Llun". Written out rather than
 * taken from `Intl`: browsers' built-in locale data often lacks Welsh
 * (Chromium's falls back to English), and the names must be right everywhere.
 */
export function weekdayName(day: Weekday): string {
  switch (day) {
    case 0:
      return msg('Sunday');
    case 1:
      return msg('Monday');
    case 2:
      return msg('Tuesday');
    case 3:
      return msg('Wednesday');
    case 4:
      return msg('Thursday');
    case 5:
      return msg('Friday');
    case 6:
      return msg('Saturday');
  }
}

/** A time of day in minutes after midnight, e.g. "9am", "5:30pm", "midnight". */
export function clockTime(minutes: number): string {
  const m = minutes % (24 * 60);
  if (m === 0) return msg('midnight');
  if (m === 12 * 60) return msg('midday');
  const hours24 = Math.floor(m / 60);
  const hours = hours24 % 12 === 0 ? 12 : hours24 % 12;
  const mins = m % 60;
  const time = mins === 0 ? String(hours) : `${hours}:${String(mins).padStart(2, '0')}`;
  return hours24 < 12
    ? msg(str`${time}am`, { desc: 'A morning time, e.g. 9am. Welsh often writes 9yb.' })
    : msg(str`${time}pm`, { desc: 'An afternoon or evening time, e.g. 9pm. Welsh often writes 9yh.' });
}

function dayRange(days: readonly Weekday[]): string {
  // Monday first, as people read a week.
  const order = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  if (order.length === 7) return msg('Every day');
  const consecutive = order.every((d, i) => i === 0 || d === (order[i - 1]! + 1) % 7);
  if (consecutive && order.length > 2) {
    const from = weekdayName(order[0]!);
    const to = mutatedWeekday(order[order.length - 1]!);
    return msg(str`${from} to ${to}`, {
      desc: 'A range of weekdays, e.g. Monday to Thursday. Welsh: the second day comes mutated (dydd Llun i ddydd Iau).',
    });
  }
  return listOfDays(order.map((d) => weekdayName(d)));
}

/**
 * Days that are not a run, as a list: "Saturday and Sunday", "Monday, Wednesday and Friday";
 * in Welsh "dydd Sadwrn a dydd Sul" (no Welsh day name starts with a vowel, so never "ac").
 */
function listOfDays(names: string[]): string {
  const last = names.pop() ?? '';
  const rest = names.join(', ');
  return rest
    ? msg(str`${rest} and ${last}`, {
        desc: 'The last two of a list of days, e.g. "Saturday and Sunday", "Monday, Wednesday and Friday". Welsh: dydd Sadwrn a dydd Sul.',
      })
    : last;
}

/** A weekly schedule in words, e.g. "Monday to Thursday, 9am to 9pm. Friday, 9am to 5pm." */
export function scheduleText(periods: readonly OpeningPeriod[]): string {
  return periods
    .map((p) => {
      const days = dayRange(p.days);
      const opens = clockTime(parseClockTime(p.opens));
      const closes = clockTime(parseClockTime(p.closes));
      const sentence = msg(str`${days}, ${opens} to ${closes}.`, {
        desc: 'Opening hours on some days, e.g. "Monday to Thursday, 9am to 9pm."',
      });
      // Each is a sentence: Welsh day names are written lower case ("dydd Gwener") for use mid-sentence.
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    })
    .join(' ');
}

/**
 * The weekday where Welsh soft-mutates it: after "Opens", "Closes", "until"
 * and "to" ("Yn agor ddydd Llun", "tan ddydd Gwener", "dydd Llun i ddydd Iau").
 * In English, the plain name. Its own messages, apart from `weekdayName`.
 */
function mutatedWeekday(day: Weekday): string {
  switch (day) {
    case 0:
      return msg('Sunday', {
        id: 'on-sunday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
    case 1:
      return msg('Monday', {
        id: 'on-monday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
    case 2:
      return msg('Tuesday', {
        id: 'on-tuesday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
    case 3:
      return msg('Wednesday', {
        id: 'on-wednesday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
    case 4:
      return msg('Thursday', {
        id: 'on-thursday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
    case 5:
      return msg('Friday', {
        id: 'on-friday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
    case 6:
      return msg('Saturday', {
        id: 'on-saturday',
        desc: 'A day after Opens, Closes, until or to. Welsh mutates it: ddydd Llun.',
      });
  }
}

function when(time: WeekTime, today: Weekday): string {
  const at = clockTime(time.minutes);
  // In everyday speech midnight ends a day: 00:00 on Monday is "Sunday at midnight", and
  // tonight's is "tonight at midnight" (a line open until midnight on Sunday was shown as
  // closing "tomorrow at midnight").
  const day = (time.minutes === 0 ? (time.day + 6) % 7 : time.day) as Weekday;
  if (time.minutes === 0 && day === today) {
    return msg('tonight at midnight', {
      desc: 'When a service opens or closes, like "today at 6pm": "Closes tonight at midnight.", "until tonight at midnight".',
    });
  }
  if (day === today) return msg(str`today at ${at}`);
  if (day === (today + 1) % 7) return msg(str`tomorrow at ${at}`);
  return msg(str`${mutatedWeekday(day)} at ${at}`, { desc: 'A weekday and time, e.g. "Monday at 9am".' });
}

/**
 * "Open now" and what changes next, or for hours we are unsure of, what is usual.
 * `today` is the London weekday of the moment the status was computed for.
 */
export function statusText(status: OpeningStatus, today: Weekday): string | undefined {
  switch (status.state) {
    case 'always':
      return msg('Open 24 hours, every day');
    case 'unknown':
      return undefined;
    case 'open': {
      const until = when(status.closes, today);
      return status.certain
        ? msg(str`Open now. Closes ${until}.`)
        : msg(str`Usually open at this time, until ${until}.`);
    }
    case 'closed': {
      // The card's out-of-hours line, or the police's 101, follows this line.
      if (status.bankHoliday) return msg('Closed today: it is a bank holiday.');
      if (!status.opens) return status.certain ? msg('Closed now.') : msg('Usually closed at this time.');
      const next = when(status.opens, today);
      return status.certain
        ? msg(str`Closed now. Opens ${next}.`)
        : msg(str`Usually closed at this time. Usually opens ${next}.`);
    }
  }
}

/** The full hours line for a weekly schedule: "Usually open: …" or "Open: …". */
export function hoursText(hours: OpeningHours): string | undefined {
  if (hours.kind !== 'weekly') return undefined;
  const schedule = scheduleText(hours.periods);
  return hours.certain ? msg(str`Opening hours: ${schedule}`) : msg(str`Usual opening hours: ${schedule}`);
}
