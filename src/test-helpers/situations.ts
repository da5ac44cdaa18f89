/**
 * Real situations the journey must serve: every one in `shared/reviews/content-review-2.md` §4
 * (numbered `r1`…`r32`), the routes of `shared/design.md` §2 (`d…`), and the cases the triage
 * issue names (`i…`). Each records the answers a person in it would pick, as answer ids on the
 * board's page (two areas: Swansea and Neath Port Talbot), and the outcome and first service it
 * must reach.
 *
 * `picks` holds every answer path such a person could reasonably take. The rule the tests hold
 * the journey to: every path reaches the same first service, in at most three answers. Where a
 * second path seemed possible but the wording of the questions sets it apart, `why` says how.
 */
import type { OutcomeId, ServiceRef } from '../flow/journey-types.js';

export interface Situation {
  id: string;
  /** Who, and what is happening, in a line. */
  situation: string;
  /** The answer paths a person in it would take (the first is the most likely). */
  picks: readonly (readonly string[])[];
  /** The outcome the first path must reach (the others may reach another outcome, never another first service). */
  outcome: OutcomeId;
  /** The first service every path must recommend. */
  first: ServiceRef;
  /** Also walked in Welsh, by a Welsh speaker. */
  welsh?: boolean;
  /** Why a path that seems near is not one a person in this situation would take. */
  why?: string;
}

