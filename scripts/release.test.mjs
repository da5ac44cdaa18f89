// `npm run release` (scripts/release.mjs, after `npm run build`): the versioned file, its SRI
// hash and checksum list, and the embed it prints; and that it refuses a version the
// changelog does not describe.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'help-finder-release-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join(dir, 'release');
const run = spawnSync(process.execPath, ['scripts/release.mjs', '--out', out], { encoding: 'utf8' });
const built = readFileSync('dist/help-finder.js');

test('writes the versioned file (the package’s file, byte for byte), its schema, SRI and SHA256SUMS', () => {
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(readdirSync(out).sort(), [
    'SHA256SUMS',
    `help-finder-${version}.js`,
    `help-finder-${version}.js.sri`,
    `help-finder-${version}.schema.json`,
  ]);
  assert.ok(readFileSync(join(out, `help-finder-${version}.js`)).equals(built));
});

test('the SRI hash is the sha384 of the released file, as a browser checks it', () => {
  const released = readFileSync(join(out, `help-finder-${version}.js`));
  const expected = `sha384-${createHash('sha384').update(released).digest('base64')}`;
  assert.equal(readFileSync(join(out, `help-finder-${version}.js.sri`), 'utf8'), expected + '\n');
  assert.match(expected, /^sha384-[A-Za-z0-9+/]{64}$/);
});

test('SHA256SUMS lists every released file with its sha256, in sha256sum’s format', () => {
  const lines = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const files = readdirSync(out).filter((f) => !f.endsWith('.sri') && f !== 'SHA256SUMS');
  assert.equal(lines.length, files.length);
  for (const file of files) {
    const hex = createHash('sha256')
      .update(readFileSync(join(out, file)))
      .digest('hex');
    assert.ok(lines.includes(`${hex}  ${file}`), `no correct line for ${file}`);
  }
});

test('prints the embed with integrity and crossorigin, self-hosted and from an npm CDN by exact version', () => {
  const integrity = readFileSync(join(out, `help-finder-${version}.js.sri`), 'utf8').trim();
  assert.ok(
    run.stdout.includes(
      `<script type="module" fetchpriority="low" src="/js/help-finder-${version}.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    ),
    run.stdout,
  );
  assert.ok(
    run.stdout.includes(
      `src="https://cdn.jsdelivr.net/npm/help-finder@${version}/dist/help-finder.js" integrity="${integrity}" crossorigin="anonymous"`,
    ),
  );
});

test('refuses a version with no entry in CHANGELOG.md', () => {
  // A copy of the project with version 9.9.9, which the changelog does not describe.
  const copy = join(dir, 'copy');
  mkdirSync(join(copy, 'scripts'), { recursive: true });
  mkdirSync(join(copy, 'dist'));
  copyFileSync('scripts/release.mjs', join(copy, 'scripts/release.mjs'));
  copyFileSync('dist/help-finder.js', join(copy, 'dist/help-finder.js'));
  copyFileSync('dist/help-finder.schema.json', join(copy, 'dist/help-finder.schema.json'));
  copyFileSync('CHANGELOG.md', join(copy, 'CHANGELOG.md'));
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'help-finder', version: '9.9.9' }));
  const refused = spawnSync(process.execPath, ['scripts/release.mjs', '--out', join(copy, 'out')], {
    cwd: copy,
    encoding: 'utf8',
  });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /CHANGELOG\.md has no "## \[9\.9\.9\]" section/);
  assert.throws(() => readdirSync(join(copy, 'out')), { code: 'ENOENT' });
});

test('the changelog describes this version, with a date', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  assert.match(changelog, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
});
