/**
 * The partner configurations the browser tests use, in one place: raw JSON as a partner
 * writes it (the widget parses it), built from the same few parts so that a test says
 * which partner it is ("a board serving two councils") rather than copying the JSON.
 *
 * The council numbers are Swansea's out-of-hours line and Neath Port Talbot's office line as
 * ../shared/reference/councils.md gives them (the board's officer borrows the latter).
 */

/** Swansea's children's services, known only by its out-of-hours line. */
export const SWANSEA = {
  id: 'swansea',
  name: { en: 'Swansea', cy: 'Abertawe' },
  childrensServices: { outOfHoursPhone: '01792 775501' },
};

/** Neath Port Talbot's children's services, by its office number. */
export const NPT = {
  id: 'npt',
  name: { en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' },
  childrensServices: { phone: '01639 686802' },
};

/**
 * Neath Port Talbot with its office hours (councils.md: Monday to Thursday 8:30am to 5pm,
 * Friday 8:30am to 4:30pm), so its card shows an opening status.
 */
export const NPT_WITH_HOURS = {
  ...NPT,
  childrensServices: {
    ...NPT.childrensServices,
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '08:30', closes: '17:00' },
      { days: ['fri'], opens: '08:30', closes: '16:30' },
    ],
  },
};

/** The West Glamorgan board's name in both languages. */
const WGSB_NAME = { en: 'West Glamorgan Safeguarding Board', cy: 'Bwrdd Diogelu Gorllewin Morgannwg' };

/**
 * A board serving two councils, areas only (no agency): the journey asks the area question,
 * and practitioners get the generic Safeguarding Officer card.
 */
export const TWO_AREAS = { areas: [SWANSEA, NPT] };

/** A board serving two councils, with its business unit as the practitioners' contact. */
export const BOARD = {
  agency: {
    name: WGSB_NAME,
    safeguardingOfficer: { name: 'Board Business Unit', phone: '01639 686802', email: 'safeguarding@board.example' },
  },
  areas: [SWANSEA, NPT],
};

/**
 * The same board written fully in both languages (the officer's title in Welsh too), with
 * office hours and a resource: every text it adds has its Welsh, for the Welsh-only checks.
 */
export const BILINGUAL_BOARD = {
  agency: {
    name: WGSB_NAME,
    safeguardingOfficer: { name: { en: 'Safeguarding Officer', cy: 'Swyddog Diogelu' }, phone: '01639 686802' },
  },
  areas: [SWANSEA, NPT_WITH_HOURS],
  resources: [
    { title: { en: 'Our leaflet', cy: 'Ein taflen' }, url: 'https://partner.example/leaflet', audience: 'all' },
  ],
};

/** `config` with only its last area: one area, so the journey asks no area question. */
export const withOneArea = <C extends { areas: readonly unknown[] }>(config: C): C => ({
  ...config,
  areas: config.areas.slice(-1),
});

/** A school: a name in English only and its Designated Safeguarding Lead, no areas. */
export const SCHOOL = {
  agency: { name: 'Ysgol Example', safeguardingOfficer: { name: 'Attribute Officer', phone: '01639 686802' } },
};

/** `count` made-up areas ("Area 0" …), each with a working number: more than six gives a drop-down list. */
export const manyAreas = (count: number) => ({
  areas: Array.from({ length: count }, (_, i) => ({
    id: `area-${i}`,
    name: { en: `Area ${i}`, cy: `Ardal ${i}` },
    childrensServices: { phone: '01639 686802' },
  })),
});
