import { expect } from '@open-wc/testing';
import { isCertainlyOpen, londonWeekTime, type OpeningHours, openingStatus } from './opening-hours.js';

// Monday to Thursday 9am–9pm, Friday 9am–5pm (the shape of the Stop It Now hours).
const weekdays: OpeningHours = {
  kind: 'weekly',
  certain: true,
  periods: [
    { days: [1, 2, 3, 4], opens: '09:00', closes: '21:00' },
    { days: [5], opens: '09:00', closes: '17:00' },
  ],
};

// Every day 8am to midnight (the shape of Meic's hours).
const untilMidnight: OpeningHours = {
  kind: 'weekly',
  certain: true,
  periods: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '08:00', closes: '24:00' }],
};

// An out-of-hours line: weekday evenings into the small hours.
const overnight: OpeningHours = {
  kind: 'weekly',
  certain: true,
  periods: [{ days: [1, 2, 3, 4, 5], opens: '17:00', closes: '01:00' }],
};

describe('londonWeekTime', () => {
  it('reads winter (GMT) instants as London wall-clock time', () => {
    // Monday 13 January 2025, 09:00 UTC = 09:00 GMT.
    expect(londonWeekTime(new Date('2025-01-13T09:00:00Z'))).to.deep.equal({ day: 1, minutes: 540 });
  });

  it('reads summer (BST) instants an hour ahead of UTC', () => {
    // Monday 14 July 2025, 08:00 UTC = 09:00 BST.
    expect(londonWeekTime(new Date('2025-07-14T08:00:00Z'))).to.deep.equal({ day: 1, minutes: 540 });
  });
});

describe('londonWeekTime against the browser’s time-zone data', () => {
  it('agrees with Intl (Europe/London) every hour from 2024 to 2032, and at every clock change minute by minute', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const fromIntl = (instant: Date) => {
      const parts = Object.fromEntries(intl.formatToParts(instant).map((p) => [p.type, p.value]));
      return { day: days.indexOf(parts.weekday!), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
    };
    const disagreements: string[] = [];
    const check = (time: number) => {
      const instant = new Date(time);
      const ours = londonWeekTime(instant);
      const theirs = fromIntl(instant);
      if (ours.day !== theirs.day || ours.minutes !== theirs.minutes) disagreements.push(instant.toISOString());
    };
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2033, 0, 1); t += 3_600_000) check(t);
    for (let year = 2024; year <= 2032; year++) {
      for (const month of [2, 9]) {
        // Around 01:00 UTC on each Sunday of the month, a minute at a time.
        for (let day = 22; day <= 31; day++) {
          for (let minute = -90; minute <= 90; minute++) check(Date.UTC(year, month, day, 1, minute));
        }
      }
    }
    expect(disagreements.slice(0, 5)).to.deep.equal([]);
  });
});

