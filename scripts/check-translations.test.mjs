// The Welsh check (check-translations.mjs, translations.mjs): a reworded English string flags its
// Welsh for review, naming the id and both Englishes, instead of dropping it; one command records
// the review; missing, orphaned and old-format Welsh are caught. Run by `npm run lint`
// (node --test scripts/*.test.mjs). The end-to-end tests write only a temporary copy of the table.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compareTable, fillXliff, formatTable, markReviewed } from './translations.mjs';

const messages = [
  { id: 'concern.title', en: 'What do you need help with?' },
  { id: 'hours.opens', en: 'Opens ${0}.' },
];
const table = () => ({
  'concern.title': { en: 'What do you need help with?', cy: 'Gyda beth mae angen help arnoch chi?' },
  'hours.opens': { en: 'Opens ${0}.', cy: 'Yn agor ${0}.' },
});
const reworded = [{ id: 'concern.title', en: 'What has made you worried?' }, messages[1]];

describe('compareTable', () => {
  test('an untouched English string: nothing to report', () => {
    assert.deepEqual(compareTable(messages, table()), { problems: [], reviews: [] });
  });

  test('a reworded English string: its Welsh needs review, with both Englishes and the command', () => {
    const { problems, reviews } = compareTable(reworded, table());
    assert.deepEqual(reviews, ['concern.title']);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^Welsh needs review: concern\.title: its English changed\./);
    assert.match(problems[0], /English was: "What do you need help with\?"/);
    assert.match(problems[0], /English now: "What has made you worried\?"/);
    assert.match(problems[0], /Welsh: {7}"Gyda beth mae angen help arnoch chi\?"/);
    assert.match(problems[0], /npm run localize:reviewed -- concern\.title/);
  });

  test('marking it reviewed records the new English and keeps the Welsh', () => {
    const marked = markReviewed(table(), reworded, ['concern.title']);
    assert.deepEqual(marked.unknown, []);
    assert.deepEqual(marked.table['concern.title'], {
      en: 'What has made you worried?',
      cy: 'Gyda beth mae angen help arnoch chi?',
    });
    assert.deepEqual(compareTable(reworded, marked.table).problems, []);
    assert.deepEqual(markReviewed(table(), reworded, ['no.such-id']).unknown, ['no.such-id']);
  });

  test('a message without Welsh: names it and gives the entry to add', () => {
    const { problems } = compareTable([...messages, { id: 'back', en: 'Back' }], table());
    assert.deepEqual(problems, [
      'missing Welsh: back "Back". Add to locales/cy-translations.json:\n  "back": { "en": "Back", "cy": "…" }',
    ]);
  });

  test('Welsh for an id no message has: an orphan', () => {
    const { problems } = compareTable([messages[0]], table());
    assert.equal(problems.length, 1);
    assert.match(
      problems[0],
      /^orphaned Welsh in locales\/cy-translations\.json: no message has the id "hours\.opens"/,
    );
  });

  test('an old-format "English": "Welsh" entry: the entry to write instead', () => {
    const old = { 'hours.opens': table()['hours.opens'], 'What do you need help with?': 'Gyda beth…?' };
    const { problems } = compareTable(messages, old);
    assert.ok(
      problems.includes(
        'missing Welsh: concern.title "What do you need help with?". Add to locales/cy-translations.json:\n  "concern.title": { "en": "What do you need help with?", "cy": "…" }',
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.includes(
        'old-format entry in locales/cy-translations.json: "What do you need help with?". Write it as "concern.title": { "en": "What do you need help with?", "cy": "Gyda beth…?" }',
      ),
      problems.join('\n'),
    );
  });

  test('a Welsh placeholder its English does not have', () => {
    const bad = { ...table(), 'hours.opens': { en: 'Opens ${0}.', cy: 'Yn agor ${1}.' } };
    assert.match(compareTable(messages, bad).problems.join('\n'), /Welsh of hours\.opens uses \$\{1\}/);
  });
});

test('fillXliff writes each Welsh as the target, its ${n} as the source’s placeholders', () => {
  const xliff =
    '<trans-unit id="hours.opens">\n  <source>Opens <x id="0" equiv-text="${when}"/>.</source>\n</trans-unit>\n' +
    '<trans-unit id="concern.title">\n  <source>What do you need help with?</source>\n</trans-unit>';
  const filled = fillXliff(xliff, { ...table(), 'concern.title': { en: '…', cy: 'A & B <c>' } });
  assert.match(filled, /<target>Yn agor <x id="0" equiv-text="\$\{when\}"\/>\.<\/target>/);
  assert.match(filled, /<target>A &amp; B &lt;c&gt;<\/target>/);
});

// End to end, on the real messages and a copy of the real table.
describe('check-translations.mjs', () => {
  const script = fileURLToPath(new URL('./check-translations.mjs', import.meta.url));
  const real = readFileSync(new URL('../locales/cy-translations.json', import.meta.url), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'help-finder-l10n-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'cy-translations.json');
  const run = (...args) =>
    spawnSync(process.execPath, [script, '--no-build', ...args], {
      encoding: 'utf8',
      env: { ...process.env, HELP_FINDER_CY_TABLE: path },
    });
  const copy = JSON.parse(real);
  const [id, entry] = Object.entries(copy).find(([, e]) => e.en === 'What do you need help with?');

  // As if the first question had read "What makes you worried?" when its Welsh was written.
  const writeReworded = () =>
    writeFileSync(path, formatTable({ ...copy, [id]: { ...entry, en: 'What makes you worried?' } }));

  test('the first question reworded since its Welsh: fails, naming the id and both Englishes', () => {
    writeReworded();
    const result = run();
    assert.equal(result.status, 1, result.stderr);
    assert.ok(
      result.stderr.includes(
        `Welsh needs review: ${id}: its English changed.\n` +
          '  English was: "What makes you worried?"\n' +
          '  English now: "What do you need help with?"',
      ),
      result.stderr,
    );
  });

  test('`--reviewed <id>` records the English it has now, keeps the Welsh, and then passes', () => {
    writeReworded();
    const result = run('--reviewed', id);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(path, 'utf8'), real, 'the table is back as it was, byte for byte');
  });
});
