import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/`, lowest first. A module may import from its own folder and from the
 * layers below it, never from a layer above: the basic types stay basic, and there are no
 * import cycles between folders. Tests (`*.test.ts`) and `src/test-helpers/` may import
 * anything, since they put the layers together on purpose. See "Layers" in the README.
 */
const LAYERS = [
  'generated', // lit-localize output: the Welsh
  'time', // London time and opening hours: no imports at all
  'i18n', // Locale, Text, LocalisedText, pickText; language, plurals, hours in words
  'config', // the partner configuration: its type, parser, loader, link and phone checks
  'services', // the service shape, the national directory, partner services as cards
  'flow', // the journey as data and its state machine
  'safety', // the quick exit: Shift counter, page-wide shortcut, leaving the page
  'present', // joins flow + config + services into what a step shows (outcome -> cards)
  'cli', // help-finder-check, run in Node: below components, so it never pulls in the element
  'components', // the element and its templates: the only layer that may use lit
];
const ORDER = `${LAYERS.join(' < ')} < index.ts`;

/** Layers that run without lit (and so could run in Node): everything below components. */
const PURE = LAYERS.slice(0, LAYERS.indexOf('components'));

/**
 * @param {string} layer
 * @returns {import('eslint').Linter.RulesRecord}
 */
function layerRules(layer) {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  const below = LAYERS.slice(0, LAYERS.indexOf(layer));
  const patterns = [
    {
      // `../services/x.js`, `../../flow/x.js`, `../index.js`
      regex: `^(\\.\\./)+(${above.join('|')})(/|\\.js$)|^(\\.\\./)+index\\.js$`,
      message: `src/${layer}/ is below ${above.join(', ')} (layers: ${ORDER}). It may import only from its own folder and ${below.join(', ') || 'nothing else in src/'}: move the shared code down a layer, or this code up.`,
    },
  ];
  if (PURE.includes(layer)) {
    patterns.push({
      regex: '^(lit|lit-html|lit-element|@lit/reactive-element)(/|$)',
      message: `src/${layer}/ holds no DOM templates: only src/components/ may import lit (layers: ${ORDER}).`,
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

const layerConfigs = LAYERS.filter((layer) => layer !== 'generated').map((layer) => ({
  files: [`src/${layer}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: layerRules(layer),
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'src/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The plugins' types also allow a legacy (eslintrc) config; these are their flat configs.
  /** @type {import('typescript-eslint').ConfigWithExtends} */ (wc.configs['flat/recommended']),
  /** @type {import('typescript-eslint').ConfigWithExtends} */ (lit.configs['flat/recommended']),
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...layerConfigs,
  {
    files: ['**/*.test.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        Event: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        // The configurator's page and its preview frame (demo/configurator.js and its modules).
        addEventListener: 'readonly',
        parent: 'readonly',
        Blob: 'readonly',
        ResizeObserver: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        document: 'readonly',
      },
    },
  },
  {
    // The benchmark's page-side functions and baseline elements run in the browser.
    files: ['scripts/bench.mjs', 'scripts/bench/**', 'scripts/trace-outcome.mjs'],
    languageOptions: {
      globals: {
        window: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        PerformanceObserver: 'readonly',
        customElements: 'readonly',
      },
    },
  },
);
