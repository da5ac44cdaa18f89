import { expect } from '@open-wc/testing';
import { createShiftCounter, type KeyInput } from './shift-counter.js';

const down = (key: string, time: number, extra: Partial<KeyInput> = {}): KeyInput => ({
  type: 'down',
  key,
  time,
  inTextField: false,
  ...extra,
});
const up = (key: string, time: number, extra: Partial<KeyInput> = {}): KeyInput => ({
  type: 'up',
  key,
  time,
  inTextField: false,
  ...extra,
});

function press(counter: ReturnType<typeof createShiftCounter>, time: number, extra: Partial<KeyInput> = {}) {
  counter.feed(down('Shift', time, extra));
  return counter.feed(up('Shift', time + 50, extra));
}

describe('the Shift counter', () => {
  it('exits on the third press, each within 5 seconds of the last', () => {
    const counter = createShiftCounter();
    expect(press(counter, 0)).to.include({ count: 1, exit: false });
    expect(press(counter, 4000)).to.include({ count: 2, exit: false });
    expect(press(counter, 8900)).to.include({ count: 0, exit: true });
  });

  it('starts again when a press comes more than 5 seconds after the last', () => {
    const counter = createShiftCounter();
    press(counter, 0);
    press(counter, 1000);
    expect(press(counter, 6100)).to.include({ count: 1, exit: false });
  });

  it('counts left and right Shift alike, so they may alternate', () => {
    const counter = createShiftCounter();
    // Both keys report key "Shift"; they differ only in `code`, which is not looked at.
    counter.feed(down('Shift', 0));
    counter.feed(up('Shift', 10));
    counter.feed(down('Shift', 100));
    counter.feed(down('Shift', 110, { repeat: true }));
    counter.feed(up('Shift', 120));
    expect(press(counter, 200).exit).to.equal(true);
  });

  it('never counts Shift used to type a capital letter, and another key starts again', () => {
    const counter = createShiftCounter();
    press(counter, 0);
    expect(counter.feed(down('Shift', 100)).count).to.equal(1);
    expect(counter.feed(down('A', 150)).count).to.equal(0);
    counter.feed(up('A', 160));
    expect(counter.feed(up('Shift', 170))).to.include({ count: 0, exit: false });
    expect(press(counter, 300).count).to.equal(1);
  });

  it('ignores presses in a text field', () => {
    const counter = createShiftCounter();
    for (const t of [0, 100, 200, 300]) {
      expect(press(counter, t, { inTextField: true })).to.include({ count: 0, exit: false, changed: false });
    }
  });

  it('forgets the sequence on reset', () => {
    const counter = createShiftCounter();
    press(counter, 0);
    press(counter, 100);
    counter.reset();
    expect(press(counter, 200)).to.include({ count: 1, exit: false });
  });
});
