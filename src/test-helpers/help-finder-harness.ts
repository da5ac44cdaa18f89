/**
 * `HelpFinderHarness`: one widget as a visitor meets it. Its methods read the step (`heading()`,
 * `answers()`, `steps()`, `cards()`, `links()` …) and act as a visitor does (`choose()`,
 * `back()`, `startAgain()`, `openLauncher()`, `exit()` …), through `SELECTORS` (selectors.ts).
 * Make one with `mount`, `mountIn` or `widgetOn` (mount.ts), or `new HelpFinderHarness(element)`.
 */
import { answerId, type Link, linksIn, SELECTORS, textOf, type Widget } from './selectors.js';

/**
 * A widget as a visitor meets it: what it reads and what it does, in the words of the step
 * (after Material Web's `Harness`), never the markup.
 */
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
