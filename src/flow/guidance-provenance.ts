/**
 * Where each outcome's steps and "what happens next" come from: the numbered
 * points of `shared/reference/guidance.md` (read 2026-11-29) and their
 * confidence. Kept out of the widget's bundle. A test checks that every step
 * has an entry here, in the same order, and that none rests on a point marked U
 * (U advice does not ship). Change a step and its entry together.
 */
import type { Confidence } from '../services/service-provenance.js';
import type { OutcomeId } from './journey-types.js';

/** The guidance points one step rests on, and the weakest confidence among them. */
export interface StepSource {
  points: readonly string[];
  confidence: Confidence;
}

const src = (confidence: Confidence, ...points: string[]): StepSource => ({ points, confidence });

/** The sources of one outcome's intro, steps (in order) and "what happens next". */
export interface OutcomeSources {
  /** The one sentence under the title. */
  intro: StepSource;
  steps: readonly StepSource[];
  whatHappens?: StepSource;
  /** Guidance deliberately left out of this outcome, and why. */
  leftOut?: string;
}

const writeItDown = src('C2', '1.6 (Powys, public: write down exactly what you have seen or heard)');
const dontConfront = src('C2', '1.5');
const tellIfAtRisk = src('C2', '2.1 (Make the Call: social services or 101 as equal routes)');
const alsoTellOfficer = src('C2', '6.4', '11.8 (seed page: speak to your Safeguarding Officer)');
const reportingExplained = src('C2', '2.5', '2.6', '2.7');
const stopItNowExplained = src('C1', '7.5');
const childlineExplained = src(
  'C1',
  '9.2 (current wording)',
  '9.3 (C2)',
  'Not found: whether calls show in the call list; guidance.md says to assume they do, so “may”',
);
const practitionerRecord = src(
  'C1',
  '1.6 (WSP c2-p12: no later than 24 hours; child’s words, date, time, who was present)',
);
const noLeadingQuestions = src('C2', '1.4', '5.4');

const disclosureInBrief = src('C2', '1.1', '1.3', '1.5', '5.4');

const happeningNow = src('C2', '1.8 (immediate danger: 999 straight away)', '2.1 (999 if a crime is happening)');
const feelUnsafe = src(
  'C2',
  'services.md §6 Live Fear Free (Wales domestic abuse and sexual violence line, 24/7)',
  '8.1',
);
const keepMessages = src(
  'C2',
  '1.5 (do not confront)',
  '3.6 (stop contact)',
  '3.7 (do not delete evidence)',
  '3.1 (no copies of pictures)',
);
const noViewingImage = src('C2', '3.1 (never view, copy or forward; NSPCC Learning)');
const notTheirFault = src('C2', '3.10');

