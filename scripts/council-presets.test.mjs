// The configurator's council presets (demo/council-presets.js) against the project's council
// reference, shared/reference/councils.md (beside this repository, as on every developer's
// machine and in CI): every value and source is in the reference, each value's confidence is the
// reference's, nothing marked U is there, and every council without a value says why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { councilPresets } from '../demo/council-presets.js';

const reference = new URL('../../shared/reference/councils.md', import.meta.url);
assert.ok(existsSync(reference), `the council reference is missing: ${reference.pathname}`);
const markdown = readFileSync(reference, 'utf8');

/** The reference's table rows, by council name: the cells of `| # | Council | … | Confidence |`. */
const rows = new Map(
  markdown
    .split('\n')
    .filter((line) => /^\| \d+ \| /.test(line))
    .map((line) => {
      const cells = line.split(' | ').map((c) => c.replace(/^\| |\|$/g, '').trim());
      return [cells[1], cells];
    }),
);

/** The reference's confidence marks for a council: office hours and out of hours (EDT). */
function marks(council) {
  const confidence = rows.get(council).at(-1);
  const split = confidence.match(/In-hours \*\*(\w+)[^*]*\*\*.*EDT \*\*(\w+)/);
  if (split) return { phone: split[1], outOfHoursPhone: split[2] };
  const both = confidence.match(/\*\*(\w+) \/ (\w+)\*\*/);
  assert.ok(both, `cannot read the confidence of ${council}: ${confidence}`);
  return { phone: both[1], outOfHoursPhone: both[2] };
}

/** The reference's Welsh names: `| Council | Welsh |`. */
const welshNames = new Map(
  [...markdown.split('## Council names in Welsh')[1].matchAll(/^\| ([^|]+?) \| ([^|]+?) \|$/gm)].map((m) => [
    m[1],
    m[2],
  ]),
);

const facts = (preset) =>
  ['phone', 'outOfHoursPhone', 'url'].filter((key) => preset[key]).map((key) => [key, preset[key]]);

test('one preset for each of the 22 councils, named in English and Welsh as in the reference', () => {
  assert.equal(rows.size, 22);
  assert.deepEqual(
    councilPresets.map((p) => p.name.en),
    [...rows.keys()],
  );
  for (const { name } of councilPresets) {
    assert.ok(welshNames.get(name.en)?.startsWith(name.cy), `${name.en}: Welsh name "${name.cy}"`);
  }
  assert.equal(new Set(councilPresets.map((p) => p.id)).size, 22);
});

test('every value, source address and date is copied from the reference', () => {
  for (const preset of councilPresets) {
    for (const [key, fact] of facts(preset)) {
      const at = `${preset.name.en} ${key}`;
      assert.ok(markdown.includes(fact.value), `${at}: "${fact.value}" is not in councils.md`);
      assert.ok(fact.sources.length > 0, `${at}: no source`);
      for (const source of fact.sources) {
        assert.ok(source.title && source.date, `${at}: a source without its title or date`);
        if (source.url) assert.ok(markdown.includes(source.url), `${at}: source ${source.url} is not in councils.md`);
      }
    }
  }
});

test('the numbers have the reference’s own confidence, C1 or C2; a U or NF number is left empty with a note', () => {
  for (const preset of councilPresets) {
    const expected = marks(preset.name.en);
    for (const key of ['phone', 'outOfHoursPhone']) {
      const at = `${preset.name.en} ${key}`;
      if (expected[key] === 'C1' || expected[key] === 'C2') {
        assert.equal(preset[key]?.confidence, expected[key], at);
        assert.ok(rows.get(preset.name.en).join(' ').includes(preset[key].value), `${at}: not the number in its row`);
      } else {
        assert.equal(preset[key], undefined, `${at} is marked ${expected[key]} in the reference`);
        assert.ok((preset.missing[key] ?? '').length > 20, `${at}: no note saying why it is empty`);
      }
    }
    if (!preset.url) assert.ok((preset.missing.url ?? '').length > 20, `${preset.name.en} url: no note`);
    for (const [, fact] of facts(preset)) assert.match(fact.confidence, /^C[12]$/);
  }
});

test('no number the reference marks U is anywhere in the presets', () => {
  const presetText = JSON.stringify(councilPresets);
  const number = /\b0\d{2,4} ?\d{2,4} ?\d{3,4}\b/g;
  const trusted = new Set();
  const uncertain = new Set();
  for (const council of rows.keys()) {
    const cells = rows.get(council);
    const mark = marks(council);
    for (const [cell, key] of [
      [cells[2], 'phone'],
      [cells[3], 'outOfHoursPhone'],
    ]) {
      for (const found of cell.match(number) ?? []) (mark[key] === 'U' ? uncertain : trusted).add(found);
    }
  }
  assert.ok(uncertain.size >= 4, 'expected to find the U numbers of Flintshire, Bridgend and the Vale');
  for (const found of uncertain) {
    if (!trusted.has(found)) assert.ok(!presetText.includes(found), `U number ${found} is in the presets`);
  }
});

test('a configuration of all 22 presets passes the widget’s checks with no error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'help-finder-presets-'));
  try {
    const areas = councilPresets.map((p) => ({
      id: p.id,
      name: p.name,
      childrensServices: Object.fromEntries(facts(p).map(([key, fact]) => [key, fact.value])),
    }));
    const file = join(dir, 'all-councils.json');
    writeFileSync(file, JSON.stringify({ areas }));
    const run = spawnSync(process.execPath, ['dist/help-finder-check.js', file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /: error /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the presets the second facts audit found resting on old or unfound pages say so before their values', () => {
  // shared/reviews/facts-audit-2.md, should-fix 9.
  const named = ['conwy', 'ceredigion', 'vale-of-glamorgan', 'wrexham', 'neath-port-talbot', 'rhondda-cynon-taf'];
  for (const id of named) {
    const preset = councilPresets.find((p) => p.id === id);
    assert.match(preset.recheck ?? '', /before going live\.$/, `${id}: no recheck note`);
  }
  const { stderr } = spawnSync(process.execPath, ['dist/help-finder-check.js', '--council', 'conwy'], {
    encoding: 'utf8',
  });
  assert.match(stderr, /areas\[0\] \(Conwy\): check first\. Rests on a Conwy page from January 2020/);
});
