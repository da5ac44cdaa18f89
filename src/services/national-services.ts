/**
 * National services, helplines and resources the widget always knows.
 *
 * Every number, URL and hour here comes from `shared/reference/services.md`
 * (checked 2026-11-29). Do not add or change a fact without a source there:
 * a wrong number can cost a child's safety. Facts the reference marks
 * uncertain carry `confidence: 'U'` and are shown with care (hours as
 * "usually"); facts it could not find are left out and noted.
 */
import { msg } from '@lit/localize';
import type { OpeningHours } from './opening-hours.js';
import type { Provenance, Service } from './service.js';

const CHECKED = '2026-11-29';

const provenance = (
  confidence: Provenance['confidence'],
  sources: string[],
  note?: string,
): Provenance => ({ confidence, sources, checked: CHECKED, note });

const ALWAYS: OpeningHours = { kind: 'always' };
const UNKNOWN: OpeningHours = { kind: 'unknown' };

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
export const nationalServices: Readonly<Record<NationalServiceId, Service>> = {
  'police-emergency': {
    id: 'police-emergency',
    name: () => msg('Police emergency line'),
    summary: () => msg('Call 999 if a child is in danger right now or a crime is happening.'),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '999' },
      {
        kind: 'call',
        value: '18000',
        label: () => msg('Text relay'),
        note: () => msg('For emergencies if you are deaf or cannot speak, from a textphone or the Relay UK app.'),
      },
    ],
    notes: [
      () => msg('emergencySMS: if you cannot speak on the phone, you can text 999 once you have registered. To register, text the word “register” to 999.'),
      () => msg('999 BSL: a free video relay with a British Sign Language interpreter, any time, through the 999 BSL app or website.'),
    ],
    provenance: provenance('C2', [
      'all local authority pages (999)',
      'contactcambspolice.uk; redcross.org.uk; westyorkshire.police.uk (18000, emergencySMS)',
      'https://www.ofcom.org.uk/phones-and-broadband/accessibility/emergency-video-relay/ (999 BSL)',
    ], '999 BSL exists (free, 24/7) but its web address was not found: named without a link.'),
  },
  'police-non-emergency': {
    id: 'police-non-emergency',
    name: () => msg('Police non-emergency line'),
    summary: () => msg('Call 101 to report a concern or a crime to the police when it is not an emergency.'),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '101' },
      {
        kind: 'call',
        value: '18001 101',
        label: () => msg('Text relay'),
        note: () => msg('From a textphone or the Relay UK app.'),
      },
    ],
    provenance: provenance('C2', [
      'rctcbc.gov.uk; gov.wales Make the Call; ceopeducation.co.uk (101)',
      'contactcambspolice.uk; redcross.org.uk; westyorkshire.police.uk (18001 101)',
    ]),
  },
  'stop-it-now': {
    id: 'stop-it-now',
    name: () => msg('Stop It Now helpline'),
    summary: () =>
      msg('Free, confidential and anonymous advice about child sexual abuse, in English or Welsh. Run by the Lucy Faithfull Foundation.'),
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
        label: () => msg('Live chat or secure message'), englishOnly: true,
        hours: UNKNOWN,
      },
    ],
    provenance: provenance('C2', [
      'https://www.stopitnow.org.uk/helpline/',
      'https://www.stopitnow.org.uk/how-we-prevent-child-sexual-abuse/how-the-stop-it-now-helpline-works/',
    ], 'Phone C2. Hours (Mon–Thu 9am–9pm, Fri 9am–5pm) come from old pages only: shown as "usually". Live chat hours and separate chat/message addresses not found: linked to the helpline page.'),
  },
  'stop-it-now-self-help': {
    id: 'stop-it-now-self-help',
    name: () => msg('Stop It Now self-help'),
    summary: () =>
      msg('Confidential online help for people worried about their own sexual thoughts or behaviour. You do not have to give your name.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.stopitnow.org.uk/concerned-about-your-own-thoughts-or-behaviour/',
        label: () => msg('Read the self-help pages'), englishOnly: true,
      },
    ],
    provenance: provenance('C2', [
      'public source code (MEGA web client); breadcrumbs on stopitnow.org.uk/self-help-module/* pages',
    ], 'Path confirmed by two sources; Stop It Now URLs have been moving: verify before release.'),
  },
  'stop-it-now-child-behaviour': {
    id: 'stop-it-now-child-behaviour',
    name: () => msg('Stop It Now: a child’s sexual behaviour'),
    summary: () => msg('What is normal for a child’s age, and what to do if a child’s sexual behaviour worries you.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/whats-normal/',
        label: () => msg('Read about what is normal'), englishOnly: true,
      },
    ],
    provenance: provenance('C1', [
      'https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/whats-normal/',
    ], 'Parents Protect (parentsprotect.co.uk) is left out: the reference is unsure it is still live and has no https address.'),
  },
  nspcc: {
    id: 'nspcc',
    name: () => msg('NSPCC Helpline'),
    summary: () => msg('Advice for adults worried about a child. You can report a concern without giving your name.'),
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
        label: () => msg('Report online'),
        hours: ALWAYS,
      },
      {
        kind: 'email',
        value: 'help@nspcc.org.uk',
        hours: ALWAYS,
        note: () => msg('You can ask for a reply in Welsh.'),
      },
    ],
    provenance: provenance('C2', [
      'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/',
      'nspcc news 2020; safeguardingtool.nspcc.org.uk; nation.cymru (Apr 2024, Welsh email)',
    ], 'Phone hours from the current NSPCC page; one health board page gives 10am–8pm (single source).'),
  },
  childline: {
    id: 'childline',
    name: () => msg('Childline'),
    summary: () => msg('Free and private help for anyone under 19, any time, about anything. Welsh-speaking counsellors are available.'),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '0800 1111' },
      {
        kind: 'web',
        value: 'https://www.childline.org.uk/',
        label: () => msg('Chat online or send an email'),
      },
    ],
    provenance: provenance('C2', [
      'Wikipedia; pressreader Western Mail (Oct 2021); denbighshirefreepress',
    ], 'The reference names chat and email "via childline.org.uk": linked to the site’s home page.'),
  },
  meic: {
    id: 'meic',
    name: () => msg('Meic'),
    summary: () => msg('Wales’s helpline for children and young people up to 25, in Welsh or English.'),
    hours: { kind: 'weekly', certain: true, periods: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '08:00', closes: '24:00' }] },
    contacts: [
      { kind: 'call', value: '080 880 23456' },
      { kind: 'text', value: '84001' },
      { kind: 'web', value: 'https://www.meic.cymru', label: () => msg('Chat online') },
    ],
    provenance: provenance('C2', ['http://www.promo.cymru/project/meic/ (2021)', 'https://eryica.org/news/meic (2020)']),
  },
  'live-fear-free': {
    id: 'live-fear-free',
    name: () => msg('Live Fear Free helpline'),
    summary: () => msg('Wales’s free helpline for anyone affected by sexual violence or abuse, in Welsh or English.'),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '0808 80 10 800' },
      { kind: 'text', value: '07860 077333' },
      { kind: 'web', value: 'https://www.gov.wales/live-fear-free/sexual-violence', label: () => msg('Read more and chat online') },
    ],
    provenance: provenance('C2', [
      'https://www.gov.wales/live-fear-free/sexual-violence',
      'welshwomensaid.org.uk (Oct 2020); deeside.com (Apr 2020)',
    ], 'Email address not shipped: truncated in the source read.'),
  },
  ceop: {
    id: 'ceop',
    name: () => msg('CEOP Safety Centre'),
    summary: () =>
      msg('Report online grooming or sexual abuse of a child to the National Crime Agency. Reports are not anonymous.'),
    hours: ALWAYS,
    contacts: [{ kind: 'web', value: 'https://www.ceop.police.uk/Safety-Centre/', label: () => msg('Make a report') }],
    provenance: provenance('C2', ['ceopeducation.co.uk; several repositories; school pages']),
  },
  iwf: {
    id: 'iwf',
    name: () => msg('Internet Watch Foundation'),
    summary: () => msg('Report sexual images or videos of children online. You can stay anonymous.'),
    hours: ALWAYS,
    contacts: [{ kind: 'web', value: 'https://report.iwf.org.uk/', label: () => msg('Report an image or video') }],
    provenance: provenance('C2', ['iwf.org.uk/faqs; crystaline.uk; multiple repositories']),
  },
  'report-remove': {
    id: 'report-remove',
    name: () => msg('Report Remove'),
    summary: () => msg('If you are under 18 and a nude image of you has been shared online, this can help get it removed.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/',
        label: () => msg('Get a nude image removed'),
      },
    ],
    provenance: provenance('C2', [
      'iwf.org.uk/what-we-do/why-we-exist/report-remove; crimestoppers-uk.org (2024); NSPCC Learning',
    ]),
  },
  crimestoppers: {
    id: 'crimestoppers',
    name: () => msg('Crimestoppers'),
    summary: () => msg('Tell them about a crime without giving your name. They never ask who you are.'),
    hours: ALWAYS,
    contacts: [
      { kind: 'call', value: '0800 555 111' },
      { kind: 'web', value: 'https://crimestoppers-uk.org', label: () => msg('Tell them online') },
    ],
    provenance: provenance('C2', ['crimestoppers-uk.org; Wikipedia; caerphilly.observer']),
  },
  'csa-centre': {
    id: 'csa-centre',
    name: () => msg('CSA Centre'),
    summary: () =>
      msg('The Centre of expertise on child sexual abuse: guides, signs and indicators, and practice resources for professionals in England and Wales.'),
    hours: ALWAYS,
    contacts: [{ kind: 'web', value: 'https://www.csacentre.org.uk/', label: () => msg('Find resources for professionals') , englishOnly: true }],
    provenance: provenance('C2', ['https://www.csacentre.org.uk/'], 'Not a helpline. Deep links moved in a 2023 redesign: linked to the home page.'),
  },
  'wales-procedures-cse': {
    id: 'wales-procedures-cse',
    name: () => msg('Wales Safeguarding Procedures: child sexual exploitation'),
    summary: () => msg('The practice guide on safeguarding children from child sexual exploitation.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://safeguarding.wales/en/chi-i/chi-i-c6/c6-p10',
        label: () => msg('Read the practice guide'),
        valueCy: 'https://safeguarding.wales/cy/chi-i/chi-i-c6/c6-p10',
      },
    ],
    provenance: provenance('C2', ['https://safeguarding.wales/en/chi-i/chi-i-c6/c6-p10', 'https://safeguarding.wales/cy/chi-i/chi-i-c6/c6-p10']),
  },
  'wales-procedures-duty': {
    id: 'wales-procedures-duty',
    name: () => msg('Wales Safeguarding Procedures: the duty to report'),
    summary: () =>
      msg('If you work with children and think a child is at risk, you must tell the children’s services of the council where the child lives. Confirm a phone report in writing within one working day.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://safeguarding.wales/en/chi-i/chi-i-c2',
        label: () => msg('Read how to report'),
      },
    ],
    provenance: provenance('C1', ['https://safeguarding.wales/en/chi-i/chi-i-c2', 'https://safeguarding.wales/en/chi-i/chi-i-c2/c2-p17'],
      'Section 130 of the Social Services and Well-being (Wales) Act 2014. The Welsh address of this section was not found.'),
  },
  campaign: {
    id: 'campaign',
    name: () => msg('“It’s time we talked about it”'),
    summary: () =>
      msg('A campaign to help parents, carers and professionals protect children from sexual abuse and exploitation. It offers awareness sessions and resources.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://cysur.wales/resource-hub/child-sexual-abuse-and-exploitation/',
        label: () => msg('Find the campaign resources'),
        valueCy: 'https://www.bwrdddiogelugogleddcymru.cymru/ymgyrch-atal-cam-drin-plant-yn-rhywiol-maen-amser-i-ni-siarad-am-y-peth/',
      },
    ],
    provenance: provenance('C2', [
      'https://cysur.wales/resource-hub/child-sexual-abuse-and-exploitation/',
      'https://www.wgsb.wales/36475',
      'https://www.bwrdddiogelugogleddcymru.cymru/ymgyrch-atal-cam-drin-plant-yn-rhywiol-maen-amser-i-ni-siarad-am-y-peth/',
    ], 'The campaign’s own web address was not found; linked to the Mid and West Wales board’s resource hub, which lists the partner pack. Partners can add their own campaign materials.'),
  },
  'lff-wales': {
    id: 'lff-wales',
    name: () => msg('Lucy Faithfull Foundation Wales'),
    summary: () =>
      msg('Formerly Stop It Now! Wales. Runs “Keeping Children Safe” sessions for parents, carers and professionals, including Parents Protect and Professionals Protect.'),
    hours: ALWAYS,
    contacts: [
      {
        kind: 'web',
        value: 'https://www.stopitnow.org.uk/home/media-centre/news/wales-blog-1/',
        label: () => msg('Read about their work in Wales'), englishOnly: true,
      },
    ],
    provenance: provenance('C1', ['https://www.stopitnow.org.uk/home/media-centre/news/wales-blog-1/ (25 Jan 2024)'],
      'No dedicated Wales phone, email or web page found: use the Stop It Now helpline.'),
  },
};
