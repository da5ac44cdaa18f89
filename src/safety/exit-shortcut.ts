/**
 * The page's one quick-exit shortcut listener, shared by every widget on the
 * page: added when the first widget subscribes, removed when the last leaves.
 * The first subscriber (the widget that has been on the page longest) hears
 * the progress and performs the exit.
 *
 * It listens on the window, in the capture phase, so it hears each key before any listener on
 * the document. The key release that completes the sequence goes no further: another exit on the
 * page that counts the same presses (GOV.UK's "Exit this page" counts Shift releases on the
 * document, and leaves with `location.href`, which Back returns from) never sees its third press,
 * and cannot overtake this exit, which leaves with `location.replace`.
 */
import { createShiftCounter, type KeyInput, PRESS_WINDOW_MS } from './shift-counter.js';

/** What a widget is told as the visitor presses Shift. */
export interface ExitShortcutListener {
  /** Presses counted so far, or 0 when the sequence expired or was broken. */
  progress(count: number, expired: boolean): void;
  /** The sequence is complete: leave now. */
  exit(): void;
  /**
   * The element focused inside this widget, if any: the page cannot see it when the widget
   * sits in another component's closed shadow root, but the widget can.
   */
  focused?(): Element | null;
}

const listeners: ExitShortcutListener[] = [];
const counter = createShiftCounter();
let expiry: ReturnType<typeof setTimeout> | undefined;

/** Roles of fields a visitor types in (custom text fields built from a div). */
const TYPING_ROLES = ['textbox', 'searchbox', 'combobox', 'spinbutton'];

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable || TYPING_ROLES.includes(el.getAttribute('role') ?? '')) return true;
  const tag = el.localName;
  if (tag.includes('-') && !el.shadowRoot) {
    // A custom element we cannot see into: a wrapper with a closed shadow root, or a light-DOM
    // element (a focusable card). If focus is in one of our widgets inside it, judge that.
    for (const listener of listeners) {
      const inside = listener.focused?.();
      if (inside) return isTextField(inside);
    }
    // Otherwise a text field only if it is one: form-associated (a custom input, whose key
    // events reach us retargeted to it), or with a typing role (above).
    return !!(customElements.get(tag) as { formAssociated?: boolean } | undefined)?.formAssociated;
  }
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(type);
}

function onKey(event: KeyboardEvent): void {
  const target = event.composedPath()[0] ?? event.target;
  const exiting = feed({
    type: event.type === 'keydown' ? 'down' : 'up',
    key: event.key,
    time: event.timeStamp,
    inTextField: isTextField(target),
    repeat: event.repeat,
  });
  if (exiting) event.stopImmediatePropagation();
}

/** Shift held for a click (selecting text, opening in a new window) is not a press of Shift. */
function onPointer(event: PointerEvent): void {
  if (event.shiftKey) feed({ type: 'down', key: 'Pointer', time: event.timeStamp, inTextField: false });
}

/** Count one input; true when it completed the sequence (the exit has begun). */
function feed(input: KeyInput): boolean {
  const primary = listeners[0];
  if (!primary) return false;
  const result = counter.feed(input);
  if (result.exit) {
    clearTimeout(expiry);
    primary.exit();
    return true;
  }
  if (!result.changed) return false;
  clearTimeout(expiry);
  primary.progress(result.count, false);
  if (result.count > 0) {
    expiry = setTimeout(() => {
      counter.reset();
      listeners[0]?.progress(0, true);
    }, PRESS_WINDOW_MS);
  }
  return false;
}

/** Subscribe a widget; returns the function that unsubscribes it. */
export function subscribeExitShortcut(listener: ExitShortcutListener): () => void {
  listeners.push(listener);
  if (listeners.length === 1) {
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
  }
  return () => {
    const index = listeners.indexOf(listener);
    if (index === -1) return;
    listeners.splice(index, 1);
    if (listeners.length === 0) {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      clearTimeout(expiry);
      counter.reset();
    }
  };
}

/** How many widgets are listening (for tests and diagnostics). */
export function exitShortcutSubscribers(): number {
  return listeners.length;
}
