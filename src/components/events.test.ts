// The element's events: typed by name (HelpFinderEventMap: tsc checks that each misuse below,
// marked as an expected error, fails to compile), and what their detail carries at run time.
import { expect } from '@open-wc/testing';
import type { HelpFinderContactDetail } from '../index.js';
import { emitter } from './events.js';

describe('the element’s events', () => {
  it('are typed by name, and carry only a contact’s method unless ids are asked for', () => {
    const host = document.createElement('div');
    const details: HelpFinderContactDetail[] = [];
    // Typed by the event map: `event.detail` is a HelpFinderContactDetail, with no cast.
    host.addEventListener('help-finder-contact', (event) => details.push(event.detail));
    const emit = emitter(host, () => false);
    emit('help-finder-contact', { service: 'stop-it-now', method: 'call' });
    // @ts-expect-error a contact event needs its method and service
    emit('help-finder-contact', { method: 'call' });
    // @ts-expect-error no such event
    emit('help-finder-nothing');
    // @ts-expect-error the start event carries nothing
    emit('help-finder-start', { step: 'concern' });
    expect(details).to.deep.equal([{ method: 'call' }, { method: 'call' }]);
    emitter(host, () => true)('help-finder-contact', { service: 'stop-it-now', method: 'web' });
    expect(details.at(-1)).to.deep.equal({ service: 'stop-it-now', method: 'web' });
  });
});
