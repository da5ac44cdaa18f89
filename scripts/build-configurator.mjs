// `npm run build`, last step (after the widget, the checker and the facts list):
//
//   dist/help-finder-release.json  the version, file name and integrity (sha384) of
//                                  dist/help-finder.js, and the date of the oldest check of the
//                                  national facts: what the configurator's snippet names
//   dist/configurator.html         the configurator as one self-contained page: its script (the
//                                  configurator, demo/configurator.js with the modules it imports,
//                                  the council presets and the widget's development build,
//                                  bundled), its styles and that information inline, under a
//                                  Content-Security-Policy of their hashes. It needs no server:
//                                  it works opened from the file system or from any static host.
//
// `npm run release` ships dist/configurator.html as configurator.html, with the release's
// version and integrity written into its information (a JSON island, not script: the hashes
// hold). Both come from the file itself, never typed in, so they cannot go stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { RELEASE_ISLAND, sri } from './release.mjs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Replace the one occurrence of `find` in `text`, or fail naming it (the page's markup changed). */
function replaceOnce(text, find, replacement) {
  const at = text.indexOf(find);
  if (at === -1 || text.indexOf(find, at + 1) !== -1) {
    throw new Error(`build-configurator: demo/configurator.html must hold ${JSON.stringify(find)} once`);
  }
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

/**
 * Text that is safe inside an HTML <script> or <style> element: it must not close the element or
 * open an HTML comment (which changes how the rest is parsed).
 * @param {string} text
 * @param {string} what
 */
function inlineSafe(text, what) {
  if (/<\/(script|style)|<!--/i.test(text))
    throw new Error(`build-configurator: ${what} holds </script, </style or <!--`);
  return text;
}

/**
 * The configurator page with everything inline.
 * @param {{ version: string, file: string, integrity: string, factsChecked: string, released: boolean }} info
 * @returns {Promise<string>}
 */
export async function buildConfigurator(info) {
  const bundle = await rollup({
    input: new URL('demo/configurator.js', root).pathname,
    onwarn: (warning) => {
      throw new Error(`build-configurator: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  if (output.length !== 1 || output[0].type !== 'chunk') throw new Error('build-configurator: not one script');
  const script = inlineSafe(output[0].code, 'the bundled script');
  const style = inlineSafe(read('demo/configurator.css'), 'demo/configurator.css');
  const icon = `data:image/svg+xml,${encodeURIComponent(read('demo/favicon.svg').trim())}`;
  const json = JSON.stringify(info).replace(/</g, '\\u003c');
  const policy = [
    "default-src 'none'",
    `script-src '${sri(script)}'`,
    `style-src '${sri(style)}'`,
    'img-src data:',
    "form-action 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html help-finder-configurator',
  ].join('; ');

  let html = read('demo/configurator.html');
  html = html.replace(
    /<!-- The page that `npm start` serves\.[\s\S]*?-->/,
    `<!-- Built by \`npm run build\` from demo/configurator.html, demo/configurator.css, demo/configurator.js
       (and the demo/configurator-*.js it imports), demo/council-presets.js and dist/help-finder.dev.js
       (scripts/build-configurator.mjs): edit those.
       One file that needs no server. The policy allows only the script and the style below (by their
       hashes); "help-finder-configurator" writes the preview's frame. -->`,
  );
  html = html.replace(/(<meta http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/, `$1${policy}$2`);
  if (!html.includes(policy)) throw new Error('build-configurator: no Content-Security-Policy to replace');
  html = replaceOnce(html, '<link rel="stylesheet" href="configurator.css">', `<style>${style}</style>`);
  html = replaceOnce(html, 'href="favicon.svg"', `href="${icon}"`);
  html = replaceOnce(
    html,
    '<script type="module" src="configurator.js" data-configurator></script>',
    `<script type="application/json" id="${RELEASE_ISLAND}">${json}</script>\n  <script type="module" data-configurator>${script}</script>`,
  );
  return html;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(read('package.json'));
  const info = {
    version,
    file: `help-finder-${version}.js`,
    integrity: sri(readFileSync(new URL('dist/help-finder.js', root))),
    factsChecked: JSON.parse(read('dist/help-finder-facts.json')).oldestCheck,
    released: false,
  };
  writeFileSync(new URL('dist/help-finder-release.json', root), JSON.stringify(info, null, 2) + '\n');
  writeFileSync(new URL('dist/configurator.html', root), await buildConfigurator(info));
  console.log(`dist/configurator.html: the configurator in one file, for help-finder ${version} (${info.integrity})`);
}
