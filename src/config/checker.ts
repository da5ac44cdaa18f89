/**
 * The configuration checker: reads one value of each kind (text, a phone number, a link, a list,
 * an object by a table of its fields …), records what is wrong with it under its field's path,
 * and gives back what can be used (`undefined` for what cannot). Pure: no DOM, no console.
 */
import type { LocalisedText } from './partner-config.js';
import { DEVELOPMENT } from './development.js';
import { formatUkPhone, isCostlyNumber, isFictionalPhone } from './phone.js';
import { isEmailAddress, safeLink } from './url.js';

/** One thing wrong with the configuration. */
export interface ConfigProblem {
  /** The field, e.g. `areas[1].childrensServices.phone`. */
  path: string;
  /**
   * What is wrong and what the widget does instead. Empty in the production build for the
   * field checks (see `development.ts`): the field is still named, and the development build or
   * `help-finder-check` gives the reason.
   */
  message: string;
  severity: 'error' | 'warning';
}

export type Json = Record<string, unknown>;

/** How a field is read: by one of the checker's readers, or by a function given its value and path. */
export type FieldRule = 'text' | 'phone' | 'email' | 'link' | 'boolean' | ((value: unknown, path: string) => unknown);

/** What a field rule gives. */
type Read<R> = R extends (value: unknown, path: string) => infer T
  ? T
  : R extends 'text' | 'phone' | 'email' | 'link' | 'boolean'
    ? ReturnType<Checker[R]>
    : never;

export class Checker {
  readonly problems: ConfigProblem[] = [];

  /**
   * A value that cannot be used: it is dropped. `message` is written `DEVELOPMENT && …`, so that
   * the production build leaves the text out (it is `false` there).
   */
  error(path: string, message: string | false): undefined {
    this.problems.push({ path, message: message || '', severity: 'error' });
    return undefined;
  }

  /** A value that is used but probably not what the partner meant; `message` as for `error`. */
  warn(path: string, message: string | false): void {
    this.problems.push({ path, message: message || '', severity: 'warning' });
  }

  object(value: unknown, path: string): Json | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.error(path, DEVELOPMENT && `expected an object, got ${describe(value)}`);
    }
    return value as Json;
  }

  /** Warn about keys we do not know (often a typo of one we do). */
  knownKeys(obj: Json, path: string, keys: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) {
        this.warn(join(path, key), DEVELOPMENT && `unknown field, ignored (expected one of: ${keys.join(', ')})`);
      }
    }
  }

  /**
   * An object's fields, each read by its rule in `rules` (the table of the fields, in the order
   * they are read and their problems reported), after a warning for each key that is neither in
   * the table nor `allowed` (fields accepted and not read).
   */
  fields<R extends Record<string, FieldRule>>(
    obj: Json,
    path: string,
    rules: R,
    allowed: readonly string[] = [],
  ): { [K in keyof R]: Read<R[K]> } {
    this.knownKeys(obj, path, [...allowed, ...Object.keys(rules)]);
    const fields: Json = {};
    for (const [key, rule] of Object.entries(rules)) {
      const at = join(path, key);
      fields[key] = typeof rule === 'string' ? this[rule](obj[key], at) : rule(obj[key], at);
    }
    return fields as { [K in keyof R]: Read<R[K]> };
  }

  string(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.error(path, DEVELOPMENT && `expected text, got ${describe(value)}`);
    const trimmed = value.trim();
    if (!trimmed) return this.error(path, DEVELOPMENT && 'is empty');
    if (/<[a-z!/]/i.test(trimmed)) {
      this.warn(path, DEVELOPMENT && 'contains HTML; it is shown as plain text, not as markup');
    }
    return trimmed;
  }

  text(value: unknown, path: string): LocalisedText | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string') {
      const en = this.string(value, path);
      if (en !== undefined) this.missingLanguage(path, 'cy');
      return en === undefined ? undefined : { en };
    }
    const obj = this.object(value, path);
    if (!obj) return undefined;
    this.knownKeys(obj, path, ['en', 'cy']);
    const en = this.string(obj.en, join(path, 'en'));
    const cy = this.string(obj.cy, join(path, 'cy'));
    if (en === undefined && cy === undefined) {
      return this.error(path, DEVELOPMENT && 'expected text in English ("en") or Welsh ("cy")');
    }
    if (en === undefined) this.missingLanguage(path, 'en');
    if (cy === undefined) this.missingLanguage(path, 'cy');
    return { ...(en && { en }), ...(cy && { cy }) };
  }

  /** Partner text should be given in both languages; say which one falls back. */
  missingLanguage(path: string, missing: 'en' | 'cy'): void {
    this.warn(
      path,
      DEVELOPMENT &&
        (missing === 'cy'
          ? 'has no Welsh ("cy") text; Welsh speakers see the English, marked lang="en"'
          : 'has no English ("en") text; English speakers see the Welsh, marked lang="cy"'),
    );
  }

  phone(value: unknown, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    const formatted = formatUkPhone(text);
    if (formatted === undefined) return this.error(path, DEVELOPMENT && `"${truncate(text)}" is not a UK phone number`);
    if (isCostlyNumber(formatted))
      return this.error(path, DEVELOPMENT && `"${formatted}" costs more than a normal call (09, 070, 076, 084, 087)`);
    if (isFictionalPhone(formatted))
      // Kept in the production build too: a fictional number must not go live unnoticed.
      this.warn(path, `"${formatted}" is a fictional number: replace it before going live`);
    return formatted;
  }

  email(value: unknown, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    return isEmailAddress(text)
      ? text
      : this.error(path, DEVELOPMENT && `"${truncate(text)}" is not a plain email address`);
  }

  /** An https address (the only links a partner configures). */
  link(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.error(path, DEVELOPMENT && `expected a link, got ${describe(value)}`);
    const text = value.trim();
    return (
      safeLink(text) ?? this.error(path, DEVELOPMENT && `"${truncate(text)}" is not an allowed link (use https:…)`)
    );
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    return this.error(path, DEVELOPMENT && `expected true or false, got ${describe(value)}`);
  }

  /** One of the schema's `options` (an enum); anything else is an error naming them, then `after`. */
  oneOf<T extends string>(value: unknown, path: string, options: readonly T[], after = ''): T | undefined {
    if (value === undefined || options.includes(value as T)) return value as T | undefined;
    const quoted = options.map((option) => `"${option}"`);
    return this.error(
      path,
      DEVELOPMENT && `expected ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}, got ${describe(value)}${after}`,
    );
  }

  /**
   * The list, or `[]` when it is not one. Over `max` items (a mistake that would make every page
   * slow), the first `max`, with one error naming the field: `has 30 <noun><why>, so only the
   * first 20 are used` (kept in the production build: "not used" would say that none is).
   */
  array(value: unknown, path: string, max = Infinity, noun = '', why = ''): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.error(path, DEVELOPMENT && `expected a list, got ${describe(value)}`);
      return [];
    }
    if (value.length <= max) return value;
    this.error(path, `has ${value.length} ${noun}${why}, so only the first ${max} are used`);
    return value.slice(0, max);
  }
}

/** The path of `key` in the object at `path` (`areas[1]`, `agency.name`; a root key is its name). */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** A value as a message names it: `"text"`, `a list`, `number 5` … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${truncate(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Text short enough for a message. */
export function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
