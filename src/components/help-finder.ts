import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_CONFIG, type PartnerConfig } from '../config/partner-config.js';
import { loadConfig } from '../config/load-config.js';
import { type ConfigProblem, type ParsedConfig, parseConfig, parseConfigJson } from '../config/parse-config.js';
import { problemLine } from '../config/problem-line.js';
import { journey } from '../flow/journey.js';
import {
  answer,
  back,
  currentStep,
  type JourneyContext,
  type JourneyState,
  restart,
  start,
  type Step,
} from '../flow/journey-machine.js';
import { hostLocale } from '../i18n/host-language.js';
import type { Locale } from '../i18n/locale.js';
import { currentLocale, useLocale } from '../i18n/localization.js';
import { outcomeServices } from '../present/outcome-services.js';
import { closedNotice } from '../services/open-now.js';
import { nationalServices } from '../services/national-services.js';
import { pickText } from '../i18n/text.js';
import { subscribeExitShortcut } from '../safety/exit-shortcut.js';
import { leavePage } from '../safety/leave-page.js';
import { headingLevel } from './heading.js';
import { languageSwitch, languageSwitchStyles } from './language-switch.js';
import { ClockController } from './clock-controller.js';
import { closeDialogButton, launcher, launcherStyles } from './launcher.js';
import { exitCover, quickExitButton, quickExitStyles, shortcutStatus } from './quick-exit.js';
import { stayingSafe, stayingSafeStyles } from './staying-safe.js';
import { outcomeStyles, outcomeView } from './outcome-view.js';
import { type QuestionModel, questionStyles, questionView } from './question-view.js';
import { serviceCardStyles } from './service-card.js';
import { themeContrastWarnings } from './theme-check.js';
import { baseStyles } from './styles.js';
import { nextTask, whenIdle } from './scheduling.js';

/** How long the exit cover waits for the browser to leave before offering the exit again. */
const EXIT_STALLED_MS = 4000;

/**
 * Attributes session-replay tools document for leaving an element and its content out of
 * recordings: Hotjar, Microsoft Clarity, LogRocket, Datadog (classes: FullStory, PostHog, Sentry).
 */
const REPLAY_EXCLUSION = [
  ['data-hj-suppress', ''],
  ['data-clarity-mask', 'true'],
  ['data-private', ''],
  ['data-dd-privacy', 'hidden'],
] as const;

/** More areas than this are offered as a drop-down list rather than radios. */
const MAX_AREA_RADIOS = 6;

/** An optional `hint` text of the journey's own (never one inherited from a polluted prototype). */
function ownHint(item: { hint?: () => string }): string | undefined {
  return Object.prototype.hasOwnProperty.call(item, 'hint') ? item.hint?.() : undefined;
}

/** Log configuration problems to the console, one line each, naming the field. */
function reportProblems(problems: readonly ConfigProblem[]): void {
  for (const problem of problems) {
    const line = problemLine(problem);
    if (problem.severity === 'error') console.error(line);
    else console.warn(line);
  }
}

