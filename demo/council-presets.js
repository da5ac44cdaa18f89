// Council presets for the configurator (demo/configurator.js): each Welsh council's children's
// services contacts, transcribed from the project's council reference
// (shared/reference/councils.md, researched 2026-11-29 from stored copies of public pages).
//
// Only values the reference marks C1 (one source) or C2 (two independent sources) are here;
// a value it marks U (found but old, ambiguous or conflicting) or NF (not found) is left out,
// with a note saying so. Every value keeps its source, the date of that source and its
// confidence, shown beside the field. A preset whose sources the second facts audit
// (shared/reviews/facts-audit-2.md, should-fix 9) found old or could not find again says so in
// `recheck`, shown before its values. scripts/council-presets.test.mjs checks that every value
// and source is in councils.md and that nothing marked U is here.
//
// This module is for the configurator only: the widget's bundle never imports it.

/** When the reference was researched; none of it was checked against the live sites. */
export const RESEARCHED = '2026-11-29';

/** What the reference's confidence marks mean. */
export const CONFIDENCE = {
  C2: 'two independent sources agree',
  C1: 'one source',
};

/**
 * @typedef {{ title: string, url?: string, date: string }} Source
 * @typedef {{ value: string, confidence: 'C1' | 'C2', sources: Source[], note?: string }} Fact
 * @typedef {{
 *   id: string,
 *   name: { en: string, cy: string },
 *   phone?: Fact, outOfHoursPhone?: Fact, url?: Fact,
 *   missing: { phone?: string, outOfHoursPhone?: string, url?: string },
 *   recheck?: string,
 * }} CouncilPreset
 */

const NOT_FOUND = 'The reference found no number in the stored copies of the council’s pages.';
const NO_PAGE = 'The reference found no “report a concern” page for this council.';

// Sources used by more than one council.
const SEW_EDT = {
  title: 'Caerphilly “Out of hours social services support” (South East Wales Emergency Duty Team)',
  url: 'https://www.caerphilly.gov.uk/contact-us/out-of-hours-social-services-support',
  date: 'undated',
};

