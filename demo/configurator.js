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
// This file is the entry and the page's wiring; its parts are modules beside it (bundled into
// that one script by the build):
//   configurator-form.js      the form -> the configuration, and where each value was entered
//   configurator-problems.js  the problems found, naming and linking to their fields
//   configurator-snippet.js   the snippet (with its fallback text), its CSS and the file
//   configurator-preview.js   the preview frame, both sides, and their messages
//   configurator-lists.js     adding and removing areas, opening hours and resources
//   configurator-presets.js   the council presets on the page (their data: council-presets.js)
//   configurator-dom.js       small helpers for the form's fields and the page's text
//
// The development build: its checker gives the reason for each problem, and it has the contrast
// check. The snippet loads the production build, by the version and integrity of the build.
import { parseConfig } from '../dist/help-finder.dev.js';
import { field, input, welsh } from './configurator-dom.js';
import { formReader } from './configurator-form.js';
import { editLists } from './configurator-lists.js';
import { councilPresetsUi } from './configurator-presets.js';
import { createPreview, runPreview } from './configurator-preview.js';
import { problemList, showContrast } from './configurator-problems.js';
import { configFile, snippet, snippetCss } from './configurator-snippet.js';

if (document.documentElement.dataset.configurator === 'preview') runPreview();
else void runConfigurator();

// ---------------------------------------------------------------------------------------------
// The configurator page.

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

  const reader = formReader(form, areas, resources);

  // What the preview last said about the colours, and the form's state.
  /** @type {{ accent: string, warnings: string[], checked: boolean } | undefined} */
  let contrast;
  let state;
  const preview = createPreview({
    previewBox,
    previewStatus,
    // The frame of the page served by `npm start` loads this script from its server.
    scriptUrl: import.meta.url,
    onContrast: (data) => {
      contrast = data;
      render();
    },
  });

  let downloadUrl = '';
  let downloadJson = '';

  const problems = problemList({ problemsBox, areas, resources });

  /** Shows the messages, the snippet, the CSS and the file for the current state. */
  function render() {
    const { config, mode, accent, darkAccent } = state;
    const { config: parsed, problems: found } = parseConfig(config);
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

    problems.show(
      [
        ...found.map((p) => ({
          severity: p.severity,
          path: p.path,
          words: p.message || (p.severity === 'error' ? 'not used' : 'used, but check it'),
          field: reader.fieldFor(p.path),
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
      !pending && contrast.checked,
    );

    snippetBox.textContent = snippet(state, warnings, parsed.exitUrl, release, releaseError);
    cssBox.textContent = snippetCss(mode, accent, darkAccent, warnings);

    const json = configFile(config, release);
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
      config: reader.readConfig(mode),
      mode,
      lang: field(form, 'lang'),
      theme,
      headingLevel: field(form, 'headingLevel') || '2',
      accent: field(form, 'accent'),
      darkAccent: theme === 'light' ? '' : field(form, 'darkAccent'),
    };
    render();
    preview.send(state);
  }

  const { addArea, addResource } = editLists({
    areas,
    resources,
    areaTemplate,
    periodTemplate,
    resourceTemplate,
    presetStatus,
    update,
  });
  const { noteChange } = councilPresetsUi({ areas, presetStatus, addArea, update });

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
  preview.start();
}
