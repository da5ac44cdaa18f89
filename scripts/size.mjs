// Size of dist/help-finder.js: raw, gzip and brotli, and the budget check.
// The target is 20 KB gzipped with both languages (issue "Fast and light"); today's
// bundle is over it, so the check is a ratchet: it fails if the bundle grows past
// the ceiling below, which must only ever come down until it reaches the target.
// Usage: node scripts/size.mjs   (after npm run build)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TARGET_GZIP_BYTES = 20 * 1024;
export const CEILING_GZIP_BYTES = 30.5 * 1024;

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

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { raw, gzip, brotli } = compressedSizes(readFileSync(new URL('../dist/help-finder.js', import.meta.url)));
  console.log(`dist/help-finder.js  raw ${kb(raw)}  gzip ${kb(gzip)}  brotli ${kb(brotli)}`);
  console.log(`target ${kb(TARGET_GZIP_BYTES)} gzip: ${gzip <= TARGET_GZIP_BYTES ? 'met' : `not met (${kb(gzip - TARGET_GZIP_BYTES)} over)`}`);
  if (gzip > CEILING_GZIP_BYTES) {
    console.error(`Over the ceiling of ${kb(CEILING_GZIP_BYTES)} gzip: the bundle grew. Find what was added (npm run size:breakdown).`);
    process.exit(1);
  }
}
