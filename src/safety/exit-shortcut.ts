/**
 * The page's one quick-exit shortcut listener, shared by every widget on the
 * page: added when the first widget subscribes, removed when the last leaves.
 * The first subscriber (the widget that has been on the page longest) hears
 * the progress and performs the exit.
 */
import { createShiftCounter, PRESS_WINDOW_MS } from './shift-counter.js';

/** What a widget is told as the visitor presses Shift. */
export interface ExitShortcutListener {
  /** Presses counted so far, or 0 when the sequence expired or was broken. */
  progress(count: number, expired: boolean): void;
  /** The sequence is complete: leave now. */
  exit(): void;
}

const listeners: ExitShortcutListener[] = [];
const counter = createShiftCounter();
let expiry: ReturnType<typeof setTimeout> | undefined;

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(type);
}

function onKey(event: KeyboardEvent): void {
  const primary = listeners[0];
  if (!primary) return;
  const target = event.composedPath()[0] ?? event.target;
  const result = counter.feed({
    type: event.type === 'keydown' ? 'down' : 'up',
    key: event.key,
    time: event.timeStamp,
    inTextField: isTextField(target),
    repeat: event.repeat,
  });
  if (result.exit) {
    clearTimeout(expiry);
    primary.exit();
    return;
  }
  if (!result.changed) return;
  clearTimeout(expiry);
  primary.progress(result.count, false);
  if (result.count > 0) {
    expiry = setTimeout(() => {
      counter.reset();
      listeners[0]?.progress(0, true);
    }, PRESS_WINDOW_MS);
  }
}

/** Subscribe a widget; returns the function that unsubscribes it. */
export function subscribeExitShortcut(listener: ExitShortcutListener): () => void {
  listeners.push(listener);
  if (listeners.length === 1) {
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('keyup', onKey, true);
  }
  return () => {
    const index = listeners.indexOf(listener);
    if (index === -1) return;
    listeners.splice(index, 1);
    if (listeners.length === 0) {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('keyup', onKey, true);
      clearTimeout(expiry);
      counter.reset();
    }
  };
}

/** How many widgets are listening (for tests and diagnostics). */
export function exitShortcutSubscribers(): number {
  return listeners.length;
}
