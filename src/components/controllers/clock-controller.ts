/**
 * Keeps "Open now" true while a page stays open: the time a render judged opening hours by
 * is renewed at the next minute, the smallest step in which any shown status can change
 * ("Open now. Closes today at 5pm." becomes "Closed now." at 5pm, "tomorrow" becomes "today"
 * at midnight).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the time and timers come from; tests put a fake clock in `ClockController.clock`. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const MINUTE_MS = 60_000;

/**
 * The host reads the time with `read()` while it renders something that depends on it (an
 * outcome's opening hours). After such a render, ONE timer is set for the next minute
 * boundary, and it asks the host to render again. A render that does not read the time (a
 * question), and disconnecting the host, leave no timer running.
 */
export class ClockController implements ReactiveController {
  /** The clock new controllers use. @internal For tests. */
  static clock: Clock = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };

  private readonly clock = ClockController.clock;
  private timer: unknown;
  /** The last render read the time. */
  private reading = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The time to judge opening hours by, in this render; keeps it renewed while shown. */
  read(): Date {
    this.reading = true;
    return new Date(this.clock.now());
  }

  hostConnected(): void {
    // Back on the page: what was shown may be out of date.
    if (this.reading) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clock.clearTimeout(this.timer);
  }

  hostUpdate(): void {
    this.reading = false;
  }

  hostUpdated(): void {
    this.clock.clearTimeout(this.timer);
    if (this.reading && (this.host as unknown as Element).isConnected) {
      this.timer = this.clock.setTimeout(() => this.host.requestUpdate(), MINUTE_MS - (this.clock.now() % MINUTE_MS));
    }
  }
}
