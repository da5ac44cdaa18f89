// Fails when any message lacks a Welsh translation. lit-localize only warns
// ("... is missing, using canonical text as fallback"), so this runs
// `lit-localize build` (which regenerates src/generated/) and fails on that
// warning, and also checks that every <trans-unit> in locales/cy.xlf has a
// non-empty <target>.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const build = spawnSync('npx', ['lit-localize', 'build'], { encoding: 'utf8' });
const output = `${build.stdout}\n${build.stderr}`;
const missingAtBuild = output.split('\n').filter((line) => /is missing/.test(line));

const xliff = readFileSync(new URL('../locales/cy.xlf', import.meta.url), 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));

for (const line of missingAtBuild) console.error(line.trim());
for (const [, id, body] of untranslated) {
  const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
  console.error(`missing Welsh in locales/cy.xlf: ${id}  ${source.slice(0, 90)}`);
}
if (missingAtBuild.length > 0) {
  console.error('Some messages in the source are not in locales/cy.xlf: run `npm run localize:extract`, then translate them.');
}
console.log(`${units.length - untranslated.length} of ${units.length} messages translated into Welsh`);
if (build.status !== 0 || units.length === 0 || untranslated.length > 0 || missingAtBuild.length > 0) {
  if (build.status !== 0) console.error(output);
  process.exit(1);
}