/**
 * `<help-finder>`: guides a worried adult, one plain question at a time, to the
 * help that fits a concern about child sexual abuse or exploitation.
 *
 * Configure it with the `config` property (an object or JSON text), the
 * `config` attribute (JSON text), `config-src`, or a child
 * `<script type="application/json">`. Anything else placed inside it (for
 * example the helpline number and 999) shows until the widget has loaded.
 *
 * @tagname help-finder
 *
 * @fires help-finder-start - The visitor gave a first answer. `detail: {}`.
 * @fires help-finder-step - A question is shown after a change of step. `detail: {}`; with `"detailedEvents": true`, `{ step }`, the question id.
 * @fires help-finder-outcome - An outcome is shown. `detail: {}`; with `"detailedEvents": true`, `{ outcome }`, the outcome id.
 * @fires help-finder-contact - The visitor used a contact link. `detail: { method }`; with `"detailedEvents": true`, `{ service, method }`.
 * @fires help-finder-exit - The visitor used the quick exit (button or Shift shortcut). `detail: {}`.
 * @fires help-finder-open - The launcher's dialog was opened. `detail: {}`.
 *
 * @csspart container - The widget's landmark region.
 * @csspart emergency - The "If a child is in immediate danger, call 999" line on every step.
 * @csspart question - The question form.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart continue - The Continue button.
 * @csspart outcome - An outcome page.
 * @csspart service - Every service card.
 * @csspart recommended - The recommended service card (also has part `service`).
 * @csspart navigation - The Back and Start again controls.
 * @csspart language-switch - The English / Cymraeg switch.
 * @csspart toolbar - The bar holding the language switch and the quick exit.
 * @csspart exit - The "Exit this page" button.
 * @csspart staying-safe - The "Staying safe online" note.
 * @csspart launcher - The floating "Worried about a child?" button (launcher mode).
 * @csspart dialog - The dialog the launcher opens.
 *
 * @cssprop --help-finder-accent - Accent colour of buttons, links and the recommended card (default #1d5a96).
 * @cssprop --help-finder-accent-text - Text on the accent colour (default #ffffff).
 * @cssprop --help-finder-text - Body text colour (default #1b1b1b).
 * @cssprop --help-finder-muted - Secondary text colour (default #4b5257).
 * @cssprop --help-finder-surface - Background of the widget and cards (default #ffffff).
 * @cssprop --help-finder-soft - Background of the emergency line (default #f3f5f7).
 * @cssprop --help-finder-border - Card and field borders (default #6f777b).
 * @cssprop --help-finder-focus - Focus highlight colour (default #ffdd00).
 * @cssprop --help-finder-focus-text - Text and outline on the focus highlight (default #0b0c0c).
 * @cssprop --help-finder-danger - Emergency line, exit button and error colour (default #a4231a).
 * @cssprop --help-finder-danger-text - Text on the exit button (default #ffffff).
 * @cssprop --help-finder-radius - Corner radius (default 8px).
 * @cssprop --help-finder-font-family - Font (default the system UI font).
 * @cssprop --help-finder-font-size - Base text size (default 18px; never below 16px advised).
 */
export class HelpFinder extends LitElement {
  // Declared without decorators: the decorator helpers would add about 0.7 KB to the bundle.
  static override properties = {
    config: {},
    lang: {},
    launcher: { type: Boolean, reflect: true },
    configSrc: { attribute: 'config-src' },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', converter: (v: string | null) => headingLevel(v) },
    journeyState: { state: true },
    selected: { state: true },
    showError: { state: true },
    partnerConfig: { state: true },
    chosenLocale: { state: true },
    exiting: { state: true },
    exitStalled: { state: true },
    shiftPresses: { state: true },
    shortcutMessage: { state: true },
    launcherMoved: { state: true },
    dialogUsed: { state: true },
  };

  static override styles = [
    baseStyles,
    questionStyles,
    outcomeStyles,
    serviceCardStyles,
    languageSwitchStyles,
    quickExitStyles,
    stayingSafeStyles,
    launcherStyles,
    css`
      .widget {
        display: grid;
        align-content: start;
        /* Fills the space a host page reserves (min-height on <help-finder>) so it never jumps. */
        min-height: inherit;
        box-sizing: border-box;
        gap: 24px;
        padding: var(--_space);
        background: var(--_surface);
        max-width: 720px;
      }
      .emergency {
        padding: 12px var(--_space);
        border-inline-start: 6px solid var(--_danger);
        background: var(--_soft);
        font-weight: 600;
      }
      .emergency a {
        display: inline-block;
        padding: 6px 2px;
        color: var(--_danger);
        white-space: nowrap;
      }
      @media (max-width: 480px) {
        .widget {
          --_space: 12px;
          gap: 16px;
        }
        .emergency {
          padding-block: 6px;
        }
        .emergency a {
          padding-block: 2px;
        }
      }
      /*
       * Nothing focused may hide under the sticky toolbar (WCAG 2.2 SC 2.4.11). Its height is
       * measured (--_toolbar-height): it wraps to two rows on a phone, longer in Welsh.
       */
      .widget * {
        scroll-margin-top: calc(var(--_toolbar-height, 72px) + 16px);
      }
      .toolbar {
        position: sticky;
        top: 0;
        z-index: 1;
        background: var(--_surface);
        padding-block: 8px;
        display: flex;
        flex-wrap: wrap;
        /* Language switch on the left; Close (launcher) and the exit on the right, the exit wrapping under them on a phone. */
        justify-content: flex-end;
        align-items: center;
        gap: 8px 16px;
      }
      .language-switch {
        margin-inline-end: auto;
      }
      .journey-nav {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
        border-top: 1px solid var(--_border);
        padding-top: 12px;
      }
    `,
  ];

