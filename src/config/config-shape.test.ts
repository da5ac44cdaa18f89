// The configuration's shape has one source: the JSON Schema (src/config/help-finder.schema.json,
// shipped as dist/help-finder.schema.json). Everything else that names its fields is checked
// against it here, in both directions and at every level:
// - the TypeScript types in partner-config.ts, at compile time (`npm run lint` runs tsc);
// - the fields the parser accepts (a field added to the parser alone, or to the schema alone, fails);
// - the README's configuration table (every field named there exists; every field is named).
// - the configurator's form (demo/configurator-form.js): every field it writes exists, and it offers
//   every field.
import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from './parse-config.js';
import type {
  Agency,
  Area,
  ChildrensServices,
  HelpFinderAgency,
  HelpFinderArea,
  HelpFinderChildrensServices,
  HelpFinderConfig,
  HelpFinderLauncherSettings,
  HelpFinderOpeningPeriod,
  HelpFinderResource,
  HelpFinderSafeguardingOfficer,
  HelpFinderText,
  LauncherSettings,
  LocalisedText,
  PartnerConfig,
  Resource,
  SafeguardingOfficer,
} from './partner-config.js';
import type { OpeningPeriod } from '../time/opening-hours.js';

// ---- The TypeScript types, checked at compile time (type-only: nothing reaches the bundle) ----

type Schema = typeof import('./help-finder.schema.json');
type Fields<S> = S extends { properties: infer P } ? keyof P : never;
type Root = Schema['properties'];
type AreaSchema = Root['areas']['items'];
type ChildrensServicesSchema = AreaSchema['properties']['childrensServices'];
type TextSchema = Extract<Schema['$defs']['text']['oneOf'][number], { properties: unknown }>;
/** `true` only when the two key sets are the same. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
// A field added to (or removed from) an interface, but not the schema, or the other way round,
// makes one of these `false`, and tsc fails here.
export type TypesMatchTheSchema = [
  Expect<SameKeys<keyof PartnerConfig, Exclude<keyof Root, '$schema'>>>,
  Expect<SameKeys<keyof Agency, Fields<Root['agency']>>>,
  Expect<SameKeys<keyof SafeguardingOfficer, Fields<Root['agency']['properties']['safeguardingOfficer']>>>,
  Expect<SameKeys<keyof Area, Fields<AreaSchema>>>,
  Expect<SameKeys<keyof ChildrensServices, Fields<ChildrensServicesSchema>>>,
  Expect<SameKeys<keyof OpeningPeriod, Fields<ChildrensServicesSchema['properties']['hours']['items']>>>,
  Expect<SameKeys<keyof Resource, Fields<Root['resources']['items']>>>,
  Expect<SameKeys<keyof LauncherSettings, Fields<Root['launcher']>>>,
  Expect<SameKeys<keyof LocalisedText, Fields<TextSchema>>>,
];
// The same for the types of what a partner writes (HelpFinderConfig, the element's `config`).
// Which fields are required, and what values fit, scripts/consumer-types.test.mjs checks
// against the schema.
export type InputTypesMatchTheSchema = [
  Expect<SameKeys<keyof HelpFinderConfig, keyof Root>>,
  Expect<SameKeys<keyof HelpFinderAgency, Fields<Root['agency']>>>,
  Expect<SameKeys<keyof HelpFinderSafeguardingOfficer, Fields<Root['agency']['properties']['safeguardingOfficer']>>>,
  Expect<SameKeys<keyof HelpFinderArea, Fields<AreaSchema>>>,
  Expect<SameKeys<keyof HelpFinderChildrensServices, Fields<ChildrensServicesSchema>>>,
  Expect<SameKeys<keyof HelpFinderOpeningPeriod, Fields<ChildrensServicesSchema['properties']['hours']['items']>>>,
  Expect<SameKeys<keyof HelpFinderResource, Fields<Root['resources']['items']>>>,
  Expect<SameKeys<keyof HelpFinderLauncherSettings, Fields<Root['launcher']>>>,
  Expect<SameKeys<keyof Extract<HelpFinderText, object>, Fields<TextSchema>>>,
];

// ---- The schema, walked ----

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
}

/** Every object in the schema: its location (`areas[].childrensServices`) and its fields. */
function objectsIn(schema: SchemaNode & { $defs: Record<string, SchemaNode> }): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (node: SchemaNode, at: string): void => {
    if (node.$ref) return visit(schema.$defs[node.$ref.replace('#/$defs/', '')]!, at);
    if (node.oneOf) return node.oneOf.forEach((branch) => visit(branch, at));
    if (node.items) return visit(node.items, `${at}[]`);
    if (!node.properties) return;
    found.set(at, Object.keys(node.properties));
    for (const [key, child] of Object.entries(node.properties)) visit(child, at ? `${at}.${key}` : key);
  };
  visit(schema, '');
  return found;
}

