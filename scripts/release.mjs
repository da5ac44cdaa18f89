// `npm run release` (after `npm run build`): the files of one release, for partners who host
// the widget themselves, in dist/release/ (or the folder given with --out):
//
//   help-finder-<version>.js           byte for byte the package's dist/help-finder.js, so the
//                                      same integrity holds from a public npm CDN
//   help-finder-<version>.schema.json  the configuration's JSON Schema
//   help-finder-<version>.js.sri       its Subresource Integrity hash (sha384, base64)
//   RELEASE-NOTES.md                   the version's CHANGELOG entry, with its integrity
//   configurator.html                  the configurator, one self-contained page that works
//                                      from the file system or any static host (the build's
//                                      dist/configurator.html), its snippet naming this
//                                      version's file with its integrity
//   LICENSE, THIRD-PARTY-NOTICES.md    the widget's licence and Lit's (BSD 3-Clause), whose
//                                      notice every copy of the minified file must carry
//   SHA256SUMS                         `sha256sum -c SHA256SUMS` checks every file
//
// and prints the embed with `integrity` and `crossorigin`. The CHANGELOG is where partners read
// whether a number changed, so the release starts there:
// - `## [Unreleased]` with entries and no `## [<version>]` yet: the entries move under
//   `## [<version>] - <today>`, and a new empty `## [Unreleased]` starts;
// - `## [<version>]` already there but `## [Unreleased]` not empty: refused (the unreleased
//   changes would ship under an old number; run `npm version` first);
// - neither: refused (nothing says what changed);
// then the version's entry gets its `Integrity:` line (the file's hash).
// Refused too while SECURITY.md still has the publisher's placeholders (where to report a
// security problem or a wrong number), or the version is not semver.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The marker SECURITY.md carries until the publisher fills in its contacts. */
export const PLACEHOLDER = 'TO BE COMPLETED BY THE PUBLISHER';

