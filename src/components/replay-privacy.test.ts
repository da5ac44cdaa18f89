// Security review 2, F3: a session-replay recorder that honours the widget's markers records
// nothing the visitor chose. rrweb (the recorder PostHog and Sentry build on) records the page
// while a visitor walks to "Help for you"; the recording is then searched.
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EventType, IncrementalSource, record, type eventWithTime } from 'rrweb';
import '../index.js';
import { manyAreas } from '../test-helpers/configs.js';
import { HelpFinderHarness, mount, SELECTORS } from '../test-helpers/harness.js';

type Options = Parameters<typeof record<eventWithTime>>[0];

/** Each marker the widget sets, as a recorder's block selector would name it. */
const MARKERS = [
  '.fs-exclude',
  '.ph-no-capture',
  '.sentry-block',
  '[data-hj-suppress]',
  '[data-clarity-mask]',
  '[data-private]',
  '[data-dd-privacy="hidden"]',
];

/** Recorder settings, as PostHog and Sentry set up rrweb, and one marker at a time. */
const SETUPS: Record<string, Options> = {
  'PostHog (blockClass ph-no-capture, maskAllInputs)': {
    blockClass: 'ph-no-capture',
    ignoreClass: 'ph-ignore-input',
    maskTextClass: 'ph-mask',
    maskAllInputs: true,
  },
  'Sentry (blockClass sentry-block, all text and inputs masked)': {
    blockClass: 'sentry-block',
    blockSelector: '.sentry-block,[data-sentry-block]',
    maskTextClass: 'sentry-mask',
    maskTextSelector: '*',
    maskAllInputs: true,
  },
  ...Object.fromEntries(MARKERS.map((selector) => [`blockSelector ${selector}`, { blockSelector: selector }])),
};

/** The walk: "Someone's behaviour…", "My own thoughts or behaviour", "No, I am 18 or over". */
const ANSWERS = ['behaviour', 'own', 'adult'];
/** What the visitor read and chose on that walk: none of it may be in a recording. */
const PRIVATE = [
  'What do you need help with?',
  'Someone’s behaviour with children makes me uneasy',
  'Whose behaviour worries you?',
  'My own thoughts or behaviour',
  'Are you under 18?',
  'No, I am 18 or over',
  'Help for you',
  'Stop It Now',
  'own-thoughts',
  'answer-own',
  'answer-adult',
  ...ANSWERS.map((id) => JSON.stringify(id)),
];

interface Recording {
  json: string;
  /** The input events (a radio ticked, a list entry picked): `text` is the control's value. */
  inputs: Array<{ text: string; isChecked: boolean }>;
}

function startRecording(options: Options): () => Promise<Recording> {
  const events: eventWithTime[] = [];
  const stop = record<eventWithTime>({ ...options, emit: (e) => void events.push(e) })!;
  return async () => {
    // rrweb hears of changes from mutation observers: let them run.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    const inputs = events.flatMap((e) =>
      e.type === EventType.IncrementalSnapshot && e.data.source === IncrementalSource.Input
        ? [{ text: e.data.text, isChecked: e.data.isChecked }]
        : [],
    );
    return { json: JSON.stringify(events), inputs };
  };
}

/**
 * What of `secrets` the recording holds, and its input events: the test page has no other
 * control, and even an answer's place in its list, with the journey public, tells the answer.
 */
function leaks(recording: Recording, secrets: readonly string[]): string[] {
  return [
    ...secrets.filter((s) => recording.json.includes(s)),
    ...recording.inputs.map((i) => `input event "${i.text}"${i.isChecked ? ' (ticked)' : ''}`),
  ];
}

async function walk(harness: HelpFinderHarness, answers: readonly string[]): Promise<void> {
  for (const id of answers) await harness.choose(id);
}

describe('session replay (rrweb) with the widget’s markers', () => {
  it('records the widget when no marker is honoured (the test can see a leak)', async () => {
    const done = startRecording({});
    const harness = await mount();
    await walk(harness, ANSWERS);
    expect(harness.heading()).to.equal('Help for you');
    const recording = await done();
    expect(recording.json).to.contain('Help for you');
    expect(recording.inputs.some((i) => i.isChecked)).to.equal(true);
    // The radios' values are opaque: even here no input event names the answer.
    expect(recording.inputs.filter((i) => ANSWERS.includes(i.text))).to.deep.equal([]);
  });

  for (const [name, options] of Object.entries(SETUPS)) {
    it(`${name}, recorder started before the widget: nothing of the walk is recorded`, async () => {
      const done = startRecording(options);
      const harness = await mount();
      await walk(harness, ANSWERS);
      expect(harness.heading()).to.equal('Help for you');
      expect(leaks(await done(), PRIVATE)).to.deep.equal([]);
    });

    it(`${name}, recorder started after the widget rendered: nothing of the walk is recorded`, async () => {
      const harness = await mount();
      const done = startRecording(options);
      await walk(harness, ANSWERS);
      expect(harness.heading()).to.equal('Help for you');
      expect(leaks(await done(), PRIVATE)).to.deep.equal([]);
    });
  }

  it('a walk with real key presses is not recorded (PostHog settings, recorder first)', async () => {
    const done = startRecording(SETUPS['PostHog (blockClass ph-no-capture, maskAllInputs)']!);
    const harness = await mount();
    harness.$('#step-heading')!.focus();
    // The answers' places: "Someone’s behaviour…" 3rd, "My own…" 6th, "No, I am 18 or over" 2nd.
    for (const downs of [2, 5, 1]) {
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < downs; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(harness.focused()?.matches(SELECTORS.continue)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await harness.settle();
    }
    expect(harness.heading()).to.equal('Help for you');
    expect(leaks(await done(), PRIVATE)).to.deep.equal([]);
  });

  it('launcher: the dialog’s walk is not recorded (PostHog settings)', async () => {
    const done = startRecording(SETUPS['PostHog (blockClass ph-no-capture, maskAllInputs)']!);
    const harness = await mount(undefined, { launcher: '' });
    harness.$<HTMLButtonElement>('.launcher')!.click();
    await harness.settle();
    await walk(harness, ANSWERS);
    expect(harness.heading()).to.equal('Help for you');
    expect(leaks(await done(), PRIVATE)).to.deep.equal([]);
  });

  it('the council area picked from a list is not recorded, with no masking', async () => {
    const { areas } = manyAreas(7);
    const done = startRecording({ blockSelector: '[data-hj-suppress]' });
    const harness = await mount({ areas });
    await walk(harness, ['child-abused', 'saw', 'area-6']);
    expect(harness.primary()!.textContent).to.contain('Area 6');
    expect(leaks(await done(), ['Area 6', 'area-6', 'Which council area'])).to.deep.equal([]);
  });
});
