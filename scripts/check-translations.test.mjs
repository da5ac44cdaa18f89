// Checks the Welsh check: `check-translations.mjs` must fail on an orphaned Welsh string (its
// English reworded away) and on a message without Welsh, and pass on the real table.
// Run by `npm run lint`. Writes only a temporary copy of the table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./check-translations.mjs', import.meta.url));
const table = JSON.parse(readFileSync(new URL('../locales/cy-translations.json', import.meta.url), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'help-finder-l10n-test-'));
const failures = [];

function check(name, tableCopy, expectedStatus, expectedMessage) {
  const path = join(temp, `${name}.json`);
  writeFileSync(path, JSON.stringify(tableCopy));
  const run = spawnSync(process.execPath, [script, '--no-build'], {
    encoding: 'utf8',
    env: { ...process.env, HELP_FINDER_CY_TABLE: path },
  });
  if (run.status !== expectedStatus)
    failures.push(`${name}: exit ${run.status}, expected ${expectedStatus}\n${run.stderr}`);
  if (expectedMessage && !run.stderr.includes(expectedMessage))
    failures.push(`${name}: no "${expectedMessage}" in:\n${run.stderr}`);
}

try {
  check(
    'orphan',
    { ...table, 'An English sentence that no message has any more.': 'Brawddeg.' },
    1,
    'orphaned Welsh in locales/cy-translations.json, no message has this English (remove it): "An English sentence that no message has any more."',
  );
  const withoutBack = { ...table };
  delete withoutBack.Back;
  check('missing', withoutBack, 1, '"Back" (add it to locales/cy-translations.json)');
  check('orphaned id', { ...table, 'id:no-such-message': 'Dim' }, 1, '"id:no-such-message"');
} finally {
  rmSync(temp, { recursive: true, force: true });
}

for (const failure of failures) console.error(failure);
console.log(
  failures.length
    ? `check-translations self-test: ${failures.length} failed`
    : 'check-translations self-test: orphaned and missing Welsh are caught',
);
process.exit(failures.length ? 1 : 0);
