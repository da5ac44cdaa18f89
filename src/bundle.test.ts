// Tests the built file a partner loads (dist/help-finder.js), not the source.
// `npm test` builds it first.
import { expect, fixture } from '@open-wc/testing';
import { journey } from './flow/journey.js';
import { everyState, HelpFinderHarness, SELECTORS, textOf, type Widget } from './test-helpers/harness.js';

describe('dist/help-finder.js', () => {
  it('loaded by a plain page, renders the first question', async () => {
    await import(/* @vite-ignore */ new URL('/dist/help-finder.js', location.href).href);
    const el = await fixture<Widget>(`<help-finder></help-finder>`);
    await customElements.whenDefined('help-finder');
    const finder = new HelpFinderHarness(el);
    await finder.settle();
    expect(finder.heading()).to.equal('What do you need help with?');
    expect(finder.$(SELECTORS.emergencyCall)).to.exist;
  });

  it('loaded twice, does not throw and still works', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ new URL('/dist/help-finder.js?again', location.href).href);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    const finder = new HelpFinderHarness(await fixture<Widget>(`<help-finder></help-finder>`));
    await finder.settle();
    expect(finder.$(SELECTORS.heading)).to.exist;
  });
});

describe('dist/help-finder.js on a page where another script took the name <help-finder>', () => {
  it('says so in the console, and throws nothing into the page', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script src="/src/test-pages/record-errors.js"></script>
      <script>
        window.__warnings = [];
        console.warn = (...args) => window.__warnings.push(args.join(' '));
        customElements.define('help-finder', class extends HTMLElement {});
      </script>
      <script type="module" src="/dist/help-finder.js"></script>
      </head><body><help-finder></help-finder></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { __warnings: string[]; __errors: string[] };
      expect(win.__warnings).to.deep.equal([
        '[help-finder] <help-finder> is already defined by another script; this copy is not used',
      ]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('dist/help-finder.js: colours that fail contrast in the theme shown (issue #24 item 3)', () => {
  /** The console warnings of a page with the production build and this markup, once it is idle. */
  async function warningsOn(markup: string): Promise<string[]> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script>window.__warnings = []; console.warn = (...args) => window.__warnings.push(args.join(' '));</script>
      <script type="module" src="/dist/help-finder.js"></script>
      </head><body>${markup}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { __warnings: string[] };
      const finder = win.document.querySelector('help-finder') as Widget;
      await win.customElements.whenDefined('help-finder');
      await finder.updateComplete;
      // The check runs once, when the browser is idle after the first render.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return win.__warnings;
    } finally {
      frame.remove();
    }
  }

  it('the production build warns once, naming the dark theme’s property, when a dark colour fails', async () => {
    const warnings = await warningsOn(
      '<help-finder theme="dark" style="--help-finder-dark-text: #333333"></help-finder>',
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[help-finder\] --help-finder-dark-text: contrast 1\.\d:1/);
  });

  it('a light palette (dark text) never reaches the dark theme: nothing fails, nothing is said', async () => {
    const light = '--help-finder-text: #0b0c0c; --help-finder-muted: #505a5f; --help-finder-accent: #1d70b8';
    expect(await warningsOn(`<help-finder theme="dark" style="${light}"></help-finder>`)).to.deep.equal([]);
  });
});

describe('diagnostics: dist/help-finder.js and dist/help-finder.dev.js', () => {
  const badConfig = {
    agency: { name: 'A school', safeguardingOfficer: { phone: 'not a number', email: 'safeguarding@school.example' } },
  };
  type Bundle = { parseConfig: (c: unknown) => { problems: Array<{ path: string; message: string }> } };

  it('the production build drops a bad value, names the field in the console and says where the reason is', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      await import(/* @vite-ignore */ new URL('/dist/help-finder.js', location.href).href);
      const el = await fixture<Widget & { config?: unknown }>(`<help-finder></help-finder>`);
      el.config = badConfig;
      const finder = new HelpFinderHarness(el);
      await finder.settle();
      expect(finder.$(SELECTORS.emergencyCall), 'the national lines still show').to.exist;
      await finder.answer(['work-with-children', 'yes']);
      const page = textOf(finder.$(SELECTORS.widget));
      expect(page, 'the officer card keeps the good email').to.include('safeguarding@school.example');
      expect(page, 'and drops the bad phone').not.to.include('not a number');
    } finally {
      console.error = original;
    }
    const line = errors.find((e) => e.includes('agency.safeguardingOfficer.phone'));
    expect(line, errors.join('\n')).to.include('help-finder.dev.js');
    expect(line).to.include('help-finder-check');
  });

  it('the production build leaves the reasons out; the development build keeps them', async () => {
    const production = (await import(/* @vite-ignore */ new URL('/dist/help-finder.js', location.href).href)) as Bundle;
    const development = (await import(
      /* @vite-ignore */ new URL('/dist/help-finder.dev.js', location.href).href
    )) as Bundle;
    const problem = (bundle: Bundle) =>
      bundle.parseConfig(badConfig).problems.find((p) => p.path === 'agency.safeguardingOfficer.phone');
    expect(problem(production)?.message).to.equal('');
    expect(problem(development)?.message).to.equal('"not a number" is not a UK phone number');
  });
});

