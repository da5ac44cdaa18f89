// `npm run release` (after `npm run build`): the files of one release, for partners who host
// the widget themselves, in dist/release/ (or the folder given with --out):
//
//   help-finder-<version>.js           byte for byte the package's dist/help-finder.js, so the
//                                      same integrity holds from a public npm CDN
//   help-finder-<version>.schema.json  the configuration's JSON Schema
//   help-finder-<version>.js.sri       its Subresource Integrity hash (sha384, base64)
//   SHA256SUMS                         `sha256sum -c SHA256SUMS` checks every file
//
// and prints the embed with `integrity` and `crossorigin`. Refuses a version that is not
// semver or has no entry in CHANGELOG.md: partners read there whether a number changed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SRI value of some bytes: `sha384-` and the base64 digest. */
function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The `<script>` that loads a release with its integrity checked by the browser. */
function embed(src, integrity) {
  return `<script type="module" fetchpriority="low" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'dist/release';
const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

const { name, version } = JSON.parse(read('package.json').toString());
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail(`"${version}" is not a semver version`);
const changelog = read('CHANGELOG.md').toString();
if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) {
  fail(`CHANGELOG.md has no "## [${version}]" section: say what changed (and any service fact) first`);
}

let widget;
try {
  widget = read('dist/help-finder.js');
} catch {
  fail('dist/help-finder.js is missing: run npm run build first (npm run release does)');
}

const files = {
  [`help-finder-${version}.js`]: widget,
  [`help-finder-${version}.schema.json`]: read('dist/help-finder.schema.json'),
};
const integrity = sri(widget);
mkdirSync(out, { recursive: true });
for (const [file, bytes] of Object.entries(files)) writeFileSync(join(out, file), bytes);
writeFileSync(join(out, `help-finder-${version}.js.sri`), integrity + '\n');
const sums = Object.entries(files).map(
  ([file, bytes]) => `${createHash('sha256').update(bytes).digest('hex')}  ${file}`,
);
writeFileSync(join(out, 'SHA256SUMS'), sums.join('\n') + '\n');

console.log(`${name} ${version}: ${Object.keys(files).join(', ')}, SHA256SUMS in ${out}/

Integrity: ${integrity}

Self-hosted (copy help-finder-${version}.js to your site):
  ${embed(`/js/help-finder-${version}.js`, integrity)}

From a public npm CDN, once ${version} is published to npm (the same file, the same integrity):
  ${embed(`https://cdn.jsdelivr.net/npm/${name}@${version}/dist/help-finder.js`, integrity)}`);
