// Builds dist/help-finder.js: one minified ES module with Lit, @lit/localize,
// the Welsh messages and a source map. Lit is resolved in production mode.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/help-finder.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', sourceMap: true, inlineSources: true }),
    nodeResolve({ exportConditions: ['production'] }),
    minifyHTML.default ? minifyHTML.default() : minifyHTML(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
