/**
 * The widget's markup as the tests name it: `SELECTORS`, where each part of a step is in the
 * shadow root (the one place tests name class names and ids), and the small readers built on it
 * (`textOf`, `linksIn`, `answerId`). `HelpFinderHarness` (help-finder-harness.ts) reads the
 * widget through these; when the markup changes, change them here, not the tests.
 */

/** Any rendered help-finder element (the source element or the built one in an iframe). */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Where each part of the widget is in its shadow root: the one place tests name the markup. */
export const SELECTORS = {
  // The frame around every step.
  widget: '.widget',
  emergency: '.emergency',
  emergencyCall: '.emergency a[href="tel:999"]',
  languages: 'button.language',
  language: (locale: string) => `button.language[lang="${locale}"]`,
  toolbar: '.toolbar',
  stayingSafe: '.staying-safe',
  stayingSafeSummary: '.staying-safe summary',
  back: 'button.back',
  startAgain: 'button.restart',
  /** Every element a screen reader reads out as it changes. */
  liveRegions: '[role="status"], [aria-live]',
  // A step: a question or an outcome.
  step: '.step',
  heading: '#step-heading',
  // A question.
  questionLegend: 'fieldset legend',
  radios: 'input[type="radio"]',
  list: 'select',
  listOptions: 'select option',
  listLabel: 'label[for="answer-list"]',
  answer: (id: string) => `#answer-${id}`,
  answerLabel: (id: string) => `label[for="answer-${id}"]`,
  answerHint: (id: string) => `#answer-${id}-hint`,
  continue: 'button.continue',
  errorSummary: '.error-summary',
  errorLink: '.error-link',
  // An outcome.
  outcome: '.outcome',
  caption: '.caption',
  intro: '.intro',
  stepList: '.step-list',
  steps: '.step-list li',
  whatHappens: '.what-happens',
  card: '.service',
  primary: '.service--primary',
  /** A card's own opening status (not one of its contacts'), from the card. */
  cardStatus: ':scope > .status',
  openInstead: '.open-instead',
  also: '.also',
  /** The cards under "Also" shown at once (not those behind "More places to get help"). */
  alsoShown: '.also > .cards > li',
  more: 'details.more',
  contactLink: 'a.contact-link',
  relay: '.contact--relay',
  relayNumber: '.contact--relay .number',
  link: 'a[href]',
  // The quick exit.
  exitButton: '.exit-button',
  exitDots: '.exit-dots',
  /** The Shift shortcut's progress: one dot per press needed, `exitDotOn` for each press counted. */
  exitDot: '.exit-dots .dot',
  exitDotOn: '.exit-dots .dot--on',
  shortcutStatus: '.shortcut-status',
  exitCover: 'dialog.exit-cover',
  exitCoverAlert: '.exit-cover [role="alert"]',
  exitCoverExit: '.exit-cover .exit-button',
  exitCoverBack: '.exit-cover .back',
  // Launcher mode.
  launcher: '.launcher',
  dialog: 'dialog.dialog',
  closeDialog: '.close-dialog',
} as const;

/** A link as a visitor and a screen reader meet it. */
export interface Link {
  href: string | null;
  /** The accessible name: its aria-label, else its text. */
  name: string;
  /** Its aria-label, or null when it has none. */
  label: string | null;
  /** The words it shows. */
  text: string;
}

/** Text as read: runs of white space as one space, trimmed. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The contact links (Call, Text, Email, website) under `root`, in page order. */
export const linksIn = (root: ParentNode): Link[] =>
  [...root.querySelectorAll<HTMLAnchorElement>(SELECTORS.contactLink)].map((a) => ({
    href: a.getAttribute('href'),
    name: a.getAttribute('aria-label') ?? textOf(a),
    label: a.getAttribute('aria-label'),
    text: textOf(a),
  }));

/**
 * The answer a radio or a list entry stands for, from its id (`answer-<id>`): its value is only
 * its place in the list, so that a session-replay recorder's input events do not name it.
 */
export const answerId = (control: Element): string => control.id.replace(/^answer-/, '');