/** Sources of every outcome's guidance. */
export const guidanceProvenance: Readonly<Record<OutcomeId, OutcomeSources>> = {
  emergency: {
    intro: src('C2', '1.8', '4.1'),
    steps: [
      src(
        'C1',
        '4.2 variant (the Met: 999 for a young or vulnerable missing person)',
        '4.1 sources (Missing People via The Independent: call 999 immediately)',
        '4.1 (C2: no 24-hour wait)',
      ),
      src('C2', '4.3'),
      src('C2', '2.1', '1.8'),
    ],
    leftOut:
      '999 at once for every missing child follows the Met and Missing People (C1) over 4.2’s “101 if not in danger” (C2), as issue #23 and the second facts audit ask; 4.6 return interviews are U for Wales.',
  },
  'child-told': {
    intro: src('C2', '1.8', '2.1'),
    steps: [
      happeningNow,
      src('C2', '1.1'),
      src('C2', '1.2'),
      src('C2', '1.3'),
      src('C2', '1.4'),
      src('C2', '1.5'),
      src('C2', '1.6 (Powys, public: write down what you said to them as well)'),
      feelUnsafe,
      alsoTellOfficer,
    ],
    whatHappens: reportingExplained,
    leftOut:
      '1.9 (why children do not tell) is background, not a step; 1.7 (C1) is folded into 1.3’s “explain”. Telling the school when a pupil harmed the child, and the social worker of a fostered child: no point in guidance.md.',
  },
  'report-abuse': {
    intro: src('C2', '2.1', '2.2'),
    steps: [happeningNow, src('C2', '2.4'), src('C2', '1.4'), writeItDown, dontConfront, alsoTellOfficer],
    whatHappens: reportingExplained,
  },
  'talk-it-through': {
    intro: src('C2', '2.4'),
    steps: [writeItDown, tellIfAtRisk, alsoTellOfficer],
    whatHappens: stopItNowExplained,
  },
  'online-images': {
    intro: src('C2', '3.2'),
    steps: [
      src('C2', '3.1'),
      src('C2', '3.1 (Thinkuknow: note the URL, close it)'),
      src('C2', '3.2'),
      src('C2', '3.2'),
      src('C1', '9.10 (the IWF cannot act on private or encrypted chats)', '2.1 (C2: police on 101)'),
      src('C1', '7.1'),
      src('C1', '3.3'),
      alsoTellOfficer,
    ],
    leftOut: 'Images on a device and a young person’s nude being shared have outcomes of their own (3.2 scope, 9.10).',
  },
  'online-images-device': {
    intro: src('C2', '2.1 (police on 101)', '3.1'),
    steps: [
      src('C2', '3.1 (no copies: possessing or making them is a crime)', '3.7 (do not delete evidence)'),
      src('C2', '1.8', '2.1'),
      dontConfront,
      src('C1', '7.1 (family and friends of someone viewing images, or arrested for image offences)'),
      feelUnsafe,
      alsoTellOfficer,
    ],
    leftOut:
      'The IWF cannot act on a device (3.2 scope; 9.10, C1), so it is not offered. How the police handle the device is not in guidance.md: not said, and no “what happens next”. Leaving the device as it is (not moving or deleting) stretches 3.7, the NCA’s sextortion advice, to a device found at home, as the issue asks: to confirm with the police or CEOP.',
  },
  'online-nude-shared': {
    intro: src('C2', '9.6', '3.11'),
    steps: [
      notTheirFault,
      noViewingImage,
      src('C2', '9.8 (Childline account)', '3.11 (adults can help)'),
      src('C2', '3.2 (report to the app or site)', '3.11 (and the platform)'),
      src('C2', '3.6', '3.9'),
      alsoTellOfficer,
    ],
    whatHappens: src(
      'C1',
      '9.6 (C2)',
      '9.10 (usually within one working day; cannot remove saved or encrypted copies)',
    ),
    leftOut: '9.9 (whether a 13+ must prove their age with ID) is U: not said.',
  },
  'online-grooming': {
    intro: src('C2', '3.4'),
    steps: [
      src('C2', '3.4'),
      src('C2', '3.10 (CEOP Safety Centre parent page)'),
      keepMessages,
      src('C2', '3.5'),
      src('C2', '5.2 (someone in a position of trust: children’s services or the police)'),
      src('C2', '3.5'),
      alsoTellOfficer,
    ],
    leftOut:
      '3.7 is the NCA’s sextortion advice; keeping the messages is applied to grooming as the issue asks (to confirm with CEOP or NSPCC, as for 3.8).',
  },
  'online-blackmail': {
    intro: src('C2', '3.6', '3.9'),
    steps: [
      src('C2', '3.10'),
      src('C2', '3.7'),
      src('C2', '3.6'),
      src('C2', '3.1'),
      src('C2', '3.9'),
      src('C2', '3.11', '9.6'),
      alsoTellOfficer,
    ],
    leftOut:
      '3.8 (how to keep evidence without copying the image) is U: the widget says only what 3.1 and 3.7 say (keep the messages; do not copy the picture).',
  },
  'adult-behaviour': {
    intro: src('C1', '7.1', '7.5'),
    steps: [dontConfront, writeItDown, tellIfAtRisk, src('C2', '2.1', '3.1', '3.7'), feelUnsafe, alsoTellOfficer],
    whatHappens: stopItNowExplained,
    leftOut: 'The Child Sex Offender Disclosure Scheme has no point in guidance.md: not offered.',
  },
  'staff-own': {
    intro: src('C2', '5.4'),
    steps: [src('C1', '5.5', '6.4 (C2)'), src('C2', '1.5'), src('C2', '5.4'), noLeadingQuestions, src('C2', '5.6')],
    whatHappens: src(
      'C2',
      '5.3',
      '5.4 (within 24 hours; the next working day out of office hours; “expected”, so “should”)',
    ),
  },
  'staff-public': {
    intro: src('C2', '5.2'),
    steps: [
      src('C1', '5.2 (C2: children’s services or the police directly)', '5.5'),
      writeItDown,
      dontConfront,
      src('C2', '3.4'),
      src('C2', '5.2'),
      src('C1', '5.6 (C2)', '6.5'),
    ],
    whatHappens: reportingExplained,
  },
  'child-behaviour': {
    intro: src('C1', '7.1'),
    steps: [
      src('C2', '2.1'),
      src('C1', '7.1'),
      src('C1', 'services.md §1 Stop It Now “what’s normal” page'),
      alsoTellOfficer,
    ],
    whatHappens: stopItNowExplained,
  },
  'own-thoughts-adult': {
    intro: src('C1', '7.1'),
    steps: [
      src('C1', '7.3'),
      src('C1', '7.2'),
      src('C2', 'services.md §6 Samaritans (116 123, free, 24 hours, every day)'),
      src('C1', 'services.md §1 self-help modules'),
    ],
    whatHappens: stopItNowExplained,
    leftOut:
      'The Samaritans’ Welsh Language Line is U in services.md (number and hours not found): 116 123 only. NHS urgent mental-health lines have no row in services.md.',
  },
  'own-thoughts-young': {
    intro: src('C2', '9.1'),
    steps: [src('C1', '9.1', '9.2'), src('C1', '9.4', '9.11')],
    whatHappens: childlineExplained,
  },
  'practitioner-officer': {
    intro: src('C2', '6.4', '11.8'),
    steps: [disclosureInBrief, practitionerRecord, noLeadingQuestions, noViewingImage, src('C2', '6.4')],
    leftOut: '6.6 written confirmation is on the duty card (services.md §5, C1), not repeated as a step.',
  },
  'practitioner-report': {
    intro: src('C1', '2.3', '6.4 (C2)'),
    steps: [
      disclosureInBrief,
      practitionerRecord,
      noLeadingQuestions,
      noViewingImage,
      src('C2', '2.10'),
      src('C1', '6.4 (C2)', '5.5 (not the officer when the worry is about them)'),
    ],
  },
  'young-person': {
    intro: src('C2', '1.2', '9.1'),
    steps: [
      src('C2', '1.8'),
      src('C1', '9.1', '9.11'),
      src('C2', '9.6'),
      src('C2', '3.7'),
      src('C2', '3.6', '3.10'),
      src('C1', '9.11'),
    ],
    whatHappens: childlineExplained,
    leftOut: '9.9 (whether Report Remove needs ID) is U; not stated.',
  },
  survivor: {
    intro: src('C2', '8.1', '8.4'),
    steps: [src('C2', '8.4'), src('C2', '8.5'), src('C1', '8.6')],
    leftOut: 'Rape Crisis (8.2) and NAPAC (8.3) have no row in services.md, so no card yet.',
  },
  learn: {
    intro: src('C2', 'services.md §3 (the campaign: awareness for parents, carers and professionals)'),
    steps: [
      src('C1', '11.3', '11.4 (age)'),
      src('C2', '11.5', '11.7'),
      src('C2', '11.2'),
      src('C2', '4.4 (going missing)', '4.5 (South Wales Police: the other signs; children often do not recognise it)'),
    ],
  },
  'something-else': {
    intro: src('C1', '2.11', '2.4 (C2)'),
    steps: [src('C2', '2.7 (NSPCC)', '7.2'), tellIfAtRisk],
  },
};
