/**
 * National services, helplines and resources the widget always knows.
 *
 * Every number, URL and hour here comes from `shared/reference/services.md`
 * (checked 2026-11-29); each record's sources and confidence are in
 * `service-provenance.ts` (kept out of the bundle partners load). Do not add or change a fact without a source there:
 * a wrong number can cost a child's safety. Hours the reference marks
 * uncertain are `certain: false` and shown with care ("usually"); facts it
 * could not find are left out and noted in `service-provenance.ts`.
 *
 * Each text has an explicit id, `service.<id>.name`, `.summary`, `.link` (its web link's label),
 * `.<kind>-note` and `.note.<what it says>`: reword a text under the same id, and its Welsh is
 * flagged for review (see src/flow/journey.ts).
 */
import { msg } from '@lit/localize';
import type { OpeningHours } from '../time/opening-hours.js';
import { ownData } from '../config/own-data.js';
import type { Service } from './service.js';

const ALWAYS: OpeningHours = { kind: 'always' };
const UNKNOWN: OpeningHours = { kind: 'unknown' };

// The label of both police lines' text relay number.
const textRelay = () => msg('Text relay', { id: 'service.text-relay' });

const STOP_IT_NOW_HELPLINE_PAGE = 'https://www.stopitnow.org.uk/helpline/';

/** Ids of the national services. */
export type NationalServiceId =
  | 'police-emergency'
  | 'police-non-emergency'
  | 'stop-it-now'
  | 'stop-it-now-self-help'
  | 'stop-it-now-child-behaviour'
  | 'nspcc'
  | 'childline'
  | 'meic'
  | 'live-fear-free'
  | 'samaritans'
  | 'ceop'
  | 'iwf'
  | 'report-remove'
  | 'crimestoppers'
  | 'csa-centre'
  | 'wales-procedures-cse'
  | 'wales-procedures-duty'
  | 'campaign'
  | 'lff-wales';

