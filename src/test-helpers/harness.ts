/**
 * A test harness for <help-finder>, in the pattern of Material Web's `testing/harness.ts`
 * (`class ButtonHarness extends Harness<Button>`, whose `getInteractiveElement()` alone knows
 * the inner `.md3-button`; tests call `new ButtonHarness(el).clickWithMouse()`). Tests say what
 * a visitor does and reads (`choose('child-abused')`, `heading()`, `steps()`); the class names
 * and ids of a step's parts are written once, in `SELECTORS`. When that markup changes, change
 * `SELECTORS` and the methods here, not the tests.
 *
 * It reads only the rendered DOM, so it works on the source element and on the built file
 * (`dist/help-finder.js`, in `bundle.test.ts`) alike: it imports no part of the element. Its
 * walks plan their routes with the journey machine (`flow/`, plain data and functions).
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { journey } from '../flow/journey.js';
import { answer, answerIds, currentStep, type JourneyState, start, type Step } from '../flow/journey-machine.js';
import type { FrameWindow } from './frame.js';
import { widgetIn } from './frame.js';

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

/** Where a walk is: the answers given, "(start)" for none. */
export const where = (answers: readonly string[]): string => answers.join(' > ') || '(start)';

export class HelpFinderHarness<E extends Widget = Widget> {
  constructor(readonly element: E) {}

  /** The widget's shadow root. */
  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The first element in the widget matching `selector`, or null (also before the widget has drawn). */
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  /** Every element in the widget matching `selector` (none before the widget has drawn). */
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...(this.element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
  }

  /** Wait for the widget to draw what changed. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
  }

  // ---- Reading the step ----

  /** The text of the current step's heading (the question or the outcome title). */
  heading(): string | undefined {
    return this.$(SELECTORS.heading)?.textContent?.trim();
  }

  /** Whether the step is an outcome (the advice page) rather than a question. */
  isOutcome(): boolean {
    return this.$(SELECTORS.outcome) !== null;
  }

  /** The ids of the answers offered now: the radios, or the entries of the drop-down list. */
  answers(): string[] {
    const options = this.$$<HTMLOptionElement>(SELECTORS.listOptions).map(answerId).filter(Boolean);
    return [...this.radios(), ...options];
  }

  /** The ids of the radios offered now (no drop-down entries). */
  radios(): string[] {
    return this.$$<HTMLInputElement>(SELECTORS.radios).map(answerId);
  }

  /** The answers that look chosen (ticked radios). */
  ticked(): string[] {
    return this.$$<HTMLInputElement>(SELECTORS.radios)
      .filter((r) => r.checked)
      .map(answerId);
  }

  /** The text of an answer's label. */
  answerLabel(answerId: string): string {
    return textOf(this.$(SELECTORS.answerLabel(answerId)));
  }

  /** The outcome's numbered first things to do, as read. */
  steps(): string[] {
    return this.$$(SELECTORS.steps).map(textOf);
  }

  /** The recommended (first) service card. */
  primary(): HTMLElement | null {
    return this.$(SELECTORS.primary);
  }

  /** Every service card on the outcome, recommended first. */
  cards(): HTMLElement[] {
    return this.$$(SELECTORS.card);
  }

  /** The "open now instead" block shown when the recommended line is usually closed. */
  openInstead(): HTMLElement | null {
    return this.$(SELECTORS.openInstead);
  }

  /**
   * The contact links (Call, Text, Email, website) under `within`: by default the whole widget;
   * none when `within` is null (a part the step does not have, such as `primary()` on a question).
   */
  links(within: ParentNode | null = this.root): Link[] {
    return within ? linksIn(within) : [];
  }

  /** The hrefs of the contact links under `within` (as for `links`). */
  hrefs(within: ParentNode | null = this.root): Array<string | null> {
    return this.links(within).map((l) => l.href);
  }

  /** The href of every link under `within` (as for `links`): contact links, 999, resources, status checks. */
  everyHref(within: ParentNode | null = this.root): Array<string | null> {
    return within ? [...within.querySelectorAll(SELECTORS.link)].map((a) => a.getAttribute('href')) : [];
  }

  /** The first service card whose text contains `name`. */
  card(name: string): HTMLElement | undefined {
    return this.cards().find((card) => card.textContent!.includes(name));
  }

  /** A card's own opening status ("Open now. Closes today at 5pm."), as read. */
  cardStatus(card: Element | undefined): string | undefined {
    const status = card?.querySelector(SELECTORS.cardStatus);
    return status ? textOf(status) : undefined;
  }

  /** The element in the widget that has focus, or null. */
  focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** What the quick exit's status says after presses of Shift ("" when none). */
  shortcutStatus(): string {
    return textOf(this.$(SELECTORS.shortcutStatus));
  }

