// Bank holidays: a council office line is closed on them and says so; a line whose bank-holiday
// hours no source gives is never "Open now" for sure on them; past the table nobody can say.
import { expect } from '@open-wc/testing';
import { BANK_HOLIDAYS, bankHolidayLines, isBankHoliday } from './bank-holidays.js';
import { londonDate, type OpeningHours, openingStatus } from './opening-hours.js';

// A council's office line: weekdays 8.30am to 4.30pm, closed on bank holidays.
const office: OpeningHours = {
  kind: 'weekly',
  certain: true,
  bankHolidays: 'closed',
  periods: [{ days: [1, 2, 3, 4, 5], opens: '08:30', closes: '16:30' }],
};
// A national line with sure weekly hours but no sourced bank-holiday hours (the NSPCC's shape).
const national: OpeningHours = {
  kind: 'weekly',
  certain: true,
  periods: [
    { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '22:00' },
    { days: [0, 6], opens: '09:00', closes: '18:00' },
  ],
};

const at = (iso: string) => new Date(iso);

describe('bank holidays in England and Wales', () => {
  it('holds the reference’s dates for 2026 to 2028, as data with its source and date checked', () => {
    expect(BANK_HOLIDAYS.dates.length).to.equal(24);
    expect(BANK_HOLIDAYS.source).to.contain('bank-holidays.md');
    expect(isBankHoliday('2026-12-25')).to.equal(true);
    expect(isBankHoliday('2026-12-28'), 'Boxing Day’s substitute').to.equal(true);
    expect(isBankHoliday('2026-12-26'), 'Boxing Day itself is a Saturday').to.equal(false);
    expect(isBankHoliday('2027-12-27'), 'Christmas’s substitute').to.equal(true);
    expect(isBankHoliday('2028-01-03'), 'New Year’s substitute').to.equal(true);
    expect(isBankHoliday('2026-12-08')).to.equal(false);
    expect(isBankHoliday('2029-01-01'), 'past the table').to.equal(undefined);
  });

  it('reads the London date, not the UTC one, across midnight in summer', () => {
    // 23:30 UTC on Sunday 5 April 2026 is 00:30 BST on Easter Monday.
    expect(londonDate(at('2026-04-05T23:30:00Z'))).to.equal('2026-04-06');
    expect(londonDate(at('2026-12-24T23:59:00Z'), 1)).to.equal('2026-12-25');
  });

  it('an office line is closed on Christmas Day, Boxing Day’s substitute and Easter Monday, and says why', () => {
    for (const iso of ['2026-12-25T11:00:00Z', '2026-12-28T11:00:00Z', '2026-04-06T10:00:00Z']) {
      expect(openingStatus(office, at(iso)), iso).to.deep.equal({
        state: 'closed',
        certain: true,
        opens: undefined,
        bankHoliday: true,
      });
    }
  });

  it('an office line opens on the next day that is not a bank holiday', () => {
    // Christmas Eve 2026 (Thursday) at 6pm: not Friday 25th, not Monday 28th, but Tuesday 29th.
    expect(openingStatus(office, at('2026-12-24T18:00:00Z'))).to.deep.equal({
      state: 'closed',
      certain: true,
      opens: { day: 2, minutes: 8 * 60 + 30 },
    });
  });

  it('on a normal Tuesday nothing changes', () => {
    expect(openingStatus(office, at('2026-12-08T11:00:00Z'))).to.deep.equal({
      state: 'open',
      certain: true,
      closes: { day: 2, minutes: 16 * 60 + 30 },
    });
    expect(openingStatus(national, at('2026-12-08T11:00:00Z'))).to.include({ state: 'open', certain: true });
  });

  it('a national line without bank-holiday hours is only “usually” open on one', () => {
    expect(openingStatus(national, at('2026-12-25T11:00:00Z'))).to.include({ state: 'open', certain: false });
    expect(openingStatus(national, at('2026-04-06T10:00:00Z'))).to.include({ state: 'open', certain: false });
    // The evening before: closed for sure, but whether it opens on the bank holiday is not.
    expect(openingStatus(national, at('2026-12-24T23:00:00Z'))).to.include({ state: 'closed', certain: false });
  });

  it('past the table, weekly hours are never a sure “Open now”', () => {
    expect(openingStatus(office, at('2029-01-09T11:00:00Z'))).to.include({ state: 'open', certain: false });
    expect(openingStatus(national, at('2029-01-09T11:00:00Z'))).to.include({ state: 'open', certain: false });
    // The last normal day of the table still is sure, and so is a round-the-clock line after it.
    expect(openingStatus(office, at('2028-12-27T11:00:00Z'))).to.include({ state: 'open', certain: true });
    expect(openingStatus({ kind: 'always' }, at('2029-01-09T11:00:00Z'))).to.deep.equal({ state: 'always' });
  });

  it('warns a year before the table ends, for the facts report and help-finder-check', () => {
    expect(bankHolidayLines(at('2026-12-03T12:00:00Z'))).to.have.length(1);
    expect(bankHolidayLines(at('2026-12-03T12:00:00Z'))[0]).to.contain('2026 to 2028');
    const late = bankHolidayLines(at('2028-01-01T12:00:00Z'));
    expect(late).to.have.length(2);
    expect(late[1]).to.match(/^warning: the bank-holiday table ends on 31 December 2028, within 12 months/);
  });
});
