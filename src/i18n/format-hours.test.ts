import { expect } from '@open-wc/testing';
import type { OpeningHours, Weekday } from '../time/opening-hours.js';
import { openingStatus } from '../time/opening-hours.js';
import { hoursText, statusText } from './format-hours.js';
import { useLocale } from './localization.js';

const WEEKDAYS: OpeningHours = {
  kind: 'weekly',
  certain: true,
  periods: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }],
};

/** The status line at a London wall-clock time in November (GMT, so UTC is London time). */
function statusAt(iso: string, hours: OpeningHours = WEEKDAYS): string | undefined {
  const instant = new Date(`${iso}Z`);
  return statusText(openingStatus(hours, instant), instant.getUTCDay() as Weekday);
}

describe('opening hours in words', () => {
  after(() => useLocale('en'));

  it('names the day the service next opens, in English', async () => {
    await useLocale('en');
    // Friday 2026-11-27, 6pm: closed until Monday.
    expect(statusAt('2026-11-27T18:00')).to.equal('Closed now. Opens Monday at 9am.');
    expect(statusAt('2026-11-26T18:00')).to.equal('Closed now. Opens tomorrow at 9am.');
    expect(statusAt('2026-11-26T07:30')).to.equal('Closed now. Opens today at 9am.');
  });

  it('says midnight as the end of a day: "tonight at midnight", never "tomorrow at midnight"', async () => {
    const lateEveryDay: OpeningHours = {
      kind: 'weekly',
      certain: true,
      periods: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '08:00', closes: '00:00' }],
    };
    const weekdayEvenings: OpeningHours = {
      kind: 'weekly',
      certain: true,
      periods: [{ days: [1, 2, 3, 4, 5], opens: '00:00', closes: '06:00' }],
    };
    await useLocale('en');
    // Sunday 2026-11-29, 11am, open until midnight (Meic's hours).
    expect(statusAt('2026-11-29T11:00', lateEveryDay)).to.equal('Open now. Closes tonight at midnight.');
    expect(statusAt('2026-11-29T11:00', { ...lateEveryDay, certain: false })).to.equal(
      'Usually open at this time, until tonight at midnight.',
    );
    // Saturday 2026-11-28, 10am: opens at 00:00 on Monday, the end of Sunday.
    expect(statusAt('2026-11-28T10:00', weekdayEvenings)).to.equal('Closed now. Opens tomorrow at midnight.');
    // Friday 2026-11-27, 10am: the same, two days on.
    expect(statusAt('2026-11-27T10:00', weekdayEvenings)).to.equal('Closed now. Opens Sunday at midnight.');
    await useLocale('cy');
    expect(statusAt('2026-11-29T11:00', lateEveryDay)).to.equal('Ar agor nawr. Yn cau heno am hanner nos.');
    expect(statusAt('2026-11-29T11:00', { ...lateEveryDay, certain: false })).to.equal(
      'Fel arfer ar agor ar yr adeg hon. Fel arfer yn cau heno am hanner nos.',
    );
  });

  it('writes a week’s hours as a Welsh reader expects (Dydd Llun i ddydd Iau, each sentence capitalised)', async () => {
    const hours: OpeningHours = {
      kind: 'weekly',
      certain: false,
      periods: [
        { days: [1, 2, 3, 4], opens: '09:00', closes: '21:00' },
        { days: [5], opens: '09:00', closes: '17:00' },
      ],
    };
    await useLocale('en');
    expect(hoursText(hours)).to.equal('Usual opening hours: Monday to Thursday, 9am to 9pm. Friday, 9am to 5pm.');
    await useLocale('cy');
    expect(hoursText(hours)).to.match(/: Dydd Llun i ddydd Iau, 9yb tan 9yh\. Dydd Gwener, 9yb tan 5yh\.$/);
  });

  it('mutates the day after "Yn agor" and "Yn cau" in Welsh (ddydd Llun), as a Welsh reader expects', async () => {
    await useLocale('cy');
    expect(statusAt('2026-11-27T18:00')).to.equal('Ar gau nawr. Yn agor ddydd Llun am 9yb.');
    const usually: OpeningHours = {
      ...WEEKDAYS,
      certain: false,
      periods: [{ days: [5, 6], opens: '18:00', closes: '02:00' }],
    };
    // Saturday 2026-11-28, 11pm: open past midnight, until Sunday 2am ("tomorrow"). Not "tan
    // yfory am 2yb", a word-for-word "until tomorrow at 2am" (Welsh review, row 14).
    expect(statusAt('2026-11-28T23:00', usually)).to.equal(
      'Fel arfer ar agor ar yr adeg hon. Fel arfer yn cau yfory am 2yb.',
    );
    // Wednesday 2026-11-25, 7pm: open without a break until Friday 5pm.
    const untilFriday: OpeningHours = {
      ...usually,
      periods: [
        { days: [3], opens: '18:00', closes: '24:00' },
        { days: [4], opens: '00:00', closes: '24:00' },
        { days: [5], opens: '00:00', closes: '17:00' },
      ],
    };
    expect(statusAt('2026-11-25T19:00', untilFriday)).to.equal(
      'Fel arfer ar agor ar yr adeg hon. Fel arfer yn cau ddydd Gwener am 5yh.',
    );
    // Sunday 2026-11-29, 3am: next opens Friday.
    expect(statusAt('2026-11-29T03:00', usually)).to.equal(
      'Fel arfer ar gau ar yr adeg hon. Fel arfer yn agor ddydd Gwener am 6yh.',
    );
  });

  it('joins two days with "and" / "a", and a longer list with commas and "and" before the last', async () => {
    const days = (list: Weekday[]): OpeningHours => ({
      kind: 'weekly',
      certain: true,
      periods: [{ days: list, opens: '09:00', closes: '18:00' }],
    });
    await useLocale('en');
    // The NSPCC's weekend hours: "Saturday, Sunday" read as a list cut short.
    expect(hoursText(days([6, 0]))).to.equal('Opening hours: Saturday and Sunday, 9am to 6pm.');
    expect(hoursText(days([1, 3, 5]))).to.equal('Opening hours: Monday, Wednesday and Friday, 9am to 6pm.');
    expect(hoursText(days([2]))).to.equal('Opening hours: Tuesday, 9am to 6pm.');
    await useLocale('cy');
    expect(hoursText(days([6, 0]))).to.match(/: Dydd Sadwrn a dydd Sul, 9yb tan 6yh\.$/);
    expect(hoursText(days([1, 3, 5]))).to.match(/: Dydd Llun, dydd Mercher a dydd Gwener, 9yb tan 6yh\.$/);
    expect(hoursText(days([6, 0]))).not.to.match(/Sadwrn, dydd Sul/);
  });
});