  /** Launcher mode: the button on the page that opens the finder. */
  launcher(): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(SELECTORS.launcher);
  }

  /** Launcher mode: the dialog the finder opens in. */
  dialog(): HTMLDialogElement | null {
    return this.$<HTMLDialogElement>(SELECTORS.dialog);
  }

  /** The text of the whole widget, as read. */
  text(): string {
    return textOf(this.root);
  }

  // ---- Acting as a visitor ----

  /** Tick an answer (a radio, or an entry in the drop-down list) without pressing Continue. */
  async pick(answerId: string): Promise<void> {
    const control = this.$(SELECTORS.answer(answerId));
    if (!control) throw new Error(`[harness] "${this.heading()}" offers no answer "${answerId}"`);
    if (control.localName === 'option') {
      (control as HTMLOptionElement).selected = true;
      control.closest(SELECTORS.list)!.dispatchEvent(new Event('change'));
    } else {
      control.click();
    }
    await this.settle();
  }

  /** Press Continue. */
  async continue(): Promise<void> {
    this.button(SELECTORS.continue).click();
    await this.settle();
  }

  /** Choose an answer (a radio, or an entry in the area list) and press Continue. */
  async choose(answerId: string): Promise<void> {
    await this.pick(answerId);
    await this.continue();
  }

  /** Give each answer in turn. */
  async answer(answerIds: readonly string[]): Promise<void> {
    for (const id of answerIds) await this.choose(id);
  }

  /** Press Back. */
  async back(): Promise<void> {
    this.button(SELECTORS.back).click();
    await this.settle();
  }

  /** Press Start again. */
  async startAgain(): Promise<void> {
    this.button(SELECTORS.startAgain).click();
    await this.settle();
  }

  /** Launcher mode: press the launcher, opening the dialog. */
  async openLauncher(): Promise<void> {
    this.button(SELECTORS.launcher).click();
    await this.settle();
  }

  /** Launcher mode: press the dialog's Close button. */
  async closeDialog(): Promise<void> {
    this.button(SELECTORS.closeDialog).click();
    await this.settle();
  }

  /** Press the quick exit's "Exit this page" (it leaves at once: only on a page that may leave). */
  exit(): void {
    this.button(SELECTORS.exitButton).click();
  }

  /** Press the language switch's button for `locale`. */
  async setLanguage(locale: 'en' | 'cy'): Promise<void> {
    this.button(SELECTORS.language(locale)).click();
    await this.settle();
  }

  private button(selector: string): HTMLButtonElement {
    const button = this.$<HTMLButtonElement>(selector);
    if (!button) throw new Error(`[harness] no ${selector} on "${this.heading()}"`);
    return button;
  }
}

// ---- Making widgets ----

/** Attributes for a new widget (`lang`, `theme`, `heading-level`, `config` as JSON text …). */
export type Attributes = Record<string, string | undefined>;

/**
 * Put a widget on the test page (an @open-wc fixture, removed after the test) with this
 * configuration (set as the `config` property; none if undefined) and these attributes.
 */
export async function mount<E extends Widget = Widget>(
  config?: unknown,
  attributes: Attributes = {},
): Promise<HelpFinderHarness<E>> {
  const el = document.createElement('help-finder') as unknown as E & { config?: unknown };
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  if (config !== undefined) el.config = config;
  const placed = await fixture<E>(el);
  await placed.updateComplete;
  return new HelpFinderHarness(placed);
}

/** Put a new widget on a framed page (replacing any other there): `phoneFrame` in frame.ts. */
export async function mountIn(
  win: FrameWindow,
  config?: unknown,
  attributes: Record<string, string> = {},
): Promise<HelpFinderHarness> {
  return new HelpFinderHarness(await widgetIn(win, attributes, config));
}

/**
 * The widget on another page (a frame's document, a popup's), once it has drawn `part` (by
 * default its first step). `page` is read again on each try, so it may name a page still loading
 * or between two addresses (an error reading it counts as "not yet").
 */
export async function widgetOn(
  page: () => ParentNode | null | undefined,
  part: string = SELECTORS.widget,
  message = 'the widget did not render',
  timeout = 10000,
): Promise<HelpFinderHarness> {
  let found = null as Widget | null;
  await waitUntil(
    () => {
      try {
        found = page()?.querySelector<Widget>('help-finder') ?? null;
      } catch {
        return false;
      }
      return found?.shadowRoot?.querySelector(part) != null;
    },
    message,
    { timeout },
  );
  return new HelpFinderHarness(found!);
}

// ---- Walking the journey ----

/** Makes the widget a walk uses, at the first question. */
export type Make<E extends Widget = Widget> = () => Promise<HelpFinderHarness<E>>;

