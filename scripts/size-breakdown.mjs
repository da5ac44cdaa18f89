// npm run size:breakdown: where the bundle's gzipped bytes go, module by module.
// For each source module (Lit, @lit/localize and each file of src/), the bytes
// the gzipped bundle would lose without that module's code (read from the source
// map). Run after a build. Figures overlap a little: gzip shares context.
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
eachMapping(map, (m) => segments.push({ start: lineStarts[m.generatedLine - 1] + m.generatedColumn, module: moduleName(m.source) }));
segments.sort((a, b) => a.start - b.start);
const owner = new Array(code.length).fill('(glue)');
segments.forEach(({ start, module }, i) => {
  const end = segments[i + 1]?.start ?? code.length;
  for (let c = start; c < end; c++) owner[c] = module;
});

const total = gzipBytes(code);
const rows = [...new Set(owner)]
  .map((module) => {
    const without = code.split('').filter((_, i) => owner[i] !== module).join('');
    return { module, bytes: total - gzipBytes(without) };
  })
  .sort((a, b) => b.bytes - a.bytes);

console.log('gzip bytes  module');
for (const { module, bytes } of rows) console.log(`${String(bytes).padStart(10)}   ${module}`);
console.log(`${String(total).padStart(10)}   dist/help-finder.js (gzip, level 9)`);
