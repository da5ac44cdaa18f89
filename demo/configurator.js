// The configurator for partner web teams: a form -> a configuration, checked by the widget's own
// validator as they type, with a live preview, the embed snippet and the configuration as a file.
//
// The same script runs in two roles:
// - the configurator page (this file's own page), which never holds a widget, so nothing in the
//   preview can take it away (the quick exit leaves the window the widget is in);
// - the preview, a sandboxed frame (no allow-top-navigation) that this page writes: the widget
//   there, and its quick exit, can leave only that frame. The page then starts a fresh preview
//   and keeps the form as it was. The preview also checks the colours with the widget's own
//   contrast check and sends the result back.
// `npm run build` makes one self-contained file of the page (dist/configurator.html, see
// scripts/build-configurator.mjs), shipped in the release files: there this script is inline,
// and the preview frame gets the same inline script, so it needs no request and works from the
// file system; its sandbox then also keeps it on an origin of its own.
//
// The development build: its checker gives the reason for each problem, and it has the contrast
// check. The snippet loads the production build, by the version and integrity of the build.
import { checkThemeContrast, parseConfig } from '../dist/help-finder.dev.js';
import { CONFIDENCE, RESEARCHED, councilPresets } from './council-presets.js';

/** Marks this configurator's messages between the page and its preview frame. */
const SOURCE = 'help-finder-configurator';

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
const END_SCRIPT = `</${'script'}>`;

/** This script's own inline copy (in the built page), which the preview frame runs too. */
const inlineScript = document.querySelector('script[data-configurator]:not([src])');

if (document.documentElement.dataset.configurator === 'preview') runPreview();
else void runConfigurator();

// ---------------------------------------------------------------------------------------------
// The preview frame.

/**
 * Resolves when `el` (a `<help-finder>`) has drawn itself, or after five seconds. Polled with
 * timers: the browser gives a frame on another origin (the sandbox's) no animation frames
 * while it is scrolled out of view.
 */
function drawn(el) {
  return new Promise((resolve) => {
    const start = Date.now();
    const poll = () => {
      if (el.shadowRoot?.querySelector('.widget') || Date.now() - start > 5000) resolve(undefined);
      else setTimeout(poll, 20);
    };
    poll();
  });
}

/** Sets the attribute `name` to `value`, or removes it when `value` is empty. */
function attribute(el, name, value) {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

function runPreview() {
  document.body.style.setProperty('margin', '0');
  const send = (message) => parent.postMessage({ source: SOURCE, ...message }, '*');
  // The contrast check runs on an inline widget with the same colours, out of sight (the widget
  // keeps itself visible, so it is moved off the page), so that it also works while the preview
  // is a launcher whose dialog is closed. It has no exit shortcut.
  const probe = document.createElement('help-finder');
  probe.config = { exitShortcut: false };
  // The dark theme's colours are checked on a second one that shows the dark theme: the check
  // reads the theme the widget shows.
  const darkProbe = document.createElement('help-finder');
  darkProbe.config = { exitShortcut: false };
  darkProbe.setAttribute('theme', 'dark');
  const offPage = document.createElement('div');
  offPage.setAttribute('aria-hidden', 'true');
  offPage.inert = true;
  for (const [name, value] of Object.entries({ position: 'absolute', top: '0', left: '-10000px', width: '320px' })) {
    offPage.style.setProperty(name, value);
  }
  offPage.append(probe, darkProbe);
  let widget;
  let key = '';
  let checking = Promise.resolve();
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== parent || data?.source !== SOURCE || data.type !== 'state') return;
    if (!widget || key !== `${data.mode}|${data.lang}`) {
      key = `${data.mode}|${data.lang}`;
      widget = document.createElement('help-finder');
      if (data.mode === 'launcher') widget.setAttribute('launcher', '');
      if (data.lang) widget.setAttribute('lang', data.lang);
      document.documentElement.lang = data.lang || 'en';
      document.body.replaceChildren(widget, offPage);
    }
    widget.config = data.config;
    attribute(widget, 'theme', data.theme === 'light' ? '' : data.theme);
    attribute(widget, 'heading-level', data.headingLevel === '2' ? '' : data.headingLevel);
    for (const el of [widget, probe, darkProbe]) {
      el.style.setProperty('--help-finder-accent', data.accent);
      if (data.darkAccent) el.style.setProperty('--help-finder-dark-accent', data.darkAccent);
      else el.style.removeProperty('--help-finder-dark-accent');
    }
    // One check at a time, each reported with the colours it checked.
    checking = checking.then(async () => {
      await Promise.all([drawn(probe), drawn(darkProbe)]);
      const warnings = checkThemeContrast?.(probe);
      const darkWarnings = checkThemeContrast?.(darkProbe);
      send({
        type: 'contrast',
        accent: data.accent,
        darkAccent: data.darkAccent,
        warnings: warnings ?? [],
        darkWarnings: darkWarnings ?? [],
        checked: warnings !== undefined && darkWarnings !== undefined,
      });
    });
  });
  // Heard just before the widget leaves: the page starts a fresh preview.
  document.addEventListener('help-finder-exit', () => send({ type: 'exit' }));
  new ResizeObserver(() => send({ type: 'height', height: document.documentElement.scrollHeight })).observe(
    document.body,
  );
  send({ type: 'ready' });
}