/** What a walk visits: the widget showing the step reached by `answers` (it must leave it there). */
export type Visit<E extends Widget = Widget> = (harness: HelpFinderHarness<E>, answers: string[]) => Promise<void>;

/**
 * How to walk: the partner configuration (its areas decide the area question), and the widget,
 * from `make` or else mounted with `config` and `attributes`. One widget serves the whole walk.
 */
export interface WalkOptions<E extends Widget = Widget> {
  config?: unknown;
  attributes?: Attributes;
  make?: Make<E>;
}

/** A step of the journey as the machine knows it, and the answers a walk gives to reach it. */
interface Route {
  answers: string[];
  step: Step;
}

/** Which steps a walk treats as the same: one visit each. */
type StepKey = (step: Step) => string;

/**
 * The journey machine's steps for these areas, one route to each (the first that reaches it,
 * going through every route the machine allows, depth first: so the next route mostly adds one
 * answer to the last). `key` says which steps count as the same.
 */
function routes(areaIds: readonly string[], key: StepKey): Route[] {
  const context = { areaIds };
  const found = new Map<string, Route>();
  const walk = (state: JourneyState, answers: string[]): void => {
    const step = currentStep(journey, state, context);
    if (!found.has(key(step))) found.set(key(step), { answers, step });
    if (step.kind === 'question') {
      for (const id of answerIds(journey, step.question, context)) {
        walk(answer(journey, state, context, id), [...answers, id]);
      }
    }
  };
  walk(start(), []);
  return [...found.values()];
}

/** The partner's area ids, from a configuration as a partner writes it. */
const areaIdsOf = (config: unknown): string[] =>
  ((config as { areas?: Array<{ id: string }> } | undefined)?.areas ?? []).map((a) => a.id);

/**
 * Walk `routes` on one widget: from one step to the next by answering on when the next route
 * carries on from where the widget is, else by Start again and the route's answers. At each step,
 * checks that the widget shows what the machine says (a question offering the machine's answers,
 * or an outcome) before `visit`, and that `visit` left it there.
 */
async function walkRoutes<E extends Widget>(options: WalkOptions<E>, key: StepKey, visit: Visit<E>): Promise<void> {
  const areaIds = areaIdsOf(options.config);
  const harness = await (options.make ?? (() => mount<E>(options.config, options.attributes)))();
  let at: string[] = [];
  for (const route of routes(areaIds, key)) {
    const carriesOn = at.every((id, i) => route.answers[i] === id);
    if (!carriesOn) await harness.startAgain();
    await harness.answer(route.answers.slice(carriesOn ? at.length : 0));
    at = route.answers;
    const place = where(at);
    const heading = harness.heading();
    if (route.step.kind === 'outcome') {
      if (!harness.isOutcome())
        throw new Error(`[harness] ${place}: "${heading}" is not the outcome ${route.step.outcome}`);
    } else {
      const offered = harness.answers();
      const expected = answerIds(journey, route.step.question, { areaIds });
      if (harness.isOutcome() || offered.join() !== expected.join()) {
        throw new Error(`[harness] ${place}: "${heading}" offers ${offered.join(', ')}, not ${expected.join(', ')}`);
      }
    }
    await visit(harness, [...at]);
    if (harness.heading() !== heading) throw new Error(`[harness] ${place}: the visit left "${heading}"`);
  }
}

/**
 * Every distinct step: each state of the journey machine that draws differently (each question,
 * the area question for each outcome it leads to, each outcome with each area answer), once, on
 * one widget. What a step draws depends only on the machine's step (\`stepModel\` reads
 * \`currentStep\`), so this sees all that every route to it would. Returns the headings seen.
 */
export async function everyState<E extends Widget = Widget>(
  options: WalkOptions<E>,
  visit: Visit<E>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  await walkRoutes(
    options,
    (step) => JSON.stringify(step),
    async (harness, answers) => {
      seen.add(harness.heading()!);
      await visit(harness, answers);
    },
  );
  return seen;
}

/**
 * Every step once: each question, the area question once per wording (its public and its
 * practitioners' one), and each outcome (with the first area answer that reaches it), on one
 * widget. Returns the headings seen: one per visit unless two steps share a heading.
 */
export async function everyStep<E extends Widget = Widget>(
  options: WalkOptions<E>,
  visit: Visit<E>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const key: StepKey = (step) =>
    step.kind === 'outcome'
      ? `outcome ${step.outcome}`
      : `question ${step.question} ${step.leadsTo ? journey.outcomes[step.leadsTo].audience : ''}`;
  await walkRoutes(options, key, async (harness, answers) => {
    seen.add(harness.heading()!);
    await visit(harness, answers);
  });
  return seen;
}
