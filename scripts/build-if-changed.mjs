// Builds dist/ unless it was already built from exactly these sources.
//
// `npm test`, `npm start` and `npm run lint` all need dist/. Each used to run the whole build
// (about 40 s), so CI built twice. Now the build writes a fingerprint of its inputs
// (dist/.build-inputs: a SHA-256 of every file the build reads, by path and content); the next
// command compares it and builds again only when an input changed or an output is missing.
// Content, not timestamps: a fresh clone, a checkout or a touched file cannot fool it.
// Test files (*.test.ts, src/test-helpers/) are not inputs: the build never reads them.
//
// Usage: node scripts/build-if-changed.mjs   (`npm run build` always builds)
//        node scripts/build-if-changed.mjs --record   (the last step of `npm run build`)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampPath = join(root, 'dist', '.build-inputs');

/** What the build reads: its sources, the Welsh, the configurator (demo/), its scripts and its configuration. */
const INPUTS = [
  'src',
  'demo',
  'locales',
  'scripts',
  'package.json',
  'package-lock.json',
  'rollup.config.mjs',
  'lit-localize.json',
  'custom-elements-manifest.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'tsconfig.types.json',
];

/** What the build writes, and what the tests and the package need. */
const OUTPUTS = [
  'dist/help-finder.js',
  'dist/help-finder.dev.js',
  'dist/help-finder.node.js',
  'dist/help-finder-check.js',
  'dist/help-finder.schema.json',
  'dist/custom-elements.json',
  'dist/types/index.d.ts',
  'dist/help-finder-facts.json',
  'dist/react.js',
  'dist/configurator.html',
];

const isTestOnly = (path) => /\.test\.(ts|mjs)$/.test(path) || path.startsWith('src/test-helpers/');

function* files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) yield* files(root, join(path, name));
  } else {
    yield relative(root, full).split('\\').join('/');
  }
}

/** A SHA-256 of every build input under `root` (path and content), test files left out. */
export function fingerprint(root) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const path of files(root, input)) {
      if (isTestOnly(path)) continue;
      hash
        .update(`${path}\0`)
        .update(readFileSync(join(root, path)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

function main() {
  if (process.argv.includes('--record')) {
    writeFileSync(stampPath, `${fingerprint(root)}\n`);
    return;
  }
  const missing = OUTPUTS.filter((path) => !existsSync(join(root, path)));
  const built = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : '';
  if (missing.length === 0 && built === fingerprint(root)) {
    console.log('dist/ is already built from these sources (build skipped; `npm run build` always builds).');
    return;
  }
  const why = missing.length > 0 ? `${missing[0]} is missing` : built ? 'a source changed' : 'no build recorded';
  console.log(`Building dist/ (${why}).`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
