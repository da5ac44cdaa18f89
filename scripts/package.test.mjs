// What `npm install help-finder` gives a web team: the contents of `npm pack`, checked after
// `npm run build` (`npm run lint:package` runs it). Built files, types, schema, manifest, the
// checker and the README are in; sources, tests, the demo and release output are not.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = packed.files.map((f) => f.path);

test('the package can be published', () => {
  assert.equal(pkg.private, undefined, 'package.json must not be "private"');
  assert.equal(packed.name, 'help-finder');
  assert.equal(pkg.type, 'module');
});

test('the package holds the built widget, its types, schema, manifest, checker, README and licences', () => {
  for (const file of [
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'THIRD-PARTY-NOTICES.md',
    'SECURITY.md',
    'package.json',
    'dist/help-finder.js',
    'dist/help-finder.js.map',
    'dist/help-finder.dev.js',
    'dist/help-finder.schema.json',
    'dist/custom-elements.json',
    'dist/types/index.d.ts',
    'dist/types/config/parse-config.d.ts',
    'dist/help-finder-check.js',
    'dist/council-presets.js',
    'dist/react.js',
    'dist/react.node.js',
    'dist/types/react.d.ts',
    'dist/types/jsx.d.ts',
    'dist/types/vue.d.ts',
  ]) {
    assert.ok(files.includes(file), `${file} is missing from the package`);
  }
});

test('every address package.json gives is in the package', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
  for (const value of Object.values(pkg.exports)) {
    targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  }
  for (const target of targets) {
    const file = target.replace(/^\.\//, '');
    assert.ok(files.includes(file), `${target} (named in package.json) is not in the package`);
  }
});

test('sources, tests, the demo, scripts and release output stay out of the package', () => {
  const unwanted = files.filter(
    (f) =>
      /^(src|demo|scripts|locales|build|coverage|node_modules|\.ci)\//.test(f) ||
      /^dist\/release\//.test(f) ||
      /\.test\.|test-pages|test-helpers/.test(f) ||
      /^(rollup|web-test-runner|web-dev-server|eslint|custom-elements-manifest)\.config\.mjs$/.test(f) ||
      /^tsconfig/.test(f),
  );
  assert.deepEqual(unwanted, []);
});

test('the checker is a Node script with a shebang, and the widget file is one ES module', () => {
  assert.match(readFileSync('dist/help-finder-check.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const widget = readFileSync('dist/help-finder.js', 'utf8');
  assert.doesNotMatch(widget, /^\s*import\s/m, 'the widget file must need no other file');
  assert.match(widget, /\/\/# sourceMappingURL=help-finder\.js\.map\s*$/);
});

test('the council presets are not in the widget', () => {
  const widget = readFileSync('dist/help-finder.js', 'utf8');
  // Preset numbers and notes belong to the configurator only.
  assert.doesNotMatch(widget, /check this number before going live/i);
  assert.doesNotMatch(widget, /01492 575111|029 2053 6490/);
});

test('importing the package in Node (server rendering, build tools) throws nothing and logs nothing', async () => {
  const logged = [];
  const { error, warn } = console;
  console.error = console.warn = (...args) => logged.push(args.join(' '));
  try {
    // The package's own name: Node resolves it, with the "node" condition, to dist/help-finder.node.js.
    // (A variable, so the scripts' type check, which runs before any build, does not look for it.)
    const name = 'help-finder';
    const module = await import(name);
    assert.equal(typeof module.HelpFinder, 'function');
    assert.equal(
      module.parseConfig({ exitUrl: 'https://www.bbc.co.uk/news' }).config.exitUrl,
      'https://www.bbc.co.uk/news',
    );
  } finally {
    console.error = error;
    console.warn = warn;
  }
  assert.deepEqual(logged, []);
});

test('help-finder/react imports React and the widget by name, and brings @lit/react with it', () => {
  for (const file of ['dist/react.js', 'dist/react.node.js']) {
    const wrapper = readFileSync(file, 'utf8');
    const imports = [...wrapper.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]).sort();
    // React is the partner's (a peer dependency); the widget is the package's own main export, so
    // the partner's bundler picks its build and the element is defined once.
    assert.deepEqual(imports, ['help-finder', 'react'], `${file} imports`);
    assert.doesNotMatch(wrapper, /customElements\.define|LitElement/, `${file} holds no copy of the widget`);
    assert.match(wrapper, /SPDX-License-Identifier: BSD-3-Clause/, `${file} keeps @lit/react's licence line`);
  }
  assert.equal(pkg.dependencies['@lit/react'], undefined, 'bundled, so npm installs no @types/react for everyone');
  assert.equal(pkg.dependencies.react, undefined);
  assert.equal(pkg.peerDependencies.react, '>=18');
  assert.equal(pkg.peerDependenciesMeta.react.optional, true, 'partners without React install no React');
});

test('help-finder/react renders on a server (React in Node) without a crash or a message', async () => {
  const logged = [];
  const { error, warn } = console;
  console.error = console.warn = (...args) => logged.push(args.join(' '));
  let html;
  try {
    // Variables, as above: the scripts' type check runs before any build.
    const names = ['help-finder/react', 'react', 'react-dom/server'];
    const [{ HelpFinder }, React, { renderToString }] = await Promise.all(names.map((name) => import(name)));
    html = renderToString(
      React.createElement(
        HelpFinder,
        { config: { exitUrl: 'https://www.bbc.co.uk/news' }, font: 'inherit', onHelpFinderOutcome: () => {} },
        React.createElement('p', null, 'If a child is in immediate danger, call 999.'),
      ),
    );
  } finally {
    console.error = error;
    console.warn = warn;
  }
  // The page's own fallback content is served; the widget draws itself in the browser.
  assert.equal(html, '<help-finder font="inherit"><p>If a child is in immediate danger, call 999.</p></help-finder>');
  assert.deepEqual(logged, []);
});