describe('openingStatus', () => {
  it('says a round-the-clock service is always open', () => {
    expect(openingStatus({ kind: 'always' }, new Date('2025-03-30T01:30:00Z'))).to.deep.equal({ state: 'always' });
    expect(isCertainlyOpen({ kind: 'always' }, new Date())).to.equal(true);
  });

  it('says nothing about unknown hours', () => {
    expect(openingStatus({ kind: 'unknown' }, new Date()).state).to.equal('unknown');
    expect(isCertainlyOpen({ kind: 'unknown' }, new Date())).to.equal(false);
  });

  it('is closed one minute before opening and says when it opens', () => {
    const status = openingStatus(weekdays, new Date('2025-01-13T08:59:00Z'));
    expect(status).to.deep.equal({ state: 'closed', certain: true, opens: { day: 1, minutes: 540 } });
  });

  it('is open at the opening minute and says when it closes', () => {
    const status = openingStatus(weekdays, new Date('2025-01-13T09:00:00Z'));
    expect(status).to.deep.equal({ state: 'open', certain: true, closes: { day: 1, minutes: 1260 } });
  });

  it('is open one minute before closing and closed at the closing minute', () => {
    expect(openingStatus(weekdays, new Date('2025-01-13T20:59:00Z')).state).to.equal('open');
    const closed = openingStatus(weekdays, new Date('2025-01-13T21:00:00Z'));
    expect(closed).to.deep.equal({ state: 'closed', certain: true, opens: { day: 2, minutes: 540 } });
  });

  it('after Friday closing, opens next on Monday', () => {
    // Friday 17 January 2025, 17:00 GMT.
    const status = openingStatus(weekdays, new Date('2025-01-17T17:00:00Z'));
    expect(status).to.deep.equal({ state: 'closed', certain: true, opens: { day: 1, minutes: 540 } });
  });

  it('handles a period that closes at midnight', () => {
    // Sunday 19 January 2025, 23:59 GMT: open, closes at midnight (Monday 00:00).
    expect(openingStatus(untilMidnight, new Date('2025-01-19T23:59:00Z'))).to.deep.equal({
      state: 'open',
      certain: true,
      closes: { day: 1, minutes: 0 },
    });
    // Monday 00:00: closed, opens at 8am the same day.
    expect(openingStatus(untilMidnight, new Date('2025-01-20T00:00:00Z'))).to.deep.equal({
      state: 'closed',
      certain: true,
      opens: { day: 1, minutes: 480 },
    });
  });

  it('handles a period that runs past midnight', () => {
    // Saturday 18 January 2025, 00:30 GMT: still open from Friday evening.
    expect(openingStatus(overnight, new Date('2025-01-18T00:30:00Z'))).to.deep.equal({
      state: 'open',
      certain: true,
      closes: { day: 6, minutes: 60 },
    });
    // Tuesday 00:59 open; 01:00 closed until 17:00.
    expect(openingStatus(overnight, new Date('2025-01-14T00:59:00Z')).state).to.equal('open');
    expect(openingStatus(overnight, new Date('2025-01-14T01:00:00Z'))).to.deep.equal({
      state: 'closed',
      certain: true,
      opens: { day: 2, minutes: 1020 },
    });
  });

  it('follows the spring clock change (last Sunday of March)', () => {
    // Clocks go forward at 01:00 UTC on Sunday 30 March 2025.
    // Monday 31 March, 08:30 UTC = 09:30 BST: open (it would be closed if read as GMT).
    expect(openingStatus(weekdays, new Date('2025-03-31T08:30:00Z')).state).to.equal('open');
    // Monday 31 March, 07:59 UTC = 08:59 BST: not yet open.
    expect(openingStatus(weekdays, new Date('2025-03-31T07:59:00Z')).state).to.equal('closed');
    // Friday 28 March (still GMT), 16:59 UTC = 16:59 GMT: open.
    expect(openingStatus(weekdays, new Date('2025-03-28T16:59:00Z')).state).to.equal('open');
  });

  it('follows the autumn clock change (last Sunday of October)', () => {
    // Clocks go back at 01:00 UTC on Sunday 26 October 2025.
    // Friday 24 October (BST), 15:59 UTC = 16:59 BST: open; 16:00 UTC = 17:00 BST: closed.
    expect(openingStatus(weekdays, new Date('2025-10-24T15:59:00Z')).state).to.equal('open');
    expect(openingStatus(weekdays, new Date('2025-10-24T16:00:00Z')).state).to.equal('closed');
    // Monday 27 October (GMT), 09:00 UTC = 09:00 GMT: open; 08:59 UTC: closed.
    expect(openingStatus(weekdays, new Date('2025-10-27T09:00:00Z')).state).to.equal('open');
    expect(openingStatus(weekdays, new Date('2025-10-27T08:59:00Z')).state).to.equal('closed');
  });

  it('during the repeated hour of the autumn change, reads the local time', () => {
    // 00:30 UTC and 01:30 UTC on 26 October 2025 are both 01:30 in London.
    expect(londonWeekTime(new Date('2025-10-26T00:30:00Z'))).to.deep.equal({ day: 0, minutes: 90 });
    expect(londonWeekTime(new Date('2025-10-26T01:30:00Z'))).to.deep.equal({ day: 0, minutes: 90 });
  });

  it('marks uncertain hours as not certain, so they are never shown as a confident open or closed', () => {
    const usual: OpeningHours = { ...weekdays, certain: false };
    const status = openingStatus(usual, new Date('2025-01-13T10:00:00Z'));
    expect(status).to.include({ state: 'open', certain: false });
    expect(isCertainlyOpen(usual, new Date('2025-01-13T10:00:00Z'))).to.equal(false);
    expect(isCertainlyOpen(weekdays, new Date('2025-01-13T10:00:00Z'))).to.equal(true);
  });
});
