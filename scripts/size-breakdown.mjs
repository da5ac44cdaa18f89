// npm run size:breakdown: where the bundle's gzipped bytes go, module by module, then by part
// (the parts scripts/size.mjs budgets), then the widget's own code by module. Run after a build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gzipDelta, labelBundle, PARTS } from './bundle-parts.mjs';

const code = readFileSync('dist/help-finder.js', 'utf8');
const { owner, part } = labelBundle(code, JSON.parse(readFileSync('dist/help-finder.js.map', 'utf8')));
const total = gzipSync(code, { level: 9 }).length;

const byModule = (labels) =>
  [...new Set(labels)]
    .filter((module) => module !== '(text, styles, Lit)')
    .map((module) => ({ module, bytes: gzipDelta(code, labels, module, total) }))
    .sort((a, b) => b.bytes - a.bytes);

console.log('gzip bytes  module');
for (const { module, bytes } of byModule(owner)) console.log(`${String(bytes).padStart(10)}   ${module}`);
console.log(`${String(total).padStart(10)}   dist/help-finder.js (gzip, level 9)`);

console.log('\ngzip bytes  part');
for (const [key, label] of Object.entries(PARTS))
  console.log(`${String(gzipDelta(code, part, key, total)).padStart(10)}   ${label}`);

// The widget's own code (the last part above) by module: each module's characters that are
// neither its English text nor its styles.
const ownCode = part.map((key, i) => (key === 'widget' ? owner[i] : '(text, styles, Lit)'));
console.log('\ngzip bytes  the widget’s own code by module (its English text and styles left out)');
for (const { module, bytes } of byModule(ownCode)) console.log(`${String(bytes).padStart(10)}   ${module}`);
