// What the configurator says is wrong: the problems the checker (and the preview's contrast
// check) found, as a list like GOV.UK's error summary whose links focus the fields, each field
// named by the form's own label; and a colour's contrast result beside it.
import { element, field, welsh } from './configurator-dom.js';

/** A colour's contrast result beside it: shown when it fails, with what to do. */
export function showContrast(box, warnings, what) {
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
 * The list of problems in `problemsBox`, for the form's lists of `areas` and `resources`:
 * `show(items, pending, checked)` draws it (see `showProblems`).
 */
export function problemList({ problemsBox, areas, resources }) {
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

  let fieldIds = 0;
  let shownProblems = '';
  /** The fields the last problems described, and so marked. */
  let marked = [];

  /**
   * The problems as a list, like GOV.UK's error summary: each names its field by the form's label
   * (with the JSON path in brackets, for developers) and is a link that focuses that field; a field
   * with an error has `aria-invalid="true"`, and every field with a problem is described by it.
   * Drawn again only when they change, so a link keeps focus and nothing is announced twice.
   * With none: `pending` while the preview checks the colours, else whether it `checked` them.
   */
  function showProblems(items, pending, checked) {
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
            : checked
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

  return { show: showProblems };
}
