/**
 * Parse and validate a partner configuration. Pure: no DOM, no console.
 *
 * Never throws. Each problem names the exact field and what was expected;
 * the invalid part is dropped and the rest is used, so the widget always works
 * and always shows the national helplines.
 *
 * The fields at the top level are read here, by one table of field rules (`ROOT`, below); each
 * section of the schema (src/config/help-finder.schema.json) with fields of its own is read in
 * its own file, `parse-<section>.ts`, with the checker's readers (`checker.ts`). A new section
 * gets its own file and one line in the table.
 */
import { DEFAULT_CONFIG, type PartnerConfig } from './partner-config.js';
import { Checker, type ConfigProblem, truncate } from './checker.js';
import { ownData } from './own-data.js';
import { parseAgency } from './parse-agency.js';
import { parseAreas } from './parse-areas.js';
import { parseLauncher } from './parse-launcher.js';
import { parseResources } from './parse-resources.js';

export type { ConfigProblem };

/** The usable configuration and everything that was wrong with the input. */
export interface ParsedConfig {
  config: PartnerConfig;
  problems: ConfigProblem[];
}

/**
 * Validate a configuration given as an object (or anything else a page passes).
 * Only the input's own data is read (a copy with no prototype): nothing another
 * script added to `Object.prototype` counts. A value that throws when read (a
 * getter, a Proxy) gives one error and the national defaults, never a throw.
 */
export function parseConfig(input: unknown): ParsedConfig {
  if (input === undefined || input === null) return { config: DEFAULT_CONFIG, problems: [] };
  try {
    return parseOwnData(ownData(input));
  } catch (error) {
    return {
      config: DEFAULT_CONFIG,
      problems: [{ path: '(config)', message: `cannot be read (${reasonOf(error)})`, severity: 'error' }],
    };
  }
}

/** What went wrong, from anything thrown (even something whose message throws). */
function reasonOf(error: unknown): string {
  try {
    // Duck-typed: an error made in another frame is not an `instanceof Error` here.
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
    return truncate(String(message));
  } catch {
    return 'it throws when read';
  }
}

function parseOwnData(input: unknown): ParsedConfig {
  const c = new Checker();
  const root = c.object(input, '(config)');
  if (!root) return { config: DEFAULT_CONFIG, problems: c.problems };
  // The top level's fields, each by its rule, in the order they are read: `$schema` (for editors) is
  // accepted and not read.
  const config = c.fields(
    root,
    '',
    {
      agency: (agency) => parseAgency(c, agency),
      areas: (areas) => parseAreas(c, areas),
      resources: (resources) => parseResources(c, resources),
      exitUrl: (url, path) => c.link(url, path) ?? DEFAULT_CONFIG.exitUrl,
      exitShortcut: (on, path) => c.boolean(on, path) ?? DEFAULT_CONFIG.exitShortcut,
      detailedEvents: (on, path) => c.boolean(on, path) ?? DEFAULT_CONFIG.detailedEvents,
      launcher: (launcher) => parseLauncher(c, launcher),
    },
    ['$schema'],
  );
  // Prototype-less all the way down: a key left out (agency, a Welsh name) reads as undefined.
  return { config: ownData<PartnerConfig>(config), problems: c.problems };
}

/** Validate a configuration given as JSON text (from a `<script type="application/json">`). */
export function parseConfigJson(text: string): ParsedConfig {
  const json = readJson(text);
  if (json.ok === false) {
    return {
      config: DEFAULT_CONFIG,
      problems: [{ path: '(config)', message: `is not valid JSON (${json.error})`, severity: 'error' }],
    };
  }
  return parseConfig(json.data);
}

/**
 * JSON text as data, or why it is not JSON: an HTML page where the file was expected, and an
 * object that became the text `[object Object]` (React 18 sets an object as the `config`
 * attribute; a script may write one into a file or a JSON script), are named as such. `ok` is
 * always an own property: a name on Object.prototype cannot change which it is.
 */
export function readJson(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const start = text.trimStart();
    return {
      ok: false,
      error: start.startsWith('<')
        ? 'it is a web page, not JSON'
        : start.startsWith('[object ')
          ? 'an object became the text [object Object]: set the config property, or use help-finder/react'
          : (error as Error).message,
    };
  }
}
