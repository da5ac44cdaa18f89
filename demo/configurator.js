// The configurator for partner web teams: a form -> a configuration, checked by
// the widget's own validator as they type, with a live preview and the embed snippet.
// The development build: its checker gives the reason for each problem, and the preview's theme
// contrast check writes to the console. The snippet below still loads the production build.
import { parseConfig } from '../dist/help-finder.dev.js';
import { CONFIDENCE, RESEARCHED, councilPresets } from './council-presets.js';

const form = document.getElementById('form');
const areas = document.getElementById('areas');
const areaTemplate = document.getElementById('area-template');
const problemsBox = document.getElementById('problems');
const snippetBox = document.getElementById('snippet');
const cssBox = document.getElementById('css');
const previewBox = document.getElementById('preview');
const scriptUrl = new URL('../dist/help-finder.js', location.href).href;

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

function readConfig() {
  const areaList = [...areas.querySelectorAll('.area')].map((row, i) => ({
    id: slug(field(row, 'area.name.en'), i),
    name: text(field(row, 'area.name.en'), field(row, 'area.name.cy')),
    childrensServices: {
      phone: field(row, 'area.phone').trim(),
      outOfHoursPhone: field(row, 'area.outOfHoursPhone').trim(),
      url: field(row, 'area.url').trim(),
    },
  }));
  return (
    compact({
      agency: {
        name: text(field(form, 'agency.name.en'), field(form, 'agency.name.cy')),
        safeguardingOfficer: {
          name: text(field(form, 'officer.name.en'), field(form, 'officer.name.cy')),
          phone: field(form, 'officer.phone').trim(),
          email: field(form, 'officer.email').trim(),
        },
        proceduresUrl: field(form, 'agency.proceduresUrl').trim(),
      },
      areas: areaList.filter((a) => a.name),
      resources: [
        {
          title: text(field(form, 'resource.title.en'), field(form, 'resource.title.cy')),
          url: field(form, 'resource.url').trim(),
          audience: field(form, 'resource.audience'),
        },
      ].filter((r) => r.title || r.url),
    }) ?? {}
  );
}

function snippet(config, mode, lang) {
  const attributes = [mode === 'launcher' ? ' launcher' : '', lang ? ` lang="${lang}"` : ''].join('');
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return `<script type="module" fetchpriority="low" src="${scriptUrl}"></script>
<help-finder${attributes}>
  <p>If a child is in immediate danger, call <a href="tel:999">999</a>.</p>
  <p>Stop It Now helpline (free, confidential): <a href="tel:08081000900">0808 1000 900</a>.</p>
  <p><a href="https://www.bbc.co.uk/weather">Exit this page</a></p>
  <script type="application/json">
${json}
  </script>
</help-finder>`;
}

let preview;
let previewKey = '';

function update() {
  const config = readConfig();
  const mode = form.querySelector('[name="mode"]:checked').value;
  const lang = field(form, 'lang');
  const accent = field(form, 'accent');
  const { problems } = parseConfig(config);

  problemsBox.replaceChildren();
  if (problems.length) {
    const list = document.createElement('ul');
    for (const p of problems) {
      const item = document.createElement('li');
      item.textContent = `${p.severity === 'error' ? 'Error' : 'Warning'}: ${p.path}: ${p.message}`;
      list.append(item);
    }
    problemsBox.append(list);
  } else {
    const ok = document.createElement('p');
    ok.textContent = 'No problems found. / Dim problemau.';
    problemsBox.append(ok);
  }

  snippetBox.textContent = snippet(config, mode, lang);
  const reserve =
    mode === 'launcher'
      ? ''
      : '\n  /* Hold its place while it loads, so the page does not jump. */\n  display: block;\n  min-height: 100vh;';
  cssBox.textContent = `help-finder {${reserve}\n  --help-finder-accent: ${accent};\n}`;

  const key = `${mode}|${lang}`;
  if (!preview || key !== previewKey) {
    preview = document.createElement('help-finder');
    if (mode === 'launcher') preview.setAttribute('launcher', '');
    if (lang) preview.setAttribute('lang', lang);
    previewBox.replaceChildren(preview);
    previewKey = key;
  }
  preview.style.setProperty('--help-finder-accent', accent);
  preview.config = config;
}

function addArea() {
  areas.insertBefore(areaTemplate.content.cloneNode(true), document.getElementById('add-area'));
}

// Council presets: the fields a council's preset fills, each with its source and a reminder.
const PRESET_FIELDS = { phone: 'area.phone', outOfHoursPhone: 'area.outOfHoursPhone', url: 'area.url' };
const CHECK = {
  phone: ['Check this number before going live.', 'Gwiriwch y rhif hwn cyn mynd yn fyw.'],
  url: ['Check this page before going live.', 'Gwiriwch y dudalen hon cyn mynd yn fyw.'],
};

function element(tag, ...children) {
  const el = document.createElement(tag);
  el.append(...children);
  return el;
}

function welsh(text) {
  const span = element('span', text);
  span.lang = 'cy';
  return span;
}

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

function fillCouncil(preset) {
  let rows = [...areas.querySelectorAll('.area')];
  const last = rows.at(-1);
  if (!last || [...last.querySelectorAll('input')].some((input) => input.value.trim())) {
    addArea();
    rows = [...areas.querySelectorAll('.area')];
  }
  const row = rows.at(-1);
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
}

/** A preset value the web team has changed is theirs now: say so beside it. */
function noteChange(input) {
  if (input.dataset.presetValue === undefined) return;
  const box = input.closest('.area')?.querySelector(`.source[data-for="${input.name}"]`);
  if (!box || input.value.trim() === input.dataset.presetValue) return;
  const was = input.dataset.presetValue ? `the preset gave ${input.dataset.presetValue}` : 'the preset left it empty';
  box.replaceChildren(element('p', `Your own value (${was}).`), checkLine(input.name === 'area.url' ? 'url' : 'phone'));
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

// How current the widget's own national facts are (written by npm run build from their provenance).
fetch(new URL('../dist/help-finder-facts.json', location.href))
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
  .then(({ oldestCheck }) => {
    const box = document.getElementById('facts-date');
    box.replaceChildren(
      `The national services’ numbers, hours and addresses in this build were checked on ${oldestCheck} or later. `,
      welsh(
        `Gwiriwyd rhifau, oriau a chyfeiriadau’r gwasanaethau cenedlaethol yn y fersiwn hon ar ${oldestCheck} neu’n hwyrach.`,
      ),
    );
    box.hidden = false;
  })
  .catch(() => {});
document.getElementById('add-council').addEventListener('click', () => {
  const preset = councilPresets.find((p) => p.id === presetSelect.value);
  if (!preset) return;
  fillCouncil(preset);
  update();
});

document.getElementById('add-area').addEventListener('click', () => {
  addArea();
  update();
});
document.getElementById('copy-snippet').addEventListener('click', () => {
  navigator.clipboard?.writeText(snippetBox.textContent).catch(() => {});
});
form.addEventListener('input', (event) => {
  noteChange(event.target);
  update();
});
form.addEventListener('change', update);
addArea();
update();
