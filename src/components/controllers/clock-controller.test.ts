// A page left open on an outcome keeps telling the truth about what is open: the status on a
// card changes when the clock passes a closing time, with no reload and no visitor action.
import { expect } from '@open-wc/testing';
import '../../index.js';
import { type Clock, ClockController } from './clock-controller.js';
import { NPT_WITH_HOURS } from '../../test-helpers/configs.js';
import { type HelpFinderHarness, mount } from '../../test-helpers/harness.js';

/** A clock whose time moves only when the test says, running due timers as it passes them. */
class FakeClock implements Clock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private lastId = 0;
  constructor(public time: number) {}
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    this.lastId += 1;
    this.timers.set(this.lastId, { at: this.time + ms, callback });
    return this.lastId;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Timers waiting to run. */
  get pending(): number {
    return this.timers.size;
  }
  /** Move on by `ms`, running each timer that falls due on the way, in order. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = end;
  }
}

// Neath Port Talbot with its office hours (Mon–Thu 8:30am–5pm, Fri 8:30am–4:30pm), in one area
// so the journey asks no area question.
const NPT = { areas: [NPT_WITH_HOURS] };

const councilStatus = (finder: HelpFinderHarness): string | undefined => finder.cardStatus(finder.card('Port Talbot'));

describe('ClockController: "Open now" stays true on a page left open', () => {
  const realClock = ClockController.clock;
  let clock: FakeClock;

  beforeEach(() => {
    // Monday 13 January 2025, 4:58:30pm in London (GMT): the council's office closes at 5pm.
    clock = new FakeClock(Date.parse('2025-01-13T16:58:30Z'));
    ClockController.clock = clock;
  });

  afterEach(() => {
    ClockController.clock = realClock;
  });

  it('changes the status on a shown card when the clock passes the closing time', async () => {
    const finder = await mount(NPT);
    await finder.answer(['child-abused', 'disclosed']);
    expect(councilStatus(finder)).to.equal('Open now. Closes today at 5pm.');
    expect(clock.pending, 'one timer while an outcome is shown').to.equal(1);

    clock.tick(60_000); // 4:59:30pm
    await finder.settle();
    expect(councilStatus(finder)).to.equal('Open now. Closes today at 5pm.');
    expect(clock.pending).to.equal(1);

    clock.tick(60_000); // 5:00:30pm
    await finder.settle();
    expect(councilStatus(finder)).to.equal('Closed now. Opens tomorrow at 8:30am.');
    expect(clock.pending).to.equal(1);
  });

  it('runs no timer while a question is shown or once the widget is removed', async () => {
    const finder = await mount(NPT);
    expect(clock.pending, 'first question').to.equal(0);
    await finder.answer(['child-abused', 'disclosed']);
    expect(clock.pending, 'outcome').to.equal(1);
    await finder.startAgain();
    expect(clock.pending, 'back to the first question').to.equal(0);

    await finder.answer(['child-abused', 'disclosed']);
    expect(clock.pending).to.equal(1);
    const parent = finder.element.parentNode!;
    finder.element.remove();
    expect(clock.pending, 'removed from the page').to.equal(0);

    // Put back the next morning (Tuesday, 5:00:30am): it shows the time now, and keeps it renewed.
    clock.tick(12 * 3_600_000);
    parent.appendChild(finder.element);
    await finder.settle();
    expect(councilStatus(finder)).to.equal('Closed now. Opens today at 8:30am.');
    expect(clock.pending).to.equal(1);
  });

  it('on a bank holiday says the office is closed today, in English and Welsh, from the stroke of midnight', async () => {
    // Christmas Eve 2026, a Thursday, 11:59:30pm: the office opens next on Tuesday 29th, since
    // Friday 25th and Monday 28th (Boxing Day's substitute) are bank holidays.
    clock = new FakeClock(Date.parse('2026-12-24T23:59:30Z'));
    ClockController.clock = clock;
    const finder = await mount(NPT);
    await finder.answer(['child-abused', 'disclosed']);
    expect(councilStatus(finder)).to.equal('Closed now. Opens Tuesday at 8:30am.');
    clock.tick(60_000); // Christmas Day, 12:00:30am
    await finder.settle();
    expect(councilStatus(finder)).to.equal('Closed today: it is a bank holiday.');
    // The card still points to whom to call (the police's 101, as the council gave no
    // out-of-hours number).
    expect(finder.hrefs(finder.card('Neath Port Talbot')!)).to.include('tel:101');

    finder.element.setAttribute('lang', 'cy');
    await finder.settle();
    expect(councilStatus(finder)).to.equal('Ar gau heddiw: mae’n ŵyl banc.');
    finder.element.setAttribute('lang', 'en');
    await finder.settle();
  });

  it('on Easter Monday and Boxing Day’s substitute the office is closed, and the NSPCC only “usually” open', async () => {
    for (const iso of ['2026-04-06T10:00:00Z', '2026-12-28T11:00:00Z']) {
      clock = new FakeClock(Date.parse(iso));
      ClockController.clock = clock;
      const finder = await mount(NPT);
      await finder.choose('something-else');
      expect(finder.cardStatus(finder.card('NSPCC')), iso).to.match(/^Usually open at this time/);
      expect(councilStatus(finder), iso).to.equal('Closed today: it is a bank holiday.');
    }
  });
});
