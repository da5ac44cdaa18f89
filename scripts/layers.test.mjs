// The import-boundary rule in eslint.config.mjs: an import that reaches up a layer fails
// `npm run lint`, with a message that names the layers. Run by `npm run lint` (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `filePath`. */
async function layerErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('a basic module cannot import from a layer above it', async () => {
  const errors = await layerErrors(
    'src/i18n/fixture.ts',
    "import type { Service } from '../services/service.js';\nexport type S = Service;\n",
  );
  assert.equal(errors.length, 1);
  assert.match(
    errors[0],
    /^'\.\.\/services\/service\.js' import is restricted from being used by a pattern\. src\/i18n\/ is below config, services,/,
  );
  assert.match(errors[0], /It may import only from its own folder and generated, time:/);
});

test('config and services, flow and services cannot import each other both ways', async () => {
  assert.equal(
    (
      await layerErrors(
        'src/config/fixture.ts',
        "export { nationalServices } from '../services/national-services.js';\n",
      )
    ).length,
    1,
  );
  assert.equal(
    (
      await layerErrors(
        'src/services/fixture.ts',
        "import type { Journey } from '../flow/journey-types.js';\nexport type J = Journey;\n",
      )
    ).length,
    1,
  );
  assert.equal(
    (
      await layerErrors(
        'src/flow/fixture.ts',
        "import { outcomeServices } from '../present/outcome-services.js';\nexport const o = outcomeServices;\n",
      )
    ).length,
    1,
  );
  // Downwards is fine.
  assert.deepEqual(
    await layerErrors(
      'src/services/fixture.ts',
      "import { parseConfig } from '../config/parse-config.js';\nexport const p = parseConfig;\n",
    ),
    [],
  );
});

test('only components may import lit; the Node checker may not import the element', async () => {
  const errors = await layerErrors('src/services/fixture.ts', "import { html } from 'lit';\nexport const h = html;\n");
  assert.deepEqual(errors, [
    "'lit' import is restricted from being used by a pattern. src/services/ holds no DOM templates: only src/components/ may import lit (layers: generated < time < i18n < config < services < flow < safety < present < cli < components < index.ts).",
  ]);
  assert.deepEqual(
    await layerErrors('src/components/fixture.ts', "import { html } from 'lit';\nexport const h = html;\n"),
    [],
  );
  assert.equal(
    (
      await layerErrors(
        'src/cli/fixture.ts',
        "import { HelpFinder } from '../components/help-finder.js';\nexport const h = HelpFinder;\n",
      )
    ).length,
    1,
  );
});

test('tests may put the layers together', async () => {
  assert.deepEqual(
    await layerErrors(
      'src/config/fixture.test.ts',
      "import { contactHref } from '../services/service.js';\nexport const c = contactHref;\n",
    ),
    [],
  );
});
