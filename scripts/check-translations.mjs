// Checks the Welsh in locales/cy-translations.json against the messages in the source, and builds
// src/generated/locales/cy.ts from it (see scripts/translations.mjs for the table's format).
//
// Fails (exit 1), writing nothing, when:
// - a message in the source has no Welsh;
// - "Welsh needs review": a message's English is no longer the English its Welsh was written for
//   (someone reworded it). The message names the id and both Englishes. Update the Welsh if it
//   no longer fits, then record the review: `npm run localize:reviewed -- <id>…`;
// - an entry is for no message (an orphan: its id was removed or renamed), or is malformed;
// - a Welsh uses a placeholder ${n} its English does not have;
// - `lit-localize build` fails or warns that a message is missing.
// Otherwise it writes src/generated/ (the Welsh table and the locale codes), unless --no-build.
//
// Usage:
//   node scripts/check-translations.mjs [--no-build]   (--no-build: check only, as `npm run lint` does)
//   node scripts/check-translations.mjs --reviewed ID…  (`npm run localize:reviewed -- ID…`): records the
//     English each ID has now as the one its Welsh answers, then checks (and builds) as above
// HELP_FINDER_CY_TABLE=path checks (and --reviewed writes) another table (scripts/check-translations.test.mjs).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compareTable,
  fillXliff,
  formatTable,
  litLocalize,
  markReviewed,
  readTable,
  REVIEWED_COMMAND,
  tempFolder,
  xliffMessages,
} from './translations.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tablePath = process.env.HELP_FINDER_CY_TABLE ?? join(root, 'locales/cy-translations.json');
const args = process.argv.slice(2);
const checkOnly = args.includes('--no-build');
const reviewed = args.includes('--reviewed') ? args.filter((a) => !a.startsWith('--')) : [];
const problems = [];

const temp = tempFolder();
let messages = [];
try {
  // 1. The messages in the source now.
  const extract = litLocalize(root, 'extract', temp.path);
  if (!extract.ok) problems.push(`\`lit-localize extract\` failed:\n${extract.output}`);
  let xliff = '';
  try {
    xliff = readFileSync(join(temp.path, 'xliff', 'cy.xlf'), 'utf8');
    messages = xliffMessages(xliff);
  } catch {
    problems.push('`lit-localize extract` wrote no messages');
  }

  // 2. Reviews recorded, then the table against the messages.
  let table = readTable(tablePath);
  if (args.includes('--reviewed')) {
    if (reviewed.length === 0) problems.push(`name the ids whose Welsh you reviewed: ${REVIEWED_COMMAND} <id>…`);
    const marked = markReviewed(table, messages, reviewed);
    for (const id of marked.unknown) problems.push(`--reviewed ${id}: no message with Welsh has this id`);
    if (marked.unknown.length === 0 && reviewed.length > 0) {
      table = marked.table;
      writeFileSync(tablePath, formatTable(table));
      console.log(`Recorded the English of ${reviewed.join(', ')} as reviewed in ${tablePath}`);
    }
  }
  problems.push(...compareTable(messages, table).problems);

  // 3. Build the Welsh table from the XLIFF filled with the Welsh, and put it in src/generated/.
  if (!checkOnly && problems.length === 0) {
    writeFileSync(join(temp.path, 'xliff', 'cy.xlf'), fillXliff(xliff, table));
    const build = litLocalize(root, 'build', temp.path);
    if (!build.ok) problems.push(`\`lit-localize build\` failed:\n${build.output}`);
    for (const line of build.output.split('\n').filter((l) => /is missing/.test(l))) problems.push(line.trim());
    if (problems.length === 0) {
      cpSync(join(temp.path, 'out', 'cy.ts'), join(root, 'src/generated/locales/cy.ts'));
      cpSync(join(temp.path, 'locale-codes.ts'), join(root, 'src/generated/locale-codes.ts'));
    }
  }
} finally {
  temp.done();
}

for (const problem of problems) console.error(problem);
console.log(
  `${messages.length} messages, ${Object.keys(readTable(tablePath)).length} Welsh entries` +
    (problems.length
      ? `; ${problems.length} problem(s), nothing built`
      : checkOnly
        ? '; all fine'
        : '; built src/generated/'),
);
if (problems.length > 0 || messages.length === 0) process.exit(1);
