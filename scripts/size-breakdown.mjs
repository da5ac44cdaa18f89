// npm run size:breakdown: where the bundle's gzipped bytes go, module by module.
// For each source module (Lit, @lit/localize and each file of src/), the bytes
// the gzipped bundle would lose without that module's code (read from the source
// map). Run after a build. Figures overlap a little: gzip shares context.
import { readFileSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
const code = readFileSync('dist/help-finder.js', 'utf8');
const map = new TraceMap(JSON.parse(readFileSync('dist/help-finder.js.map', 'utf8')));
const lines = code.split('\n');
const segs = [];
eachMapping(map, (m) => segs.push(m));
segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const owner = new Array(code.length).fill('?');
let off = [0]; for (const l of lines) off.push(off.at(-1) + l.length + 1);
for (let i = 0; i < segs.length; i++) {
  const s = segs[i], n = segs[i + 1];
  const base = off[s.generatedLine - 1];
  const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : lines[s.generatedLine - 1].length;
  const src = (s.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/').replace(/^nm\/(@lit\/localize|lit-html|@lit\/reactive-element|lit-element|lit).*/, 'nm/$1');
  for (let c = base + s.generatedColumn; c < base + end; c++) owner[c] = src;
}
const total = gzipSync(code, { level: 9 }).length;
const mods = [...new Set(owner)];
const rows = mods.map((m) => {
  let rest = ''; for (let i = 0; i < code.length; i++) if (owner[i] !== m) rest += code[i];
  return [m, total - gzipSync(rest, { level: 9 }).length];
}).sort((a, b) => b[1] - a[1]);
console.log('gzip bytes  module');
for (const [m, v] of rows) console.log(String(v).padStart(10), ' ', m === '?' ? '(glue)' : m);
console.log(`${String(total).padStart(10)}   dist/help-finder.js (gzip, level 9)`);
