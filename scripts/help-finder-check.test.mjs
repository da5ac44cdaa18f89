// `help-finder-check`, the package's bin, as a web team's pipeline runs it (after
// `npm run build`; `npm run lint:package` runs this file): exit codes and the lines it prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'help-finder-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function check(...args) {
  const run = spawnSync(process.execPath, ['dist/help-finder-check.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

// The national services' provenance (src/services/service-provenance.ts): every fact is dated.
const provenance = readFileSync('src/services/service-provenance.ts', 'utf8');
const CHECKED = [...provenance.matchAll(/'(\d{4}-\d{2}-\d{2})'/g)].map((m) => m[1]).sort()[0];
const FACTS_LINE = `National service facts in this version: oldest checked ${CHECKED} (--facts lists each with its sources).`;

// The Torfaen contacts of README's example (from the project's council reference).
const torfaen = {
  id: 'torfaen',
  name: { en: 'Torfaen', cy: 'Torfaen' },
  childrensServices: { phone: '01495 762200', outOfHoursPhone: '0800 328 4432' },
};

test('a good configuration: exit 0 and "no problems found"', () => {
  const good = file('good.json', {
    agency: { name: { en: 'Ysgol Example', cy: 'Ysgol Enghraifft' } },
    areas: [torfaen],
  });
  const { code, out, err } = check(good);
  assert.equal(code, 0, out + err);
  assert.equal(out, `${good}: no problems found\n${FACTS_LINE}\n`);
  assert.equal(err, '');
});

test('a broken configuration: exit 1, and each problem as the widget logs it, naming the field', () => {
  const broken = file('broken.json', {
    areas: [{ ...torfaen, childrensServices: { ...torfaen.childrensServices, phone: '01234' } }],
    exitUrl: 'javascript:alert(1)',
  });
  const { code, out } = check(broken);
  assert.equal(code, 1);
  const lines = out.trim().split('\n');
  assert.equal(lines.pop(), FACTS_LINE);
  assert.deepEqual(lines, [
    `${broken}: error   [help-finder] areas[0].childrensServices.phone: "01234" is not a UK phone number`,
    `${broken}: error   [help-finder] exitUrl: "javascript:alert(1)" is not an allowed link (use https:…)`,
    `${broken}: 2 errors, 0 warnings (the widget leaves out each value with an error and uses the rest)`,
  ]);
});

test('a file that is not JSON (a web page where the file was expected): exit 1, said plainly', () => {
  const page = file('page.json', '<!doctype html><title>Not found</title>');
  const { code, out } = check(page);
  assert.equal(code, 1);
  assert.match(out, /error {3}\[help-finder\] \(config\): is not valid JSON \(it is a web page, not JSON\)/);
});

test('warnings only: exit 0, each warning printed; --strict makes them fail the pipeline', () => {
  // English only: Welsh speakers would see the English (a warning, not an error).
  const englishOnly = file('english-only.json', { areas: [{ ...torfaen, name: 'Torfaen' }] });
  const { code, out } = check(englishOnly);
  assert.equal(code, 0);
  assert.match(out, /warning \[help-finder\] areas\[0\]\.name: has no Welsh \("cy"\) text/);
  assert.match(out, /: 0 errors, 1 warning\nNational service facts/);
  assert.equal(check('--strict', englishOnly).code, 1);
});

test('several files: every file is reported, and one bad file fails the run', () => {
  const good = file('good2.json', { areas: [torfaen] });
  const bad = file('bad2.json', { exitShortcut: 'yes' });
  const { code, out } = check(good, bad);
  assert.equal(code, 1);
  assert.match(out, new RegExp(`${good.replace(/[.\\]/g, '\\$&')}: no problems found`));
  assert.match(out, /exitShortcut: expected true or false, got "yes"/);
});

test('no file, an unknown option or a missing file: exit 2 with a reason', () => {
  const none = check();
  assert.equal(none.code, 2);
  assert.match(none.err, /Usage: help-finder-check/);
  assert.equal(check('--fix', 'x.json').code, 2);
  const missing = check(join(dir, 'missing.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /missing\.json: could not be read \(ENOENT\)/);
});

test('--help exits 0 and --version prints the package version', () => {
  assert.equal(check('--help').code, 0);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(check('--version').out.trim(), version);
});

test('--facts lists every national service fact with its confidence, date and sources (npm run facts:report)', () => {
  const { code, out } = check('--facts');
  assert.equal(code, 0);
  const services = out.split('\n').filter((line) => /^\S+: (C1|C2|U), checked \d{4}-\d{2}-\d{2}$/.test(line));
  const ids = [...provenance.matchAll(/^ {2}'?([a-z-]+)'?: provenance\(/gm)].map((m) => m[1]);
  assert.equal(services.length, ids.length);
  for (const id of ids)
    assert.ok(
      services.some((line) => line.startsWith(`${id}: `)),
      `${id} is not listed`,
    );
  assert.match(out, /^nspcc: C2, checked \d{4}-\d{2}-\d{2}\n {2}source: https:\/\/www\.nspcc\.org\.uk\//m);
  assert.match(out, new RegExp(`^${ids.length} services; oldest check ${CHECKED}$`, 'm'));
  assert.match(out, /^bank holidays \(England and Wales\): 2026 to \d{4}, checked \d{4}-\d{2}-\d{2}; source: /m);
});

test('the bank-holiday table runs more than a year ahead (else add the next year from GOV.UK’s list)', () => {
  const table = readFileSync('src/time/bank-holidays.ts', 'utf8');
  const lastYear = Number(/lastYear: (\d{4})/.exec(table)[1]);
  const yearAhead = new Date();
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  assert.ok(yearAhead < new Date(Date.UTC(lastYear + 1, 0, 1)), `the table ends in ${lastYear}: add ${lastYear + 1}`);
  // help-finder-check says so too, a year before: a warning line, never an error.
  assert.doesNotMatch(check('--facts').out, /^warning: the bank-holiday table/m);
});

test('--council starts a configuration from council presets: JSON on stdout, each value’s source on stderr', () => {
  const { code, out, err } = check('--council', 'cardiff', '--council', 'gwynedd');
  assert.equal(code, 0, err);
  const { areas } = JSON.parse(out);
  assert.deepEqual(areas, [
    {
      id: 'cardiff',
      name: { en: 'Cardiff', cy: 'Caerdydd' },
      childrensServices: {
        phone: '029 2053 6490',
        outOfHoursPhone: '029 2078 8570',
        url: 'https://www.cardifffamilies.co.uk/report-a-concern/',
      },
    },
    // No number in the reference for Gwynedd: nothing filled in.
    { id: 'gwynedd', name: { en: 'Gwynedd', cy: 'Gwynedd' }, childrensServices: {} },
  ]);
  assert.match(
    err,
    /areas\[0\]\.childrensServices\.phone \(Cardiff\): 029 2053 6490: C2 .*Whitchurch High School Child Protection Policy <https:\/\/docslib\.org\/doc\/1778889\/child-protection-policy> \(reviewed Mar 2021\).*Check this number before going live\./,
  );
  assert.match(err, /areas\[1\]\.childrensServices\.phone \(Gwynedd\): empty\. The reference found no number/);
  // What it writes, the checker accepts.
  const started = file('started.json', out);
  assert.equal(check(started).code, 0);
});

test('--council with an unknown council lists the councils and exits 2; "list" lists them', () => {
  const unknown = check('--council', 'atlantis');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /no council "atlantis"/);
  assert.match(unknown.err, /^torfaen {2}Torfaen \/ Torfaen$/m);
  const list = check('--council', 'list');
  assert.equal(list.code, 0);
  assert.equal(list.out.trim().split('\n').length, 22);
  assert.match(list.out, /^isle-of-anglesey {2}Isle of Anglesey \/ Ynys Môn$/m);
});

test('--council takes a council’s Welsh or English name as well as its id', () => {
  for (const name of ['Abertawe', 'swansea', 'Ynys Môn', 'sir-ddinbych', 'Bro Morgannwg']) {
    const { code, out } = check('--council', name);
    assert.equal(code, 0, name);
    assert.equal(JSON.parse(out).areas.length, 1, name);
  }
  assert.equal(JSON.parse(check('--council', 'Abertawe').out).areas[0].id, 'swansea');
  assert.equal(JSON.parse(check('--council', 'Ynys Môn').out).areas[0].id, 'isle-of-anglesey');
});

test('--council given the same council twice (by id or by name) writes its area once', () => {
  const { code, out, err } = check('--council', 'swansea', '--council', 'Abertawe', '--council', 'cardiff');
  assert.equal(code, 0, err);
  // Two areas with one id would be an error in the configuration it writes.
  assert.deepEqual(
    JSON.parse(out).areas.map((/** @type {{ id: string }} */ a) => a.id),
    ['swansea', 'cardiff'],
  );
  assert.doesNotMatch(err, /areas\[2\]/);
});

test('a placeholder number left in a configuration: a warning naming the field, exit 0 (1 with --strict)', () => {
  const placeholder = file('placeholder.json', {
    agency: {
      name: { en: 'Ysgol Example', cy: 'Ysgol Enghraifft' },
      safeguardingOfficer: { name: { en: 'Designated Safeguarding Person' }, phone: '01234 567890' },
    },
    areas: [torfaen],
  });
  const { code, out } = check(placeholder);
  assert.equal(code, 0, out);
  assert.match(
    out,
    /warning .*agency\.safeguardingOfficer\.phone: "01234 567890" is a fictional number: replace it before going live/,
  );
  assert.equal(check('--strict', placeholder).code, 1);
});
