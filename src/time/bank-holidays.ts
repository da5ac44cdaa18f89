/**
 * Bank holidays in England and Wales, as dated data (not a rule that computes Easter and nothing
 * else: the law moves days, and one-off holidays happen). Council offices close on them; a line
 * whose bank-holiday hours no source gives is never "Open now" with certainty on them.
 *
 * From `shared/reference/bank-holidays.md` (C2 for 2026: the Banking and Financial Dealings Act
 * 1971, Schedule 1, and published 2026 lists agree; 2027 and 2028 computed from the Act and
 * Easter, to check against GOV.UK's list, England and Wales division, before release). Past
 * `lastYear` the widget cannot know, and says "usually"; `help-finder-check` warns a year before.
 */
export const BANK_HOLIDAYS = {
  source:
    'shared/reference/bank-holidays.md: Banking and Financial Dealings Act 1971, Sch. 1; GOV.UK “UK bank holidays”, England and Wales (2026 C2; 2027 and 2028 computed from the Act and Easter: check against GOV.UK’s list before release)',
  /** When the dates were last checked against the source. */
  checked: '2026-12-03',
  firstYear: 2026,
  lastYear: 2028,
  /** London dates, YYYY-MM-DD. */
  dates: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
} as const;

const dates: ReadonlySet<string> = new Set(BANK_HOLIDAYS.dates);

/**
 * Whether a London date (YYYY-MM-DD) is a bank holiday: `undefined` after the table's last
 * year, where nobody can say. (Years before the table are the past: only tests use them, and
 * they are read as ordinary days.)
 */
export function isBankHoliday(londonDate: string): boolean | undefined {
  if (Number(londonDate.slice(0, 4)) > BANK_HOLIDAYS.lastYear) return undefined;
  return dates.has(londonDate);
}

/**
 * For the facts report and `help-finder-check`: the table's span and source, then a warning when
 * it ends within 12 months of `now` (past its last year, office lines and weekday lines can no
 * longer say "Open now" for sure).
 */
export function bankHolidayLines(now: Date): string[] {
  const { firstYear, lastYear, checked, source } = BANK_HOLIDAYS;
  const lines = [
    `bank holidays (England and Wales): ${firstYear} to ${lastYear}, checked ${checked}; source: ${source}`,
  ];
  const end = Date.UTC(lastYear + 1, 0, 1);
  const yearAhead = Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate());
  if (yearAhead >= end) {
    lines.push(
      `warning: the bank-holiday table ends on 31 December ${lastYear}, within 12 months: add the next year's dates to src/time/bank-holidays.ts (from GOV.UK's list) and release`,
    );
  }
  return lines;
}