/** @type {CouncilPreset[]} The 22 councils, in the reference's order. */
export const councilPresets = [
  {
    id: 'isle-of-anglesey',
    name: { en: 'Isle of Anglesey', cy: 'Ynys Môn' },
    phone: {
      value: '01248 725 888',
      confidence: 'C1',
      note: 'Teulu Môn officers (“duty social worker”).',
      sources: [
        {
          title: 'Anglesey “Concerned about a child”',
          url: 'https://www.anglesey.gov.wales/en/Residents/Children-and-families/Are-you-worried-about-a-child-or-about-yourself/Concerned-about-a-child.aspx',
          date: '2019 or later (cites the 2019 Wales Safeguarding Procedures)',
        },
      ],
    },
    url: {
      value:
        'https://www.anglesey.gov.wales/en/Residents/Children-and-families/Are-you-worried-about-a-child-or-about-yourself/Concerned-about-a-child.aspx',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: '2019 or later' }],
    },
    missing: { outOfHoursPhone: NOT_FOUND },
  },
  {
    id: 'gwynedd',
    name: { en: 'Gwynedd', cy: 'Gwynedd' },
    missing: { phone: NOT_FOUND, outOfHoursPhone: NOT_FOUND, url: NO_PAGE },
  },
  {
    id: 'conwy',
    recheck:
      'Rests on a Conwy page from January 2020. Conwy may since have joined the North East Wales out-of-hours team, so ring both numbers before going live.',
    name: { en: 'Conwy', cy: 'Conwy' },
    phone: {
      value: '01492 575111',
      confidence: 'C1',
      note: 'Monday to Friday 9am to 5pm; email duty@conwy.gov.uk (referral form).',
      sources: [
        {
          title: 'Conwy “Reporting a Child at Risk”',
          url: 'https://www.conwy.gov.uk/en/Resident/Social-Care-and-Wellbeing/Im-worried-about-somebody/Reporting-a-Child-at-Risk/Reporting-a-Child-at-Risk.aspx',
          date: '9 Jan 2020 (maintenance banner)',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0300 123 3079',
      confidence: 'C1',
      sources: [
        {
          title: 'Conwy “Reporting a Child at Risk”',
          url: 'https://www.conwy.gov.uk/en/Resident/Social-Care-and-Wellbeing/Im-worried-about-somebody/Reporting-a-Child-at-Risk/Reporting-a-Child-at-Risk.aspx',
          date: '9 Jan 2020 (maintenance banner)',
        },
      ],
    },
    url: {
      value:
        'https://www.conwy.gov.uk/en/Resident/Social-Care-and-Wellbeing/Im-worried-about-somebody/Reporting-a-Child-at-Risk/Reporting-a-Child-at-Risk.aspx',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: '9 Jan 2020' }],
    },
    missing: {},
  },
  {
    id: 'denbighshire',
    name: { en: 'Denbighshire', cy: 'Sir Ddinbych' },
    phone: {
      value: '01824 712200',
      confidence: 'C1',
      note: 'Monday to Thursday 9am to 5pm, Friday 9am to 4.30pm.',
      sources: [
        {
          title: 'Denbighshire “Report a child at risk”',
          url: 'https://www.sirddinbych.gov.uk/en/health-and-social-care/children-young-people-and-families/report-a-child-at-risk.aspx',
          date: 'undated',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0345 053 3116',
      confidence: 'C2',
      note: '“Evenings and weekends”; 2p a minute plus the access charge. The North East Wales Emergency Duty Team.',
      sources: [
        {
          title: 'Denbighshire “Report a child at risk”',
          url: 'https://www.sirddinbych.gov.uk/en/health-and-social-care/children-young-people-and-families/report-a-child-at-risk.aspx',
          date: 'undated',
        },
        {
          title: 'Denbighshire “Safeguarding adults”',
          url: 'https://www.denbighshire.gov.uk/en/health-and-social-care/safeguarding/safeguarding-adults.aspx',
          date: 'undated',
        },
      ],
    },
    url: {
      value:
        'https://www.sirddinbych.gov.uk/en/health-and-social-care/children-young-people-and-families/report-a-child-at-risk.aspx',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {},
  },
  {
    id: 'flintshire',
    name: { en: 'Flintshire', cy: 'Sir y Fflint' },
    missing: {
      phone:
        'The reference has only an uncertain number (U: from a 2014 press release, a switchboard, another context). Not filled in.',
      outOfHoursPhone:
        'The reference has only an inferred number (U: Flintshire is in the North East Wales Emergency Duty Team, but no Flintshire page gives it). Not filled in.',
      url: NO_PAGE,
    },
  },
  {
    id: 'wrexham',
    recheck:
      'The office number comes from a school’s safeguarding page, which the second facts audit could not find again. Ring it before going live.',
    name: { en: 'Wrexham', cy: 'Wrecsam' },
    phone: {
      value: '01978 292039',
      confidence: 'C1',
      note: 'Single Point of Access (Children’s Social Care), “during office hours”.',
      sources: [
        {
          title: 'St Mary’s (Wrexham) school safeguarding page',
          url: 'https://stmarys-wxm.co.uk/school-information/safeguarding/',
          date: 'refers to its 2025–2026 policy',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0345 053 3116',
      confidence: 'C1',
      note: 'Emergency Duty Team. Denbighshire’s pages give the same number for the North East Wales team.',
      sources: [
        {
          title: 'St Mary’s (Wrexham) school safeguarding page',
          url: 'https://stmarys-wxm.co.uk/school-information/safeguarding/',
          date: 'refers to its 2025–2026 policy',
        },
      ],
    },
    missing: {
      url: 'The reference found no council page for reporting a concern (the number comes from a school’s page).',
    },
  },
  {
    id: 'ceredigion',
    recheck: 'Rests on Ceredigion’s coronavirus information page from 2020. Ring both numbers before going live.',
    name: { en: 'Ceredigion', cy: 'Ceredigion' },
    phone: {
      value: '01545 574000',
      confidence: 'C1',
      note: 'Porth Gofal; Monday to Thursday 08:45 to 17:00, Friday to 16:30.',
      sources: [
        {
          title: 'Ceredigion coronavirus general information page',
          url: 'http://www.ceredigion.gov.uk/resident/coronavirus-covid-19/general-information/',
          date: '2020',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0300 4563554',
      confidence: 'C1',
      sources: [
        {
          title: 'Ceredigion coronavirus general information page',
          url: 'http://www.ceredigion.gov.uk/resident/coronavirus-covid-19/general-information/',
          date: '2020',
        },
      ],
    },
    missing: { url: 'The reference found no address for Ceredigion’s “Worried about an Adult or Child” page.' },
  },
  {
    id: 'pembrokeshire',
    name: { en: 'Pembrokeshire', cy: 'Sir Benfro' },
    phone: {
      value: '01437 764551',
      confidence: 'C1',
      note: 'Contact Centre, which passes concerns to the Child Care Assessment Team.',
      sources: [
        {
          title: 'Pembrokeshire “What to do if you are concerned about a child”',
          url: 'https://cms.pembrokeshire.gov.uk/child-care-assessment-team/what-to-do-if-you-are-concerned-about-a-child',
          date: 'revised 20/10/2023',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0345 601 5522',
      confidence: 'C1',
      note: 'Social Care Out of Hours Team.',
      sources: [
        {
          title: 'Pembrokeshire “What to do if you are concerned about a child”',
          url: 'https://cms.pembrokeshire.gov.uk/child-care-assessment-team/what-to-do-if-you-are-concerned-about-a-child',
          date: 'revised 20/10/2023',
        },
      ],
    },
    url: {
      value:
        'https://cms.pembrokeshire.gov.uk/child-care-assessment-team/what-to-do-if-you-are-concerned-about-a-child',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'revised 20/10/2023' }],
    },
    missing: {},
  },
  {
    id: 'carmarthenshire',
    name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' },
    missing: { phone: NOT_FOUND, outOfHoursPhone: NOT_FOUND, url: NO_PAGE },
  },
  {
    id: 'powys',
    name: { en: 'Powys', cy: 'Powys' },
    phone: {
      value: '01597 827666',
      confidence: 'C2',
      note: 'Front Door Team (Children’s Services); Monday to Friday 9am to 5pm.',
      sources: [
        {
          title: 'Powys “Reporting Child Abuse – Information for professional staff”',
          url: 'https://en.powys.gov.uk/article/11247/Reporting-Child-Abuse---Information-for-professional-staff',
          date: 'undated',
        },
        {
          title: 'Powys Teaching Health Board safeguarding page',
          url: 'https://pthb.nhs.wales/services/safeguarding-public-protection/',
          date: 'undated',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0345 054 4847',
      confidence: 'C1',
      sources: [
        {
          title: 'Powys Teaching Health Board safeguarding page',
          url: 'https://pthb.nhs.wales/services/safeguarding-public-protection/',
          date: 'undated',
        },
      ],
    },
    url: {
      value: 'https://en.powys.gov.uk/article/11247/Reporting-Child-Abuse---Information-for-professional-staff',
      confidence: 'C1',
      note: 'Written for professional staff.',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {},
  },
  {
    id: 'swansea',
    name: { en: 'Swansea', cy: 'Abertawe' },
    outOfHoursPhone: {
      value: '01792 775501',
      confidence: 'C2',
      note: 'Monday to Thursday 5pm to 1am, Friday 4.30pm to 1am, weekends and bank holidays 9am to 1am; on call 1am to 9am on the same number.',
      sources: [
        {
          title: 'Swansea “Social services emergency help”',
          url: 'https://www.swansea.gov.uk/socialservicesemergencyhelp',
          date: 'current in the stored copy',
        },
        {
          title: 'Llangyfelach Primary School child protection page',
          url: 'https://www.llangyfelachprimaryschool.co.uk/child-protection/',
          date: 'undated',
        },
      ],
    },
    url: {
      value: 'https://www.swansea.gov.uk/safeguardingchildren',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {
      phone:
        'The reference marks the old office number uncertain: both its sources predate the council’s Single Point of Contact (SPOC), whose number it did not find. Ask the council which number to give.',
    },
  },
  {
    id: 'neath-port-talbot',
    recheck:
      'The number comes from earlier research; the second facts audit found the page but not the number. Ring it before going live.',
    name: { en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' },
    phone: {
      value: '01639 686802',
      confidence: 'C2',
      note: 'Single Point of Contact, for adults and children; Monday to Thursday 8.30 to 5, Friday 8.30 to 4.30. From earlier research; not seen again in this one.',
      sources: [
        {
          title: 'Neath Port Talbot social care assessment page on beta.npt.gov.uk (earlier research)',
          date: 'undated',
        },
        { title: 'Neath Port Talbot council page npt.gov.uk/1107 (earlier research)', date: 'undated' },
      ],
    },
    url: {
      value: 'https://beta.npt.gov.uk/health-and-social-care/safeguarding-adults-and-children/',
      confidence: 'C1',
      note: 'On the council’s “beta” site.',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: { outOfHoursPhone: 'The council has an Emergency Duty Team, but the reference did not find its number.' },
  },
  {
    id: 'bridgend',
    name: { en: 'Bridgend', cy: 'Pen-y-bont ar Ogwr' },
    missing: {
      phone:
        'The reference has only an uncertain number (U: a 2015 school policy whose table is ambiguous). Not filled in.',
      outOfHoursPhone:
        'The reference has only an uncertain number (U: from a test site, and it conflicts with the Cwm Taf Morgannwg number). Not filled in.',
      url: 'The reference found the page only on the council’s test site. Not filled in.',
    },
  },
  {
    id: 'rhondda-cynon-taf',
    recheck:
      'The second facts audit could not find RCT’s page again. Ring both numbers and open the page before going live.',
    name: { en: 'Rhondda Cynon Taf', cy: 'Rhondda Cynon Taf' },
    phone: {
      value: '01443 425006',
      confidence: 'C1',
      note: 'RCT Contact Centre, which transfers calls to children’s services; Monday to Friday 8.30am to 5pm.',
      sources: [
        {
          title: 'RCT “Report a Child Protection Issue”',
          url: 'https://rctcbc.gov.uk/EN/Resident/ChildrenandFamilies/Reportingaconcernaboutachild/ReportaChildProtectionIssue.aspx',
          date: 'undated',
        },
      ],
    },
    outOfHoursPhone: {
      value: '01443 743665',
      confidence: 'C2',
      note: 'Emergency Duty Team (also Merthyr Tydfil’s).',
      sources: [
        {
          title: 'RCT “Report a Child Protection Issue”',
          url: 'https://rctcbc.gov.uk/EN/Resident/ChildrenandFamilies/Reportingaconcernaboutachild/ReportaChildProtectionIssue.aspx',
          date: 'undated',
        },
        {
          title: 'Merthyr Tydfil “How to report a child/young person you believe is at risk”',
          url: 'https://www.merthyr.gov.uk/resident/social-services-and-well-being/childrens-services/how-to-report-a-childyoung-person-you-believe-is-at-risk-ofexperiencing-abuse-and-neglect/',
          date: 'undated',
        },
      ],
    },
    url: {
      value:
        'https://rctcbc.gov.uk/EN/Resident/ChildrenandFamilies/Reportingaconcernaboutachild/ReportaChildProtectionIssue.aspx',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {},
  },
  {
    id: 'merthyr-tydfil',
    name: { en: 'Merthyr Tydfil', cy: 'Merthyr Tudful' },
    phone: {
      value: '01685 725000',
      confidence: 'C2',
      note: 'Monday to Thursday 8.30 to 5, Friday 8.30 to 4.30.',
      sources: [
        {
          title: 'Merthyr Tydfil “How to report a child/young person you believe is at risk”',
          url: 'https://www.merthyr.gov.uk/resident/social-services-and-well-being/childrens-services/how-to-report-a-childyoung-person-you-believe-is-at-risk-ofexperiencing-abuse-and-neglect/',
          date: 'undated',
        },
        {
          title: 'Merthyr Family Information Service safeguarding page',
          url: 'https://www.merthyrfis.org/cy/family-support/safeguarding/',
          date: 'undated',
        },
      ],
    },
    outOfHoursPhone: {
      value: '01443 743665',
      confidence: 'C2',
      note: 'Emergency Duty Team: Monday to Thursday 5pm to 8.30am, Friday 4.30pm to Monday 8.30am.',
      sources: [
        {
          title: 'Merthyr Tydfil “How to report a child/young person you believe is at risk”',
          url: 'https://www.merthyr.gov.uk/resident/social-services-and-well-being/childrens-services/how-to-report-a-childyoung-person-you-believe-is-at-risk-ofexperiencing-abuse-and-neglect/',
          date: 'undated',
        },
        {
          title: 'Merthyr Family Information Service safeguarding page',
          url: 'https://www.merthyrfis.org/cy/family-support/safeguarding/',
          date: 'undated',
        },
      ],
    },
    url: {
      value:
        'https://www.merthyr.gov.uk/resident/social-services-and-well-being/childrens-services/how-to-report-a-childyoung-person-you-believe-is-at-risk-ofexperiencing-abuse-and-neglect/',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {},
  },
  {
    id: 'cardiff',
    name: { en: 'Cardiff', cy: 'Caerdydd' },
    phone: {
      value: '029 2053 6490',
      confidence: 'C2',
      note: 'Children’s Services Point of Contact / MASH, Monday to Friday 8.30am to 5pm. Schools with an urgent concern: option 3.',
      sources: [
        {
          title: 'Cardiff Council Welsh page “Beth yw maethu preifat”',
          url: 'https://www.cardiff.gov.uk/CYM/preswylydd/Gwasanaethau-Cymdeithasol-a-Lles/Plant/Maethu/Maethu-preifat/Beth-yw-maethu-preifat/Pages/Beth-yw-maethu-preifat.aspx',
          date: '© 2022',
        },
        {
          title: 'Whitchurch High School Child Protection Policy',
          url: 'https://docslib.org/doc/1778889/child-protection-policy',
          date: 'reviewed Mar 2021',
        },
      ],
    },
    outOfHoursPhone: {
      value: '029 2078 8570',
      confidence: 'C2',
      note: 'Emergency duty team (“tîm argyfwng ar ddyletswydd”).',
      sources: [
        {
          title: 'Cardiff Council Welsh page “Beth yw maethu preifat”',
          url: 'https://www.cardiff.gov.uk/CYM/preswylydd/Gwasanaethau-Cymdeithasol-a-Lles/Plant/Maethu/Maethu-preifat/Beth-yw-maethu-preifat/Pages/Beth-yw-maethu-preifat.aspx',
          date: '© 2022',
        },
        {
          title: 'Whitchurch High School Child Protection Policy',
          url: 'https://docslib.org/doc/1778889/child-protection-policy',
          date: 'reviewed Mar 2021',
        },
      ],
    },
    url: {
      value: 'https://www.cardifffamilies.co.uk/report-a-concern/',
      confidence: 'C1',
      note: 'The stored copy had its number removed.',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {},
  },
  {
    id: 'vale-of-glamorgan',
    recheck:
      'The out-of-hours number rests on an old Vale page that cites the 2008 procedures (Cardiff gives the same number). Ring it before going live.',
    name: { en: 'Vale of Glamorgan', cy: 'Bro Morgannwg' },
    outOfHoursPhone: {
      value: '029 2078 8570',
      confidence: 'C1',
      note: 'The same number is current for Cardiff (2021–22).',
      sources: [
        {
          title: 'Vale of Glamorgan “Concerns about a Child”',
          url: 'https://www.valeofglamorgan.gov.uk/en/living/social_care/children_and_young_people/Child-Protection/Concerns-about-a-Child.aspx',
          date: 'old (cites the 2008 All Wales Child Protection Procedures)',
        },
      ],
    },
    missing: {
      phone: 'The reference has only an uncertain number (U: the page is old). Not filled in.',
      url: 'The reference’s page cites the 2008 procedures, so it may be out of date. Not filled in.',
    },
  },
  {
    id: 'blaenau-gwent',
    name: { en: 'Blaenau Gwent', cy: 'Blaenau Gwent' },
    outOfHoursPhone: {
      value: '0800 328 4432',
      confidence: 'C1',
      note: 'South East Wales Emergency Duty Team: Monday to Thursday 5pm to 8.30am, Friday 4.30pm to Monday 8.30am, weekends and bank holidays 24 hours.',
      sources: [SEW_EDT],
    },
    missing: { phone: NOT_FOUND, url: NO_PAGE },
  },
  {
    id: 'caerphilly',
    name: { en: 'Caerphilly', cy: 'Caerffili' },
    outOfHoursPhone: {
      value: '0800 328 4432',
      confidence: 'C2',
      note: 'South East Wales Emergency Duty Team (the same number is on the Newport and Torfaen pages).',
      sources: [SEW_EDT],
    },
    url: {
      value:
        'https://www.caerphilly.gov.uk/Services/Children-and-families/Keeping-children-safe/Report-a-child-at-risk',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'undated' }],
    },
    missing: {
      phone: 'The reference names the Contact and Referral Team, but its number was removed from the stored copy.',
    },
  },
  {
    id: 'monmouthshire',
    name: { en: 'Monmouthshire', cy: 'Sir Fynwy' },
    outOfHoursPhone: {
      value: '0800 328 4432',
      confidence: 'C1',
      note: 'South East Wales Emergency Duty Team (the reference lists Monmouthshire among the councils it covers).',
      sources: [SEW_EDT],
    },
    missing: { phone: NOT_FOUND, url: NO_PAGE },
  },
  {
    id: 'newport',
    name: { en: 'Newport', cy: 'Casnewydd' },
    phone: {
      value: '01633 656656',
      confidence: 'C1',
      note: 'Social services duty officer, Monday to Friday 8.30 to 5pm.',
      sources: [
        {
          title: 'Newport “Child protection”',
          url: 'http://newport.gov.uk/en/Care-Support/Safeguarding-and-abuse/Child-protection.aspx',
          date: '2022 or later',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0800 328 4432',
      confidence: 'C2',
      note: 'South East Wales Emergency Duty Team (“emergency contact team”).',
      sources: [
        {
          title: 'Newport “Child protection”',
          url: 'http://newport.gov.uk/en/Care-Support/Safeguarding-and-abuse/Child-protection.aspx',
          date: '2022 or later',
        },
        SEW_EDT,
      ],
    },
    missing: {
      url: 'The reference gives the page only as an http: address; the widget needs https:. Check the page and enter its https: address.',
    },
  },
  {
    id: 'torfaen',
    name: { en: 'Torfaen', cy: 'Torfaen' },
    phone: {
      value: '01495 762200',
      confidence: 'C1',
      note: 'Say it is a “Child Protection referral”: this is also the council’s general number.',
      sources: [
        {
          title: 'Torfaen “Child Protection”',
          url: 'https://www.torfaen.gov.uk/en/HealthSocialCare/Keeping-Children-and-Adults-Safe/Child-Protection/Child-Protection.aspx',
          date: 'last modified 06/06/2024',
        },
      ],
    },
    outOfHoursPhone: {
      value: '0800 328 4432',
      confidence: 'C2',
      note: 'South East Wales Emergency Duty Team.',
      sources: [
        {
          title: 'Torfaen “Child Protection”',
          url: 'https://www.torfaen.gov.uk/en/HealthSocialCare/Keeping-Children-and-Adults-Safe/Child-Protection/Child-Protection.aspx',
          date: 'last modified 06/06/2024',
        },
        SEW_EDT,
      ],
    },
    url: {
      value:
        'https://www.torfaen.gov.uk/en/HealthSocialCare/Keeping-Children-and-Adults-Safe/Child-Protection/Child-Protection.aspx',
      confidence: 'C1',
      sources: [{ title: 'the page itself', date: 'last modified 06/06/2024' }],
    },
    missing: {},
  },
];
