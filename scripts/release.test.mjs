// `npm run release` (scripts/release.mjs, after `npm run build`), run on copies of the project:
// the versioned file, its SRI hash, release notes and checksum list, the embed it prints, the
// CHANGELOG entry it writes (its date and integrity); and what it refuses: unreleased changes
// under an old version, a version the changelog does not describe, SECURITY.md placeholders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PLACEHOLDER } from './release.mjs';

const dir = mkdtempSync(join(tmpdir(), 'help-finder-release-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const built = readFileSync('dist/help-finder.js');
const FILLED_SECURITY = '# Reporting a problem\n\nWrong numbers: facts@example.org. Security: security@example.org.\n';

/** A copy of the project with this version, changelog and SECURITY.md; runs the release in it. */
function release(name, { version, changelog = readFileSync('CHANGELOG.md', 'utf8'), security = FILLED_SECURITY }) {
  const copy = join(dir, name);
  mkdirSync(join(copy, 'scripts'), { recursive: true });
  mkdirSync(join(copy, 'dist'));
  copyFileSync('scripts/release.mjs', join(copy, 'scripts/release.mjs'));
  copyFileSync('dist/help-finder.js', join(copy, 'dist/help-finder.js'));
  copyFileSync('dist/help-finder.schema.json', join(copy, 'dist/help-finder.schema.json'));
  writeFileSync(join(copy, 'CHANGELOG.md'), changelog);
  writeFileSync(join(copy, 'SECURITY.md'), security);
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'help-finder', version }));
  const out = join(copy, 'out');
  const run = spawnSync(process.execPath, ['scripts/release.mjs', '--out', out], { cwd: copy, encoding: 'utf8' });
  return { run, out, changelog: () => readFileSync(join(copy, 'CHANGELOG.md'), 'utf8') };
}

const CHANGELOG = `# Changelog

## [Unreleased]

### Service facts
- Changed: NSPCC Helpline hours.

## [0.1.0] - 2026-11-29

### Added
- The widget.
`;
const next = release('next', { version: '0.2.0', changelog: CHANGELOG });
const integrity = `sha384-${createHash('sha384').update(built).digest('base64')}`;

test('writes the versioned file (the package’s file, byte for byte), its schema, SRI, release notes and SHA256SUMS', () => {
  assert.equal(next.run.status, 0, next.run.stderr);
  assert.deepEqual(readdirSync(next.out).sort(), [
    'RELEASE-NOTES.md',
    'SHA256SUMS',
    'help-finder-0.2.0.js',
    'help-finder-0.2.0.js.sri',
    'help-finder-0.2.0.schema.json',
  ]);
  assert.ok(readFileSync(join(next.out, 'help-finder-0.2.0.js')).equals(built));
  assert.equal(readFileSync(join(next.out, 'help-finder-0.2.0.js.sri'), 'utf8'), integrity + '\n');
  assert.match(integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
});

test('moves [Unreleased] under the new version, dated today, with the file’s integrity, in the CHANGELOG and the notes', () => {
  const today = new Date().toISOString().slice(0, 10);
  const changelog = next.changelog();
  assert.ok(
    changelog.includes(
      `## [Unreleased]\n\n## [0.2.0] - ${today}\n\nIntegrity (dist/help-finder.js): \`${integrity}\`\n\n### Service facts\n- Changed: NSPCC Helpline hours.\n\n## [0.1.0] - 2026-11-29`,
    ),
    changelog,
  );
  const notes = readFileSync(join(next.out, 'RELEASE-NOTES.md'), 'utf8');
  assert.match(
    notes,
    new RegExp(`^## \\[0\\.2\\.0\\] - ${today}\\n\\nIntegrity \\(dist/help-finder\\.js\\): \`sha384-`),
  );
  assert.ok(notes.includes('NSPCC Helpline hours') && !notes.includes('0.1.0'));
});

test('SHA256SUMS lists every released file with its sha256, in sha256sum’s format', () => {
  const lines = readFileSync(join(next.out, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const files = readdirSync(next.out).filter((f) => !f.endsWith('.sri') && f !== 'SHA256SUMS');
  assert.equal(lines.length, files.length);
  for (const file of files) {
    const hex = createHash('sha256')
      .update(readFileSync(join(next.out, file)))
      .digest('hex');
    assert.ok(lines.includes(`${hex}  ${file}`), `no correct line for ${file}`);
  }
});

test('prints the embed with integrity and crossorigin, self-hosted and from an npm CDN by exact version', () => {
  assert.ok(
    next.run.stdout.includes(
      `<script type="module" fetchpriority="low" src="/js/help-finder-0.2.0.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    ),
    next.run.stdout,
  );
  assert.ok(
    next.run.stdout.includes(
      `src="https://cdn.jsdelivr.net/npm/help-finder@0.2.0/dist/help-finder.js" integrity="${integrity}" crossorigin="anonymous"`,
    ),
  );
});

test('refuses to ship unreleased changes under a version already released', () => {
  const { run, out, changelog } = release('old-version', { version: '0.1.0', changelog: CHANGELOG });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /changes under "## \[Unreleased\]", and 0\.1\.0 is already released/);
  assert.equal(existsSync(out), false);
  assert.equal(changelog(), CHANGELOG, 'the CHANGELOG is left as it was');
});

test('refuses a version the CHANGELOG does not describe', () => {
  const empty = CHANGELOG.replace('### Service facts\n- Changed: NSPCC Helpline hours.\n\n', '');
  const { run, out } = release('no-entry', { version: '9.9.9', changelog: empty });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /CHANGELOG\.md has no "## \[9\.9\.9\]" section/);
  assert.equal(existsSync(out), false);
});

test('refuses while SECURITY.md still has the publisher’s placeholders (this repository’s own, today)', () => {
  const own = readFileSync('SECURITY.md', 'utf8');
  const { run, out } = release('placeholder', { version: '0.2.0', changelog: CHANGELOG, security: own });
  if (own.includes(PLACEHOLDER)) {
    assert.equal(run.status, 1);
    assert.match(run.stderr, /SECURITY\.md still says "TO BE COMPLETED BY THE PUBLISHER"/);
    assert.equal(existsSync(out), false);
  } else {
    assert.equal(run.status, 0, run.stderr);
  }
  const missing = release('no-security', { version: '0.2.0', changelog: CHANGELOG, security: `x ${PLACEHOLDER}` });
  assert.equal(missing.run.status, 1);
});

test('the changelog describes this version, with a date', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  assert.match(changelog, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
});