async function shippedSchema(): Promise<SchemaNode & { $defs: Record<string, SchemaNode> }> {
  const response = await fetch('/dist/help-finder.schema.json');
  expect(response.ok, 'npm test builds dist/ first').to.equal(true);
  return response.json();
}

/**
 * A configuration that uses every field of the schema, nested ones included
 * (src/test-helpers/full-config.json; scripts/config-schema.test.mjs checks it is valid to the
 * schema). Fails, naming it, when the schema has a field the configuration leaves out.
 */
async function fullConfig(): Promise<Record<string, unknown>> {
  const config = await (await fetch('/src/test-helpers/full-config.json')).json();
  for (const [at, fields] of objectsIn(await shippedSchema())) {
    let nodes: unknown[] = [config];
    for (const step of at.split('.').filter(Boolean)) {
      nodes = nodes.flatMap((n) => (n as Record<string, unknown>)[step.replace('[]', '')] ?? []);
      if (step.endsWith('[]')) nodes = nodes.flat();
    }
    for (const field of fields) {
      const used = nodes.some((n) => Object.prototype.hasOwnProperty.call(n, field));
      expect(used, `full-config.json does not use ${at ? `${at}.` : ''}${field}`).to.equal(true);
    }
  }
  return config;
}

/**
 * The full configuration with an unknown field `zzProbe` added to the object at `location`
 * (`areas[].name`), making the objects and lists on the way if the configuration has none.
 * Returns the configuration and the path the parser reports for the probe.
 */
function withProbe(full: Record<string, unknown>, location: string): { config: Record<string, unknown>; path: string } {
  const config = structuredClone(full);
  let node: Record<string, unknown> = config;
  const path: string[] = [];
  for (const step of location.split('.').filter(Boolean)) {
    const key = step.replace('[]', '');
    if (step.endsWith('[]')) {
      if (!Array.isArray(node[key])) node[key] = [{}];
      node = (node[key] as Record<string, unknown>[])[0]!;
      path.push(`${key}[0]`);
    } else {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
      path.push(key);
    }
  }
  node.zzProbe = 1;
  return { config, path: [...path, 'zzProbe'].join('.') };
}

