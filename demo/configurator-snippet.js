// The configurator's output as a partner copies it: the embed snippet (the script element for the
// release's production build, the warnings, the element, its fallback text and the configuration),
// the CSS beside it and the configuration as a file. Pure text from the form's state: the page
// (demo/configurator.js) shows it.

/**
 * The fallback content of an inline snippet, shown until the script has loaded and to visitors
 * without JavaScript, in the language chosen. The exit link goes to the widget's default `exitUrl`
 * (src/config/partner-config.ts). The numbers are the national services' (999, and
 * the Stop It Now helpline as src/services/national-services.ts writes it), and the Welsh is the
 * widget's own: the README's Welsh example, "Llinell Gymorth Stop It Now" and "Am ddim ac yn
 * gyfrinachol" (locales/cy-translations.json), and "Gadael y dudalen". src/demo-facts.test.ts
 * checks every number and exit link here against its source.
 */
const FALLBACK = {
  en: [
    '<p>If a child is in immediate danger, call <a href="tel:999">999</a>.</p>',
    '<p>Stop It Now helpline (free, confidential): <a href="tel:08081000900">0808 1000 900</a>.</p>',
    '<p><a href="https://www.bbc.co.uk/weather">Exit this page</a></p>',
  ],
  cy: [
    '<p>Os yw plentyn mewn perygl uniongyrchol, ffoniwch <a href="tel:999">999</a>.</p>',
    '<p>Llinell Gymorth Stop It Now (am ddim ac yn gyfrinachol): <a href="tel:08081000900">0808 1000 900</a>.</p>',
    '<p><a href="https://www.bbc.co.uk/weather">Gadael y dudalen</a></p>',
  ],
};

// The built page inlines this script in a script element, which the end tag of a script would
// end, and the start of an HTML comment would change: this source writes both in two parts.
/** An HTML comment in the snippet. */
const comment = (words) => `<${'!'}-- ${words} -->`;
/** The end tag of a script element. */
export const END_SCRIPT = `</${'script'}>`;

/**
 * The fallback paragraphs: in the chosen language, or in both, each marked, when the page
 * decides. Their exit link goes where the widget's quick exit does (`exitUrl`, as the checker
 * accepted it).
 */
function fallback(lang, exitUrl) {
  const lines = lang
    ? FALLBACK[lang]
    : FALLBACK.en.flatMap((line, i) => [
        line.replace('<p>', '<p lang="en">'),
        FALLBACK.cy[i].replace('<p>', '<p lang="cy">'),
      ]);
  const href = exitUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return lines.map((line) => line.replace('href="https://www.bbc.co.uk/weather"', `href="${href}"`));
}

/**
 * The script element for the release's production build (`release`, see `loadRelease` in
 * demo/configurator.js), or, when it could not be read, one without version and integrity that
 * says why (`releaseError`).
 */
function scriptTag(release, releaseError) {
  if (!release) {
    return `${comment(`The version and integrity of the build are missing (${releaseError}): run npm run build.`)}
<script type="module" fetchpriority="low" src="/js/help-finder.js">${END_SCRIPT}`;
  }
  return `${comment(`help-finder ${release.version}. Copy ${release.file} from the release files to your site, and change "/js/" below to where you put it. Keep the integrity: the browser then runs only this version's file.`)}
<script type="module" fetchpriority="low" src="/js/${release.file}" integrity="${release.integrity}" crossorigin="anonymous">${END_SCRIPT}`;
}

/**
 * The embed snippet for the form's `state`, with the contrast `warnings` of its colours
 * (`{ light, dark }`), the `exitUrl` the checker accepted, and the script element for `release`
 * (or for `releaseError`).
 */
export function snippet(state, warnings, exitUrl, release, releaseError) {
  const { config, mode, lang, accent, darkAccent, theme, headingLevel } = state;
  const attributes = [
    mode === 'launcher' ? ' launcher' : '',
    lang ? ` lang="${lang}"` : '',
    headingLevel !== '2' ? ` heading-level="${headingLevel}"` : '',
    theme !== 'light' ? ` theme="${theme}"` : '',
  ].join('');
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  const lines = [scriptTag(release, releaseError)];
  if (warnings.light.length) {
    lines.push(
      comment(
        `Warning: the accent colour ${accent} fails WCAG AA contrast, so some visitors cannot read the widget's text or buttons: ${warnings.light.join('; ')}. Choose a darker colour in the configurator.`,
      ),
    );
  }
  if (warnings.dark.length) {
    lines.push(
      comment(
        `Warning: the dark theme accent colour ${darkAccent} fails WCAG AA contrast, so some visitors cannot read the widget's text or buttons in the dark theme: ${warnings.dark.join('; ')}. Choose a lighter colour in the configurator.`,
      ),
    );
  }
  if (mode === 'launcher') {
    // The README: no fallback content inside a launcher (it would show in the page's flow, then
    // jump away when the script loads). The launcher takes no room on the page.
    lines.push(comment('A floating button: it takes no room on your page, so it has no fallback text.'));
  }
  lines.push(`<help-finder${attributes}>`);
  if (mode !== 'launcher') lines.push(...fallback(lang, exitUrl).map((line) => `  ${line}`));
  lines.push('  <script type="application/json">', json, `  ${END_SCRIPT}`, '</help-finder>');
  return lines.join('\n');
}

/** The CSS beside the snippet: the colours (each marked when it fails) and, inline, the reserved room. */
export function snippetCss(mode, accent, darkAccent, warnings) {
  const reserve =
    mode === 'launcher'
      ? ''
      : '\n  /* Hold its place while it loads, so the page does not jump. */\n  display: block;\n  min-height: 100vh;';
  const fails = (list, better) => (list.length ? ` /* fails WCAG AA contrast: choose a ${better} colour */` : '');
  const dark = darkAccent ? `\n  --help-finder-dark-accent: ${darkAccent};${fails(warnings.dark, 'lighter')}` : '';
  return `help-finder {${reserve}\n  --help-finder-accent: ${accent};${fails(warnings.light, 'darker')}${dark}\n}`;
}

/** The configuration as a file: with `$schema`, the schema file of this release, kept beside it. */
export function configFile(config, release) {
  const schema = release ? `./${release.file.replace(/\.js$/, '.schema.json')}` : './help-finder.schema.json';
  return JSON.stringify({ $schema: schema, ...config }, null, 2) + '\n';
}
