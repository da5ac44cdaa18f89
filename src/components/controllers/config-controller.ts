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
import { whenIdle } from '../scheduling.js';

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

/**
 * No configuration at all, but a `<script type="application/json">` comes after the element on
 * the page: a content editor moved it out (WordPress's classic editor wraps the snippet in
 * paragraphs, and the browser then closes the element before its script). The widget would show
 * no partner contacts and say nothing: say so, once per page.
 */
let warnedMovedOut = false;
function warnIfConfigMovedOut(host: ConfigHost): void {
  // Later, when idle: a framework (React, Vue) may set `config` just after the element connects.
  whenIdle(() => {
    if (warnedMovedOut || host.config !== undefined || host.configSrc) return;
    for (const script of host.ownerDocument.querySelectorAll('script[type="application/json"]')) {
      const follows = host.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING;
      // Ours by its look ("agency" or "areas"), not another tool's data (Next.js keeps its own there).
      if (follows && !script.closest('help-finder') && /"(agency|areas)"\s*:/.test(script.textContent ?? '')) {
        warnedMovedOut = true;
        console.warn(
          '[help-finder] no configuration inside <help-finder>, but one follows it: did an editor move it out? (README, "WordPress and other content systems")',
        );
        return;
      }
    }
  });
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
      else if (!host.configSrc) warnIfConfigMovedOut(host);
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
