// The Welsh translations: one source, `locales/cy-translations.json`, and what the scripts do with it.
//
// The table maps each message id to the Welsh and the English it was written for:
//   "concern.title": { "en": "What do you need help with?", "cy": "Gyda beth mae angen help arnoch chi?" }
// Journey and service messages have readable ids (`msg('…', { id: 'concern.title' })`); the others
// have lit-localize's hash of their English (`s0016b8a8af243108`). Placeholders are written ${0},
// ${1}… in both languages, in the order of the English's expressions.
//
// `lit-localize extract` lists the messages in the source (into a temporary folder); this module
// compares them with the table, and fills the extracted XLIFF with the Welsh for `lit-localize
// build`, which writes src/generated/locales/cy.ts. No XLIFF file is kept.
// Used by check-translations.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The command that records a reviewed Welsh; named in the messages below. */
export const REVIEWED_COMMAND = 'npm run localize:reviewed --';

const PLACEHOLDER = /<x id="\d+" equiv-text="[^"]*"\/>/g;

/** The English of an XLIFF `<source>`: placeholders written ${0}, ${1}…, XML entities decoded. */
export function sourceText(source) {
  let i = 0;
  return source
    .replace(PLACEHOLDER, () => `\${${i++}}`)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The messages of an XLIFF file `lit-localize extract` wrote: id, English, and the raw `<source>`.
 * @param {string} xliff
 * @returns {Array<{ id: string, en: string }>}
 */
export function xliffMessages(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>/g)].map(
    ([, id, source]) => ({
      id,
      en: sourceText(source),
    }),
  );
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The extracted XLIFF with each unit's Welsh from the table as its `<target>`, each ${n} written as
 * the nth placeholder of its source.
 * @param {string} xliff
 * @param {Record<string, { en?: string, cy: string }>} table
 */
export function fillXliff(xliff, table) {
  return xliff.replace(
    /(<trans-unit id="([^"]+)"[^>]*>\s*<source>)([\s\S]*?)(<\/source>)/g,
    (whole, open, id, source, close) => {
      const welsh = Object.hasOwn(table, id) ? table[id]?.cy : undefined;
      if (typeof welsh !== 'string') return whole;
      const xs = [...source.matchAll(PLACEHOLDER)].map((m) => m[0]);
      const body = escapeXml(welsh).replace(/\$\{(\d+)\}/g, (_, n) => xs[Number(n)]);
      return `${open}${source}${close}\n  <target>${body}</target>`;
    },
  );
}

const quote = (text) => JSON.stringify(text);
const placeholdersOf = (text) => new Set(text.match(/\$\{\d+\}/g) ?? []);

/**
 * What is wrong between the messages in the source and the table, each as a line (or a few) for the
 * console. Empty when every message has Welsh written for its English as it is now.
 * @param {Array<{ id: string, en: string }>} messages
 * @param {Record<string, unknown>} table
 * @returns {{ problems: string[], reviews: string[] }} reviews: the ids whose Welsh needs review
 */
