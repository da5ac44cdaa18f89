// `countOutcome`: the partner's own count of outcomes by coarse kind, heard by the partner's
// callback only (README, "Counting outcomes"), never broadcast in an event.
import { expect } from '@open-wc/testing';
import '../index.js';
import { captureConsole } from '../test-helpers/console.js';
import { type HelpFinderHarness, mount } from '../test-helpers/harness.js';
import type { HelpFinder } from './help-finder.js';

/** Every event the widget sends while `run` runs, with its detail as JSON. */
async function eventsDuring(run: () => Promise<void>): Promise<string[]> {
  const heard: string[] = [];
  const names = ['help-finder-start', 'help-finder-step', 'help-finder-outcome', 'help-finder-contact'];
  const listen = (event: Event) => heard.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
  for (const name of names) document.addEventListener(name, listen);
  try {
    await run();
  } finally {
    for (const name of names) document.removeEventListener(name, listen);
  }
  return heard;
}

describe('countOutcome', () => {
  let finder: HelpFinderHarness<HelpFinder>;
  let counted: string[];

  beforeEach(async () => {
    finder = await mount<HelpFinder>();
    counted = [];
    finder.element.countOutcome = (kind) => counted.push(kind);
  });

  it('hears the coarse kind of each outcome shown, once per outcome', async () => {
    await finder.answer(['child-abused', 'saw']);
    expect(finder.isOutcome()).to.equal(true);
    expect(counted).to.deep.equal(['report']);
    await finder.startAgain();
    await finder.answer(['danger-now']);
    await finder.back();
    await finder.answer(['learn']);
    expect(counted).to.deep.equal(['report', 'emergency', 'learn']);
  });

  it('what it hears goes out in no event: the events stay as bare as without it', async () => {
    const heard = await eventsDuring(() => finder.answer(['child-abused', 'saw']));
    expect(counted).to.deep.equal(['report']);
    expect(heard).to.deep.equal(['help-finder-start {}', 'help-finder-step {}', 'help-finder-outcome {}']);
  });

  it('a callback that throws is logged; the outcome still shows and the page hears nothing thrown', async () => {
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    window.addEventListener('error', onError);
    finder.element.countOutcome = () => {
      throw new Error('the partner’s counter is down');
    };
    try {
      const lines = await captureConsole('error', () => finder.answer(['child-abused', 'saw']));
      expect(lines.some((line) => line.includes('countOutcome') && line.includes('counter is down'))).to.equal(true);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(finder.isOutcome()).to.equal(true);
    expect(finder.primary(), 'the recommended card').to.not.equal(null);
    expect(thrown).to.deep.equal([]);
  });

  it('is a property only: an attribute of that name is not code, and is never called', async () => {
    const other = await mount<HelpFinder>(undefined, { countoutcome: 'alert(1)' });
    await other.answer(['child-abused', 'saw']);
    expect(other.element.countOutcome).to.equal(undefined);
    expect(other.isOutcome()).to.equal(true);
  });
});
