// The configurator for web teams, as it ships: dist/configurator.html, the one self-contained page
// `npm run build` makes from demo/configurator.* (scripts/build-configurator.mjs) and the release
// ships; and the page `npm start` serves from the sources (demo/configurator.html).
// - its validator messages, and a round trip: the snippet it makes, with the script copied to
//   where the team puts it, loads with its integrity on a blank page and shows the contacts;
// - the snippet names the release file and its integrity (the hash of dist/help-finder.js);
// - fallback text in the language chosen, none inside a launcher;
// - the configuration as a file; office hours per area; removing areas;
// - every field of the configuration, the heading level and theme, several resources (C7);
// - a failing accent colour shown beside it and in the snippet, never "No problems found"; the
//   dark theme's accent checked in the dark theme;
// - problems named by the form's labels, linked to their fields, marked aria-invalid (C9);
// - no sideways scrolling at 360 px wide (C12);
// (The preview's quick exit, which presses keys: configurator-exit.test.ts.)
import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from './index.js';
import { SELECTORS, widgetOn } from './test-helpers/harness.js';

import {
  BUILT,
  WIDGET,
  OTHER_ORIGIN,
  SOURCES,
  loadFrame,
  openConfigurator,
  typeInto,
  select,
  toggle,
  selectNth,
  snippetOf,
  problemsOf,
  noProblemsFound,
  configIn,
  integrityOf,
  paste,
  rendered,
} from './test-helpers/configurator-page.js';

