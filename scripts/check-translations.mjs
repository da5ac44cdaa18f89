// Checks the Welsh, keeping one copy of each Welsh string, and regenerates src/generated/.
//
// Fails (exit 1) when:
// - a message in the source has no Welsh in locales/cy-translations.json;
// - cy-translations.json holds an orphan: a key whose English source is no longer any
//   message's (a reworded English string leaves its old Welsh behind), or an "id:" key for a
//   message that no longer exists;
// - locales/cy.xlf is out of date (run `npm run localize:extract` and
//   `node scripts/fill-xliff.mjs`), or a unit in it has no Welsh;
// - `lit-localize build` fails or warns that a message is missing.
//
// The messages in the source are extracted into a temporary folder, so this check writes
// nothing in the repository except src/generated/ (from `lit-localize build`), and when it
// fails it puts src/generated/ back as it was.
//
// Usage: node scripts/check-translations.mjs [--no-build]   (--no-build: check only, as `npm run lint` does)
// HELP_FINDER_CY_TABLE=path checks another translation table (scripts/check-translations.test.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceKey } from './xliff-units.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);
const checkOnly = process.argv.includes('--no-build');
const problems = [];

/** The units of an XLIFF file: id, English source (placeholders as ${0}, ${1}…) and Welsh target. */
function units(xliff) {
  return [
    ...xliff.matchAll(
      /<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g,
    ),
  ].map(([, id, source, target]) => {
    return { id, key: sourceKey(source), target };
  });
}

function run(args, what) {
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) problems.push(`${what} failed:\n${output}`);
  return output;
}

// 1. The messages in the source now, extracted into a temporary folder.
const temp = mkdtempSync(join(tmpdir(), 'help-finder-l10n-'));
let fresh = [];
try {
  const config = JSON.parse(readFileSync(at('lit-localize.json'), 'utf8'));
  config.tsConfig = at(config.tsConfig);
  config.output = { ...config.output, outputDir: join(temp, 'out'), localeCodesModule: join(temp, 'locale-codes.ts') };
  config.interchange = { ...config.interchange, xliffDir: join(temp, 'xliff') };
  writeFileSync(join(temp, 'lit-localize.json'), JSON.stringify(config));
  run(['lit-localize', 'extract', '--config', join(temp, 'lit-localize.json')], '`lit-localize extract`');
  try {
    fresh = units(readFileSync(join(temp, 'xliff', 'cy.xlf'), 'utf8'));
  } catch {
    problems.push('`lit-localize extract` wrote no messages');
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

// 2. The translation table against them: missing Welsh and orphans.
const table = JSON.parse(readFileSync(process.env.HELP_FINDER_CY_TABLE ?? at('locales/cy-translations.json'), 'utf8'));
const ids = new Set(fresh.map((u) => u.id));
const sources = new Set(fresh.map((u) => u.key));
for (const unit of fresh) {
  const welsh = table[`id:${unit.id}`] ?? table[unit.key];
  if (typeof welsh !== 'string' || !welsh.trim()) {
    problems.push(`missing Welsh: ${unit.id}  "${unit.key}" (add it to locales/cy-translations.json)`);
  }
}
for (const key of Object.keys(table)) {
  const orphan = key.startsWith('id:') ? !ids.has(key.slice(3)) : !sources.has(key);
  if (orphan) {
    problems.push(`orphaned Welsh in locales/cy-translations.json, no message has this English (remove it): "${key}"`);
  }
}

// 3. locales/cy.xlf is what extract and fill-xliff make of them.
const xliff = units(readFileSync(at('locales/cy.xlf'), 'utf8'));
const inXliff = new Map(xliff.map((u) => [u.id, u]));
for (const unit of fresh) {
  const saved = inXliff.get(unit.id);
  if (!saved || saved.key !== unit.key) {
    problems.push(
      `locales/cy.xlf is out of date for ${unit.id}: run \`npm run localize:extract\`, then \`node scripts/fill-xliff.mjs\``,
    );
  } else if (!saved.target?.trim()) {
    problems.push(`missing Welsh in locales/cy.xlf: ${unit.id} (run \`node scripts/fill-xliff.mjs\`)`);
  }
}
for (const unit of xliff) {
  if (!ids.has(unit.id))
    problems.push(
      `locales/cy.xlf has a message the source no longer has: ${unit.id} (run \`npm run localize:extract\`)`,
    );
}

// 4. Regenerate src/generated/ from the XLIFF; put it back as it was if anything failed.
if (!checkOnly && problems.length === 0) {
  const saved = mkdtempSync(join(tmpdir(), 'help-finder-generated-'));
  try {
    cpSync(at('src/generated'), saved, { recursive: true });
    const output = run(['lit-localize', 'build'], '`lit-localize build`');
    for (const line of output.split('\n').filter((l) => /is missing/.test(l))) problems.push(line.trim());
    if (problems.length > 0) {
      rmSync(at('src/generated'), { recursive: true, force: true });
      cpSync(saved, at('src/generated'), { recursive: true });
    }
  } finally {
    rmSync(saved, { recursive: true, force: true });
  }
}

for (const problem of problems) console.error(problem);
const translated = fresh.filter((u) => inXliff.get(u.id)?.target?.trim()).length;
console.log(
  `${translated} of ${fresh.length} messages translated into Welsh${problems.length ? `; ${problems.length} problem(s), nothing written` : ''}`,
);
if (problems.length > 0 || fresh.length === 0) process.exit(1);
