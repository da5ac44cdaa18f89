// The short-id plugin (scripts/rollup-plugin-short-msg-ids.mjs) must fail the build, not the
// Welsh at run time, when it cannot find a msg() call: `msg` renamed on import, imported as a
// namespace, re-exported or passed around. Run by `npm run lint` (node --test scripts/*.test.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import shortMsgIds from './rollup-plugin-short-msg-ids.mjs';

const dir = mkdtempSync(join(tmpdir(), 'short-msg-ids-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// A Welsh table as lit-localize generates it, with the id of msg('Hello') (lit-localize's hash).
const table = join(dir, 'cy.ts');
writeFileSync(table, "export const templates = {\n  's63f0bfacf2c00f6b': `Helo`,\n};\n");
const plugin = shortMsgIds({ table, include: dir });
plugin.buildStart.call({ addWatchFile() {} });

/** The plugin's output for `code` as a source file, or the build error it raises. */
function transform(code) {
  const context = {
    parse: (text) => parseAst(text),
    error: (message) => {
      throw new Error(message);
    },
  };
  return plugin.transform.call(context, code, join(dir, 'module.js'));
}

test('gives a msg() call imported by name its short id', () => {
  const out = transform("import { msg } from '@lit/localize';\nexport const t = () => msg('Hello');\n");
  assert.match(out.code, /msg\('Hello',\{id:0\}\)/);
});

test('turns the Welsh table into an array, each message at its id', () => {
  const context = { error: (message) => assert.fail(message) };
  const code = "export const templates = {\n  's63f0bfacf2c00f6b': `Helo`,\n};\n";
  const out = plugin.transform.call(context, code, table);
  assert.equal(out.code.replace(/\s+/g, ' ').trim(), 'export const templates = [ `Helo`, ];');
});

test('fails the build on a Welsh table it cannot read', () => {
  const context = {
    error: (message) => {
      throw new Error(message);
    },
  };
  assert.throws(
    () => plugin.transform.call(context, "import {str} from '@lit/localize';\nexport const other = {};\n", table),
    /no "export const templates/,
  );
});

test('fails the build on a msg() without Welsh', () => {
  assert.throws(
    () => transform("import { msg } from '@lit/localize';\nexport const t = () => msg('Goodbye');\n"),
    /has no Welsh translation/,
  );
});

/** @type {Array<[string, string, RegExp]>} */
const refused = [
  [
    'msg renamed on import',
    "import { msg as m } from '@lit/localize';\nexport const t = () => m('Hello');\n",
    /msg is imported as m: import it under its own name/,
  ],
  [
    'str renamed on import',
    "import { msg, str as s } from '@lit/localize';\nexport const t = (n) => msg(s`Hello ${n}`);\n",
    /str is imported as s/,
  ],
  [
    'a namespace import',
    "import * as l10n from '@lit/localize';\nexport const t = () => l10n.msg('Hello');\n",
    /by name, not as a namespace/,
  ],
  ['a re-export', "export { msg as t } from '@lit/localize';\n", /re-exports @lit\/localize/],
  [
    'msg passed as a value',
    "import { msg } from '@lit/localize';\nconst t = msg;\nexport const u = () => t('Hello');\n",
    /msg is used other than as a call/,
  ],
];
for (const [what, code, why] of refused) {
  test(`fails the build on ${what}`, () => {
    assert.throws(() => transform(code), why);
  });
}

test('@lit/localize is pinned exactly: the plugin imports its internal hashing, which may change in any release', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const installed = JSON.parse(
    readFileSync(new URL('../node_modules/@lit/localize/package.json', import.meta.url), 'utf8'),
  );
  assert.match(pkg.dependencies['@lit/localize'], /^\d+\.\d+\.\d+$/, 'an exact version, not a range');
  assert.match(pkg.devDependencies['@lit/localize-tools'], /^\d+\.\d+\.\d+$/, 'an exact version, not a range');
  assert.equal(installed.version, pkg.dependencies['@lit/localize'], 'the installed version is the pinned one');
});
