/**
 * Session-replay markers (see `../replay-exclusion.ts`) on the host while it is connected, and on
 * each answer after every render: rrweb checks a changed radio a moment later, when Continue may
 * already have taken it out of the marked root. (The element holding the shadow root's content
 * is marked when it is made.)
 */
import type { ReactiveElement } from 'lit';
import { excludeFromReplay } from '../replay-exclusion.js';

export function replayExclusionController(host: ReactiveElement): void {
  host.addController({
    hostConnected: () => excludeFromReplay(host),
    hostUpdated: () => {
      for (const control of host.renderRoot.querySelectorAll<HTMLElement>('input,select')) excludeFromReplay(control);
    },
  });
}
