/**
 * Counts deliberate Shift presses for the quick-exit shortcut (the GOV.UK
 * "press Shift 3 times" pattern, made more robust). Pure: fed key events with
 * their times, it says how many presses are counted and when to exit.
 *
 * - A press counts on release of either Shift key, so left and right may alternate.
 * - Shift held while another key is pressed is typing (a capital): it never counts,
 *   and any other key starts the count again.
 * - Presses while typing in a text field never count.
 * - Each press must come within `windowMs` of the previous one.
 */

/** What the counter needs to know about a key event. */
export interface KeyInput {
  type: 'down' | 'up';
  key: string;
  /** Milliseconds, from any monotonic clock. */
  time: number;
  /** The event happened in a text field (input, textarea, contenteditable, select). */
  inTextField: boolean;
  repeat?: boolean;
}

/** The counter's answer after each event. */
export interface ShiftProgress {
  /** Presses counted so far in this sequence (0 after a reset or an exit). */
  count: number;
  /** True on the event that completes the sequence. */
  exit: boolean;
  /** True when this event changed `count`. */
  changed: boolean;
}

/** Presses needed to exit. */
export const PRESSES_TO_EXIT = 3;
/** Most time allowed between two presses. */
export const PRESS_WINDOW_MS = 5000;

/** Create a counter; feed it every keydown and keyup. */
export function createShiftCounter(windowMs = PRESS_WINDOW_MS) {
  let count = 0;
  let lastPress = -Infinity;
  let shiftHeld = false;
  let typedWhileHeld = false;

  const answer = (before: number, exit = false): ShiftProgress => ({ count, exit, changed: count !== before || exit });

  return {
    /** Feed one key event. */
    feed(event: KeyInput): ShiftProgress {
      const before = count;
      if (event.key !== 'Shift') {
        if (event.type === 'down') {
          if (shiftHeld) typedWhileHeld = true;
          count = 0;
        }
        return answer(before);
      }
      if (event.type === 'down') {
        if (!event.repeat) {
          shiftHeld = true;
          typedWhileHeld = false;
        }
        return answer(before);
      }
      // Shift released.
      const wasTyping = typedWhileHeld;
      shiftHeld = false;
      typedWhileHeld = false;
      if (wasTyping || event.inTextField) return answer(before);
      count = event.time - lastPress > windowMs ? 1 : count + 1;
      lastPress = event.time;
      if (count >= PRESSES_TO_EXIT) {
        count = 0;
        return answer(before, true);
      }
      return answer(before);
    },
    /** Forget the sequence (the time window ran out). */
    reset(): void {
      count = 0;
      lastPress = -Infinity;
    },
    get count(): number {
      return count;
    },
  };
}
