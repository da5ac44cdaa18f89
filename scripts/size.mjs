// Size of dist/help-finder.js: raw, gzip and brotli, and a budget for each part of it.
// Usage: node scripts/size.mjs   (after npm run build; npm test runs it)
//
// Budgets by part (issue #25), measured by scripts/bundle-parts.mjs from the source map, gzip:
// - the content may grow with the guidance, within the headroom below: the text of each language,
//   and the content's data (a new outcome or service in journey.ts or national-services.ts; until
//   issue #25's review it counted as code, and one outcome could fail the code budget). A change
//   to safeguarding guidance must never be blocked by a byte count;
// - the widget's own code may not grow past its budget without a reason: raise PART_BUDGETS.widget
//   only in a commit that says what the bytes buy;
// - Lit changes only with a Lit upgrade; the styles rarely.
// The whole file is reported, not budgeted: its parts are. The history of the budgets, with
// what each issue added, is in the README (For developers, "Performance in detail", "Size budgets").
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PARTS, partSizes } from './bundle-parts.mjs';

/** gzip bytes per part: today's size plus the stated headroom (whole bytes). */
export const PART_BUDGETS = {
  lit: 6912, // 6.75 KB; 6.3 KB today (Lit 3.3, @lit/localize 0.12)
  welsh: 10240, // 10 KB; 7.7 KB today: 2.3 KB of headroom for the guidance
  english: 9216, // 9 KB; 6.8 KB today: 2.2 KB of headroom for the guidance
  data: 4608, // 4.5 KB; 3.5 KB today: 1 KB of headroom for the guidance's outcomes and services
  styles: 3072, // 3 KB; 2.7 KB today
  widget: 16768, // 16.375 KB (16 KB before the strings guard, the outcome rehearsal and staging); grows only with a reason in the commit
};

/** Raw, gzip (level 9) and brotli (quality 11) sizes in bytes, as a CDN would serve them. */
export function compressedSizes(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bytes as kilobytes with one decimal ("30.1 KB"). */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The parts over their budget, each with a message.
 * @param {Record<string, number>} sizes
 * @param {Record<string, number>} [budgets]
 */
export function overBudget(sizes, budgets = PART_BUDGETS) {
  return Object.entries(budgets)
    .filter(([part, budget]) => sizes[part] > budget)
    .map(
      ([part, budget]) =>
        `Over budget: ${PARTS[part]} is ${sizes[part]} bytes gzip, more than ${budget} (${sizes[part] - budget} bytes over).`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = readFileSync(new URL('../dist/help-finder.js', import.meta.url), 'utf8');
  const { raw, gzip, brotli } = compressedSizes(code);
  console.log(`dist/help-finder.js  raw ${kb(raw)}  gzip ${kb(gzip)}  brotli ${kb(brotli)}`);
  const sizes = partSizes(
    code,
    JSON.parse(readFileSync(new URL('../dist/help-finder.js.map', import.meta.url), 'utf8')),
  );
  for (const [part, label] of Object.entries(PARTS)) {
    const spare = PART_BUDGETS[part] - sizes[part];
    console.log(`  ${label}: ${sizes[part]} bytes gzip, budget ${PART_BUDGETS[part]} (${spare} to spare)`);
  }
  const over = overBudget(sizes);
  if (over.length > 0) {
    for (const line of over) console.error(line);
    console.error(
      'Text may grow within its headroom; code grows only with a reason. See npm run size:breakdown, and scripts/size.mjs.',
    );
    process.exit(1);
  }
  console.log('Every part is within its budget.');
}
