// The facts and defaults that the demo pages, the configurator and the README repeat (a page's
// own fallback content must work before the script loads, so it cannot take them from the
// bundle): each copy is checked against its one source here. A stale phone number in a partner's
// snippet is the worst failure this product can have.
// - Phone links: every `tel:` link is a national service's number (src/services/national-services.ts),
//   and its words are that number as the service writes it.
// - Exit links: every "Exit this page" link goes to the default exitUrl (src/config/partner-config.ts).
// - Council contacts: every area in a demo configuration gives its council's values from the
//   configurator's presets (demo/council-presets.js, checked against the council reference by
//   scripts/council-presets.test.mjs), and none the presets leave out.
// - Colours: the configurator's accent colours (light and dark theme), and each `@cssprop` default
//   in the manifest, is the default in src/components/styles.ts.
import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from './config/partner-config.js';
import { baseStyles } from './components/styles.js';
import { nationalServices } from './services/national-services.js';

/** Every file that repeats a fact or a default, as partners copy them. */
const FILES = [
  'demo/index.html',
  'demo/school.html',
  'demo/charity.html',
  'demo/launcher.html',
  'demo/configurator.html',
  // The configurator's snippet, with its fallback text.
  'demo/configurator-snippet.js',
  // The configurator as it ships (npm run build bundles demo/configurator.js and its modules into it).
  'dist/configurator.html',
  'README.md',
];

const text = async (path: string) => {
  const response = await fetch(`/${path}`);
  expect(response.ok, path).to.equal(true);
  return response.text();
};

/** The default of each `--help-finder-*` property: its first (light theme) fallback in styles.ts. */
function styleDefaults(): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const [, name, value] of baseStyles.cssText.matchAll(/var\((--help-finder-[a-z-]+), ([^;]+)\);/g)) {
    if (!defaults.has(name!)) defaults.set(name!, value!.trim());
  }
  return defaults;
}

describe('facts and defaults repeated outside the source', () => {
  it('every phone link is a national service’s number, written as the service writes it', async () => {
    const numbers = new Map<string, string>();
    for (const service of Object.values(nationalServices)) {
      for (const contact of service.contacts) {
        if (contact.kind === 'call') numbers.set(contact.value.replace(/\D/g, ''), contact.value);
      }
    }
    let links = 0;
    for (const path of FILES) {
      for (const [, digits, words] of (await text(path)).matchAll(/<a href="tel:([^"]*)">([^<]*)<\/a>/g)) {
        links++;
        expect(numbers.has(digits!), `${path}: tel:${digits} is no national service's number`).to.equal(true);
        expect(words, `${path}: the words of tel:${digits}`).to.equal(numbers.get(digits!));
      }
    }
    expect(links, 'the files hold phone links').to.be.greaterThan(5);
  });

  it('every exit link goes to the default exit address', async () => {
    let links = 0;
    for (const path of FILES) {
      for (const [, href] of (await text(path)).matchAll(
        /<a href="([^"]*)">(?:Exit this page|Gadael y dudalen)<\/a>/g,
      )) {
        links++;
        expect(href, `${path}: an exit link`).to.equal(DEFAULT_CONFIG.exitUrl);
      }
    }
    expect(links, 'the files hold exit links').to.be.greaterThan(5);
  });

  it('every council contact in a demo configuration is its council preset’s value', async () => {
    type Preset = { id: string } & Partial<Record<string, { value: string }>>;
    const presetsUrl = '/demo/council-presets.js';
    const { councilPresets } = (await import(presetsUrl)) as { councilPresets: Preset[] };
    const configs = [JSON.parse(await text('demo/launcher-config.json'))];
    for (const path of FILES.filter((f) => f.startsWith('demo/') && f.endsWith('.html'))) {
      for (const [, json] of (await text(path)).matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) {
        configs.push(JSON.parse(json!));
      }
    }
    let areas = 0;
    for (const config of configs) {
      for (const area of (config.areas ?? []) as Array<{ id: string; childrensServices: Record<string, string> }>) {
        areas++;
        const preset = councilPresets.find((p) => p.id === area.id);
        expect(preset, `a demo area "${area.id}" has no council preset`).to.not.equal(undefined);
        for (const field of ['phone', 'outOfHoursPhone', 'url']) {
          expect(area.childrensServices[field], `${area.id}.${field}`).to.equal(preset![field]?.value);
        }
      }
    }
    expect(areas, 'the demo configurations have areas').to.be.greaterThan(2);
  });

  it('the configurator’s accent colour and the manifest’s colour defaults are the styles’ defaults', async () => {
    const defaults = styleDefaults();
    const page = await text('demo/configurator.html');
    const accent = /<input name="accent" type="color" value="([^"]*)"[^>]*>/.exec(page);
    expect(accent?.[1], 'the configurator’s accent colour').to.equal(defaults.get('--help-finder-accent'));
    const dark = /<input name="darkAccent" type="color" value="([^"]*)"[^>]*>/.exec(page);
    expect(dark?.[1], 'the configurator’s dark theme accent colour').to.equal(
      defaults.get('--help-finder-dark-accent'),
    );
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const documented = manifest.modules
      .flatMap((m: { declarations?: Array<{ cssProperties?: unknown[] }> }) => m.declarations ?? [])
      .flatMap((d: { cssProperties?: unknown[] }) => d.cssProperties ?? []) as Array<{
      name: string;
      description: string;
    }>;
    expect(documented.length, 'the manifest documents the custom properties').to.be.greaterThan(10);
    for (const { name, description } of documented) {
      const value = defaults.get(name);
      // Defaults in words ("the system UI font") are left to the reader.
      if (value && /^(#[0-9a-f]{6}|\d+px)$/i.test(value)) {
        expect(description, `${name} in help-finder.ts's @cssprop`).to.contain(`(default ${value}`);
      }
    }
  });
});
