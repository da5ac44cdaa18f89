// Issue #23's rule, line by line: on the bank holidays the tests name (Christmas Day, Boxing
// Day's substitute, Easter Monday), at every hour of the day, no national line and no contact
// with weekly hours says "Open now" with certainty, in English or in Welsh; a configured
// council office line says it is closed; and on a normal Tuesday the sure hours stay sure.
import { expect } from '@open-wc/testing';
import { nationalServices } from './national-services.js';
import { childrensServicesFor } from './partner-services.js';
import { parseConfig } from '../config/parse-config.js';
import { NPT_WITH_HOURS } from '../test-helpers/configs.js';
import { statusText } from '../i18n/format-hours.js';
import { useLocale } from '../i18n/localization.js';
import { londonWeekTime, openingStatus, type OpeningHours } from '../time/opening-hours.js';

const BANK_HOLIDAYS = {
  'Christmas Day': '2026-12-25',
  'Boxing Day’s substitute': '2026-12-28',
  'Easter Monday': '2026-04-06',
};

/** Every weekly timetable of the national services: each service's and each contact's own. */
const weeklyLines = Object.values(nationalServices).flatMap((service) =>
  [service.hours, ...service.contacts.map((c) => c.hours)]
    .filter((h): h is OpeningHours => h?.kind === 'weekly')
    .map((hours) => ({ id: service.id, hours })),
);

/** The status line a card shows for these hours at this moment. */
const shown = (hours: OpeningHours, instant: Date) =>
  statusText(openingStatus(hours, instant), londonWeekTime(instant).day) ?? '';

/** Every half hour of a London day (the table's days are all in winter time or BST). */
function halfHours(date: string): Date[] {
  const midnight = new Date(`${date}T00:00:00Z`);
  // 2026-04-06 is in BST: London midnight is 23:00 UTC the evening before.
  const offset = date === '2026-04-06' ? -60 : 0;
  return Array.from({ length: 48 }, (_, i) => new Date(midnight.getTime() + (offset + i * 30) * 60_000));
}

const { config } = parseConfig({ areas: [NPT_WITH_HOURS] });

describe('bank holidays, every national line, in English and Welsh', () => {
  after(() => useLocale('en'));

  it('has national lines with weekly hours to check (the NSPCC, Stop It Now, Meic…)', () => {
    expect(weeklyLines.map((l) => l.id)).to.include.members(['nspcc', 'stop-it-now']);
  });

  for (const [name, date] of Object.entries(BANK_HOLIDAYS)) {
    for (const locale of ['en', 'cy'] as const) {
      it(`${name} (${date}), ${locale}: no national line is a sure “Open now”; the council office is closed`, async () => {
        await useLocale(locale);
        const sureOpen = locale === 'en' ? /^Open now\./ : /^Ar agor nawr\./;
        for (const instant of halfHours(date)) {
          for (const { id, hours } of weeklyLines) {
            expect(shown(hours, instant), `${id} at ${instant.toISOString()}`).to.not.match(sureOpen);
          }
        }
        const office = childrensServicesFor(config.areas![0]!, locale)
          .contacts.map((c) => c.hours)
          .find((h): h is OpeningHours => h?.kind === 'weekly' && h.bankHolidays === 'closed');
        expect(office, 'the council office line’s hours').to.exist;
        expect(shown(office!, new Date(`${date}T11:00:00Z`))).to.equal(
          locale === 'en' ? 'Closed today: it is a bank holiday.' : 'Ar gau heddiw: mae’n ŵyl banc.',
        );
      });
    }
  }

  it('on a normal Tuesday a line with sure hours still says “Open now”, in both languages', async () => {
    const nspcc = weeklyLines.find((l) => l.id === 'nspcc' && l.hours.kind === 'weekly' && l.hours.certain);
    expect(nspcc, 'the NSPCC helpline has sure weekly hours').to.exist;
    const tuesday = new Date('2026-12-08T11:00:00Z');
    await useLocale('en');
    expect(shown(nspcc!.hours, tuesday)).to.match(/^Open now\./);
    await useLocale('cy');
    expect(shown(nspcc!.hours, tuesday)).to.match(/^Ar agor nawr\./);
  });
});
