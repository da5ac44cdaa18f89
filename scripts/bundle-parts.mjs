// Which part of dist/help-finder.js each character belongs to, read from its source map, and
// what each part costs gzipped: Lit and @lit/localize, the Welsh table, the English text
// (msg() calls), the content's data (the journey's questions and outcomes, the national
// services, the bank holidays: content, like the text), the styles (css`` blocks) and the
// widget's own code (logic, templates, console messages). Used by scripts/size.mjs (the budgets) and scripts/size-breakdown.mjs (the report).
// Figures overlap a little: gzip shares context across parts.
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';

/** The parts, in the order reported. */
export const PARTS = {
  lit: 'Lit and @lit/localize',
  welsh: 'Welsh text (the generated table)',
  english: 'English text (the msg() calls)',
  data: 'the content’s data (journey, national services, bank holidays), without its text',
  styles: 'styles (css`` blocks)',
  widget: 'the widget’s own code: logic, templates, console messages',
};

/** Modules that are content as data: an outcome or a service added to the guidance grows them. */
const DATA_MODULES = ['src/flow/journey.ts', 'src/services/national-services.ts', 'src/time/bank-holidays.ts'];

const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** A short module name: `src/…`, or the package for node_modules (`nm/lit-html`). */
function moduleName(source) {
  if (!source) return '(glue)';
  return source
    .replace(/.*node_modules\//, 'nm/')
    .replace(/.*\/src\//, 'src/')
    .replace(/^nm\/(@lit\/localize|lit-html|@lit\/reactive-element|lit-element|lit)\/.*/, 'nm/$1');
}

/**
 * The bundle's characters labelled by module and by part.
 * @param {string} code the bundle
 * @param {object} sourceMap its source map (parsed JSON)
 */
export function labelBundle(code, sourceMap) {
  const map = new TraceMap(sourceMap);
  const lineStarts = [0];
  for (const line of code.split('\n')) lineStarts.push(lineStarts.at(-1) + line.length + 1);
  const segments = [];
  eachMapping(map, (m) =>
    segments.push({
      start: lineStarts[m.generatedLine - 1] + m.generatedColumn,
      module: moduleName(m.source),
      name: m.name,
    }),
  );
  segments.sort((a, b) => a.start - b.start);
  const owner = new Array(code.length).fill('(glue)');
  segments.forEach(({ start, module }, i) => {
    const end = segments[i + 1]?.start ?? code.length;
    for (let c = start; c < end; c++) owner[c] = module;
  });

  // The minified names of `css` and `msg` are read from the source map's names.
  const minifiedNames = (original) =>
    new Set(segments.filter((s) => s.name === original).map((s) => code.slice(s.start).match(/^[\w$]+/)?.[0]));
  const part = owner.map((module) =>
    module.startsWith('nm/')
      ? 'lit'
      : module === 'src/generated/locales/cy.ts'
        ? 'welsh'
        : DATA_MODULES.includes(module)
          ? 'data'
          : 'widget',
  );
  /** Gives `key` to the widget's characters matched by `<a minified name of original><after>`. */
  function claim(original, after, key) {
    for (const name of minifiedNames(original)) {
      const call = new RegExp(String.raw`(?<![\w$.])` + name.replaceAll('$', '\\$') + after.source, 'g');
      for (const m of code.matchAll(call)) {
        for (let i = m.index; i < m.index + m[0].length; i++) {
          if (part[i] === 'widget' || part[i] === 'data') part[i] = key;
        }
      }
    }
  }
  claim('css', /`[^`]*`/, 'styles');
  // msg("…"), msg(`…`) and msg(str`…`): the English text and the call around it.
  claim('msg', /\((?:"(?:[^"\\]|\\.)*"|[\w$]*`[^`]*`)/, 'english');
  return { owner, part };
}

/**
 * Bytes the gzipped bundle would lose without the characters `labels` gives `key`.
 * @param {string} code
 * @param {string[]} labels one label per character
 * @param {string} key
 * @param {number} [total] the whole bundle's gzip size
 */
export function gzipDelta(code, labels, key, total = gzipBytes(code)) {
  let without = '';
  for (let i = 0; i < code.length; i++) if (labels[i] !== key) without += code[i];
  return total - gzipBytes(without);
}

/**
 * Each part's gzip bytes.
 * @param {string} code
 * @param {object} sourceMap
 * @returns {Record<string, number>}
 */
export function partSizes(code, sourceMap) {
  const { part } = labelBundle(code, sourceMap);
  const total = gzipBytes(code);
  return Object.fromEntries(Object.keys(PARTS).map((key) => [key, gzipDelta(code, part, key, total)]));
}