/** The SRI value of some bytes: `sha384-` and the base64 digest. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The `<script>` that loads a release with its integrity checked by the browser. */
function embed(src, integrity) {
  return `<script type="module" fetchpriority="low" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
}

/** The id of the configurator's JSON island: the version, file and integrity its snippet names. */
export const RELEASE_ISLAND = 'help-finder-release';

/**
 * The configurator page (dist/configurator.html, written by scripts/build-configurator.mjs) with
 * `info` in its release island: data, not script, so the page's Content-Security-Policy (hashes
 * of its script and style) still holds.
 * @param {string} html
 * @param {Record<string, unknown>} info merged over what the island held
 * @returns {string}
 */
export function withRelease(html, info) {
  const island = new RegExp(`(<script type="application/json" id="${RELEASE_ISLAND}">)([\\s\\S]*?)(</script>)`);
  const found = island.exec(html);
  if (!found) throw new Error(`no <script id="${RELEASE_ISLAND}"> in the configurator page`);
  const json = JSON.stringify({ ...JSON.parse(found[2]), ...info }).replace(/</g, '\\u003c');
  return html.replace(island, () => `${found[1]}${json}${found[3]}`);
}

/**
 * The CHANGELOG for a release of `version` on `date`, with the file's `integrity`, and the
 * version's entry; or why it cannot be released.
 * @param {string} changelog
 * @param {string} version
 * @param {string} date YYYY-MM-DD
 * @param {string} integrity
 * @returns {{ changelog: string, entry: string } | { error: string }}
 */
export function releaseChangelog(changelog, version, date, integrity) {
  const heading = /^## \[([^\]]+)\].*$/gm;
  const sections = [...changelog.matchAll(heading)].map((m) => ({ name: m[1], start: m.index, head: m[0] }));
  const body = (s) => {
    const next = sections[sections.indexOf(s) + 1];
    return changelog.slice(s.start + s.head.length, next ? next.start : changelog.length);
  };
  const unreleased = sections.find((s) => s.name === 'Unreleased');
  const pending = unreleased ? body(unreleased).trim() : '';
  let text = changelog;
  const existing = sections.find((s) => s.name === version);
  if (existing && pending) {
    return {
      error: `CHANGELOG.md has changes under "## [Unreleased]", and ${version} is already released: they would ship as ${version}. Set the next version first (npm version patch|minor|major --no-git-tag-version).`,
    };
  }
  if (!existing) {
    if (!pending) {
      return {
        error: `CHANGELOG.md has no "## [${version}]" section and nothing under "## [Unreleased]": say what changed (and any service fact) first`,
      };
    }
    text =
      changelog.slice(0, unreleased.start) +
      `## [Unreleased]\n\n## [${version}] - ${date}\n\n${pending}\n\n` +
      changelog.slice(unreleased.start + unreleased.head.length + body(unreleased).length).replace(/^\n+/, '');
  }
  // The entry's Integrity line: added, or brought up to date.
  const start = text.search(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm'));
  const headEnd = text.indexOf('\n', start) + 1;
  const nextAt = text.slice(headEnd).search(/^## \[/m);
  const end = nextAt === -1 ? text.length : headEnd + nextAt;
  let entry = text.slice(headEnd, end).replace(/^Integrity \(dist\/help-finder\.js\): .*\n\n?/m, '');
  entry = `\nIntegrity (dist/help-finder.js): \`${integrity}\`\n${entry.startsWith('\n') ? '' : '\n'}${entry}`;
  text = text.slice(0, headEnd) + entry + text.slice(end);
  return { changelog: text, entry: `${text.slice(start, headEnd)}${entry}`.trim() + '\n' };
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : 'dist/release';
  const root = new URL('..', import.meta.url);
  const read = (path) => readFileSync(new URL(path, root));

  const { name, version } = JSON.parse(read('package.json').toString());
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail(`"${version}" is not a semver version`);
  let security = '';
  try {
    security = read('SECURITY.md').toString();
  } catch {
    fail('SECURITY.md is missing: say where to report a security problem and a wrong number');
  }
  if (security.includes(PLACEHOLDER)) {
    fail(
      `SECURITY.md still says "${PLACEHOLDER}": fill in where to report a security problem and a wrong number before the first release`,
    );
  }
  let widget;
  try {
    widget = read('dist/help-finder.js');
  } catch {
    fail('dist/help-finder.js is missing: run npm run build first (npm run release does)');
  }
  let configurator;
  try {
    configurator = read('dist/configurator.html').toString();
  } catch {
    fail('dist/configurator.html is missing: run npm run build first (npm run release does)');
  }
  const integrity = sri(widget);
  const today = new Date().toISOString().slice(0, 10);
  const released = releaseChangelog(read('CHANGELOG.md').toString(), version, today, integrity);
  if ('error' in released) fail(released.error);
  const { changelog: newChangelog, entry } = /** @type {{ changelog: string, entry: string }} */ (released);

  let configuratorPage = '';
  try {
    configuratorPage = withRelease(configurator, {
      version,
      file: `help-finder-${version}.js`,
      integrity,
      released: true,
    });
  } catch (error) {
    fail(`dist/configurator.html: ${error.message}: run npm run build again`);
  }

  const files = {
    [`help-finder-${version}.js`]: widget,
    [`help-finder-${version}.schema.json`]: read('dist/help-finder.schema.json'),
    'RELEASE-NOTES.md': Buffer.from(entry),
    'configurator.html': Buffer.from(configuratorPage),
    // The minified file has no comments: Lit's licence (BSD 3-Clause) travels beside it.
    LICENSE: read('LICENSE'),
    'THIRD-PARTY-NOTICES.md': read('THIRD-PARTY-NOTICES.md'),
  };
  mkdirSync(out, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(out, file), bytes);
  writeFileSync(join(out, `help-finder-${version}.js.sri`), integrity + '\n');
  const sums = Object.entries(files).map(
    ([file, bytes]) => `${createHash('sha256').update(bytes).digest('hex')}  ${file}`,
  );
  writeFileSync(join(out, 'SHA256SUMS'), sums.join('\n') + '\n');
  writeFileSync(new URL('CHANGELOG.md', root), newChangelog);

  console.log(`${name} ${version}: ${Object.keys(files).join(', ')}, SHA256SUMS in ${out}/
CHANGELOG.md: the ${version} entry has its integrity line (commit it).

Integrity: ${integrity}

The configurator, for a snippet with your own contacts: open ${out}/configurator.html in a browser.

Self-hosted (copy help-finder-${version}.js to your site):
  ${embed(`/js/help-finder-${version}.js`, integrity)}

From a public npm CDN, once ${version} is published to npm (the same file, the same integrity):
  ${embed(`https://cdn.jsdelivr.net/npm/${name}@${version}/dist/help-finder.js`, integrity)}`);
}