/** English and Welsh of every message, from the translation table. */
async function translations(): Promise<Array<{ en: string; cy: string }>> {
  const table: Record<string, { en: string; cy: string }> = await (await fetch('/locales/cy-translations.json')).json();
  return Object.values(table);
}

describe('dist/help-finder.js in Welsh', () => {
  it('shows every question and outcome in Welsh (the bundle’s short message ids match the Welsh table)', async () => {
    await import(/* @vite-ignore */ new URL('/dist/help-finder.js', location.href).href);
    const units = await translations();
    // English texts that would show if a message missed its Welsh: long enough to be unmistakable.
    const english = units.filter((u) => u.en !== u.cy && u.en.length >= 12 && !u.en.includes('${')).map((u) => u.en);
    const el = await fixture<Widget>(`<help-finder lang="cy"></help-finder>`);
    await el.updateComplete;
    const finder = new HelpFinderHarness(el);
    const firstQuestion = units.find((u) => u.en === 'What do you need help with?')!.cy;
    expect(finder.heading()).to.equal(firstQuestion);

    const seen: string[] = [];
    const leaked = new Set<string>();
    // The walk's one widget is this one, at the first question.
    await everyState({ make: async () => finder }, async () => {
      const text = textOf(finder.$(SELECTORS.widget));
      for (const sentence of english) if (text.includes(sentence)) leaked.add(sentence);
      seen.push(finder.heading()!);
    });
    expect([...leaked], 'English left in the Welsh journey').to.deep.equal([]);
    // Without partner areas there is no area question: every other question and every outcome.
    expect(new Set(seen).size).to.equal(Object.keys(journey.questions).length + Object.keys(journey.outcomes).length);
  });
});

describe('dist/custom-elements.json', () => {
  it('documents the public attributes and events, and no internal state', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const element = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'help-finder');
    const names = (list: Array<{ name: string }>) => list.map((item) => item.name).sort();
    expect(names(element.attributes)).to.deep.equal([
      'config',
      'config-src',
      'font',
      'heading-level',
      'lang',
      'launcher',
      'theme',
    ]);
    // Exactly the element's events (HelpFinderEventMap in events.ts), each documented once.
    expect(element.events.map((e: { name: string }) => e.name)).to.have.members([
      'help-finder-contact',
      'help-finder-exit',
      'help-finder-open',
      'help-finder-outcome',
      'help-finder-start',
      'help-finder-step',
    ]);
    expect(element.cssParts.length).to.be.greaterThan(10);
    // Editors show each event's detail type, and the fallback content's slot.
    expect(element.events.find((e: { name: string }) => e.name === 'help-finder-outcome').type.text).to.equal(
      'CustomEvent<HelpFinderOutcomeDetail>',
    );
    expect(element.slots.map((slot: { name: string }) => slot.name)).to.deep.equal(['']);
  });

  it('names the file a page imports, which the package ships, not the TypeScript source', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const files = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]*"/g);
    expect([...new Set(files)]).to.deep.equal(['"path":"dist/help-finder.js"', '"module":"dist/help-finder.js"']);
  });
});