export const SITUATIONS: readonly Situation[] = [
  // ---- content-review-2 §4 ----
  {
    id: 'r1',
    situation: 'Parent: her son (14) is sexually abusing his sister (8)',
    picks: [['child-abused', 'saw', 'swansea']],
    outcome: 'report-abuse',
    first: 'childrens-services',
    welsh: true,
    why: 'Question 1 sets “I think a child is being sexually abused” (this) apart from behaviour that “makes me uneasy”; through “A child or teenager”, Stop It Now’s page starts with children’s services when another child is harmed.',
  },
  {
    id: 'r1b',
    situation: 'Parent worried by her 12-year-old’s sexual talk online; no one is harmed',
    picks: [['behaviour', 'child']],
    outcome: 'child-behaviour',
    first: 'stop-it-now',
  },
  {
    id: 'r2',
    situation: 'Worried about a mum’s female friend and how she is with the children',
    picks: [['behaviour', 'family']],
    outcome: 'adult-behaviour',
    first: 'stop-it-now',
  },
  {
    id: 'r2b',
    situation: 'Parent worried about a female football coach at their child’s club',
    picks: [['behaviour', 'worker', 'npt']],
    outcome: 'staff-public',
    first: 'childrens-services',
  },
  {
    id: 'r3',
    situation: 'Parent of a 17-year-old “in a relationship” with a 25-year-old who gives her money',
    picks: [['child-abused', 'saw', 'swansea']],
    outcome: 'report-abuse',
    first: 'childrens-services',
    welsh: true,
  },
  {
    id: 'r4',
    situation: 'The 17-year-old herself',
    picks: [['young-person']],
    outcome: 'young-person',
    first: 'childline',
    welsh: true,
  },
  {
    id: 'r5',
    situation: 'A woman who thinks her partner is sexually abusing her child',
    picks: [['child-abused', 'saw', 'npt']],
    outcome: 'report-abuse',
    first: 'childrens-services',
    why: '“I think a child is being sexually abused” fits what she thinks; “Someone’s behaviour with children makes me uneasy” is for behaviour short of that.',
  },
  {
    id: 'r5b',
    situation: 'A woman uneasy about how her new partner behaves with her child',
    picks: [['behaviour', 'family']],
    outcome: 'adult-behaviour',
    first: 'stop-it-now',
  },
  {
    id: 'r6',
    situation: 'Partner finds child sexual abuse images on the family laptop',
    picks: [['child-abused', 'online', 'images-device']],
    outcome: 'online-images-device',
    first: 'police-non-emergency',
    welsh: true,
    why: 'Images are abuse of a child (“online too” under question 1), not behaviour that makes one uneasy; the adult-behaviour page also says: found images, call 101.',
  },
  {
    id: 'r7',
    situation: 'Parent finds their 15-year-old viewing sexual images of children',
    picks: [['behaviour', 'child']],
    outcome: 'child-behaviour',
    first: 'stop-it-now',
  },
  {
    id: 'r8',
    situation: 'Parent told their 14-year-old’s nude is going round school (no threat)',
    picks: [['child-abused', 'online', 'nude-shared']],
    outcome: 'online-nude-shared',
    first: 'report-remove',
    welsh: true,
  },
  {
    id: 'r9',
    situation: 'Parent whose child was abused by another pupil at school, told by the child',
    picks: [['child-abused', 'disclosed', 'swansea']],
    outcome: 'child-told',
    first: 'childrens-services',
  },
  {
    id: 'r10',
    situation: 'Concern about a faith leader (imam, vicar, Sunday school teacher)',
    picks: [['behaviour', 'worker', 'npt']],
    outcome: 'staff-public',
    first: 'childrens-services',
    welsh: true,
  },
  {
    id: 'r11',
    situation: 'Carer of a disabled child who cannot speak; signs noticed',
    picks: [['child-abused', 'saw', 'swansea']],
    outcome: 'report-abuse',
    first: 'childrens-services',
  },
  {
    id: 'r12',
    situation: 'A child says “don’t tell anyone”, then tells',
    picks: [['child-abused', 'disclosed', 'npt']],
    outcome: 'child-told',
    first: 'childrens-services',
  },
  {
    id: 'r14',
    situation: 'Deaf adult: a child in the street is being taken into a car',
    picks: [['danger-now']],
    outcome: 'emergency',
    first: 'police-emergency',
  },
  {
    id: 'r15',
    situation: 'Neighbour hears a child screaming through the wall at 2am',
    picks: [['danger-now']],
    outcome: 'emergency',
    first: 'police-emergency',
    welsh: true,
    why: 'Through “I saw, heard or noticed something”, the first step says: if it is happening now, call 999 (and 999 tops every page).',
  },
  {
    id: 'r16',
    situation: 'Foster carer: the child in placement discloses',
    picks: [['child-abused', 'disclosed', 'swansea']],
    outcome: 'child-told',
    first: 'childrens-services',
  },
  {
    id: 'r17',
    situation: 'Parent: a man in an online game asks their 12-year-old for pictures',
    picks: [['child-abused', 'online', 'grooming']],
    outcome: 'online-grooming',
    first: 'ceop',
    welsh: true,
  },
  {
    id: 'r18',
    situation: 'Survivor whose abuser still coaches children',
    picks: [['survivor']],
    outcome: 'survivor',
    first: 'live-fear-free',
  },
  {
    id: 'r19',
    situation: 'Relative of that survivor, reporting the coach',
    picks: [['behaviour', 'worker', 'unknown']],
    outcome: 'staff-public',
    first: 'childrens-services',
  },
  {
    id: 'r20',
    situation: 'Social worker in England using a Welsh council’s widget',
    picks: [['work-with-children', 'no', 'elsewhere']],
    outcome: 'practitioner-report',
    first: 'childrens-services',
  },
  {
    id: 'r21',
    situation: 'Grandparent worried about a grandchild’s new stepfather',
    picks: [['behaviour', 'family']],
    outcome: 'adult-behaviour',
    first: 'stop-it-now',
    welsh: true,
  },
  {
    id: 'r22',
    situation: 'Teacher: a pupil discloses, the school’s DSP is in',
    picks: [['work-with-children', 'yes']],
    outcome: 'practitioner-officer',
    first: 'safeguarding-officer',
    welsh: true,
  },
  {
    id: 'r23',
    situation: 'Volunteer football coach, worried about another coach at the club',
    picks: [
      ['behaviour', 'colleague'],
      ['work-with-children', 'yes'],
    ],
    outcome: 'staff-own',
    first: 'safeguarding-officer',
  },
  {
    id: 'r24',
    situation: 'Youth worker whose worry is about the club’s own Safeguarding Officer',
    picks: [
      ['behaviour', 'lead', 'swansea'],
      ['work-with-children', 'no', 'swansea'],
    ],
    outcome: 'practitioner-report',
    first: 'childrens-services',
    why: '“My Safeguarding Officer, head or manager” and “No, or my worry is about them” both avoid the officer’s card; through “Someone I work or volunteer with” the first step says to go straight to children’s services.',
  },
  {
    id: 'r25',
    situation: '12-year-old being abused at home',
    picks: [['young-person']],
    outcome: 'young-person',
    first: 'childline',
    welsh: true,
  },
  {
    id: 'r26',
    situation: '15-year-old boy being sextorted',
    picks: [['young-person']],
    outcome: 'young-person',
    first: 'childline',
  },
  {
    id: 'r27',
    situation: 'Parent of a sextorted boy',
    picks: [['child-abused', 'online', 'blackmail']],
    outcome: 'online-blackmail',
    first: 'police-non-emergency',
    welsh: true,
  },
  {
    id: 'r28',
    situation: 'Man with sexual thoughts about children, Saturday 11pm, afraid he might act',
    picks: [['behaviour', 'own', 'adult']],
    outcome: 'own-thoughts-adult',
    first: 'stop-it-now',
    welsh: true,
  },
  {
    id: 'r29',
    situation: 'Adult survivor in distress at 3am',
    picks: [['survivor']],
    outcome: 'survivor',
    first: 'live-fear-free',
  },
  {
    id: 'r30',
    situation: 'Stranger: a child discloses at a bus stop; where the child lives is unknown',
    picks: [['child-abused', 'disclosed', 'unknown']],
    outcome: 'child-told',
    first: 'childrens-services',
  },
  {
    id: 'r31',
    situation: '16-year-old exploited by a gang, keeps going missing',
    picks: [['danger-now']],
    outcome: 'emergency',
    first: 'police-emergency',
  },
  {
    id: 'r32',
    situation: 'Nanny or babysitter with no organisation',
    picks: [['work-with-children', 'no', 'npt']],
    outcome: 'practitioner-report',
    first: 'childrens-services',
  },
  // ---- shared/design.md §2 ----
  {
    id: 'd1',
    situation: 'A child is about to meet someone they met online',
    picks: [['danger-now']],
    outcome: 'emergency',
    first: 'police-emergency',
  },
  {
    id: 'd2',
    situation: 'Something does not feel right about a child, nothing definite',
    picks: [['child-abused', 'unsure']],
    outcome: 'talk-it-through',
    first: 'stop-it-now',
    welsh: true,
  },
  {
    id: 'd3',
    situation: 'A teacher worried about a colleague at her own school',
    picks: [
      ['behaviour', 'colleague'],
      ['work-with-children', 'yes'],
    ],
    outcome: 'staff-own',
    first: 'safeguarding-officer',
    welsh: true,
  },
  {
    id: 'd4',
    situation: 'A young person worried about their own sexual thoughts',
    picks: [['behaviour', 'own', 'under-18']],
    outcome: 'own-thoughts-young',
    first: 'childline',
  },
  {
    id: 'd5',
    situation: 'A youth worker who cannot reach their Safeguarding Officer tonight',
    picks: [['work-with-children', 'no', 'swansea']],
    outcome: 'practitioner-report',
    first: 'childrens-services',
  },
  {
    id: 'd6',
    situation: 'A parent who wants to learn how to keep their children safe',
    picks: [['learn']],
    outcome: 'learn',
    first: 'campaign',
    welsh: true,
  },
  {
    id: 'd7',
    situation: 'A worry that fits none of the answers',
    picks: [['something-else']],
    outcome: 'something-else',
    first: 'nspcc',
  },
  {
    id: 'd8',
    situation: 'Someone who saw sexual images of a child on a website',
    picks: [['child-abused', 'online', 'images']],
    outcome: 'online-images',
    first: 'iwf',
  },
  // ---- the triage issue ----
  {
    id: 'i1',
    situation: 'Parent: their 13-year-old’s youth leader is sending sexual messages on Snapchat',
    picks: [
      ['behaviour', 'worker', 'swansea'],
      ['child-abused', 'saw', 'swansea'],
    ],
    outcome: 'staff-public',
    first: 'childrens-services',
    welsh: true,
    why: 'The online contact answer is for “someone they know only online”, not a youth leader; the CEOP page says to tell children’s services when the person works with children, and the staff page offers CEOP for what happened online.',
  },
  {
    id: 'i2',
    situation: 'A fellow youth leader sees those Snapchat messages',
    picks: [
      ['behaviour', 'colleague'],
      ['work-with-children', 'yes'],
    ],
    outcome: 'staff-own',
    first: 'safeguarding-officer',
  },
  {
    id: 'i3',
    situation: 'A teacher told that a pupil’s nude picture is being shared',
    picks: [['work-with-children', 'yes']],
    outcome: 'practitioner-officer',
    first: 'safeguarding-officer',
  },
  {
    id: 'i5',
    situation: 'A teaching assistant whose worry is about the school’s own DSP',
    picks: [
      ['behaviour', 'lead', 'npt'],
      ['work-with-children', 'no', 'npt'],
    ],
    outcome: 'practitioner-report',
    first: 'childrens-services',
    welsh: true,
  },
  {
    id: 'i4',
    situation: 'A parent worried the head teacher is harming pupils',
    picks: [['behaviour', 'worker', 'npt']],
    outcome: 'staff-public',
    first: 'childrens-services',
  },
];
