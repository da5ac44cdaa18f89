/**
 * A controller whose hooks are its own or its class's (a no-op where it has none), for the
 * element's `addController`: Lit calls `hostUpdate?.()` and the others, which would otherwise find
 * a name another script put on Object.prototype and throw on every update.
 */
import type { ReactiveController } from 'lit';

export function ownHooks(controller: ReactiveController): ReactiveController {
  const hook = (name: keyof ReactiveController) => {
    for (let o: object | null = controller; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      if (Object.prototype.hasOwnProperty.call(o, name)) return () => controller[name]!();
    }
    return () => {};
  };
  return {
    hostConnected: hook('hostConnected'),
    hostDisconnected: hook('hostDisconnected'),
    hostUpdate: hook('hostUpdate'),
    hostUpdated: hook('hostUpdated'),
  };
}