/** The national directory, keyed by id. Text resolves in the current language. */
/** Prototype-less all the way down (`ownData`): a polluted `hours` or `note` is never read as a service's. */
export const nationalServices: Readonly<Record<NationalServiceId, Service>> = ownData({
  'police-emergency': {
    id: 'police-emergency',
    name: () => msg('Police emergency line', { id: 'service.police-emergency.name' }),
    summary: () =>
      msg('Call 999 if a child is in danger right now or a crime is happening.', {
        id: 'service.police-emergency.summary',
      }),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '999' },
      {
        kind: 'relay',
        value: '18000',
        label: textRelay,
        note: () =>
          msg('In an emergency: dial 18000 from a textphone, or tap 999 in the Relay UK app.', {
            id: 'service.police-emergency.relay-note',
          }),
      },
    ],
    notes: [
      () =>
        msg(
          'emergencySMS: if you cannot speak on the phone, you can text 999 once you have registered. Register now, before an emergency: text the word “register” to 999 and follow the replies.',
          { id: 'service.police-emergency.note.emergency-sms' },
        ),
      () =>
        msg(
          '999 BSL: call 999 through a British Sign Language interpreter, free, day or night. Use the 999 BSL app or website.',
          { id: 'service.police-emergency.note.bsl' },
        ),
    ],
  },
  'police-non-emergency': {
    id: 'police-non-emergency',
    name: () => msg('Police non-emergency line', { id: 'service.police-non-emergency.name' }),
    summary: () =>
      msg('Call 101 to report a concern or a crime to the police when it is not an emergency.', {
        id: 'service.police-non-emergency.summary',
      }),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '101' },
      {
        kind: 'relay',
        value: '18001 101',
        label: textRelay,
        note: () => msg('From a textphone or the Relay UK app.', { id: 'service.police-non-emergency.relay-note' }),
      },
    ],
  },
  'stop-it-now': {
    id: 'stop-it-now',
    name: () => msg('Stop It Now helpline', { id: 'service.stop-it-now.name' }),
    summary: () =>
      msg(
        'Free, confidential advice about child sexual abuse, in English or Welsh, with interpreters for more than 200 languages. You do not have to give your name. If you tell them who a child at risk is, or about a crime, they will pass it on.',
        { id: 'service.stop-it-now.summary' },
      ),
    hours: {
      kind: 'weekly',
      certain: false,
      periods: [
        { days: [1, 2, 3, 4], opens: '09:00', closes: '21:00' },
        { days: [5], opens: '09:00', closes: '17:00' },
      ],
    },
    hoursUrl: STOP_IT_NOW_HELPLINE_PAGE,
    contacts: [
      { kind: 'call', value: '0808 1000 900' },
      {
        kind: 'web',
        value: STOP_IT_NOW_HELPLINE_PAGE,
        label: () => msg('Live chat or secure message', { id: 'service.stop-it-now.link' }),
        englishOnly: true,
        hours: UNKNOWN,
      },
    ],
  },
  'stop-it-now-self-help': {
    id: 'stop-it-now-self-help',
    name: () => msg('Stop It Now self-help', { id: 'service.stop-it-now-self-help.name' }),
    summary: () =>
      msg('Online help for people worried about their own sexual thoughts or behaviour.', {
        id: 'service.stop-it-now-self-help.summary',
      }),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.stopitnow.org.uk/concerned-about-your-own-thoughts-or-behaviour/',
        label: () => msg('Read the self-help pages', { id: 'service.stop-it-now-self-help.link' }),
        englishOnly: true,
      },
    ],
  },
  'stop-it-now-child-behaviour': {
    id: 'stop-it-now-child-behaviour',
    name: () => msg('Stop It Now: a child’s sexual behaviour', { id: 'service.stop-it-now-child-behaviour.name' }),
    summary: () =>
      msg('What is normal for a child’s age, and what to do if a child’s sexual behaviour worries you.', {
        id: 'service.stop-it-now-child-behaviour.summary',
      }),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/whats-normal/',
        label: () => msg('Read about what is normal', { id: 'service.stop-it-now-child-behaviour.link' }),
        englishOnly: true,
      },
    ],
  },
  nspcc: {
    id: 'nspcc',
    name: () => msg('NSPCC Helpline', { id: 'service.nspcc.name' }),
    summary: () =>
      msg(
        'Advice for adults worried about a child. You can report a concern without giving your name. If you tell them who a child at risk is, they pass it on to children’s services.',
        { id: 'service.nspcc.summary' },
      ),
    hours: {
      kind: 'weekly',
      certain: true,
      periods: [
        { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '22:00' },
        { days: [0, 6], opens: '09:00', closes: '18:00' },
      ],
    },
    contacts: [
      { kind: 'call', value: '0808 800 5000' },
      {
        kind: 'web',
        value: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/',
        label: () => msg('Report online', { id: 'service.nspcc.link' }),
        hours: ALWAYS,
      },
      {
        kind: 'email',
        value: 'help@nspcc.org.uk',
        hours: ALWAYS,
        note: () => msg('You can ask for a reply in Welsh.', { id: 'service.nspcc.email-note' }),
      },
    ],
  },
  childline: {
    id: 'childline',
    name: () => msg('Childline', { id: 'service.childline.name' }),
    summary: () =>
      msg('Free help for anyone under 19, any time. Welsh-speaking counsellors are available.', {
        id: 'service.childline.summary',
      }),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '0800 1111' },
      {
        kind: 'web',
        value: 'https://www.childline.org.uk/',
        label: () => msg('Chat online or send an email', { id: 'service.childline.link' }),
      },
    ],
  },
  meic: {
    id: 'meic',
    name: () => msg('Meic', { id: 'service.meic.name' }),
    summary: () =>
      msg('A helpline for children and young people in Wales, up to age 25.', { id: 'service.meic.summary' }),
    hours: {
      kind: 'weekly',
      certain: true,
      periods: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '08:00', closes: '24:00' }],
    },
    contacts: [
      { kind: 'call', value: '080 880 23456' },
      { kind: 'text', value: '84001' },
      { kind: 'web', value: 'https://www.meic.cymru', label: () => msg('Chat online', { id: 'service.meic.link' }) },
    ],
  },
  'live-fear-free': {
    id: 'live-fear-free',
    name: () => msg('Live Fear Free helpline', { id: 'service.live-fear-free.name' }),
    summary: () =>
      msg(
        'A free, confidential helpline in Wales for anyone affected by sexual violence or abuse, including abuse in childhood. In Welsh or English.',
        { id: 'service.live-fear-free.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '0808 80 10 800' },
      { kind: 'text', value: '07860 077333' },
      {
        kind: 'web',
        value: 'https://www.gov.wales/live-fear-free/sexual-violence',
        label: () => msg('Find out more', { id: 'service.live-fear-free.link' }),
      },
    ],
  },
  samaritans: {
    id: 'samaritans',
    name: () => msg('Samaritans', { id: 'service.samaritans.name' }),
    summary: () =>
      msg(
        'Free and confidential, any time, for anyone struggling to cope. Your number is not shown to them. If a child is being harmed or at risk, they may tell other services.',
        { id: 'service.samaritans.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '116 123' },
      {
        kind: 'web',
        value: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        label: () => msg('Other ways to contact them', { id: 'service.samaritans.link' }),
        englishOnly: true,
      },
    ],
  },
  ceop: {
    id: 'ceop',
    name: () => msg('CEOP Safety Centre', { id: 'service.ceop.name' }),
    summary: () =>
      msg(
        'Report online grooming or sexual abuse of a child to the National Crime Agency. Reports are not anonymous.',
        { id: 'service.ceop.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.ceop.police.uk/Safety-Centre/',
        label: () => msg('Make a report', { id: 'service.ceop.link' }),
      },
    ],
  },
  iwf: {
    id: 'iwf',
    name: () => msg('Internet Watch Foundation', { id: 'service.iwf.name' }),
    summary: () =>
      msg('Report sexual images or videos of children online. You can stay anonymous.', { id: 'service.iwf.summary' }),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://report.iwf.org.uk/',
        label: () => msg('Report an image or video', { id: 'service.iwf.link' }),
      },
    ],
  },
  'report-remove': {
    id: 'report-remove',
    name: () => msg('Report Remove', { id: 'service.report-remove.name' }),
    summary: () =>
      msg(
        'For under-18s. If a nude picture of you is online, or someone says they will share it, this can help get it taken down. You need a Childline account.',
        { id: 'service.report-remove.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/',
        label: () => msg('Get a nude image removed', { id: 'service.report-remove.link' }),
      },
    ],
  },
  crimestoppers: {
    id: 'crimestoppers',
    name: () => msg('Crimestoppers', { id: 'service.crimestoppers.name' }),
    summary: () =>
      msg('Tell them about a crime without giving your name. They never ask who you are.', {
        id: 'service.crimestoppers.summary',
      }),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '0800 555 111' },
      {
        kind: 'web',
        value: 'https://crimestoppers-uk.org',
        label: () => msg('Tell them online', { id: 'service.crimestoppers.link' }),
      },
    ],
  },
  'csa-centre': {
    id: 'csa-centre',
    name: () => msg('CSA Centre', { id: 'service.csa-centre.name' }),
    summary: () =>
      msg(
        'Guides for professionals in England and Wales, including a template for recording signs of child sexual abuse.',
        { id: 'service.csa-centre.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.csacentre.org.uk/',
        label: () => msg('Find resources for professionals', { id: 'service.csa-centre.link' }),
        englishOnly: true,
      },
    ],
  },
  'wales-procedures-cse': {
    id: 'wales-procedures-cse',
    name: () =>
      msg('Wales Safeguarding Procedures: child sexual exploitation', { id: 'service.wales-procedures-cse.name' }),
    summary: () =>
      msg('The practice guide on safeguarding children from child sexual exploitation.', {
        id: 'service.wales-procedures-cse.summary',
      }),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://safeguarding.wales/en/chi-i/chi-i-c6/c6-p10',
        label: () => msg('Read the practice guide', { id: 'service.wales-procedures-cse.link' }),
        valueCy: 'https://safeguarding.wales/cy/chi-i/chi-i-c6/c6-p10',
      },
    ],
  },
  'wales-procedures-duty': {
    id: 'wales-procedures-duty',
    name: () => msg('Wales Safeguarding Procedures: the duty to report', { id: 'service.wales-procedures-duty.name' }),
    summary: () =>
      msg(
        'By law, some services, such as councils, the police and the NHS, must tell children’s services about a child at risk. Everyone else who works or volunteers with children is expected to do the same. Confirm a phone report in writing, usually within one working day.',
        { id: 'service.wales-procedures-duty.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://safeguarding.wales/en/chi-i/chi-i-c2',
        label: () => msg('Read how to report', { id: 'service.wales-procedures-duty.link' }),
      },
    ],
  },
  campaign: {
    id: 'campaign',
    name: () => msg('“It’s time we talked about it”', { id: 'service.campaign.name' }),
    summary: () =>
      msg('Materials from a campaign that began in 2020, to help you keep children safe from sexual abuse.', {
        id: 'service.campaign.summary',
      }),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://cysur.wales/resource-hub/child-sexual-abuse-and-exploitation/',
        label: () => msg('Find the campaign resources', { id: 'service.campaign.link' }),
        valueCy:
          'https://www.bwrdddiogelugogleddcymru.cymru/ymgyrch-atal-cam-drin-plant-yn-rhywiol-maen-amser-i-ni-siarad-am-y-peth/',
      },
    ],
  },
  'lff-wales': {
    id: 'lff-wales',
    name: () => msg('Lucy Faithfull Foundation Wales', { id: 'service.lff-wales.name' }),
    summary: () =>
      msg(
        'The Welsh team of the Lucy Faithfull Foundation, the charity that runs the Stop It Now helpline. It was called Stop It Now! Wales until December 2023.',
        { id: 'service.lff-wales.summary' },
      ),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.stopitnow.org.uk/home/media-centre/news/wales-blog-1/',
        label: () => msg('Read about their work in Wales', { id: 'service.lff-wales.link' }),
        englishOnly: true,
      },
    ],
  },
});