describe('the configuration’s shape (one source: the JSON Schema)', () => {
  it('the parser accepts exactly the schema’s fields, at every level', async () => {
    const objects = objectsIn(await shippedSchema());
    const full = await fullConfig();
    // The schema's objects, as a reader would list them: a new one shows up here.
    expect([...objects.keys()]).to.deep.equal([
      '',
      'agency',
      'agency.name',
      'agency.safeguardingOfficer',
      'agency.safeguardingOfficer.name',
      'areas[]',
      'areas[].name',
      'areas[].childrensServices',
      'areas[].childrensServices.hours[]',
      'resources[]',
      'resources[].title',
      'launcher',
      'launcher.label',
    ]);
    for (const [location, fields] of objects) {
      const { config, path } = withProbe(full, location);
      const probe = parseConfig(config).problems.find((p) => p.path === path);
      expect(probe, `the parser does not check the fields of "${location || 'the root'}"`).to.not.equal(undefined);
      const accepted = /expected one of: (.*)\)$/.exec(probe!.message)?.[1]?.split(', ');
      expect(accepted, `the parser's fields of "${location || 'the root'}"`).to.have.members(fields);
    }
  });

  it('the full configuration, every field used, parses without a problem', async () => {
    expect(parseConfig(await fullConfig()).problems).to.deep.equal([]);
  });

  it('the README’s configuration table names every field, and only fields that exist', async () => {
    const objects = objectsIn(await shippedSchema());
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('| field | meaning |'));
    const rows = new Map<string, string>();
    for (const line of table.split('\n').slice(2)) {
      const row = /^\| `([^`]+)` \| (.*) \|$/.exec(line);
      if (!row) break;
      rows.set(row[1]!, row[2]!);
    }
    expect(rows.size, 'the README has its configuration table').to.be.greaterThan(5);
    // Every field location in the schema (leaving out the en/cy of a text, and $schema).
    const fields = [...objects].flatMap(([at, keys]) =>
      /(^|\.)(name|title|label)$/.test(at)
        ? []
        : keys.filter((k) => k !== '$schema').map((k) => (at ? `${at}.${k}` : k)),
    );
    for (const row of rows.keys()) {
      expect(fields, `README row \`${row}\` is not a field of the schema`).to.include(row.replace(/\[\]$/, ''));
    }
    for (const field of fields) {
      // A field has a row of its own, or is named (`key` or "key") in the row of the nearest
      // enclosing field that has one.
      const own = [...rows.keys()].some((row) => row.replace(/\[\]$/, '') === field || row.startsWith(`${field}.`));
      const parent = [...rows.keys()]
        .filter((row) => field.replace(/\[\]/g, '').startsWith(`${row.replace(/\[\]$/, '')}.`))
        .sort((a, b) => b.length - a.length)[0];
      const key = field.split('.').pop()!;
      const named =
        parent !== undefined && (rows.get(parent)!.includes(`\`${key}\``) || rows.get(parent)!.includes(`"${key}"`));
      expect(own || named, `the README's configuration table does not name ${field}`).to.equal(true);
    }
  });

  it('the configurator writes only the schema’s fields, and carries every value entered', async function (this: Mocha.Context) {
    this.timeout(20000);
    const objects = objectsIn(await shippedSchema());
    const schemaPaths = [...objects].flatMap(([at, keys]) => keys.map((k) => (at ? `${at}.${k}` : k)));
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = '/demo/configurator.html';
    document.body.append(iframe);
    try {
      await loaded;
      const doc = iframe.contentDocument!;
      await waitUntil(() => doc.getElementById('problems')!.textContent!.includes('No problems'), 'no first check', {
        timeout: 10000,
      });
      // Office hours: one period, so that its fields are on the form; a floating button, so that
      // the launcher's are written.
      doc.querySelector<HTMLButtonElement>('.add-period')!.click();
      const launcher = doc.querySelector<HTMLInputElement>('[name="mode"][value="launcher"]')!;
      launcher.checked = true;
      launcher.dispatchEvent(new Event('change', { bubbles: true }));
      // A valid value for every field of the form; the embed's attributes and CSS (`mode`, `lang`,
      // `theme`, `headingLevel`, `accent`, `darkAccent`) are not configuration. Check boxes are
      // clicked (the days, Monday to Friday, are ticked already; "usual hours" writes
      // `hoursCertain: false`, the Shift shortcut `exitShortcut: false`, detailed events `true`).
      const values: Record<string, string> = {
        'agency.name.en': 'Ysgol Example',
        'agency.name.cy': 'Ysgol Enghraifft',
        'agency.proceduresUrl': 'https://ysgol.example/procedures',
        'officer.name.en': 'Designated Safeguarding Lead',
        'officer.name.cy': 'Person Diogelu Dynodedig',
        'officer.phone': '01639 686802',
        'officer.email': 'dsl@ysgol.example',
        'area.name.en': 'Torfaen',
        'area.name.cy': 'Torfaen',
        'area.phone': '01495 762200',
        'period.opens': '09:00',
        'period.closes': '16:30',
        'area.outOfHoursPhone': '0800 328 4432',
        'area.url': 'https://torfaen.example/report',
        'resource.title.en': 'Our leaflet',
        'resource.title.cy': 'Ein taflen',
        'resource.url': 'https://ysgol.example/leaflet',
        'resource.audience': 'professional',
        exitUrl: 'https://ysgol.example/away',
        'launcher.label.en': 'Worried about a pupil?',
        'launcher.label.cy': 'Poeni am ddisgybl?',
        'launcher.position': 'bottom-left',
      };
      // Written as numbers.
      const numbers: Record<string, number> = { 'launcher.offset': 24 };
      const checks: Record<string, unknown> = {
        'period.days': 'mon',
        'area.hoursUsual': false,
        exitShortcut: false,
        detailedEvents: true,
      };
      const embed = ['mode', 'lang', 'theme', 'headingLevel', 'accent', 'darkAccent'];
      const names = [...doc.querySelectorAll<HTMLInputElement>('#form [name]')].map((input) => input.name);
      expect([...new Set(names)].filter((name) => !embed.includes(name))).to.have.members([
        ...Object.keys(values),
        ...Object.keys(numbers),
        ...Object.keys(checks),
      ]);
      const typed = { ...values, ...Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, String(v)])) };
      for (const [name, value] of Object.entries(typed)) {
        const input = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      for (const name of ['area.hoursUsual', 'exitShortcut', 'detailedEvents']) {
        const box = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
      const snippet = doc.getElementById('snippet')!.textContent!;
      const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)![1]!;
      const config = JSON.parse(json.replace(/\\u003c/g, '<'));
      const written: string[] = [];
      const leaves: unknown[] = [];
      const visit = (value: unknown, at: string): void => {
        if (Array.isArray(value)) return value.forEach((item) => visit(item, `${at}[]`));
        if (value && typeof value === 'object') {
          for (const [key, child] of Object.entries(value)) {
            written.push(at ? `${at}.${key}` : key);
            visit(child, at ? `${at}.${key}` : key);
          }
        } else leaves.push(value);
      };
      visit(config, '');
      for (const path of written) expect(schemaPaths, `the configurator writes ${path}`).to.include(path);
      expect(leaves).to.include.members([
        ...Object.values(values),
        ...Object.values(numbers),
        ...Object.values(checks),
      ]);
      // And the form offers every field of the schema (`$schema` is the file's, not the form's).
      expect(
        schemaPaths.filter((path) => path !== '$schema' && !written.includes(path)),
        'fields of the schema the configurator does not offer',
      ).to.deep.equal([]);
      expect(parseConfig(config).problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
