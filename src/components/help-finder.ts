import { msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { journey } from '../flow/journey.js';
import type { HelpFinderConfig } from '../config/partner-config.js';
import type { OutcomeKind } from '../flow/journey-types.js';
import { currentLocale } from '../i18n/localization.js';
import { type StepModel, stepModel } from '../present/step-model.js';
import * as controllers from './controllers/index.js';
import { emitter } from './events.js';
import { adoptElementStyles, mayDraw, removeFallback, renderRootWithFallback } from './first-render.js';
import { emergencyLine, journeyNav, stepView } from './frame-view.js';
import { type HeadingLevel, headingLevel } from './heading.js';
import { languageSwitch } from './language-switch.js';
import { closeDialogButton } from './launcher.js';
import { syncRadios } from './question-view.js';
import { quickExitButton } from './quick-exit.js';
import { afterHostPainted } from './scheduling.js';
import { stayingSafe } from './staying-safe.js';
import { widgetStyles } from './widget-styles.js';

/**
 * `<help-finder>`: guides a worried adult, one plain question at a time, to the help that fits a
 * concern about child sexual abuse or exploitation.
 *
 * Configure it with the `config` property (an object or JSON text), the `config` attribute (JSON
 * text), `config-src`, or a child `<script type="application/json">`.
 *
 * @tagname help-finder
 * @attr font - `inherit`: use the page's own font (the font of the element around the widget) instead of the system UI font.
 *
 * @fires {CustomEvent<HelpFinderEmptyDetail>} help-finder-start - The visitor gave a first answer. `detail: {}`.
 * @fires {CustomEvent<HelpFinderStepDetail>} help-finder-step - A question is shown after a change of step. `detail: {}`; with `"detailedEvents": true`, `{ step }`, the question id.
 * @fires {CustomEvent<HelpFinderOutcomeDetail>} help-finder-outcome - An outcome is shown. `detail: {}`; with `"detailedEvents": true`, `{ outcome }`, the outcome id.
 * @fires {CustomEvent<HelpFinderContactDetail>} help-finder-contact - The visitor used a contact link. `detail: { method }`; with `"detailedEvents": true`, `{ service, method }`.
 * @fires {CustomEvent<HelpFinderEmptyDetail>} help-finder-exit - The visitor used the quick exit (button or Shift shortcut). `detail: {}`.
 * @fires {CustomEvent<HelpFinderEmptyDetail>} help-finder-open - The launcher's dialog was opened. `detail: {}`.
 *
 * @slot - Your own fallback content (for example the 999 line and the helpline's number): shown until the widget has drawn itself, and kept where it cannot draw.
 * @csspart container - The widget's landmark region.
 * @csspart emergency - The "If a child is in immediate danger, call 999" line on every step.
 * @csspart question - The question page: its fieldset, answers and Continue button.
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
 * @csspart more-help - The "More places to get help" disclosure on an outcome page.
 * @csspart what-happens - The "What happens next" disclosure on an outcome page.
 * @csspart launcher - The floating "Worried about a child?" button (launcher mode).
 * @csspart dialog - The dialog the launcher opens.
 *
 * @cssprop --help-finder-accent - Light theme: accent colour of buttons, links and the recommended card (default #1d5a96).
 * @cssprop --help-finder-accent-text - Light theme: text on the accent colour (default #ffffff).
 * @cssprop --help-finder-text - Light theme: body text colour (default #1b1b1b).
 * @cssprop --help-finder-muted - Light theme: secondary text colour (default #4b5257).
 * @cssprop --help-finder-surface - Light theme: background of the widget and cards (default #ffffff).
 * @cssprop --help-finder-soft - Light theme: background of the emergency line (default #f3f5f7).
 * @cssprop --help-finder-border - Light theme: card and field borders (default #6f777b).
 * @cssprop --help-finder-focus - Focus highlight colour (default #ffdd00).
 * @cssprop --help-finder-focus-text - Text and outline on the focus highlight (default #0b0c0c).
 * @cssprop --help-finder-danger - Light theme: emergency line, exit button and error colour (default #a4231a).
 * @cssprop --help-finder-danger-text - Light theme: text on the exit button (default #ffffff).
 * @cssprop --help-finder-open - Light theme: "Open now" and its dot on a service card (default #1e6b34).
 * @cssprop --help-finder-dark-accent - The dark theme's accent colour (default #8cc4ff); the light theme's colours do not reach the dark theme.
 * @cssprop --help-finder-dark-accent-text - The dark theme's text on the accent colour (default #0b0c0c).
 * @cssprop --help-finder-dark-text - The dark theme's body text colour (default #f2f4f5).
 * @cssprop --help-finder-dark-muted - The dark theme's secondary text colour (default #c3c9cd).
 * @cssprop --help-finder-dark-surface - The dark theme's background (default #16191c).
 * @cssprop --help-finder-dark-soft - The dark theme's emergency line background (default #23282c).
 * @cssprop --help-finder-dark-border - The dark theme's borders (default #8a9297).
 * @cssprop --help-finder-dark-danger - The dark theme's emergency line, exit button and error colour (default #ff9b91).
 * @cssprop --help-finder-dark-danger-text - The dark theme's text on the exit button (default #0b0c0c).
 * @cssprop --help-finder-dark-open - The dark theme's "Open now" colour (default #7fd39a).
 * @cssprop --help-finder-radius - Corner radius (default 8px).
 * @cssprop --help-finder-font-family - Font (default the system UI font). For the page's own font, use the `font="inherit"` attribute: `inherit` in this property cannot reach the page's font.
 * @cssprop --help-finder-font-size - Base text size (default 18px). A size under 16px is shown as 16px.
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
    countOutcome: { attribute: false },
  };

  /**
   * Each controller hook is its own or its class's (else a no-op): Lit's `hostUpdate?.()` and the
   * others would find a name another script put on Object.prototype, and throw on every update.
   */
  override addController(controller: ReactiveController): void {
    super.addController(controllers.ownHooks(controller));
  }

  static override styles = widgetStyles;

  /**
   * The partner configuration (agency, Safeguarding Officer, areas, resources), as an
   * object or as JSON text (the `config` attribute is JSON text). See the README for the schema.
   * Typed as what a partner may write; any other value is still read, and each problem logged.
   */
  config?: HelpFinderConfig | string;

  /** `en` or `cy`. Default: the nearest `lang`, `<html lang>`, else the browser's languages, else English. */
  override lang = '';

  /** Show a floating "Worried about a child?" button that opens the finder in a dialog. */
  launcher = false;

  /** A same-origin URL to load the configuration from (one request), instead of `config`. */
  configSrc?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** The level of the widget's top headings (2 to 6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  /**
   * Your own count of how the widget is used: called with the coarse kind of each outcome shown
   * (`emergency`, `report`, `talk`, `support` or `learn`), never the answers, outcome or service.
   * Set it from your own script (a property); no other script hears it. README: "Counting outcomes".
   */
  countOutcome?: (kind: OutcomeKind) => void;

  private shown?: StepModel; // What the last render showed (its step is reported to the page).

  // The cross-cutting behaviours, each in its own file in ./controllers/ (Lit's ReactiveController pattern).
  private emit = emitter(this, () => this.cfg.value.detailedEvents);
  private cfg = controllers.configController(this, () => this.progress.state.answers.length > 0);
  private locale = controllers.localeController(this);
  private quickExit = controllers.quickExitController(this, () => this.cfg.value, this.emit);
  /** Where focus goes after the next render (registered after the step events: the page hears of a step first). */
  private moveFocus: controllers.FocusController;
  /** The answers so far, the answer ticked and the error summary. */
  private progress: controllers.JourneyController;
  private launcherCtl = controllers.launcherController(this, this.emit, () => this.cfg.value);
  /** The time opening hours are judged by, renewed each minute while an outcome is shown. */
  private clock = new controllers.ClockController(this);
  /** A new outcome page in two frames: "Other help" a frame after the rest. */
  private staging = controllers.outcomeStagingController(this);

  constructor() {
    super();
    controllers.replayExclusionController(this);
    controllers.toolbarController(this);
    controllers.themeCheckController(this);
    controllers.attributeCheckController(this);
    controllers.rehearsalController(this, () => this.cfg.value);
    controllers.stepEventsController(
      this,
      () => this.shown,
      this.emit,
      () => this.countOutcome,
    );
    this.moveFocus = controllers.focusController(this, () => this.quickExit.exiting);
    this.progress = controllers.journeyController(this, this.cfg, this.emit, this.moveFocus);
    controllers.pageShowController(this, () => {
      this.quickExit.cancel();
      this.progress.reset();
    });
  }

  /** The shadow root, with the page's own fallback on show until the first render (see first-render.ts). */
  protected override createRenderRoot(): HTMLElement {
    return renderRootWithFallback(this);
  }

  /** `updateComplete` also waits for a language switch, for focus to move and for a whole outcome page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.ready;
    await super.getUpdateComplete();
    await this.moveFocus.settled;
    if (await this.staging.settled) await super.getUpdateComplete();
    return !this.isUpdatePending;
  }

  /** Draws nothing over the page's own fallback where another script has broken Lit. */
  protected override shouldUpdate(): boolean {
    return mayDraw(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) adoptElementStyles(this);
    this.cfg.update(changed);
    if (changed.has('lang') && this.isConnected) this.locale.apply();
  }

  protected override render(): TemplateResult {
    const exit = this.quickExit;
    if (exit.exiting) return exit.cover(() => this.moveFocus.stepHeading());
    if (this.launcher && !this.launcherCtl.used) return this.launcherCtl.render(nothing);
    const locale = currentLocale();
    const { progress } = this;
    const model = (this.shown = stepModel(journey, progress.state, this.cfg.value, locale, () => this.clock.read()));
    const { emergency, stayingSafe: numbers } = model;
    const content = html`<section
      class="widget root"
      part="container"
      lang=${locale}
      aria-label=${msg('Get help for a worry about a child')}
    >
      <div class="toolbar" part="toolbar">
        ${languageSwitch(locale, this.locale.page, (l) => this.locale.choose(l))}
        ${this.launcher ? closeDialogButton(this.launcherCtl.close) : nothing}
        ${quickExitButton(() => exit.exit(), exit.presses, this.cfg.value.exitShortcut)}
      </div>
      ${emergencyLine(emergency, () => this.emit('help-finder-contact', { service: emergency.serviceId, method: 'call' }))}
      ${stepView(model, this.headingLevel, progress, this.staging.whole(model), (service, method) =>
        this.emit('help-finder-contact', { service, method }),
      )}
      ${progress.state.answers.length > 0 ? journeyNav(progress.back, progress.restart) : nothing}
      ${stayingSafe(numbers.helpline, numbers.childline)}
      <div class="visually-hidden shortcut-status" role="status" aria-live="polite">${exit.message}</div>
    </section>`;
    return this.launcher ? this.launcherCtl.render(content) : content;
  }

  /**
   * The first render waits for the host page's first paint and a new task: the page's own content
   * shows first, and the script's evaluation and the first question are two short tasks, not one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await afterHostPainted();
    super.scheduleUpdate();
  }

  protected override updated(): void {
    removeFallback(this.renderRoot);
    syncRadios(this.renderRoot, this.progress.selected);
  }
}

// Prototype-less property options, before the element is defined: a `noAccessor` or `attribute`
// on Object.prototype (another script's) is not read as an option.
for (const options of Object.values(HelpFinder.properties)) Object.setPrototypeOf(options, null);

declare global {
  interface HTMLElementTagNameMap {
    'help-finder': HelpFinder;
  }
}