  /**
   * The partner configuration (agency, Safeguarding Officer, areas, resources), as an
   * object or as JSON text (the `config` attribute is JSON text). See the README for the schema.
   */
  config?: unknown;

  /** `en` or `cy`. Defaults to the nearest `lang` up the tree, then `<html lang>`, then English. */
  override lang = '';

  /** Show a floating "Worried about a child?" button that opens the finder in a dialog. */
  launcher = false;

  /** A same-origin URL to load the configuration from (one request), instead of `config`. */
  configSrc?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** The level of the widget's top headings (2 to 6), to fit the host page's outline. */
  headingLevel = 2;

  private journeyState: JourneyState = start();
  private selected?: string;
  private showError = false;
  private partnerConfig: PartnerConfig = DEFAULT_CONFIG;
  /** A `config-src` file that arrived after the visitor started: used when they start again. */
  private pendingConfig?: PartnerConfig;
  /** The language the visitor chose with the switch; it wins over the page's. */
  private chosenLocale?: Locale;
  private toolbarObserver?: ResizeObserver;
  private langObserver?: MutationObserver;
  /** The quick exit is under way: everything is hidden. */
  private exiting = false;
  /** The quick exit has not left after a while (a dismissed "Leave site?" prompt): offer it again. */
  private exitStalled = false;
  private exitTimer?: ReturnType<typeof setTimeout>;
  /** Shift presses counted towards the exit shortcut. */
  private shiftPresses = 0;
  /** The shortcut's status message ("Shift, press 2 more times to exit this page."). */
  private shortcutMessage = '';
  private unsubscribeShortcut?: () => void;
  /** The launcher moved to the other corner so as not to cover the page's focused element. */
  private launcherMoved = false;
  /** The launcher's dialog has been opened at least once (its journey is rendered from then on). */
  private dialogUsed = false;
  /** Settles when the language last asked for is loaded and active. */
  private localeReady: Promise<void> = Promise.resolve();

  /** Move focus to the new heading after the next render (a step change, not the first render). */
  private focusStepHeading = false;
  private focusErrorSummary = false;
  private lastReportedStep = '';
  private contrastChecked = false;
  /** The time opening hours are judged by, renewed each minute while an outcome is shown. */
  private clock = new ClockController(this);

  constructor() {
    super();
    // Re-render in the new language when it changes (what @localized() does).
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // What the visitor reads and chooses here is left out by session-replay and autocapture tools
    // that honour these documented markers (see the README's Privacy section).
    for (const [name, value] of REPLAY_EXCLUSION) if (!this.hasAttribute(name)) this.setAttribute(name, value);
    this.classList.add('fs-exclude', 'ph-no-capture', 'sentry-block');
    this.applyLocale();
    if (this.config === undefined) this.readInlineConfig();
    // Some sites switch language without reloading: follow any change of `lang` above us.
    this.langObserver = new MutationObserver(() => this.applyLocale());
    this.langObserver.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    window.addEventListener('pageshow', this.onPageShow);
    this.ownerDocument.addEventListener('focusin', this.onPageFocus);
    this.updateShortcut();
    if (this.hasUpdated) this.observeToolbar();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = undefined;
    window.removeEventListener('pageshow', this.onPageShow);
    this.ownerDocument.removeEventListener('focusin', this.onPageFocus);
    this.unsubscribeShortcut?.();
    this.unsubscribeShortcut = undefined;
    this.toolbarObserver?.disconnect();
    this.toolbarObserver = undefined;
  }

  /** Keep `--_toolbar-height` (used to scroll focused elements clear of the toolbar) up to date. */
  private observeToolbar(): void {
    const toolbar = this.renderRoot?.querySelector<HTMLElement>('.toolbar');
    if (!toolbar || this.toolbarObserver || typeof ResizeObserver !== 'function') return;
    this.toolbarObserver = new ResizeObserver(() => {
      this.style.setProperty('--_toolbar-height', `${Math.ceil(toolbar.getBoundingClientRect().height)}px`);
    });
    this.toolbarObserver.observe(toolbar);
  }

