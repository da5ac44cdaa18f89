// scripts/build-if-changed.mjs: `npm test` and `npm run lint` skip the build only when no input
// of the build changed since the last one.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fingerprint } from './build-if-changed.mjs';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'help-finder-build-'));
  mkdirSync(join(root, 'src/flow'), { recursive: true });
  mkdirSync(join(root, 'src/test-helpers'), { recursive: true });
  mkdirSync(join(root, 'locales'));
  writeFileSync(join(root, 'src/flow/journey.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/flow/journey.test.ts'), 'it("a", () => {});\n');
  writeFileSync(join(root, 'src/test-helpers/harness.ts'), 'export {};\n');
  writeFileSync(join(root, 'locales/cy.xlf'), '<xliff/>\n');
  writeFileSync(join(root, 'package.json'), '{}\n');
  return root;
}

test('a changed source, Welsh text or package file means a new build', (t) => {
  const root = project();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const before = fingerprint(root);
  assert.equal(fingerprint(root), before, 'the same files give the same fingerprint');
  for (const [path, text] of [
    ['src/flow/journey.ts', 'export const a = 2;\n'],
    ['locales/cy.xlf', '<xliff version="1.2"/>\n'],
    ['package.json', '{"version":"0.2.0"}\n'],
    ['src/flow/new-outcome.ts', 'export {};\n'],
  ]) {
    const previous = fingerprint(root);
    writeFileSync(join(root, path), text);
    assert.notEqual(fingerprint(root), previous, `${path} changed, so the build must run`);
  }
});

test('editing a test file does not rebuild: the build never reads tests', (t) => {
  const root = project();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const before = fingerprint(root);
  writeFileSync(join(root, 'src/flow/journey.test.ts'), 'it("b", () => {});\n');
  writeFileSync(join(root, 'src/test-helpers/harness.ts'), 'export const x = 1;\n');
  assert.equal(fingerprint(root), before);
});

test('a file moved to another path is a change, even with the same content', (t) => {
  const root = project();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const before = fingerprint(root);
  rmSync(join(root, 'src/flow/journey.ts'));
  writeFileSync(join(root, 'src/flow/journey2.ts'), 'export const a = 1;\n');
  assert.notEqual(fingerprint(root), before);
});
