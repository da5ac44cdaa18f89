// The configuration's value domains: the widget's parser (through `help-finder-check`, after
// `npm run build`) and the JSON Schema it ships (src/config/help-finder.schema.json, checked with
// Ajv) must refuse the same bad values, and accept the same edge values. config-shape.test.ts
// checks the field names; this checks what each field may hold.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync('src/config/help-finder.schema.json', 'utf8'));
const full = JSON.parse(readFileSync('src/test-helpers/full-config.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const dir = mkdtempSync(join(tmpdir(), 'help-finder-schema-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HOURS = 'areas[0].childrensServices.hours[0]';

/** Each field, with values both must refuse (`bad`) and edge values both must accept (`good`). */
const PROBES = {
  [`${HOURS}.days`]: {
    bad: [['wedding'], ['Monday'], ['TUE'], ['mon', 'sunday'], [], 'mon', [1]],
    good: [
      ['sun', 'sat'],
      ['mon', 'tue', 'wed', 'thu', 'fri'],
    ],
  },
  [`${HOURS}.opens`]: {
    bad: ['9:00', '25:00', '24:30', '09:60', '09.00', '09:00 ', 900, ''],
    good: ['00:00', '23:59'],
  },
  [`${HOURS}.closes`]: { bad: ['17:0', '5pm', null], good: ['24:00'] },
  'areas[0].id': { bad: ['', '   ', 5], good: ['torfaen', 'area 2'] },
  'areas[0].name': { bad: ['', '  ', {}, { en: '' }, { en: '   ' }, 5], good: ['Torfaen', { cy: 'Torfaen' }] },
  'resources[0].audience': { bad: ['everyone', 'Public', ''], good: ['all', 'professional'] },
  'launcher.position': { bad: ['top-left', 'Bottom-right'], good: ['bottom-right'] },
  'launcher.offset': { bad: [-1, 201, '16'], good: [0, 200, 12.5] },
  'areas[0].childrensServices.hoursCertain': { bad: ['no', 0], good: [true] },
  exitShortcut: { bad: ['true'], good: [true] },
  exitUrl: { bad: ['http://partner.example/', 'javascript:alert(1)', 'partner.example'], good: [] },
  'agency.safeguardingOfficer.email': { bad: ['not-an-email', 'a@b'], good: [] },
  'agency.safeguardingOfficer.phone': { bad: ['call us', '   ', '--', 12345], good: [] },
};

/** The full configuration with `value` at `path` (`a[0].b`). */
function withValue(path, value) {
  const config = JSON.parse(JSON.stringify(full));
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let node = config;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys.at(-1)] = value;
  return config;
}

const cases = Object.entries(PROBES).flatMap(([path, { bad, good }]) => [
  ...bad.map((value) => ({ path, value, refused: true })),
  ...good.map((value) => ({ path, value, refused: false })),
]);

/** The paths of the parser's errors for each case, from one run of `help-finder-check` on them all. */
function parserErrors() {
  const files = cases.map((c, i) => {
    const file = join(dir, `case-${i}.json`);
    writeFileSync(file, JSON.stringify(withValue(c.path, c.value)));
    return file;
  });
  const run = spawnSync(process.execPath, ['dist/help-finder-check.js', ...files], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return files.map((file) =>
    run.stdout
      .split('\n')
      .filter((line) => line.startsWith(`${file}: error `))
      .map((line) => /\[help-finder\] (\S+): /.exec(line)?.[1]),
  );
}

test('the full configuration (src/test-helpers/full-config.json) is valid to the schema', () => {
  assert.equal(validate(full), true, ajv.errorsText(validate.errors));
});

test('parser and schema refuse the same bad values, and accept the same edge values', () => {
  const errors = parserErrors();
  const disagreements = cases.flatMap((c, i) => {
    // The parser's error names the field, or a part of it (`name.en`, `days[0]`).
    const parser = errors[i].some((at) => at === c.path || at.startsWith(`${c.path}.`) || at.startsWith(`${c.path}[`));
    const schemaRefuses = !validate(withValue(c.path, c.value));
    const value = JSON.stringify(c.value);
    return [
      ...(parser !== c.refused ? [`${c.path} = ${value}: the parser ${parser ? 'refuses' : 'accepts'} it`] : []),
      ...(schemaRefuses !== c.refused
        ? [`${c.path} = ${value}: the schema ${schemaRefuses ? 'refuses' : 'accepts'} it`]
        : []),
    ];
  });
  assert.deepEqual(disagreements, []);
});
