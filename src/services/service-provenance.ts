/**
 * Where each national service's facts come from, how sure we are, and what is
 * missing: from `shared/reference/services.md`, checked 2026-11-29. Kept out of
 * the widget's bundle (partners' visitors do not need it); tests check that
 * every national service has an entry, and maintainers re-verify from it.
 */
import type { NationalServiceId } from './national-services.js';

/** How sure we are of a fact (the reference's key: C2 two sources, C1 one, U uncertain). */
export type Confidence = 'C2' | 'C1' | 'U';

/** Where a record's facts come from, so a maintainer can check them again. */
export interface Provenance {
  sources: readonly string[];
  /** ISO date the facts were last checked against their sources. */
  checked: string;
  confidence: Confidence;
  /** What is unsure or missing. */
  note?: string;
}

const CHECKED = '2026-11-29';

const provenance = (confidence: Confidence, sources: string[], note?: string): Provenance => ({
  confidence,
  sources,
  checked: CHECKED,
  note,
});

/** The provenance of every national service. */
export const serviceProvenance: Readonly<Record<NationalServiceId, Provenance>> = {
  'police-emergency': provenance(
    'C2',
    [
      'all local authority pages (999)',
      'contactcambspolice.uk; redcross.org.uk; westyorkshire.police.uk (18000, emergencySMS)',
      'guidance.md §10.1: textphone users dial 18000, Relay UK app users tap 999 (westyorkshire.police.uk)',
      'guidance.md §10.3: emergencySMS only after registering in advance (yas.nhs.uk: "don\'t wait for an emergency")',
      'https://www.ofcom.org.uk/phones-and-broadband/accessibility/emergency-video-relay/ (999 BSL)',
    ],
    '999 BSL exists (free, 24/7) but its web address was not found: named without a link. 18000 is a text relay number: shown as a number, not a Call link.',
  ),
  'police-non-emergency': provenance(
    'C2',
    [
      'rctcbc.gov.uk; gov.wales Make the Call; ceopeducation.co.uk (101)',
      'contactcambspolice.uk; redcross.org.uk; westyorkshire.police.uk (18001 101)',
      'guidance.md §10.2: 18001 101 from a textphone or the Relay UK app',
    ],
    '18001 101 is a text relay number: shown as a number, not a Call link. No Welsh force page on it was found (relay is UK-wide).',
  ),
  'stop-it-now': provenance(
    'C2',
    [
      'https://www.stopitnow.org.uk/helpline/',
      'https://www.stopitnow.org.uk/how-we-prevent-child-sexual-abuse/how-the-stop-it-now-helpline-works/',
    ],
    'Phone C2. Interpreters for 200+ languages through LanguageLine: C1 (services.md §1, guidance.md 7.3). Hours (Mon–Thu 9am–9pm, Fri 9am–5pm) come from old pages only: shown as "usually". Live chat hours and separate chat/message addresses not found: linked to the helpline page.',
  ),
  'stop-it-now-self-help': provenance(
    'C2',
    ['public source code (MEGA web client); breadcrumbs on stopitnow.org.uk/self-help-module/* pages'],
    'Path confirmed by two sources; Stop It Now URLs have been moving: verify before release.',
  ),
  'stop-it-now-child-behaviour': provenance(
    'C1',
    ['https://www.stopitnow.org.uk/concerned-about-a-child-or-young-persons-sexual-behaviour/whats-normal/'],
    'Parents Protect (parentsprotect.co.uk) is left out: the reference is unsure it is still live and has no https address.',
  ),
  nspcc: provenance(
    'C2',
    [
      'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/',
      'nspcc news 2020; safeguardingtool.nspcc.org.uk; nation.cymru (Apr 2024, Welsh email)',
    ],
    'Phone hours from the current NSPCC page; one health board page gives 10am–8pm (single source). Bank-holiday hours not found: "usually" on those days. Passing a child at risk on to children’s services: guidance.md 2.11 (C1, NSPCC pages).',
  ),
  childline: provenance(
    'C2',
    ['Wikipedia; pressreader Western Mail (Oct 2021); denbighshirefreepress'],
    'The reference names chat and email "via childline.org.uk": linked to the site’s home page.',
  ),
  meic: provenance('C2', ['http://www.promo.cymru/project/meic/ (2021)', 'https://eryica.org/news/meic (2020)']),
  'live-fear-free': provenance(
    'C2',
    [
      'https://www.gov.wales/live-fear-free/sexual-violence',
      'welshwomensaid.org.uk (Oct 2020); deeside.com (Apr 2020)',
    ],
    'Email address not shipped: truncated in the source read. Welsh name "Llinell Gymorth Byw Heb Ofn": reference/welsh-terms.md (gwent.pcc.police.uk Welsh pages) and llyw.cymru as cited by the second Welsh review (S13).',
  ),
  samaritans: provenance(
    'C2',
    [
      'services.md §6: https://www.samaritans.org/how-we-can-help/contact-samaritan/ (stored copy, undated)',
      'samaritans.org Coventry branch page (24/7, 116 123); lotterygoodcauses.org.uk (free from any phone since September 2015)',
    ],
    'Number, free and 24/7: C2. Confidentiality limits (number not shown; may contact services when a child is harmed or at risk): C1, Samaritans only. The Welsh Language Line is U (number and hours not found): not shipped.',
  ),
  ceop: provenance('C2', ['ceopeducation.co.uk; several repositories; school pages']),
  iwf: provenance('C2', ['iwf.org.uk/faqs; crystaline.uk; multiple repositories']),
  'report-remove': provenance(
    'C2',
    [
      'iwf.org.uk/what-we-do/why-we-exist/report-remove; crimestoppers-uk.org (2024); NSPCC Learning',
      'Link: https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/ (the address Childline’s own stored pages use: second facts audit, A60)',
    ],
    'services.md gives …/remove-nude-image-shared-online/, which the second facts audit found only in third-party code; issue #23 chose the address Childline’s own pages use. Check the link live before each release.',
  ),
  crimestoppers: provenance('C2', ['crimestoppers-uk.org; Wikipedia; caerphilly.observer']),
  'csa-centre': provenance(
    'C2',
    ['https://www.csacentre.org.uk/'],
    'Not a helpline. Deep links moved in a 2023 redesign: linked to the home page.',
  ),
  'wales-procedures-cse': provenance('C2', [
    'https://safeguarding.wales/en/chi-i/chi-i-c6/c6-p10',
    'https://safeguarding.wales/cy/chi-i/chi-i-c6/c6-p10',
  ]),
  'wales-procedures-duty': provenance(
    'C1',
    ['https://safeguarding.wales/en/chi-i/chi-i-c2', 'https://safeguarding.wales/en/chi-i/chi-i-c2/c2-p17'],
    'Section 130 of the Social Services and Well-being (Wales) Act 2014. The Welsh address of this section was not found. Written confirmation "usually within one working day": guidance.md 6.6 is U on the exact time (the older WSP page says 24 hours), so "usually".',
  ),
  campaign: provenance(
    'C2',
    [
      'https://cysur.wales/resource-hub/child-sexual-abuse-and-exploitation/',
      'https://www.wgsb.wales/36475',
      'https://www.bwrdddiogelugogleddcymru.cymru/ymgyrch-atal-cam-drin-plant-yn-rhywiol-maen-amser-i-ni-siarad-am-y-peth/',
    ],
    'The campaign’s own web address was not found; linked to the Mid and West Wales board’s resource hub, which lists the partner pack. Partners can add their own campaign materials. The sources date from 2020 (Cardiff and Vale board, March 2020: "commenced in March"), before Stop It Now! Wales became Lucy Faithfull Foundation Wales (December 2023), and no later source says it is current: the card calls it a campaign that began in 2020 (second facts audit A77, should-fix 6).',
  ),
  'lff-wales': provenance(
    'C1',
    ['https://www.stopitnow.org.uk/home/media-centre/news/wales-blog-1/ (25 Jan 2024)'],
    'No dedicated Wales phone, email or web page found: use the Stop It Now helpline.',
  ),
};
