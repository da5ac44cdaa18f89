// The configurator's council presets on the page: the list to choose a council from, the area
// a preset fills, and beside each field it fills, where the value came from (or why it is empty)
// and a reminder to check it. The presets themselves are data, in demo/council-presets.js.
import { element, welsh } from './configurator-dom.js';
import { CONFIDENCE, RESEARCHED, councilPresets } from './council-presets.js';

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

/**
 * Fills the list of councils and wires its button: the chosen council fills an area in `areas`
 * (the last one if it is empty, else a new one from `addArea`), `presetStatus` says so, and
 * `update` runs.
 * @returns {{ noteChange: (input: HTMLInputElement) => void }} to call when a field is typed in
 */
export function councilPresetsUi({ areas, presetStatus, addArea, update }) {
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

  document.getElementById('add-council').addEventListener('click', () => {
    const preset = councilPresets.find((p) => p.id === presetSelect.value);
    if (!preset) return;
    fillCouncil(preset);
    update();
  });

  return { noteChange };
}
