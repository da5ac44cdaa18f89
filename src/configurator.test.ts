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
    await waitUntil(() => pasted.querySelector('help-finder')?.shadowRoot?.querySelector('#step-heading'), 'not rendered', {
      timeout: 10000,
    });
    const widget = pasted.querySelector('help-finder') as Widget;
    await choose(widget, 'work-with-children');
    await choose(widget, 'yes');
    const text = widget.shadowRoot!.textContent!;
    expect(text).to.contain('Designated Safeguarding Lead, Ysgol Example');
    expect(widget.shadowRoot!.querySelector('a[href="mailto:dsl@ysgol-enghraifft.example"]')).to.exist;
    expect(widget.shadowRoot!.querySelector('a[href="tel:01495762200"]')).to.exist;
    expect(widget.shadowRoot!.querySelector('a[href="tel:08003284432"]')).to.exist;
  });
});