// ---------------------------------------------------------------------------------------------
// The configurator page.

/** `{ en, cy }` from two inputs, leaving out empty values; undefined when both are empty. */
function text(en, cy) {
  const value = {};
  if (en.trim()) value.en = en.trim();
  if (cy.trim()) value.cy = cy.trim();
  return Object.keys(value).length ? value : undefined;
}

/** Drop undefined and empty objects, so the JSON holds only what was entered. */
function compact(value) {
  if (Array.isArray(value)) return value.map(compact).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c !== undefined && c !== '' && !(typeof c === 'object' && Object.keys(c).length === 0)) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' ? undefined : value;
}

function field(root, name) {
  return root.querySelector(`[name="${name}"]`)?.value ?? '';
}

function slug(name, index) {
  return (name || `area-${index + 1}`)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function element(tag, ...children) {
  const el = document.createElement(tag);
  el.append(...children);
  return el;
}

function welsh(words) {
  const span = element('span', words);
  span.lang = 'cy';
  return span;
}

/**
 * The version, file name and integrity of the production build the snippet loads, and the date
 * of the oldest check of the national facts: inline in the built page (the release writes its
 * own), or from dist/help-finder-release.json, which `npm run build` writes beside the file.
 */
async function loadRelease() {
  const island = document.getElementById('help-finder-release');
  if (island) return JSON.parse(island.textContent);
  const response = await fetch(new URL('../dist/help-finder-release.json', location.href));
  if (!response.ok) throw new Error(`dist/help-finder-release.json: ${response.status}`);
  return response.json();
}

async function runConfigurator() {
  const form = document.getElementById('form');
  const areas = document.getElementById('areas');
  const resources = document.getElementById('resources');
  const resourceTemplate = document.getElementById('resource-template');
  const launcherSettings = document.getElementById('launcher-settings');
  const darkColours = document.getElementById('dark-colours');
  const darkContrastBox = document.getElementById('dark-accent-contrast');
  const areaTemplate = document.getElementById('area-template');
  const periodTemplate = document.getElementById('period-template');
  const problemsBox = document.getElementById('problems');
  const snippetBox = document.getElementById('snippet');
  const cssBox = document.getElementById('css');
  const previewBox = document.getElementById('preview');
  const previewStatus = document.getElementById('preview-status');
  const contrastBox = document.getElementById('accent-contrast');
  const download = document.getElementById('download-json');
  const presetStatus = document.getElementById('preset-status');

  /** @type {{ version: string, file: string, integrity: string, factsChecked: string, released: boolean } | undefined} */
  let release;
  let releaseError = '';
  try {
    release = await loadRelease();
  } catch (error) {
    releaseError = String(error);
  }

  /**
   * Where each value of the configuration was entered: its JSON path (as the checker names it,
   * `areas[0].childrensServices.phone`) and the form's field, so that a problem names the field
   * by its label and links to it. Made afresh by each `readConfig`.
   * @type {Map<string, HTMLElement>}
   */
  let where = new Map();

  /** The field named `name` in `root`. */
  const input = (root, name) => root.querySelector(`[name="${name}"]`);

  /**
   * `{ en, cy }` from the fields `name.en` and `name.cy` in `root`, recorded at `path`: each half
   * at its own path, the text as a whole at the half that is empty when only one is (the
   * checker's "has no Welsh" names the text), else at the English.
   */
  function readText(root, name, path) {
    const en = input(root, `${name}.en`);
    const cy = input(root, `${name}.cy`);
    where.set(`${path}.en`, en);
    where.set(`${path}.cy`, cy);
    where.set(path, en.value.trim() && !cy.value.trim() ? cy : en);
    return text(en.value, cy.value);
  }

  /** The value of the field `name` in `root`, trimmed, recorded at `path`. */
  function readValue(root, name, path) {
    const el = input(root, name);
    where.set(path, el);
    return el.value.trim();
  }

  function readHours(row, path) {
    return [...row.querySelectorAll('.period')].map((period, k) => {
      const at = `${path}[${k}]`;
      const days = [...period.querySelectorAll('[name="period.days"]')];
      where.set(at, days[0]);
      where.set(`${at}.days`, days[0]);
      return {
        days: days.filter((day) => day.checked).map((day) => day.value),
        opens: readValue(period, 'period.opens', `${at}.opens`),
        closes: readValue(period, 'period.closes', `${at}.closes`),
      };
    });
  }

  /** Each list's rows that hold something, read by `read` with the path of its place in the list. */
  function readList(rows, path, kept, read) {
    const items = [];
    for (const row of rows) {
      if (!kept(row)) continue;
      const at = `${path}[${items.length}]`;
      items.push(read(row, at));
    }
    return items;
  }

  function readConfig(mode) {
    where = new Map();
    const areaRows = [...areas.querySelectorAll('.area')];
    const named = (row) => text(field(row, 'area.name.en'), field(row, 'area.name.cy'));
    const areaList = readList(areaRows, 'areas', named, (row, at) => {
      const services = `${at}.childrensServices`;
      where.set(at, input(row, 'area.name.en'));
      where.set(`${at}.id`, input(row, 'area.name.en'));
      where.set(services, input(row, 'area.phone'));
      where.set(`${services}.hours`, row.querySelector('.add-period'));
      where.set(`${services}.hoursCertain`, input(row, 'area.hoursUsual'));
      return {
        id: slug(field(row, 'area.name.en'), areaRows.indexOf(row)),
        name: readText(row, 'area.name', `${at}.name`),
        childrensServices: {
          phone: readValue(row, 'area.phone', `${services}.phone`),
          hours: readHours(row, `${services}.hours`),
          hoursCertain: input(row, 'area.hoursUsual').checked ? false : undefined,
          outOfHoursPhone: readValue(row, 'area.outOfHoursPhone', `${services}.outOfHoursPhone`),
          url: readValue(row, 'area.url', `${services}.url`),
        },
      };
    });
    if (areaRows[0]) where.set('areas', input(areaRows[0], 'area.name.en'));
    const resourceRows = [...resources.querySelectorAll('.resource')];
    const filled = (row) =>
      ['resource.title.en', 'resource.title.cy', 'resource.url'].some((n) => field(row, n).trim());
    const resourceList = readList(resourceRows, 'resources', filled, (row, at) => {
      where.set(at, input(row, 'resource.title.en'));
      return {
        title: readText(row, 'resource.title', `${at}.title`),
        url: readValue(row, 'resource.url', `${at}.url`),
        audience: readValue(row, 'resource.audience', `${at}.audience`),
      };
    });
    if (resourceRows[0]) where.set('resources', input(resourceRows[0], 'resource.title.en'));
    where.set('agency', input(form, 'agency.name.en'));
    where.set('agency.safeguardingOfficer', input(form, 'officer.phone'));
    where.set('exitShortcut', input(form, 'exitShortcut'));
    where.set('detailedEvents', input(form, 'detailedEvents'));
    // The launcher's settings only for a floating button (the form hides them otherwise).
    let launcher;
    if (mode === 'launcher') {
      where.set('launcher', input(form, 'launcher.label.en'));
      const offset = readValue(form, 'launcher.offset', 'launcher.offset');
      launcher = {
        label: readText(form, 'launcher.label', 'launcher.label'),
        position: field(form, 'launcher.position') === 'bottom-left' ? 'bottom-left' : undefined,
        offset: offset === '' ? undefined : Number(offset),
      };
      where.set('launcher.position', input(form, 'launcher.position'));
    }
    return (
      compact({
        agency: {
          name: readText(form, 'agency.name', 'agency.name'),
          safeguardingOfficer: {
            name: readText(form, 'officer.name', 'agency.safeguardingOfficer.name'),
            phone: readValue(form, 'officer.phone', 'agency.safeguardingOfficer.phone'),
            email: readValue(form, 'officer.email', 'agency.safeguardingOfficer.email'),
          },
          proceduresUrl: readValue(form, 'agency.proceduresUrl', 'agency.proceduresUrl'),
        },
        areas: areaList,
        resources: resourceList,
        exitUrl: readValue(form, 'exitUrl', 'exitUrl'),
        exitShortcut: input(form, 'exitShortcut').checked ? undefined : false,
        detailedEvents: input(form, 'detailedEvents').checked ? true : undefined,
        launcher,
      }) ?? {}
    );
  }

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

  function scriptTag() {
    if (!release) {
      return `${comment(`The version and integrity of the build are missing (${releaseError}): run npm run build.`)}
<script type="module" fetchpriority="low" src="/js/help-finder.js">${END_SCRIPT}`;
    }
    return `${comment(`help-finder ${release.version}. Copy ${release.file} from the release files to your site, and change "/js/" below to where you put it. Keep the integrity: the browser then runs only this version's file.`)}
<script type="module" fetchpriority="low" src="/js/${release.file}" integrity="${release.integrity}" crossorigin="anonymous">${END_SCRIPT}`;
  }

  function snippet(state, warnings, exitUrl) {
    const { config, mode, lang, accent, darkAccent, theme, headingLevel } = state;
    const attributes = [
      mode === 'launcher' ? ' launcher' : '',
      lang ? ` lang="${lang}"` : '',
      headingLevel !== '2' ? ` heading-level="${headingLevel}"` : '',
      theme !== 'light' ? ` theme="${theme}"` : '',
    ].join('');
    const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
    const lines = [scriptTag()];
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

  /** The configuration as a file: with `$schema`, the schema file of this release, kept beside it. */
  function configFile(config) {
    const schema = release ? `./${release.file.replace(/\.js$/, '.schema.json')}` : './help-finder.schema.json';
    return JSON.stringify({ $schema: schema, ...config }, null, 2) + '\n';
  }

  // The preview frame, and what it last said about the colours.
  const policy = globalThis.trustedTypes?.createPolicy(SOURCE, { createHTML: (html) => html });
  let frame;
  let frameLoads = 0;
  let frameReady = false;
  /** @type {{ accent: string, warnings: string[], checked: boolean } | undefined} */
  let contrast;
  let state;

  function previewHtml() {
    const script = inlineScript
      ? `<script type="module" data-configurator>${inlineScript.textContent}${END_SCRIPT}`
      : `<script type="module" src="${import.meta.url}" data-configurator>${END_SCRIPT}`;
    return `<!doctype html><html lang="en" data-configurator="preview"><head><meta charset="utf-8"><title>Preview</title>${script}</head><body></body></html>`;
  }

  function startPreview() {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.title = 'Preview of the widget / Rhagolwg';
    frame.className = 'preview-frame';
    // No allow-top-navigation: the preview's exit can leave only the frame. Built (inline), no
    // allow-same-origin either, which some engines need to keep a frame from moving the tab; the
    // page served by `npm start` loads the script from its server, so its frame keeps the origin.
    frame.setAttribute(
      'sandbox',
      `allow-scripts allow-popups allow-popups-to-escape-sandbox${inlineScript ? '' : ' allow-same-origin'}`,
    );
    frameLoads = 0;
    frameReady = false;
    frame.addEventListener('load', () => {
      frameLoads++;
      // A second load: the preview left its page (a link, or the exit's own navigation). Start it again.
      if (frameLoads > 1) restartPreview('left');
    });
    const html = previewHtml();
    frame.srcdoc = policy ? policy.createHTML(html) : html;
    previewBox.replaceChildren(frame);
  }

  let restartTimer;
  let exitAt = -Infinity;
  /** The preview left its page: say why, then start a fresh one (the form is untouched). */
  function restartPreview(why) {
    if (why === 'exit') exitAt = Date.now();
    // The exit's own navigation of the frame follows its message: still the exit.
    const exited = why === 'exit' || Date.now() - exitAt < 5000;
    previewStatus.textContent = exited
      ? 'The preview’s quick exit left the preview (on your site it leaves the whole page). The preview has started again; your form is as you left it.'
      : 'The preview left its page (a link in it). It has started again; your form is as you left it.';
    clearTimeout(restartTimer);
    restartTimer = setTimeout(startPreview, 300);
  }

  function sendState() {
    if (frameReady && state) frame.contentWindow.postMessage({ source: SOURCE, type: 'state', ...state }, '*');
  }

  addEventListener('message', (event) => {
    const data = event.data;
    if (!frame || event.source !== frame.contentWindow || data?.source !== SOURCE) return;
    if (data.type === 'ready') {
      frameReady = true;
      sendState();
    } else if (data.type === 'contrast') {
      contrast = data;
      render();
    } else if (data.type === 'exit') {
      restartPreview('exit');
    } else if (data.type === 'height') {
      frame.style.setProperty('height', `${Math.max(480, Math.min(4000, Number(data.height) || 0))}px`);
    }
  });

  let downloadUrl = '';
  let downloadJson = '';

  /** A colour's contrast result beside it: shown when it fails, with what to do. */
  function showContrast(box, warnings, what) {
    box.replaceChildren();
    box.hidden = !warnings.length;
    if (warnings.length) {
      box.append(
        element('strong', `This colour fails WCAG AA contrast${what.where}. `),
        welsh('Mae’r lliw hwn yn methu.'),
        ...warnings.map((warning) => element('span', ` ${warning}.`)),
        ` Choose a ${what.better} colour.`,
      );
    }
  }

  /** The English words of a field's label (its Welsh, and the field itself, left out). */
  function englishLabel(el) {
    if (el.dataset.label) return el.dataset.label;
    const label = el.closest('label');
    if (!label) return el.name;
    const copy = label.cloneNode(true);
    for (const inner of copy.querySelectorAll('[lang="cy"], input, select, textarea')) inner.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  /** Its place in a list of rows, and what it is called: "Area 2 (Torfaen)". */
  function rowName(row, kind, rows, en, cy) {
    const called = field(row, en).trim() || field(row, cy).trim();
    return `${kind} ${rows.indexOf(row) + 1}${called ? ` (${called})` : ''}`;
  }

  const lowerFirst = (words) => words.charAt(0).toLowerCase() + words.slice(1);

  /**
   * The form's own name of a field, as a web team reads it: "Safeguarding Officer phone",
   * "Area 1 (Torfaen): children’s services, office hours", "Resource 2 (Our leaflet): address (https)".
   */
  function fieldName(el) {
    const label = el.dataset.label ?? lowerFirst(englishLabel(el));
    const places = [];
    const area = el.closest('.area');
    if (area) places.push(rowName(area, 'Area', [...areas.querySelectorAll('.area')], 'area.name.en', 'area.name.cy'));
    const period = el.closest('.period');
    if (period) places.push(`opening hours ${[...period.parentElement.children].indexOf(period) + 1}`);
    const resource = el.closest('.resource');
    if (resource) {
      const rows = [...resources.querySelectorAll('.resource')];
      places.push(rowName(resource, 'Resource', rows, 'resource.title.en', 'resource.title.cy'));
    }
    if (places.length) return `${places.join(', ')}: ${label}`;
    const group = el.closest('[data-name]')?.dataset.name;
    return group ? `${group} ${label}` : englishLabel(el);
  }

  /** The field a problem at `path` is about: the nearest enclosing path entered on the form. */
  function fieldFor(path) {
    for (let at = path; at;) {
      const found = where.get(at);
      if (found) return found;
      const shorter = at.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
      if (shorter === at) return undefined;
      at = shorter;
    }
    return undefined;
  }

  let fieldIds = 0;
  let shownProblems = '';
  /** The fields the last problems described, and so marked. */
  let marked = [];

  /**
   * The problems as a list, like GOV.UK's error summary: each names its field by the form's label
   * (with the JSON path in brackets, for developers) and is a link that focuses that field; a field
   * with an error has `aria-invalid="true"`, and every field with a problem is described by it.
   * Drawn again only when they change, so a link keeps focus and nothing is announced twice.
   */
  function showProblems(items, pending) {
    for (const { field: el } of items) if (el) el.id ||= `field-${++fieldIds}`;
    const key = JSON.stringify(
      items.map((item) => [item.severity, item.words, item.path, item.field?.id, item.field && fieldName(item.field)]),
    );
    if (key === shownProblems && items.length) return;
    shownProblems = key;
    for (const el of marked) {
      el.removeAttribute('aria-invalid');
      const own = el.dataset.describedby;
      if (own) el.setAttribute('aria-describedby', own);
      else el.removeAttribute('aria-describedby');
    }
    marked = [];
    problemsBox.replaceChildren();
    if (!items.length) {
      // Never "No problems" before the colours have been checked.
      problemsBox.append(
        element(
          'p',
          pending
            ? 'Checking the colours in the preview… / Wrthi’n gwirio’r lliwiau…'
            : contrast.checked
              ? 'No problems found. / Dim problemau.'
              : 'No problems found; the colours were not checked.',
        ),
      );
      return;
    }
    const list = items.map((item, i) => {
      const line = element('li', `${item.severity === 'error' ? 'Error' : 'Warning'}: `);
      line.id = `problem-${i + 1}`;
      const el = item.field;
      if (!el) {
        line.append(item.path ? `${item.path}: ${item.words}` : item.words);
        return line;
      }
      const link = element('a', `${item.name ?? fieldName(el)}: ${item.words}`);
      link.href = `#${el.id}`;
      line.append(link);
      if (item.path) line.append(' ', element('code', `(${item.path})`));
      if (el.matches('input, select, textarea')) {
        if (!marked.includes(el)) {
          el.dataset.describedby ??= el.getAttribute('aria-describedby') ?? '';
          marked.push(el);
        }
        if (item.severity === 'error') el.setAttribute('aria-invalid', 'true');
        // A colour's contrast is described by its own box beside it.
        if (!item.name) {
          const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
          el.setAttribute('aria-describedby', [...ids, line.id].join(' '));
        }
      }
      return line;
    });
    problemsBox.append(element('h3', 'There is a problem ', welsh('/ Mae problem wedi codi')), element('ul', ...list));
  }

  // A problem's link focuses its field (and brings its label into view), as GOV.UK's does.
  problemsBox.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href^="#"]');
    const target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    event.preventDefault();
    (target.closest('label') ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });

  /** Shows the messages, the snippet, the CSS and the file for the current state. */
  function render() {
    const { config, mode, accent, darkAccent } = state;
    const { config: parsed, problems } = parseConfig(config);
    const pending = !contrast || contrast.accent !== accent || contrast.darkAccent !== darkAccent;
    const warnings = {
      light: pending ? [] : contrast.warnings,
      // The dark theme's, when the widget may show it.
      dark: pending || !darkAccent ? [] : contrast.darkWarnings,
    };
    const accentInput = input(form, 'accent');
    const darkInput = input(form, 'darkAccent');
    showContrast(contrastBox, warnings.light, { where: '', better: 'darker' });
    showContrast(darkContrastBox, warnings.dark, { where: ' in the dark theme', better: 'lighter' });

    showProblems(
      [
        ...problems.map((p) => ({
          severity: p.severity,
          path: p.path,
          words: p.message || (p.severity === 'error' ? 'not used' : 'used, but check it'),
          field: fieldFor(p.path),
        })),
        ...warnings.light.map((warning) => ({
          severity: 'error',
          words: warning,
          name: `Accent colour ${accent}`,
          field: accentInput,
        })),
        ...warnings.dark.map((warning) => ({
          severity: 'error',
          words: warning,
          name: `Dark theme accent colour ${darkAccent}`,
          field: darkInput,
        })),
      ],
      pending,
    );

    snippetBox.textContent = snippet(state, warnings, parsed.exitUrl);
    const reserve =
      mode === 'launcher'
        ? ''
        : '\n  /* Hold its place while it loads, so the page does not jump. */\n  display: block;\n  min-height: 100vh;';
    const fails = (list, better) => (list.length ? ` /* fails WCAG AA contrast: choose a ${better} colour */` : '');
    const dark = darkAccent ? `\n  --help-finder-dark-accent: ${darkAccent};${fails(warnings.dark, 'lighter')}` : '';
    cssBox.textContent = `help-finder {${reserve}\n  --help-finder-accent: ${accent};${fails(warnings.light, 'darker')}${dark}\n}`;

    const json = configFile(config);
    if (json !== downloadJson) {
      if (downloadUrl) URL.revokeObjectURL(downloadUrl);
      downloadJson = json;
      downloadUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      download.href = downloadUrl;
    }
  }

  function update() {
    const mode = form.querySelector('[name="mode"]:checked').value;
    const theme = field(form, 'theme') || 'light';
    launcherSettings.hidden = mode !== 'launcher';
    // The dark theme's colour only where the widget may show the dark theme.
    darkColours.hidden = theme === 'light';
    state = {
      config: readConfig(mode),
      mode,
      lang: field(form, 'lang'),
      theme,
      headingLevel: field(form, 'headingLevel') || '2',
      accent: field(form, 'accent'),
      darkAccent: theme === 'light' ? '' : field(form, 'darkAccent'),
    };
    render();
    sendState();
  }

  function addResource() {
    resources.insertBefore(resourceTemplate.content.cloneNode(true), document.getElementById('add-resource'));
    return [...resources.querySelectorAll('.resource')].at(-1);
  }

  function addArea() {
    areas.insertBefore(areaTemplate.content.cloneNode(true), document.getElementById('add-area'));
    return [...areas.querySelectorAll('.area')].at(-1);
  }

  // Council presets: the fields a council's preset fills, each with its source and a reminder.
  const PRESET_FIELDS = { phone: 'area.phone', outOfHoursPhone: 'area.outOfHoursPhone', url: 'area.url' };
  const CHECK = {
    phone: ['Check this number before going live.', 'Gwiriwch y rhif hwn cyn mynd yn fyw.'],
    url: ['Check this page before going live.', 'Gwiriwch y dudalen hon cyn mynd yn fyw.'],
  };

  function checkLine(key) {
    const [en, cy] = CHECK[key === 'url' ? 'url' : 'phone'];
    const line = element('p', en, ' ', welsh(cy));
    line.className = 'check';
    return line;
  }

  /** Beside a filled field: confidence, the value's note, each source with its date, and the reminder. */
  function showFact(box, key, fact) {
    const lines = [
      element(
        'p',
        `From the council reference, ${fact.confidence} (${CONFIDENCE[fact.confidence]}). ${fact.note ?? ''}`.trim(),
      ),
    ];
    for (const source of fact.sources) {
      const title = source.url ? element('a', source.title) : source.title;
      if (source.url) title.href = source.url;
      lines.push(element('p', 'Source: ', title, ` (${source.date}; found ${RESEARCHED}).`));
    }
    lines.push(checkLine(key));
    box.replaceChildren(...lines);
    box.classList.remove('missing');
    box.hidden = false;
  }

  /** Beside a field the preset leaves empty: why. */
  function showMissing(box, key, note) {
    const what = key === 'url' ? 'the page’s https: address' : 'the number the council gives you';
    box.replaceChildren(element('p', note), element('p', `Enter ${what}, or leave it empty.`));
    box.classList.add('missing');
    box.hidden = false;
  }

  const typed = (row) =>
    [...row.querySelectorAll('input:not([type="checkbox"]):not([type="radio"])')].some((input) => input.value.trim());

  function fillCouncil(preset) {
    const already = [...areas.querySelectorAll('.area')].find((row) => row.dataset.preset === preset.id);
    if (already) {
      presetStatus.textContent = `${preset.name.en} is already in your areas. / Mae ${preset.name.cy} yn eich ardaloedd yn barod.`;
      already.querySelector('[name="area.name.en"]').focus();
      return;
    }
    const last = [...areas.querySelectorAll('.area')].at(-1);
    const row = !last || typed(last) || last.dataset.preset ? addArea() : last;
    row.dataset.preset = preset.id;
    const recheck = row.querySelector('.recheck');
    recheck.textContent = preset.recheck ? `Check first: ${preset.recheck}` : '';
    recheck.hidden = !preset.recheck;
    row.querySelector('[name="area.name.en"]').value = preset.name.en;
    row.querySelector('[name="area.name.cy"]').value = preset.name.cy;
    for (const [key, name] of Object.entries(PRESET_FIELDS)) {
      const input = row.querySelector(`[name="${name}"]`);
      const box = row.querySelector(`.source[data-for="${name}"]`);
      const fact = preset[key];
      input.value = fact?.value ?? '';
      input.dataset.presetValue = input.value;
      if (fact) showFact(box, key, fact);
      else showMissing(box, key, preset.missing[key]);
    }
    presetStatus.textContent = `${preset.name.en} filled in. / ${preset.name.cy}: wedi’i llenwi.`;
  }

  /** A preset value the web team has changed is theirs now: say so beside it. */
  function noteChange(input) {
    if (input.dataset.presetValue === undefined) return;
    const box = input.closest('.area')?.querySelector(`.source[data-for="${input.name}"]`);
    if (!box || input.value.trim() === input.dataset.presetValue) return;
    const was = input.dataset.presetValue ? `the preset gave ${input.dataset.presetValue}` : 'the preset left it empty';
    box.replaceChildren(
      element('p', `Your own value (${was}).`),
      checkLine(input.name === 'area.url' ? 'url' : 'phone'),
    );
    box.classList.remove('missing');
  }

  const presetSelect = document.getElementById('council-preset');
  for (const preset of councilPresets) {
    const option = element(
      'option',
      preset.name.en === preset.name.cy ? preset.name.en : `${preset.name.en} / ${preset.name.cy}`,
    );
    option.value = preset.id;
    presetSelect.append(option);
  }
  document.getElementById('presets-researched').textContent = RESEARCHED;

  const releaseLine = document.getElementById('release-line');
  if (release) {
    releaseLine.replaceChildren(
      `The snippet loads help-finder ${release.version}: the file ${release.file}, integrity ${release.integrity}.`,
      release.released
        ? ''
        : ' This page comes from a build, not a release: use the configurator in the release files for a snippet that matches the released file.',
    );
    // How current the widget's own national facts are (from their provenance, by the build).
    const factsBox = document.getElementById('facts-date');
    factsBox.replaceChildren(
      `The national services’ numbers, hours and addresses in this build were checked on ${release.factsChecked} or later. `,
      welsh(
        `Gwiriwyd rhifau, oriau a chyfeiriadau’r gwasanaethau cenedlaethol yn y fersiwn hon ar ${release.factsChecked} neu’n hwyrach.`,
      ),
    );
    factsBox.hidden = false;
  } else {
    releaseLine.textContent = `The version and integrity of the build could not be read (${releaseError}): run npm run build.`;
  }
  releaseLine.hidden = false;

  document.getElementById('add-council').addEventListener('click', () => {
    const preset = councilPresets.find((p) => p.id === presetSelect.value);
    if (!preset) return;
    fillCouncil(preset);
    update();
  });
  document.getElementById('add-area').addEventListener('click', () => {
    addArea().querySelector('input').focus();
    update();
  });
  // Per area: remove it; add or remove a period of opening hours.
  areas.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    const row = button?.closest('.area');
    if (!row) return;
    if (button.classList.contains('remove-area')) {
      const name = field(row, 'area.name.en') || 'The area';
      row.remove();
      presetStatus.textContent = `${name} removed. / Wedi’i thynnu.`;
      document.getElementById('add-area').focus();
    } else if (button.classList.contains('add-period')) {
      row.querySelector('.periods').append(periodTemplate.content.cloneNode(true));
      row.querySelector('.period:last-child input').focus();
    } else if (button.classList.contains('remove-period')) {
      button.closest('.period').remove();
      row.querySelector('.add-period').focus();
    } else {
      return;
    }
    update();
  });
  document.getElementById('add-resource').addEventListener('click', () => {
    addResource().querySelector('input').focus();
    update();
  });
  resources.addEventListener('click', (event) => {
    const button = event.target.closest?.('button.remove-resource');
    if (!button) return;
    button.closest('.resource').remove();
    document.getElementById('add-resource').focus();
    update();
  });
  const copyStatus = document.getElementById('copy-status');
  document.getElementById('copy-snippet').addEventListener('click', () => {
    const copied = navigator.clipboard?.writeText(snippetBox.textContent) ?? Promise.reject(new Error('no clipboard'));
    copied.then(
      () => (copyStatus.textContent = 'Copied. / Wedi’i gopïo.'),
      () => (copyStatus.textContent = 'Could not copy: select the snippet and copy it.'),
    );
  });
  form.addEventListener('input', (event) => {
    copyStatus.textContent = '';
    noteChange(event.target);
    update();
  });
  form.addEventListener('change', update);
  addArea();
  addResource();
  update();
  startPreview();
}
