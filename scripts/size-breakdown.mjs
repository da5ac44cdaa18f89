// npm run size:breakdown: where the bundle's gzipped bytes go, module by module.
// For each source module (Lit, @lit/localize and each file of src/), the bytes
// the gzipped bundle would lose without that module's code (read from the source
// map), then the same by part: Lit and @lit/localize, the Welsh table, the English text
// (msg() calls), the styles (css``) and the widget's own code and templates; the budget in
// scripts/size.mjs is argued from that table. Run after a build. Figures overlap a little:
// gzip shares context.
import { readFileSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';

const code = readFileSync('dist/help-finder.js', 'utf8');
const map = new TraceMap(JSON.parse(readFileSync('dist/help-finder.js.map', 'utf8')));
const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** A short module name: `src/…`, or the package for node_modules (`nm/lit-html`). */
function moduleName(source) {
  if (!source) return '(glue)';
  return source
    .replace(/.*node_modules\//, 'nm/')
    .replace(/.*\/src\//, 'src/')
    .replace(/^nm\/(@lit\/localize|lit-html|@lit\/reactive-element|lit-element|lit)\/.*/, 'nm/$1');
}

// Which module each character of the bundle came from.
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

const total = gzipBytes(code);

/** Bytes the gzipped bundle would lose without the characters `label` gives `key`. */
function gzipDelta(label, key) {
  let without = '';
  for (let i = 0; i < code.length; i++) if (label[i] !== key) without += code[i];
  return total - gzipBytes(without);
}

const rows = [...new Set(owner)]
  .map((module) => ({ module, bytes: gzipDelta(owner, module) }))
  .sort((a, b) => b.bytes - a.bytes);

console.log('gzip bytes  module');
for (const { module, bytes } of rows) console.log(`${String(bytes).padStart(10)}   ${module}`);
console.log(`${String(total).padStart(10)}   dist/help-finder.js (gzip, level 9)`);

// By part. The minified names of `css` and `msg` are read from the source map's names.
const PARTS = {
  lit: 'Lit and @lit/localize',
  welsh: 'Welsh text (the generated table)',
  english: 'English text (the msg() calls)',
  styles: 'styles (css`` blocks)',
  widget: 'the widget: code, templates, data, console messages',
};
const minifiedNames = (original) =>
  new Set(segments.filter((s) => s.name === original).map((s) => code.slice(s.start).match(/^[\w$]+/)?.[0]));
const part = owner.map((module) =>
  module.startsWith('nm/') ? 'lit' : module === 'src/generated/locales/cy.ts' ? 'welsh' : 'widget',
);
/** Gives `key` to the widget's characters matched by `<a minified name of original><after>`. */
function claim(original, after, key) {
  for (const name of minifiedNames(original)) {
    const call = new RegExp(String.raw`(?<![\w$.])` + name.replaceAll('$', '\\$') + after.source, 'g');
    for (const m of code.matchAll(call)) {
      for (let i = m.index; i < m.index + m[0].length; i++) if (part[i] === 'widget') part[i] = key;
    }
  }
}
claim('css', /`[^`]*`/, 'styles');
// msg("…"), msg(`…`) and msg(str`…`): the English text and the call around it.
claim('msg', /\((?:"(?:[^"\\]|\\.)*"|[\w$]*`[^`]*`)/, 'english');

console.log('\ngzip bytes  part');
for (const [key, label] of Object.entries(PARTS))
  console.log(`${String(gzipDelta(part, key)).padStart(10)}   ${label}`);

// The widget's own code (the last part above) by module: each module's characters that are
// neither its English text nor its styles. Issue #16 sets a goal for this part.
const ownCode = part.map((key, i) => (key === 'widget' ? owner[i] : '(text, styles, Lit)'));
const ownRows = [...new Set(ownCode)]
  .filter((module) => module !== '(text, styles, Lit)')
  .map((module) => ({ module, bytes: gzipDelta(ownCode, module) }))
  .sort((a, b) => b.bytes - a.bytes);
console.log('\ngzip bytes  the widget’s own code by module (its English text and styles left out)');
for (const { module, bytes } of ownRows) console.log(`${String(bytes).padStart(10)}   ${module}`);
