// The configurator for web teams (demo/configurator.html): its validator messages, and a
// round trip: the snippet it makes, pasted into a blank page, renders the configured contacts.
import { expect, waitUntil } from '@open-wc/testing';
import { type Widget, choose } from './test-helpers/journey.js';

async function loadFrame(attributes: { src?: string; srcdoc?: string }): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 800px;';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (attributes.src) iframe.src = attributes.src;
  if (attributes.srcdoc) iframe.srcdoc = attributes.srcdoc;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

function type(doc: Document, name: string, value: string, nth = 0): void {
  const input = doc.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)[nth]!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the configurator', function (this: Mocha.Suite) {
  this.timeout(30000);

  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('shows the validator’s messages as the web team types', async () => {
    const iframe = await loadFrame({ src: '/demo/configurator.html' });
    const doc = iframe.contentDocument!;
    await waitUntil(() => doc.getElementById('problems')!.textContent!.includes('No problems'), 'no first check', {
      timeout: 10000,
    });
    type(doc, 'area.name.en', 'Torfaen');
    type(doc, 'area.name.cy', 'Torfaen');
    type(doc, 'area.phone', '01234');
    expect(doc.getElementById('problems')!.textContent).to.contain(
      'Error: areas[0].childrensServices.phone: "01234" is not a UK phone number',
    );
    type(doc, 'area.phone', '01495 762200');
    expect(doc.getElementById('problems')!.textContent).to.contain('No problems');
  });

  it('makes a snippet that, pasted into a blank page, shows the configured contacts', async () => {
    const iframe = await loadFrame({ src: '/demo/configurator.html' });
    const doc = iframe.contentDocument!;
    await waitUntil(() => doc.getElementById('snippet')!.textContent!.includes('<help-finder'), 'no snippet', {
      timeout: 10000,
    });
    type(doc, 'agency.name.en', 'Ysgol Example');
    type(doc, 'agency.name.cy', 'Ysgol Enghraifft');
    type(doc, 'officer.name.en', 'Designated Safeguarding Lead');
    type(doc, 'officer.name.cy', 'Arweinydd Diogelu Dynodedig');
    type(doc, 'officer.email', 'dsl@ysgol-enghraifft.example');
    type(doc, 'area.name.en', 'Torfaen');
    type(doc, 'area.name.cy', 'Torfaen');
    type(doc, 'area.phone', '01495 762200');
    type(doc, 'area.outOfHoursPhone', '0800 328 4432');
    const snippet = doc.getElementById('snippet')!.textContent!;

    const page = await loadFrame({ srcdoc: `<!doctype html><html lang="en"><body>${snippet}</body></html>` });
    const pasted = page.contentDocument!;
    await waitUntil(
      () => pasted.querySelector('help-finder')?.shadowRoot?.querySelector('#step-heading'),
      'not rendered',
      {
        timeout: 10000,
      },
    );
    const widget = pasted.querySelector('help-finder') as Widget;
    await choose(widget, 'work-with-children');
    await choose(widget, 'yes');
    const text = widget.shadowRoot!.textContent!;
    expect(text).to.contain('Designated Safeguarding Lead, Ysgol Example');
    expect(widget.shadowRoot!.querySelector('a[href="mailto:dsl@ysgol-enghraifft.example"]')).to.exist;
    expect(widget.shadowRoot!.querySelector('a[href="tel:01495762200"]')).to.exist;
    expect(widget.shadowRoot!.querySelector('a[href="tel:08003284432"]')).to.exist;
  });

  it('says when the widget’s national facts were checked (the oldest check in this build)', async () => {
    const iframe = await loadFrame({ src: '/demo/configurator.html' });
    const doc = iframe.contentDocument!;
    const { oldestCheck } = await (await fetch('/dist/help-finder-facts.json')).json();
    expect(oldestCheck).to.match(/^\d{4}-\d{2}-\d{2}$/);
    await waitUntil(() => !doc.getElementById('facts-date')!.hidden, 'no facts date', { timeout: 10000 });
    expect(doc.getElementById('facts-date')!.textContent).to.contain(
      `The national services’ numbers, hours and addresses in this build were checked on ${oldestCheck} or later.`,
    );
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

    async function openConfigurator(): Promise<Document> {
      const iframe = await loadFrame({ src: '/demo/configurator.html' });
      const doc = iframe.contentDocument!;
      await waitUntil(() => doc.querySelectorAll('#council-preset option').length === 23, 'no council presets', {
        timeout: 10000,
      });
      return doc;
    }

    it('fills a council’s names in both languages, its numbers and page, each with its source and a check-before-going-live note', async () => {
      const doc = await openConfigurator();
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
      expect(doc.getElementById('problems')!.textContent).to.contain('No problems');
      const snippet = doc.getElementById('snippet')!.textContent!;
      expect(snippet).to.contain('"cy": "Caerdydd"');
      expect(snippet).to.contain('"outOfHoursPhone": "029 2078 8570"');
    });

    it('leaves a number empty with a note where the reference has none, or only an uncertain one', async () => {
      const doc = await openConfigurator();
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
      const doc = await openConfigurator();
      await pick(doc, 'blaenau-gwent');
      await pick(doc, 'torfaen');
      expect(doc.querySelectorAll('.area')).to.have.length(2);
      expect(value(doc, 'area.phone', 0)).to.equal('');
      expect(value(doc, 'area.outOfHoursPhone', 0)).to.equal('0800 328 4432');
      expect(value(doc, 'area.phone', 1)).to.equal('01495 762200');
      const snippet = doc.getElementById('snippet')!.textContent!;
      expect(snippet).to.contain('"id": "blaenau-gwent"');
      expect(snippet).to.contain('"id": "torfaen"');
      type(doc, 'area.phone', '01495 762201', 1);
      expect(note(doc, 'area.phone', 1).textContent).to.contain('Your own value (the preset gave 01495 762200).');
      expect(note(doc, 'area.phone', 1).textContent).to.contain('Check this number before going live.');
    });
  });
});