describe('the configurator', function (this: Mocha.Suite) {
  this.timeout(60000);

  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('shows the validator’s messages as the web team types', async () => {
    const doc = await openConfigurator();
    typeInto(doc, 'area.name.en', 'Torfaen');
    typeInto(doc, 'area.name.cy', 'Torfaen');
    typeInto(doc, 'area.phone', '01234');
    expect(problemsOf(doc)).to.contain(
      'Error: Area 1 (Torfaen): children’s services, office hours: "01234" is not a UK phone number (areas[0].childrensServices.phone)',
    );
    typeInto(doc, 'area.phone', '01495 762200');
    await noProblemsFound(doc);
  });

  it('names the release file, with the integrity of the built dist/help-finder.js and a note to change the path', async () => {
    const doc = await openConfigurator();
    const { version } = await (await fetch('/package.json')).json();
    const integrity = await integrityOf(WIDGET);
    const snippet = snippetOf(doc);
    expect(snippet).to.contain(
      `<script type="module" fetchpriority="low" src="/js/help-finder-${version}.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    expect(snippet).to.contain(
      `<!-- help-finder ${version}. Copy help-finder-${version}.js from the release files to your site, and change "/js/" below to where you put it.`,
    );
    expect(snippet).not.to.contain('localhost');
    expect(doc.getElementById('release-line')!.textContent).to.contain(`integrity ${integrity}`);
    // The pin holds: a file whose hash differs is refused, and the fallback stays.
    const wrong = integrity.replace(/^sha384-(.)/, (_, c: string) => `sha384-${c === 'A' ? 'B' : 'A'}`);
    const refused = await paste(snippet.replace(integrity, wrong));
    const loaded = await paste(snippet);
    await rendered(loaded);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(refused.defaultView!.customElements.get('help-finder'), 'a wrong hash is refused').to.equal(undefined);
    expect(refused.querySelector('help-finder > p')!.textContent).to.contain('If a child is in immediate danger');
  });

  it('makes a snippet that, with the script where the team put it (here on another origin), loads by its integrity and shows the contacts', async () => {
    const doc = await openConfigurator();
    typeInto(doc, 'agency.name.en', 'Ysgol Example');
    typeInto(doc, 'agency.name.cy', 'Ysgol Enghraifft');
    typeInto(doc, 'officer.name.en', 'Designated Safeguarding Lead');
    typeInto(doc, 'officer.name.cy', 'Arweinydd Diogelu Dynodedig');
    typeInto(doc, 'officer.email', 'dsl@ysgol-enghraifft.example');
    typeInto(doc, 'area.name.en', 'Torfaen');
    typeInto(doc, 'area.name.cy', 'Torfaen');
    typeInto(doc, 'area.phone', '01495 762200');
    typeInto(doc, 'area.outOfHoursPhone', '0800 328 4432');
    const finder = await rendered(await paste(snippetOf(doc), '', OTHER_ORIGIN));
    await finder.answer(['work-with-children', 'yes']);
    expect(finder.text()).to.contain('Designated Safeguarding Lead, Ysgol Example');
    expect(finder.hrefs()).to.include.members([
      'mailto:dsl@ysgol-enghraifft.example',
      'tel:01495762200',
      'tel:08003284432',
    ]);
  });

  it('gives fallback text in the language chosen: Welsh for Cymraeg, the widget’s own Welsh', async () => {
    const doc = await openConfigurator();
    select(doc, 'lang', 'cy');
    const page = await paste(snippetOf(doc));
    const fallback = [...page.querySelectorAll('help-finder > p')].map((p) => p.textContent);
    expect(fallback).to.deep.equal([
      'Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.',
      'Llinell Gymorth Stop It Now (am ddim ac yn gyfrinachol): 0808 1000 900.',
      'Gadael y dudalen',
    ]);
    // The same Welsh as the widget's: its exit button, its translations and the README's example.
    const finder = await rendered(page);
    expect(finder.$(SELECTORS.exitButton)!.textContent!.trim()).to.match(/ Gadael y dudalen$/);
    const table = (await (await fetch('/locales/cy-translations.json')).json()) as Record<string, { cy: string }>;
    const welsh = Object.values(table).map((entry) => entry.cy);
    expect(welsh).to.include('Llinell Gymorth Stop It Now');
    expect(welsh.some((w) => w.startsWith('Am ddim ac yn gyfrinachol'))).to.equal(true);
    expect(await (await fetch('/README.md')).text()).to.contain(
      '<p>Os yw plentyn mewn perygl uniongyrchol, ffoniwch <a href="tel:999">999</a>.</p>',
    );

    select(doc, 'lang', 'en');
    expect(snippetOf(doc)).to.contain('<help-finder lang="en">\n  <p>If a child is in immediate danger');
    expect(snippetOf(doc)).not.to.contain('Gadael');
    // "From the page": both languages, each marked.
    select(doc, 'lang', '');
    const both = snippetOf(doc);
    expect(both).to.contain('<p lang="en">If a child is in immediate danger');
    expect(both).to.contain('<p lang="cy">Os yw plentyn mewn perygl uniongyrchol');
  });

  it('puts no fallback content inside a launcher, so the page does not move when it loads', async () => {
    const doc = await openConfigurator();
    select(doc, 'mode', 'launcher');
    select(doc, 'lang', 'cy');
    const snippet = snippetOf(doc);
    expect(snippet).to.contain('<help-finder launcher lang="cy">\n  <script type="application/json">');
    const inside = /<help-finder launcher[^>]*>([\s\S]*)<\/help-finder>/.exec(snippet)![1]!;
    expect(inside.replace(/<script type="application\/json">[\s\S]*?<\/script>/, '').trim()).to.equal('');
    // Before the script has loaded (here: never) and after, the paragraph below stays put.
    const after = '<p id="after">The page goes on.</p>';
    const without = await paste(snippet.replace(/<script type="module"[^>]*><\/script>/, ''), after);
    const before = without.getElementById('after')!.getBoundingClientRect().top;
    const page = await paste(snippet, after);
    await widgetOn(() => page, SELECTORS.launcher, 'no launcher');
    expect(page.getElementById('after')!.getBoundingClientRect().top).to.equal(before);
    expect(without.querySelector('help-finder')!.getBoundingClientRect().height).to.equal(0);
  });

  it('offers the configuration as a JSON file, with the release’s schema, that the widget accepts', async () => {
    const doc = await openConfigurator();
    const { version } = await (await fetch('/package.json')).json();
    typeInto(doc, 'agency.name.en', 'Ysgol Example');
    typeInto(doc, 'agency.name.cy', 'Ysgol Enghraifft');
    typeInto(doc, 'area.name.en', 'Torfaen');
    typeInto(doc, 'area.name.cy', 'Torfaen');
    typeInto(doc, 'area.phone', '01495 762200');
    const link = doc.getElementById('download-json') as HTMLAnchorElement;
    expect(link.download).to.equal('help-finder-config.json');
    const file = await (await fetch(link.href)).json();
    expect(file.$schema).to.equal(`./help-finder-${version}.schema.json`);
    const { $schema, ...config } = file;
    expect($schema).to.be.a('string');
    expect(config).to.deep.equal(configIn(snippetOf(doc)));
    expect(parseConfig(file).problems).to.deep.equal([]);
  });

  it('shows a failing accent colour beside it and in the snippet, and never "No problems found" with it', async () => {
    const doc = await openConfigurator();
    const box = doc.getElementById('accent-contrast')!;
    expect(box.hidden).to.equal(true);
    typeInto(doc, 'accent', '#f0e68c');
    expect(problemsOf(doc), 'while the colour is being checked').not.to.contain('No problems');
    await waitUntil(() => !box.hidden, 'no contrast message beside the colour', { timeout: 10000 });
    expect(box.textContent).to.contain('This colour fails WCAG AA contrast.');
    expect(box.textContent).to.contain('--help-finder-accent: contrast 1.3:1');
    expect(doc.querySelector('[name="accent"]')!.getAttribute('aria-describedby')).to.equal('accent-contrast');
    expect(problemsOf(doc)).to.contain('Error: Accent colour #f0e68c: --help-finder-accent: contrast 1.3:1');
    expect(problemsOf(doc)).not.to.contain('No problems');
    expect(snippetOf(doc)).to.match(/<!-- Warning: the accent colour #f0e68c fails WCAG AA contrast[^>]*-->/);
    expect(doc.getElementById('css')!.textContent).to.contain(
      '--help-finder-accent: #f0e68c; /* fails WCAG AA contrast',
    );
    typeInto(doc, 'accent', '#1d5a96');
    await waitUntil(() => problemsOf(doc).includes('No problems'), 'the default colour passes', { timeout: 10000 });
    expect(box.hidden).to.equal(true);
    expect(snippetOf(doc)).not.to.contain('Warning');
  });

  it('takes office hours per area, with the usual-hours choice, and the card says so', async () => {
    const doc = await openConfigurator();
    typeInto(doc, 'area.name.en', 'Torfaen');
    typeInto(doc, 'area.name.cy', 'Torfaen');
    typeInto(doc, 'area.phone', '01495 762200');
    doc.querySelector<HTMLButtonElement>('.add-period')!.click();
    expect(doc.activeElement?.getAttribute('name'), 'focus goes to the new hours').to.equal('period.days');
    typeInto(doc, 'period.opens', '08:30');
    typeInto(doc, 'period.closes', '17:00');
    const usual = doc.querySelector<HTMLInputElement>('[name="area.hoursUsual"]')!;
    usual.checked = true;
    usual.dispatchEvent(new Event('change', { bubbles: true }));
    const services = (configIn(snippetOf(doc)).areas as Array<{ childrensServices: Record<string, unknown> }>)[0]!
      .childrensServices;
    expect(services.hours).to.deep.equal([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:00' },
    ]);
    expect(services.hoursCertain).to.equal(false);
    await noProblemsFound(doc);
    const finder = await rendered(await paste(snippetOf(doc)));
    await finder.answer(['work-with-children', 'no']);
    expect(finder.text()).to.contain('Usual opening hours: Monday to Friday, 8:30am to 5pm');

    // A second period, then both removed: no hours.
    doc.querySelector<HTMLButtonElement>('.add-period')!.click();
    for (const button of doc.querySelectorAll<HTMLButtonElement>('.remove-period')) button.click();
    expect(doc.activeElement?.className).to.equal('add-period');
    const left = (configIn(snippetOf(doc)).areas as Array<{ childrensServices: Record<string, unknown> }>)[0]!
      .childrensServices;
    expect(left.hours).to.equal(undefined);
  });

  it('removes an area, and fills a council only once', async () => {
    const doc = await openConfigurator();
    const pick = (council: string) => {
      (doc.getElementById('council-preset') as HTMLSelectElement).value = council;
      doc.getElementById('add-council')!.click();
    };
    pick('cardiff');
    pick('newport');
    pick('cardiff');
    expect(doc.querySelectorAll('.area')).to.have.length(2);
    expect(doc.getElementById('preset-status')!.textContent).to.contain('Cardiff is already in your areas.');
    doc.querySelector<HTMLButtonElement>('.area .remove-area')!.click();
    expect(doc.querySelectorAll('.area')).to.have.length(1);
    expect(doc.activeElement?.id).to.equal('add-area');
    const ids = (configIn(snippetOf(doc)).areas as Array<{ id: string }>).map((a) => a.id);
    expect(ids).to.deep.equal(['newport']);
  });

  it('offers the heading level, theme, quick exit, detailed events (with a warning), the launcher’s settings and several resources; the snippet and the file carry them (C7)', async () => {
    const doc = await openConfigurator();
    const { version } = await (await fetch('/package.json')).json();
    select(doc, 'headingLevel', '3');
    select(doc, 'theme', 'dark');
    typeInto(doc, 'exitUrl', 'https://ysgol-enghraifft.example/');
    toggle(doc, 'exitShortcut');
    toggle(doc, 'detailedEvents');
    // The warning beside detailed events says who hears the answers, and is the box's description.
    const events = doc.querySelector<HTMLInputElement>('[name="detailedEvents"]')!;
    const warning = doc.getElementById(events.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ');
    expect(warning).to.contain('every script on your page then hears what visitors answered');
    // Two resources, the first removed, a third added.
    typeInto(doc, 'resource.title.en', 'Our leaflet');
    typeInto(doc, 'resource.title.cy', 'Ein taflen');
    typeInto(doc, 'resource.url', 'https://ysgol-enghraifft.example/leaflet');
    doc.getElementById('add-resource')!.click();
    expect(doc.activeElement?.getAttribute('name'), 'focus goes to the new resource').to.equal('resource.title.en');
    typeInto(doc, 'resource.title.en', 'Our policy', 1);
    typeInto(doc, 'resource.title.cy', 'Ein polisi', 1);
    typeInto(doc, 'resource.url', 'https://ysgol-enghraifft.example/policy', 1);
    selectNth(doc, 'resource.audience', 'professional', 1);
    expect((configIn(snippetOf(doc)).resources as unknown[]).length).to.equal(2);
    // The launcher's settings only in floating-button mode.
    const launcherBox = doc.getElementById('launcher-settings')!;
    expect(launcherBox.hidden, 'no launcher settings for an inline widget').to.equal(true);
    select(doc, 'mode', 'launcher');
    expect(launcherBox.hidden).to.equal(false);
    typeInto(doc, 'launcher.label.en', 'Worried about a pupil?');
    typeInto(doc, 'launcher.label.cy', 'Poeni am ddisgybl?');
    select(doc, 'launcher.position', 'bottom-left');
    typeInto(doc, 'launcher.offset', '24');

    const snippet = snippetOf(doc);
    expect(snippet).to.contain('<help-finder launcher heading-level="3" theme="dark">');
    const expected = {
      resources: [
        {
          title: { en: 'Our leaflet', cy: 'Ein taflen' },
          url: 'https://ysgol-enghraifft.example/leaflet',
          audience: 'all',
        },
        {
          title: { en: 'Our policy', cy: 'Ein polisi' },
          url: 'https://ysgol-enghraifft.example/policy',
          audience: 'professional',
        },
      ],
      exitUrl: 'https://ysgol-enghraifft.example/',
      exitShortcut: false,
      detailedEvents: true,
      launcher: {
        label: { en: 'Worried about a pupil?', cy: 'Poeni am ddisgybl?' },
        position: 'bottom-left',
        offset: 24,
      },
    };
    expect(configIn(snippet)).to.deep.equal(expected);
    const file = await (await fetch((doc.getElementById('download-json') as HTMLAnchorElement).href)).json();
    expect(file).to.deep.equal({ $schema: `./help-finder-${version}.schema.json`, ...expected });
    expect(parseConfig(file).problems).to.deep.equal([]);
    await noProblemsFound(doc);

    // Pasted: the widget takes them all.
    const page = await paste(snippet);
    const finder = await widgetOn(() => page, SELECTORS.launcher, 'no launcher');
    expect(finder.element.getAttribute('theme')).to.equal('dark');
    expect(finder.element.getAttribute('heading-level')).to.equal('3');
    const button = finder.launcher()!;
    expect(button.textContent!.trim()).to.equal('Worried about a pupil?');
    expect(button.getBoundingClientRect().left).to.equal(24);
    await finder.openLauncher();
    await waitUntil(() => finder.$(SELECTORS.heading)?.localName === 'h3', 'the question is not an h3');

    // Removing the first resource focuses "Add a resource"; back inline, no launcher settings,
    // and the fallback exit link goes where the quick exit does.
    doc.querySelector<HTMLButtonElement>('.resource .remove-resource')!.click();
    expect(doc.activeElement?.id).to.equal('add-resource');
    select(doc, 'mode', 'inline');
    const inline = configIn(snippetOf(doc));
    expect(inline.launcher).to.equal(undefined);
    expect((inline.resources as Array<{ url: string }>).map((r) => r.url)).to.deep.equal([
      'https://ysgol-enghraifft.example/policy',
    ]);
    expect(snippetOf(doc)).to.contain(
      '<p lang="en"><a href="https://ysgol-enghraifft.example/">Exit this page</a></p>',
    );
    expect(snippetOf(doc)).to.contain(
      '<p lang="cy"><a href="https://ysgol-enghraifft.example/">Gadael y dudalen</a></p>',
    );
    expect(snippetOf(doc)).to.contain('<help-finder heading-level="3" theme="dark">');
  });

  it('offers the dark theme’s accent colour beside the accent, checked in the dark theme (C7)', async () => {
    const doc = await openConfigurator();
    const dark = doc.querySelector<HTMLInputElement>('[name="darkAccent"]')!;
    const box = doc.getElementById('dark-accent-contrast')!;
    expect(dark.closest<HTMLElement>('[hidden]'), 'hidden while the theme is light').to.not.equal(null);
    select(doc, 'theme', 'auto');
    expect(dark.closest('[hidden]')).to.equal(null);
    expect(dark.getAttribute('aria-describedby')).to.contain('dark-accent-contrast');
    // The light theme's accent on the dark surface: too dark.
    typeInto(doc, 'darkAccent', '#1d5a96');
    expect(problemsOf(doc), 'while the colour is being checked').not.to.contain('No problems');
    await waitUntil(() => !box.hidden, 'no contrast message beside the dark accent', { timeout: 10000 });
    expect(box.textContent).to.contain('--help-finder-dark-accent: contrast');
    expect(dark.getAttribute('aria-invalid')).to.equal('true');
    expect(problemsOf(doc)).to.contain('Error: Dark theme accent colour #1d5a96: --help-finder-dark-accent: contrast');
    expect(doc.getElementById('css')!.textContent).to.contain(
      '--help-finder-dark-accent: #1d5a96; /* fails WCAG AA contrast',
    );
    expect(doc.getElementById('accent-contrast')!.hidden, 'the light accent still passes').to.equal(true);
    typeInto(doc, 'darkAccent', '#f4b3dd');
    await waitUntil(() => problemsOf(doc).includes('No problems'), 'a light accent passes on the dark surface', {
      timeout: 10000,
    });
    expect(box.hidden).to.equal(true);
    expect(dark.hasAttribute('aria-invalid')).to.equal(false);
    expect(doc.getElementById('css')!.textContent).to.contain('--help-finder-dark-accent: #f4b3dd;\n');
    // In the light theme the dark colours are not used: not written.
    select(doc, 'theme', 'light');
    expect(doc.getElementById('css')!.textContent).not.to.contain('dark');
  });

  it('names each problem by the form’s label, marks its field aria-invalid and links to it (C9)', async () => {
    const doc = await openConfigurator();
    typeInto(doc, 'officer.phone', '01234');
    typeInto(doc, 'area.name.en', 'Torfaen');
    typeInto(doc, 'area.name.cy', 'Torfaen');
    typeInto(doc, 'area.url', 'http://torfaen.example/');
    const problems = doc.getElementById('problems')!;
    expect(problemsOf(doc)).to.contain(
      'Error: Safeguarding Officer phone: "01234" is not a UK phone number (agency.safeguardingOfficer.phone)',
    );
    expect(problemsOf(doc)).to.contain(
      'Error: Area 1 (Torfaen): report-a-concern page (https): "http://torfaen.example/" is not an allowed link (use https:…) (areas[0].childrensServices.url)',
    );
    const phone = doc.querySelector<HTMLInputElement>('[name="officer.phone"]')!;
    const url = doc.querySelector<HTMLInputElement>('[name="area.url"]')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.querySelectorAll('#form [aria-invalid="true"]')).to.have.length(2);
    // Each problem is a link to its field; following it focuses the field, which the problem describes.
    const links = [...problems.querySelectorAll('a')].filter((a) => a.parentElement!.textContent!.startsWith('Error'));
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Safeguarding Officer phone: "01234" is not a UK phone number',
      'Area 1 (Torfaen): report-a-concern page (https): "http://torfaen.example/" is not an allowed link (use https:…)',
    ]);
    expect(problems.querySelector('h3')!.textContent).to.equal('There is a problem / Mae problem wedi codi');
    expect(links[0]!.getAttribute('href')).to.equal(`#${phone.id}`);
    links[0]!.click();
    expect(doc.activeElement).to.equal(phone);
    const description = phone
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => doc.getElementById(id)!.textContent)
      .join(' ');
    expect(description).to.contain('"01234" is not a UK phone number');
    links[1]!.click();
    expect(doc.activeElement).to.equal(url);
    // Put right: the mark goes.
    typeInto(doc, 'officer.phone', '01639 686802');
    typeInto(doc, 'area.url', 'https://torfaen.example/');
    expect(phone.hasAttribute('aria-invalid')).to.equal(false);
    expect(url.hasAttribute('aria-invalid')).to.equal(false);
    expect(problemsOf(doc)).not.to.contain('Error');
    // A name in one language only: the warning links to the empty field.
    typeInto(doc, 'agency.name.en', 'Ysgol Example');
    const welshLink = problems.querySelector('a')!;
    expect(welshLink.textContent).to.match(/^Your organisation’s name \(Welsh\): has no Welsh/);
    welshLink.click();
    expect(doc.activeElement).to.equal(doc.querySelector('[name="agency.name.cy"]'));
  });

  it('does not scroll sideways at 360 px wide, with every field shown (C12)', async function () {
    // In WebKit a legend does not wrap: on a phone its Welsh name has a line of its own.
    const iframe = await loadFrame({ src: BUILT });
    iframe.style.cssText = 'width: 360px; height: 640px; border: 0;';
    const doc = iframe.contentDocument!;
    await waitUntil(() => doc.getElementById('problems')?.textContent!.includes('No problems'), 'no first check', {
      timeout: 15000,
    });
    (doc.getElementById('council-preset') as HTMLSelectElement).value = 'rhondda-cynon-taf';
    doc.getElementById('add-council')!.click();
    doc.querySelector<HTMLButtonElement>('.add-period')!.click();
    select(doc, 'mode', 'launcher');
    select(doc, 'theme', 'auto');
    typeInto(doc, 'officer.phone', '01234');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const root = doc.documentElement;
    expect(iframe.contentWindow!.innerWidth).to.equal(360);
    const wide = [...doc.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`,
      );
    expect(wide, 'elements past the right edge').to.deep.equal([]);
    expect(root.scrollWidth, 'scrollWidth').to.be.at.most(root.clientWidth);
  });

  it('says when the widget’s national facts were checked (the oldest check in this build)', async () => {
    const doc = await openConfigurator();
    const { oldestCheck } = await (await fetch('/dist/help-finder-facts.json')).json();
    expect(oldestCheck).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.getElementById('facts-date')!.hidden).to.equal(false);
    expect(doc.getElementById('facts-date')!.textContent).to.contain(
      `The national services’ numbers, hours and addresses in this build were checked on ${oldestCheck} or later.`,
    );
  });

  it('the page `npm start` serves from the sources makes the same snippet as the built page', async () => {
    const built = snippetOf(await openConfigurator(BUILT));
    const sources = await openConfigurator(SOURCES);
    expect(snippetOf(sources)).to.equal(built);
    expect(sources.querySelector('#preview iframe')!.getAttribute('sandbox')).not.to.contain('allow-top-navigation');
  });

  describe('council presets', () => {
    async function pick(doc: Document, council: string): Promise<void> {
      const select = doc.getElementById('council-preset') as HTMLSelectElement;
      select.value = council;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      doc.getElementById('add-council')!.click();
    }
    const value = (doc: Document, name: string, nth = 0) =>
      doc.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)[nth]!.value;
    const note = (doc: Document, name: string, nth = 0) =>
      doc.querySelectorAll<HTMLElement>(`.source[data-for="${name}"]`)[nth]!;

    async function openWithPresets(): Promise<Document> {
      const doc = await openConfigurator();
      expect(doc.querySelectorAll('#council-preset option')).to.have.length(23);
      return doc;
    }

    it('fills a council’s names in both languages, its numbers and page, each with its source and a check-before-going-live note', async () => {
      const doc = await openWithPresets();
      await pick(doc, 'cardiff');
      expect(value(doc, 'area.name.en')).to.equal('Cardiff');
      expect(value(doc, 'area.name.cy')).to.equal('Caerdydd');
      expect(value(doc, 'area.phone')).to.equal('029 2053 6490');
      expect(value(doc, 'area.outOfHoursPhone')).to.equal('029 2078 8570');
      expect(value(doc, 'area.url')).to.equal('https://www.cardifffamilies.co.uk/report-a-concern/');
      const phoneNote = note(doc, 'area.phone');
      expect(phoneNote.hidden).to.be.false;
      expect(phoneNote.textContent).to.contain('C2 (two independent sources agree)');
      expect(phoneNote.textContent).to.contain(
        'Whitchurch High School Child Protection Policy (reviewed Mar 2021; found 2026-11-29)',
      );
      expect(phoneNote.textContent).to.contain('Check this number before going live.');
      expect(phoneNote.querySelector('a[href="https://docslib.org/doc/1778889/child-protection-policy"]')).to.exist;
      expect(note(doc, 'area.url').textContent).to.contain('Check this page before going live.');
      // The widget's checks accept it, and the snippet carries both names.
      await noProblemsFound(doc);
      const snippet = snippetOf(doc);
      expect(snippet).to.contain('"cy": "Caerdydd"');
      expect(snippet).to.contain('"outOfHoursPhone": "029 2078 8570"');
    });

    it('leaves a number empty with a note where the reference has none, or only an uncertain one', async () => {
      const doc = await openWithPresets();
      await pick(doc, 'gwynedd');
      expect(value(doc, 'area.name.cy')).to.equal('Gwynedd');
      for (const name of ['area.phone', 'area.outOfHoursPhone', 'area.url']) {
        expect(value(doc, name), name).to.equal('');
        expect(note(doc, name).hidden, name).to.be.false;
      }
      expect(note(doc, 'area.phone').textContent).to.contain('The reference found no number');
      expect(note(doc, 'area.phone').textContent).not.to.contain('Check this number');
      // Bridgend's numbers are marked U (uncertain) in the reference: never filled in.
      await pick(doc, 'bridgend');
      expect(value(doc, 'area.name.en', 1)).to.equal('Bridgend');
      expect(value(doc, 'area.name.cy', 1)).to.equal('Pen-y-bont ar Ogwr');
      expect(value(doc, 'area.phone', 1)).to.equal('');
      expect(value(doc, 'area.outOfHoursPhone', 1)).to.equal('');
      expect(note(doc, 'area.phone', 1).textContent).to.contain('uncertain number (U');
    });

    it('adds one area per council for a board, and marks a preset number the team changes as their own', async () => {
      const doc = await openWithPresets();
      await pick(doc, 'blaenau-gwent');
      await pick(doc, 'torfaen');
      expect(doc.querySelectorAll('.area')).to.have.length(2);
      expect(value(doc, 'area.phone', 0)).to.equal('');
      expect(value(doc, 'area.outOfHoursPhone', 0)).to.equal('0800 328 4432');
      expect(value(doc, 'area.phone', 1)).to.equal('01495 762200');
      const snippet = snippetOf(doc);
      expect(snippet).to.contain('"id": "blaenau-gwent"');
      expect(snippet).to.contain('"id": "torfaen"');
      typeInto(doc, 'area.phone', '01495 762201', 1);
      expect(note(doc, 'area.phone', 1).textContent).to.contain('Your own value (the preset gave 01495 762200).');
      expect(note(doc, 'area.phone', 1).textContent).to.contain('Check this number before going live.');
    });
  });
});