  /**
   * Back from the back/forward cache (the visitor came back through history):
   * show the first question, never the outcome they had reached.
   */
  private onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.exiting = false;
    this.exitStalled = false;
    clearTimeout(this.exitTimer);
    this.journeyState = restart();
    this.selected = undefined;
    this.showError = false;
  };

  /**
   * The floating launcher must never cover the element that has focus on the
   * page (WCAG 2.2 SC 2.4.11): if it would, it moves to the other corner.
   */
  private onPageFocus = (event: FocusEvent): void => {
    if (!this.launcher || event.target === this) return;
    const button = this.renderRoot.querySelector<HTMLElement>('.launcher');
    const target = event.target as Element | null;
    if (!button || !target || typeof target.getBoundingClientRect !== 'function') return;
    // Where the launcher sits in its configured corner (mirrored back if it has moved).
    const now = button.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = this.launcherMoved ? width - now.right : now.left;
    const right = this.launcherMoved ? width - now.left : now.right;
    const b = target.getBoundingClientRect();
    this.launcherMoved = left < b.right && b.left < right && now.top < b.bottom && b.top < now.bottom;
  };

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async openDialog(): Promise<void> {
    if (!this.dialogUsed) {
      // The journey is built the first time the visitor opens the launcher, not on page load.
      this.dialogUsed = true;
      await this.updateComplete;
    }
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    // Browsers return focus to what had it before showModal(): make that the launcher.
    this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus();
    dialog.showModal();
    this.emit('help-finder-open');
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  /** Listen for the Shift shortcut while connected, unless the partner turned it off. */
  private updateShortcut(): void {
    const wanted = this.isConnected && this.partnerConfig.exitShortcut;
    if (wanted && !this.unsubscribeShortcut) {
      this.unsubscribeShortcut = subscribeExitShortcut({
        progress: (count, expired) => {
          this.shiftPresses = count;
          this.shortcutMessage = shortcutStatus(count, expired, currentLocale());
        },
        exit: () => this.exit(),
      });
    } else if (!wanted && this.unsubscribeShortcut) {
      this.unsubscribeShortcut();
      this.unsubscribeShortcut = undefined;
    }
  }

  /**
   * Hide everything at once, leave (replacing this page in the history), and
   * only then tell listeners: nothing a host script does can stop the exit.
   */
  private exit(): void {
    this.exiting = true;
    this.exitStalled = false;
    try {
      leavePage(this.partnerConfig.exitUrl);
    } catch (error) {
      console.error('[help-finder] exit:', error);
    }
    this.emit('help-finder-exit');
    // Still here later (the visitor dismissed a host page's "Leave site?" prompt): offer the exit
    // again and a way back, never a cover with no way out.
    clearTimeout(this.exitTimer);
    this.exitTimer = setTimeout(() => {
      if (this.exiting) this.exitStalled = true;
    }, EXIT_STALLED_MS);
  }

  /** Put the exit cover in the top layer, over everything on the page, and keep it there. */
  private showExitCover(): void {
    const cover = this.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-cover');
    if (!cover || cover.open) return;
    try {
      cover.showModal();
      // Some browsers close a modal dialog on a second Escape whatever `cancel` says: reopen it.
      cover.addEventListener('close', () => this.exiting && this.showExitCover(), { once: true });
    } catch {
      // Not in the top layer: the cover is still fixed over the page where the host's layout allows.
    }
  }

  /** Back from a stalled exit to the widget, where the visitor was. */
  private cancelExit(): void {
    clearTimeout(this.exitTimer);
    this.exiting = false;
    this.exitStalled = false;
    this.focusStepHeading = true;
  }

  /** Read a child `<script type="application/json">` configuration. */
  private readInlineConfig(): void {
    const script = Array.from(this.children).find(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json',
    );
    if (!script) return;
    this.useConfig(parseConfigJson(script.textContent ?? ''));
  }

  /** Use a parsed configuration and report its problems once. */
  private useConfig(parsed: ParsedConfig): void {
    reportProblems(parsed.problems);
    this.partnerConfig = parsed.config;
    this.style.setProperty('--_launcher-offset', `${parsed.config.launcher.offset}px`);
  }

  private applyLocale(): void {
    const wanted = this.chosenLocale ?? hostLocale(this, this.lang);
    if (wanted !== currentLocale()) {
      this.localeReady = useLocale(wanted).catch((error: unknown) =>
        console.error('[help-finder] could not switch language:', error),
      );
    }
  }

  /** `updateComplete` also waits for a language switch to finish rendering. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localeReady;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && this.config !== undefined) {
      this.useConfig(typeof this.config === 'string' ? parseConfigJson(this.config) : parseConfig(this.config));
    }
    if (changed.has('configSrc') && this.configSrc && this.config === undefined) {
      const src = this.configSrc;
      loadConfig(src).then((parsed) => {
        if (this.configSrc !== src || this.config !== undefined) return;
        if (this.journeyState.answers.length === 0) return this.useConfig(parsed);
        // The visitor has started: a late file must not change the page (or the exit) under them.
        // Its problems are reported now; it applies when they start again.
        reportProblems(parsed.problems);
        this.pendingConfig = parsed.config;
      });
    }
    if (changed.has('lang') && this.isConnected) this.applyLocale();
    this.updateShortcut();
  }

  private get context(): JourneyContext {
    return { areaIds: this.partnerConfig.areas.map((a) => a.id) };
  }

  private get step(): Step {
    return currentStep(journey, this.journeyState, this.context);
  }

  /**
   * Tell the page; a broken `CustomEvent` or `dispatchEvent` on the host never stops the widget.
   * Every script on the page hears events, so by default they carry only a contact's method:
   * step, outcome and service ids tell what the visitor answered (`detailedEvents` opts in).
   */
  private emit(name: string, detail: Record<string, string> = {}): void {
    if (!this.partnerConfig.detailedEvents) detail = detail.method ? { method: detail.method } : {};
    try {
      this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    } catch (error) {
      console.error(`[help-finder] ${name}:`, error);
    }
  }

  private go(next: JourneyState, selected?: string): void {
    if (next === this.journeyState) return;
    if (this.journeyState.answers.length === 0 && next.answers.length > 0) this.emit('help-finder-start');
    this.journeyState = next;
    this.selected = selected;
    if (next.answers.length === 0 && this.pendingConfig) {
      this.useConfig({ config: this.pendingConfig, problems: [] });
      this.pendingConfig = undefined;
    }
    this.showError = false;
    // Screen readers read the new heading when it takes focus (with the question's fieldset).
    // No live region repeats it: with one, Orca read a question's title three times.
    this.focusStepHeading = true;
  }

  private submitAnswer(): void {
    if (!this.selected) {
      this.showError = true;
      this.focusErrorSummary = true;
      return;
    }
    this.go(answer(journey, this.journeyState, this.context, this.selected));
  }

  private goBack(): void {
    const last = this.journeyState.answers.at(-1);
    this.go(back(this.journeyState), last?.answer);
  }

  private startAgain(): void {
    this.go(restart());
  }

  private chooseLocale(locale: Locale): void {
    this.chosenLocale = locale;
    this.applyLocale();
  }

  private focusFirstOption(): void {
    this.renderRoot.querySelector<HTMLElement>('input[type="radio"], select')?.focus();
  }

  private questionModel(step: Extract<Step, { kind: 'question' }>, locale: Locale): QuestionModel {
    if (step.question === 'area') {
      const areas = this.partnerConfig.areas;
      const wording = journey.area[step.leadsTo ? journey.outcomes[step.leadsTo].audience : 'public'];
      return {
        id: 'area',
        title: wording.title(),
        hint: wording.hint(),
        errorMessage: wording.errorMessage(),
        asList: areas.length > MAX_AREA_RADIOS,
        options: [
          ...areas.map((area) => {
            const name = pickText(area.name, locale);
            return { id: area.id, label: name.text, lang: name.lang === locale ? undefined : name.lang };
          }),
          ...journey.area.otherAnswers.map((a) => ({ id: a.id, label: a.label() })),
        ],
      };
    }
    const question = journey.questions[step.question];
    return {
      id: question.id,
      title: question.title(),
      // Own hints only: a `hint` another script put on Object.prototype is not ours.
      hint: ownHint(question),
      errorMessage: question.errorMessage(),
      options: question.answers.map((a) => ({ id: a.id, label: a.label(), hint: ownHint(a) })),
    };
  }

  private renderStep(step: Step, locale: Locale): TemplateResult {
    const level = this.headingLevel;
    if (step.kind === 'question') {
      return questionView(this.questionModel(step, locale), {
        headingLevel: level,
        selected: this.selected,
        showError: this.showError,
        onSelect: (id) => {
          this.selected = id;
        },
        onSubmit: () => this.submitAnswer(),
        onErrorLinkClick: () => this.focusFirstOption(),
      });
    }
    const outcome = journey.outcomes[step.outcome];
    const now = this.clock.read();
    const services = outcomeServices(outcome, this.partnerConfig, step.areaId, locale, now);
    return outcomeView(
      {
        id: outcome.id,
        title: outcome.title(),
        intro: outcome.intro(),
        steps: outcome.steps.map((text) => text()),
        stepsTitle: outcome.stepsTitle?.(),
        whatHappens: outcome.whatHappens?.(),
        services,
        closedNotice: services.openInstead && closedNotice(services.recommended, services.openInstead),
      },
      {
        locale,
        now,
        headingLevel: level,
        onContact: (service, method) => this.emit('help-finder-contact', { service, method }),
      },
    );
  }

  protected override render(): TemplateResult {
    if (this.exiting) return exitCover(this.exitStalled, () => this.exit(), () => this.cancelExit());
    const locale = currentLocale();
    if (this.launcher && !this.dialogUsed) return this.renderLauncher(nothing, locale);
    const step = this.step;
    const started = this.journeyState.answers.length > 0;
    const content = html`<section
      class="widget root"
      part="container"
      lang=${locale}
      aria-label=${msg('Get help for a worry about a child')}
    >
      <div class="toolbar" part="toolbar">
        ${languageSwitch(locale, (l) => this.chooseLocale(l))}
        ${this.launcher ? closeDialogButton(() => this.closeDialog()) : nothing}
        ${quickExitButton(() => this.exit(), this.shiftPresses, this.partnerConfig.exitShortcut)}
      </div>
      <p class="emergency" part="emergency">
        ${msg('If a child is in immediate danger:')}
        <a href="tel:999" @click=${() => this.emit('help-finder-contact', { service: 'police-emergency', method: 'call' })}
          >${msg('call 999')}</a
        >
      </p>
      <div class="step">${this.renderStep(step, locale)}</div>
      ${started
        ? html`<div class="journey-nav" part="navigation">
            <button type="button" class="link-button back" @click=${this.goBack}>${msg('Back')}</button>
            <button type="button" class="link-button restart" @click=${this.startAgain}>${msg('Start again')}</button>
          </div>`
        : nothing}
      ${stayingSafe(nationalServices['stop-it-now'].contacts[0]!.value, nationalServices.childline.contacts[0]!.value)}
      <div class="visually-hidden shortcut-status" role="status" aria-live="polite">${this.shortcutMessage}</div>
    </section>`;
    return this.launcher ? this.renderLauncher(content, locale) : content;
  }

  private renderLauncher(content: TemplateResult | typeof nothing, locale: Locale): TemplateResult {
    const label = this.partnerConfig.launcher.label ? pickText(this.partnerConfig.launcher.label, locale) : undefined;
    return launcher(content, {
      settings: this.partnerConfig.launcher,
      label: label && { text: label.text, lang: label.lang === locale ? undefined : label.lang },
      moved: this.launcherMoved,
      onOpen: () => void this.openDialog(),
      onDialogClosed: () => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus(),
    });
  }

  /** Warn a partner whose theme makes text or focus hard to see (see theme-check.ts). */
  private checkContrast(): void {
    const root = this.renderRoot.querySelector<HTMLElement>('.widget');
    if (!this.isConnected || !root) return;
    for (const warning of themeContrastWarnings(root)) console.warn(`[help-finder] ${warning}`);
  }

  /**
   * The first render waits for a new task: evaluating the script and building
   * the first question are then two shorter tasks, not one long one that holds
   * up the host page.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    super.scheduleUpdate();
  }

  protected override updated(): void {
    if (this.exiting) {
      this.showExitCover();
      return;
    }
    this.observeToolbar();
    if (!this.contrastChecked && this.renderRoot.querySelector('.widget')) {
      this.contrastChecked = true;
      whenIdle(() => this.checkContrast());
    }
    const step = this.step;
    const stepKey = step.kind === 'question' ? `q:${step.question}` : `o:${step.outcome}`;
    if (stepKey !== this.lastReportedStep) {
      const isFirstRender = this.lastReportedStep === '';
      this.lastReportedStep = stepKey;
      if (step.kind === 'outcome') this.emit('help-finder-outcome', { outcome: step.outcome });
      else if (!isFirstRender) this.emit('help-finder-step', { step: step.question });
    }
    if (this.focusStepHeading) {
      this.focusStepHeading = false;
      // Lit compares `.checked` with what it last rendered, not with what the visitor ticked: a
      // radio ticked just before Continue (in the same task) stayed ticked on the next question.
      for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = radio.value === this.selected;
      }
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
    if (this.focusErrorSummary) {
      this.focusErrorSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.error-link')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'help-finder': HelpFinder;
  }
}
