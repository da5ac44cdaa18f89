/**
 * The partner configuration, from whichever source the page uses: the `config` property or
 * attribute (an object or JSON text), a child `<script type="application/json">`, or a
 * same-origin `config-src` file. Each configuration's problems are logged once, one console
 * line each naming the field; bad input falls back to safe defaults and never throws.
 */
import type { PropertyValues, ReactiveElement } from 'lit';
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

export interface ConfigController {
  /** The validated configuration in use. */
  readonly value: PartnerConfig;
  /** Call from the host's `willUpdate`: a new `config` or `config-src`. */
  update(changed: PropertyValues): void;
  /** The visitor is back at the start: a `config-src` file that arrived late applies now. */
  restarted(): void;
}

/** `started`: whether the visitor has answered a question (a late `config-src` file then waits). */
export function configController(host: ConfigHost, started: () => boolean): ConfigController {
  let value = DEFAULT_CONFIG;
  /** A `config-src` file that arrived after the visitor started: used when they start again. */
  let pending: PartnerConfig | undefined;
  /** Use a parsed configuration and report its problems once. */
  const use = (parsed: ParsedConfig): void => {
    reportProblems(parsed.problems);
    value = parsed.config;
    host.requestUpdate();
  };
  host.addController({
    hostConnected: () => {
      if (host.config !== undefined) return;
      // A child `<script type="application/json">` configuration.
      const script = Array.from(host.children).find(
        (child): child is HTMLScriptElement =>
          child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json',
      );
      if (script) use(parseConfigJson(script.textContent ?? ''));
    },
  });
  return {
    get value() {
      return value;
    },
    update(changed) {
      if (changed.has('config') && host.config !== undefined) {
        use(typeof host.config === 'string' ? parseConfigJson(host.config) : parseConfig(host.config));
      }
      if (changed.has('configSrc') && host.configSrc && host.config === undefined) {
        const src = host.configSrc;
        loadConfig(src).then((parsed) => {
          if (host.configSrc !== src || host.config !== undefined) return;
          if (!started()) return use(parsed);
          // The visitor has started: a late file must not change the page (or the exit) under them.
          // Its problems are reported now; it applies when they start again.
          reportProblems(parsed.problems);
          pending = parsed.config;
        });
      }
    },
    restarted() {
      if (pending) use({ config: pending, problems: [] });
      pending = undefined;
    },
  };
}
