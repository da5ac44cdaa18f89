// The package's types as partners meet them: small TypeScript, React (TSX) and Vue projects that
// install help-finder (a link to this repository, so its package.json "exports" decide which
// dist/types file each import gets) and are checked with `tsc --noEmit` (vue-tsc for Vue), in
// strict mode and without skipLibCheck. Needs `npm run build` (`npm run lint:package` runs it).
// The fixtures are in scripts/fixtures/consumer-types/; each `@ts-expect-error` there is a
// mistake the types must catch (tsc fails if it does not). The configuration probes below check
// that HelpFinderConfig accepts what the JSON Schema accepts and refuses what it refuses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve('.');
const fixtures = join(root, 'scripts/fixtures/consumer-types');
const dir = mkdtempSync(join(tmpdir(), 'help-finder-consumer-'));
after(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules/help-finder'), 'dir');
for (const file of ['config.ts', 'react.tsx', 'App.vue']) copyFileSync(join(fixtures, file), join(dir, file));

const STRICT = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  // Only what a file imports: no @types package joins the program by itself.
  types: [],
};

/** Write tsconfig.`name`.json in the project and run `bin` on it: its exit status and output. */
function check(name, compilerOptions, files, bin = 'node_modules/typescript/bin/tsc') {
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...STRICT, ...compilerOptions }, files }, null, 2));
  const run = spawnSync(process.execPath, [join(root, bin), '-p', config, '--listFiles'], { encoding: 'utf8' });
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter(Boolean);
  return {
    status: run.status,
    errors: lines.filter((l) => /error TS\d+/.test(l)).join('\n'),
    files: lines.filter((l) => !/error TS\d+/.test(l)),
  };
}

/** React's types, version 18 (the `@types/react-18` alias) or 19, as the only `react`. */
const reactTypes = (version) => {
  const types = join(root, 'node_modules', version === 18 ? '@types/react-18' : '@types/react');
  return { jsx: 'react-jsx', paths: { react: [types], 'react/*': [`${types}/*`] } };
};

// ---- The configuration probes: the types and the schema agree ----

