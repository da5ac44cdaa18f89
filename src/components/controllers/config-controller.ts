/**
 * The partner configuration, from whichever source the page uses: the `config` property or
 * attribute (an object or JSON text), a child `<script type="application/json">`, or a
 * same-origin `config-src` file. Each configuration's problems are logged once, one console
 * line each naming the field; bad input falls back to safe defaults and never throws.
 */
import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import { loadConfig } from '../../config/load-config.js';
import { DEFAULT_CONFIG, type PartnerConfig } from '../../config/partner-config.js';
import { type ConfigProblem, type ParsedConfig, parseConfig, parseConfigJson } from '../../config/parse-config.js';
import { problemLine } from '../../config/problem-line.js';

/** What the controller reads from its element. */
export type ConfigHost = ReactiveElement & { config?: unknown; configSrc?: string };

/** Log configuration problems to the console, one line each, naming the field. */
function reportProblems(problems: readonly ConfigProblem[]): void {
  for (const problem of problems) {
    const line = problemLine(problem);
    if (problem.severity === 'error') console.error(line);
    else console.warn(line);
  }
}

export class ConfigController implements ReactiveController {
  /** The validated configuration in use. */
  value: PartnerConfig = DEFAULT_CONFIG;
  /** A `config-src` file that arrived after the visitor started: used when they start again. */
  private pending?: PartnerConfig;

  /** `started`: whether the visitor has answered a question (a late file then waits). */
  constructor(
    private readonly host: ConfigHost,
    private readonly started: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.config === undefined) this.readInline();
  }

  /** Call from the host's `willUpdate`: a new `config` or `config-src`. */
  update(changed: PropertyValues): void {
    const { host } = this;
    if (changed.has('config') && host.config !== undefined) {
      this.use(typeof host.config === 'string' ? parseConfigJson(host.config) : parseConfig(host.config));
    }
    if (changed.has('configSrc') && host.configSrc && host.config === undefined) {
      const src = host.configSrc;
      loadConfig(src).then((parsed) => {
        if (host.configSrc !== src || host.config !== undefined) return;
        if (!this.started()) return this.use(parsed);
        // The visitor has started: a late file must not change the page (or the exit) under them.
        // Its problems are reported now; it applies when they start again.
        reportProblems(parsed.problems);
        this.pending = parsed.config;
      });
    }
  }

  /** The visitor is back at the start: a file that arrived late applies now. */
  restarted(): void {
    if (!this.pending) return;
    this.use({ config: this.pending, problems: [] });
    this.pending = undefined;
  }

  /** Read a child `<script type="application/json">` configuration. */
  private readInline(): void {
    const script = Array.from(this.host.children).find(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json',
    );
    if (script) this.use(parseConfigJson(script.textContent ?? ''));
  }

  /** Use a parsed configuration and report its problems once. */
  private use(parsed: ParsedConfig): void {
    reportProblems(parsed.problems);
    this.value = parsed.config;
    this.host.style.setProperty('--_launcher-offset', `${parsed.config.launcher.offset}px`);
    this.host.requestUpdate();
  }
}
