// Fills <target> elements in locales/cy.xlf from a translation table
// (locales/cy-translations.json: English source -> Welsh), keeping existing
// targets. Placeholders are written ${0}, ${1}… in both languages, in the
// order of the <x/> elements in the source.
// A key "id:<message id>" translates that one message only (plural forms
// share their English text but not their Welsh).
// Usage: node scripts/fill-xliff.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { placeholders, sourceKey } from './xliff-units.mjs';

const xlfPath = new URL('../locales/cy.xlf', import.meta.url);
const table = JSON.parse(readFileSync(new URL('../locales/cy-translations.json', import.meta.url), 'utf8'));
let xliff = readFileSync(xlfPath, 'utf8');
const unknown = [];

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

xliff = xliff.replace(
  /(<trans-unit id="([^"]+)"[^>]*>\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
  (whole, open, id, source, close, target) => {
    const xs = placeholders(source);
    const key = sourceKey(source);
    const welsh = table[`id:${id}`] ?? table[key];
    if (welsh === undefined) {
      if (!target) unknown.push(key);
      return whole;
    }
    const body = escapeXml(welsh).replace(/\$\{(\d+)\}/g, (_, n) => xs[Number(n)]);
    return `${open}${source}${close}\n  <target>${body}</target>`;
  },
);
writeFileSync(xlfPath, xliff);
for (const key of unknown) console.error(`no Welsh for: ${key}`);
console.log(`${unknown.length} messages without Welsh`);