const schema = JSON.parse(readFileSync('src/config/help-finder.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Configurations both the types and the schema accept. */
const ACCEPTED = [
  {},
  JSON.parse(readFileSync('src/test-helpers/full-config.json', 'utf8')),
  { agency: { name: 'Ysgol Example' } },
  { agency: { safeguardingOfficer: { name: { cy: 'Swyddog Diogelu' } } } },
  { areas: [{ name: 'Torfaen' }] },
  { areas: [{ name: { cy: 'Torfaen' }, childrensServices: {} }] },
  { areas: [{ name: 'A', childrensServices: { hours: [{ days: ['sat', 'sun'], opens: '10:00', closes: '24:00' }] } }] },
  { resources: [{ title: 'Our leaflet', url: 'https://partner.example/leaflet' }] },
  { launcher: { label: 'Help' } },
  { launcher: { position: 'bottom-left' } },
];

/** Configurations both refuse: a wrong shape, a missing or unknown field, a value of the wrong kind. */
const REFUSED = [
  { agnecy: { name: 'Ysgol Example' } },
  { areas: 'cardiff' },
  { areas: [{ id: 'cardiff' }] },
  { areas: [{ name: {} }] },
  { areas: [{ name: { eng: 'Cardiff' } }] },
  { areas: [{ name: 5 }] },
  { areas: [{ name: 'A', childrensServices: { phone: 1234 } }] },
  { areas: [{ name: 'A', childrensServices: { hoursCertain: 'no' } }] },
  { areas: [{ name: 'A', childrensServices: { hours: [{ days: ['Monday'], opens: '09:00', closes: '17:00' }] } }] },
  { areas: [{ name: 'A', childrensServices: { hours: [{ days: ['mon'], opens: '09:00' }] } }] },
  { resources: [{ title: 'Our leaflet' }] },
  { resources: [{ title: 'L', url: 'https://partner.example/l', audience: 'everyone' }] },
  { exitShortcut: 'no' },
  { detailedEvents: 1 },
  { launcher: { position: 'top-left' } },
  { launcher: { offset: '16' } },
  { agency: { safeguardingOfficer: { phone: 2920180123 } } },
];

/**
 * Refused by the schema, accepted by the types: values a type cannot describe (a link's scheme,
 * a phone number's digits, a time, blank text, list lengths, a range). The widget's parser and
 * `help-finder-check` report these, naming the field.
 */
const VALUES_ONLY = [
  { exitUrl: 'http://partner.example/' },
  { agency: { safeguardingOfficer: { phone: 'call us', email: 'not-an-email' } } },
  { areas: [{ name: '   ' }] },
  { areas: [{ name: 'A', childrensServices: { hours: [{ days: [], opens: '9:00', closes: '17:00' }] } }] },
  { launcher: { offset: 500 } },
];

test('the configuration probes are what the schema says they are', () => {
  for (const config of ACCEPTED) assert.ok(validate(config), `schema refuses ${JSON.stringify(config)}`);
  for (const config of [...REFUSED, ...VALUES_ONLY]) {
    assert.ok(!validate(config), `schema accepts ${JSON.stringify(config)}`);
  }
});

/** The probes as a TypeScript file: each refused one marked `@ts-expect-error`. */
function writeProbes() {
  const line = (config, i) => `export const probe${i}: HelpFinderConfig = ${JSON.stringify(config)};`;
  const probes = [
    "import type { HelpFinderConfig } from 'help-finder';",
    ...[...ACCEPTED, ...VALUES_ONLY].map((config, i) => line(config, i)),
    ...REFUSED.flatMap((config, i) => ['// @ts-expect-error -- refused by the schema', line(config, 100 + i)]),
  ];
  writeFileSync(join(dir, 'probes.ts'), `${probes.join('\n')}\n`);
}

// One program for the plain project and the probes (each tsc run takes seconds).
let plain;
const plainProject = () => {
  if (!plain) {
    writeProbes();
    plain = check('plain', {}, ['config.ts', 'probes.ts']);
  }
  return plain;
};

test('HelpFinderConfig accepts what the schema accepts and refuses what it refuses (its shape)', () => {
  const { status, errors } = plainProject();
  assert.equal(errors, '');
  assert.equal(status, 0);
});

test('a TypeScript project without React or Vue: the element, its config and its events are typed', () => {
  const { status, errors, files } = plainProject();
  assert.equal(errors, '');
  assert.equal(status, 0);
  assert.ok(
    files.some((f) => f.endsWith('/dist/types/index.d.ts')),
    'the types came through "exports"',
  );
  const frameworks = files.filter((f) => /node_modules\/(@types\/react|react|vue|@vue)\//.test(f));
  assert.deepEqual(frameworks, [], 'no React or Vue types are needed');
});

for (const version of [18, 19]) {
  test(`a React ${version} project: help-finder/react and help-finder/jsx are typed`, () => {
    const { status, errors, files } = check(`react-${version}`, reactTypes(version), ['react.tsx']);
    assert.equal(errors, '');
    assert.equal(status, 0);
    const react = files.filter((f) => f.endsWith('/index.d.ts') && f.includes('/@types/react'));
    assert.deepEqual(
      react.map((f) => f.match(/@types\/[^/]+/)[0]),
      [version === 18 ? '@types/react-18' : '@types/react'],
      'one React, the one asked for',
    );
  });
}

test('a Vue project: help-finder/vue types <help-finder> in templates (vue-tsc)', () => {
  symlinkSync(join(root, 'node_modules/vue'), join(dir, 'node_modules/vue'), 'dir');
  try {
    const { status, errors } = check('vue', { jsx: 'preserve' }, ['App.vue'], 'node_modules/vue-tsc/bin/vue-tsc.js');
    assert.equal(errors, '');
    assert.equal(status, 0);
  } finally {
    rmSync(join(dir, 'node_modules/vue'));
  }
});
