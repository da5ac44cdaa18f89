// Builds dist/help-finder.js: one minified ES module with Lit, @lit/localize,
// the Welsh messages and a source map. Lit is resolved in production mode.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import shortMsgIds from './scripts/rollup-plugin-short-msg-ids.mjs';

/**
 * Resolution and minification shared with the benchmark's baseline elements
 * (built by scripts/bench/server.mjs for `npm run bench`), so that their sizes compare like with like.
 */
export function bundlePlugins({ node = false } = {}) {
  // The minifier is CommonJS: imported from an ES module, its function may arrive as `.default`.
  const interop = /** @type {{ default?: typeof minifyHTML }} */ (/** @type {unknown} */ (minifyHTML));
  return [
    nodeResolve({ exportConditions: node ? ['node', 'production'] : ['production'] }),
    interop.default ? interop.default() : minifyHTML(),
    // Two compression passes: 80 bytes less gzip than one (2026-11-29).
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/** @type {import('rollup').Plugin} */
const configSchema = {
  name: 'config-schema',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'help-finder.schema.json',
      source: readFileSync('src/config/help-finder.schema.json', 'utf8'),
    });
  },
};

/**
 * `dist/help-finder.js` (production: `development` false) or `dist/help-finder.dev.js` (every
 * diagnostic kept). The production build swaps `src/config/development.ts` for a module that
 * says `false`, and rollup and terser then leave out the configuration checker's reasons and
 * the theme contrast check (1.1 KB gzip). Both builds use production Lit, minified.
 * @param {{ development: boolean }} options
 */
function widgetBuild({ development }) {
  const file = development ? 'dist/help-finder.dev.js' : 'dist/help-finder.js';
  return {
    input: 'src/index.ts',
    output: { file, format: 'es', sourcemap: true },
    plugins: [
      {
        name: 'build-mode',
        // Before the TypeScript plugin, whose own `load` would otherwise return the source.
        load(id) {
          if (development || !id.endsWith('/src/config/development.ts')) return null;
          return 'export const DEVELOPMENT = false;';
        },
      },
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', sourceMap: true, inlineSources: true }),
      shortMsgIds({ table: 'src/generated/locales/cy.ts', include: 'src' }),
      ...bundlePlugins(),
      // The configuration's JSON Schema ships beside the script, for partners' editors and tools.
      ...(development ? [] : [configSchema]),
    ],
  };
}

// Builds dist/help-finder.node.js: the same widget for Node (the package's "node" export), so
// that server rendering and build tools can import the package without a crash. Lit's Node
// build brings its small DOM shim (HTMLElement, customElements), so the class can be defined;
// nothing is drawn in Node. Not part of the size budget: no browser loads it.
const nodeBuild = {
  input: 'src/index.ts',
  output: { file: 'dist/help-finder.node.js', format: 'es' },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', sourceMap: false, inlineSources: false }),
    shortMsgIds({ table: 'src/generated/locales/cy.ts', include: 'src' }),
    ...bundlePlugins({ node: true }),
  ],
};

// Builds dist/help-finder-check.js: the package's bin, `help-finder-check config.json`, for web
// teams' pipelines. It bundles the widget's own parser (src/config/parse-config.ts), so it
// reports exactly what the development build would log. Not minified: a team may want to read it.
const checker = {
  input: 'src/cli/help-finder-check.ts',
  output: {
    file: 'dist/help-finder-check.js',
    format: 'es',
    banner: '#!/usr/bin/env node',
  },
  external: [/^node:/, './council-presets.js'],
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', sourceMap: false, inlineSources: false }),
    {
      // `help-finder-check --council torfaen` reads the configurator's council presets from
      // beside itself; the widget's bundle never contains them.
      name: 'council-presets',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'council-presets.js',
          source: readFileSync('demo/council-presets.js', 'utf8'),
        });
      },
    },
  ],
};

/**
 * `dist/react.js` (and `dist/react.node.js`, its "node" export for server rendering): the React
 * wrapper, `help-finder/react` (src/react.ts). `react` stays outside (a peer dependency); so does
 * the widget, imported as the package `help-finder`, so that the partner's bundler picks its
 * build (production, development or node) and the element exists once. @lit/react (1 KB) is
 * bundled, in its browser or node build: as a dependency, npm would also install its required
 * peer `@types/react` into every project that installs help-finder, React or not. Not
 * minified: the partner's bundler minifies it. Also writes `dist/jsx.js` and `dist/vue.js`,
 * empty modules behind the types-only `help-finder/jsx` and `help-finder/vue`.
 * @param {{ node: boolean }} options
 */
function reactBuild({ node }) {
  return {
    input: 'src/react.ts',
    output: { file: node ? 'dist/react.node.js' : 'dist/react.js', format: 'es' },
    external: ['react'],
    plugins: [
      {
        name: 'widget-as-package',
        resolveId(source, importer) {
          if (source === './index.js' && importer?.endsWith('/src/react.ts'))
            return { id: 'help-finder', external: true };
          return null;
        },
      },
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', sourceMap: false, inlineSources: false }),
      nodeResolve({ exportConditions: node ? ['node', 'production'] : ['browser', 'production'] }),
      ...(node
        ? []
        : [
            {
              name: 'types-only-entries',
              generateBundle() {
                for (const name of ['jsx', 'vue']) {
                  this.emitFile({
                    type: 'asset',
                    fileName: `${name}.js`,
                    source: `// help-finder/${name} holds types only: see dist/types/${name}.d.ts.\nexport {};\n`,
                  });
                }
              },
            },
          ]),
    ],
  };
}

export default [
  widgetBuild({ development: false }),
  widgetBuild({ development: true }),
  nodeBuild,
  checker,
  reactBuild({ node: false }),
  reactBuild({ node: true }),
];