export function compareTable(messages, table) {
  const problems = [];
  const reviews = [];
  const byId = new Map(messages.map((m) => [m.id, m]));
  const byEnglish = new Map(messages.map((m) => [m.en, m]));
  for (const message of messages) {
    const entry = Object.hasOwn(table, message.id) ? table[message.id] : undefined;
    if (entry === undefined) {
      problems.push(
        `missing Welsh: ${message.id} ${quote(message.en)}. Add to locales/cy-translations.json:\n` +
          `  ${quote(message.id)}: { "en": ${quote(message.en)}, "cy": "…" }`,
      );
      continue;
    }
    if (!isEntry(entry)) continue; // reported below
    if (entry.en !== message.en) {
      reviews.push(message.id);
      problems.push(
        `Welsh needs review: ${message.id}: its English changed.\n` +
          `  English was: ${quote(entry.en)}\n` +
          `  English now: ${quote(message.en)}\n` +
          `  Welsh:       ${quote(entry.cy)}\n` +
          `  Check its "cy" in locales/cy-translations.json against the new English (update it if it no longer fits), then run: ${REVIEWED_COMMAND} ${message.id}`,
      );
    }
    const english = placeholdersOf(message.en);
    const unknown = [...placeholdersOf(entry.cy)].filter((p) => !english.has(p));
    if (unknown.length > 0) {
      problems.push(
        `Welsh of ${message.id} uses ${unknown.join(', ')}, which its English does not have (English: ${quote(message.en)})`,
      );
    }
  }
  for (const [key, entry] of Object.entries(table)) {
    if (typeof entry === 'string') {
      // The old format, "English": "Welsh" (e.g. from a branch made before the table had ids).
      const message = byEnglish.get(key);
      problems.push(
        `old-format entry in locales/cy-translations.json: ${quote(key)}. Write it as ` +
          (message
            ? `${quote(message.id)}: { "en": ${quote(message.en)}, "cy": ${quote(entry)} }`
            : `"<message id>": { "en": ${quote(key)}, "cy": ${quote(entry)} } (no message has this English now)`),
      );
    } else if (!isEntry(entry)) {
      problems.push(
        `bad entry in locales/cy-translations.json: ${quote(key)} must be { "en": "the English", "cy": "the Welsh" }, both non-empty`,
      );
    } else if (!byId.has(key)) {
      problems.push(
        `orphaned Welsh in locales/cy-translations.json: no message has the id ${quote(key)} (English ${quote(entry.en)}). ` +
          'If you renamed its id, or reworded a message without an explicit id (a new hash), move the entry to the new id; otherwise remove it',
      );
    }
  }
  return { problems, reviews };
}

/** @returns {entry is { en: string, cy: string }} */
function isEntry(entry) {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.en === 'string' &&
    typeof entry.cy === 'string' &&
    entry.en.trim() !== '' &&
    entry.cy.trim() !== ''
  );
}

/**
 * The table with the English of `ids` recorded as it is now in the source: their Welsh has been
 * reviewed against it. Unknown ids are returned as `unknown`.
 * @param {Record<string, any>} table
 * @param {Array<{ id: string, en: string }>} messages
 * @param {string[]} ids
 */
export function markReviewed(table, messages, ids) {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const unknown = ids.filter((id) => !byId.has(id) || !isEntry(Object.hasOwn(table, id) ? table[id] : undefined));
  const next = Object.fromEntries(
    Object.entries(table).map(([id, entry]) =>
      ids.includes(id) && byId.has(id) && isEntry(entry) ? [id, { ...entry, en: byId.get(id).en }] : [id, entry],
    ),
  );
  return { table: next, unknown };
}

/** The table as the file keeps it: one-space indent, a trailing newline. */
export const formatTable = (table) => `${JSON.stringify(table, null, 1)}\n`;

/** @param {string | URL} path */
export const readTable = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The English of every message as the table records it (the check keeps it equal to the source's),
 * each placeholder read as "it". For the readability scripts.
 * @returns {string[]}
 */
export const tableEnglish = () =>
  Object.values(readTable(new URL('../locales/cy-translations.json', import.meta.url))).map((entry) =>
    entry.en.replace(/\$\{\d+\}/g, 'it').trim(),
  );

/**
 * Runs `lit-localize` with the project's config pointed at a temporary folder, so that it writes
 * nothing in the repository.
 * @param {string} root the repository
 * @param {'extract' | 'build'} command
 * @param {string} temp the folder: `xliff/` for the XLIFF, `out/` for the built table
 * @returns {{ ok: boolean, output: string }}
 */
export function litLocalize(root, command, temp) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  config.tsConfig = join(root, config.tsConfig);
  config.output = { ...config.output, outputDir: join(temp, 'out'), localeCodesModule: join(temp, 'locale-codes.ts') };
  config.interchange = { ...config.interchange, xliffDir: join(temp, 'xliff') };
  const configPath = join(temp, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  const result = spawnSync('npx', ['lit-localize', command, '--config', configPath], { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** A temporary folder for `litLocalize`, removed by `done()`. */
export function tempFolder() {
  const path = mkdtempSync(join(tmpdir(), 'help-finder-l10n-'));
  return { path, done: () => rmSync(path, { recursive: true, force: true }) };
}
