/**
 * Event listeners whose options no other script can change. Lit reads a listener's `capture`,
 * `once` and `passive` from the listener itself; for a plain function those come from
 * Function.prototype and Object.prototype, where another script on the page may have put
 * `once` (the listener then works one time only) or `passive` (preventDefault does nothing).
 * Here they are own properties, and `signal` is own and undefined, so none is inherited.
 */
export interface OwnListener<E extends Event> extends AddEventListenerOptions {
  handleEvent(event: E): void;
}

/** `@click=${on((e) => …)}`: the same handler, with fixed options. */
export function on<E extends Event = Event>(handle: (event: E) => void): OwnListener<E> {
  return { handleEvent: (event) => handle(event), capture: false, once: false, passive: false, signal: undefined };
}
