// The configurator's form -> a configuration: what a partner entered, as the widget reads it
// (only what was entered), and where on the form each value was entered, so that a problem the
// checker finds at a JSON path names and links to its field.
import { field, input } from './configurator-dom.js';

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

function slug(name, index) {
  return (name || `area-${index + 1}`)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The reader of the configurator's `form`, with its lists of `areas` and `resources`:
 * `readConfig(mode)` is the configuration entered, `fieldFor(path)` the field where the value at
 * a JSON path was entered, as the last `readConfig` found it.
 */
export function formReader(form, areas, resources) {
  /**
   * Where each value of the configuration was entered: its JSON path (as the checker names it,
   * `areas[0].childrensServices.phone`) and the form's field, so that a problem names the field
   * by its label and links to it. Made afresh by each `readConfig`.
   * @type {Map<string, HTMLElement>}
   */
  let where = new Map();

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

  return { readConfig, fieldFor };
}
