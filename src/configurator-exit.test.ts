// The configurator's preview and its quick exit (three presses of Shift, or the Exit button):
// only the preview leaves, the form and what the team typed stay. In a window of its own (top
// level, as a web team opens the page), with real key presses and a real click; the rest of the
// configurator's tests are in configurator.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openWindow } from './test-helpers/popup.js';
import { BUILT, SOURCES, typeInto } from './test-helpers/configurator-page.js';

describe('the configurator', function (this: Mocha.Suite) {
  this.timeout(60000);

  describe('the preview’s quick exit', () => {
    let popup: Window | null = null;
    afterEach(() => {
      popup?.close();
      popup = null;
    });

    /** The configurator in a window of its own (top level, as a web team opens it), its checks run. */
    async function configuratorWindow(page: string): Promise<Window> {
      const win = await openWindow(page, { width: 1000, height: 800 });
      popup = win;
      await waitUntil(() => win.document?.getElementById('problems')?.textContent!.includes('No problems'), 'no page', {
        timeout: 15000,
      });
      return win;
    }

    for (const page of [BUILT, SOURCES]) {
      it(`Shift pressed three times in the preview, or its Exit button, leaves only the preview: the form stays (${page})`, async function () {
        // In every engine, Safari's too: WebKit let a sandboxed frame of the page's own origin (the
        // `npm start` page's preview, before it lost allow-same-origin) move the tab.
        const win = await configuratorWindow(page);
        const doc = win.document;
        typeInto(doc, 'agency.name.en', 'Ysgol Example');
        typeInto(doc, 'area.name.en', 'Cardiff');
        // Three presses on the configurator's own page: it holds no widget, so nothing happens.
        doc.body.focus();
        await executeServerCommand('press-shift-in-frame', { page: 'configurator.html', sides: ['left'] });
        const first = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
        // Three presses in the preview.
        first.focus();
        await executeServerCommand('press-shift-in-frame', {
          page: 'configurator.html',
          sides: ['left', 'left', 'left'],
        });
        const status = doc.getElementById('preview-status')!;
        await waitUntil(() => status.textContent!.includes('quick exit left the preview'), 'no word of the exit', {
          timeout: 10000,
        });
        await waitUntil(() => doc.querySelector('#preview iframe') !== first, 'no fresh preview', { timeout: 10000 });
        expect(win.location.pathname).to.equal(page);
        expect(doc.querySelector<HTMLInputElement>('[name="agency.name.en"]')!.value).to.equal('Ysgol Example');
        expect(doc.querySelector<HTMLInputElement>('[name="area.name.en"]')!.value).to.equal('Cardiff');

        // The Exit button, clicked for real (a user activation, which lets a frame move the tab
        // where its sandbox allows it): only the preview leaves.
        status.textContent = '';
        const second = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(await executeServerCommand('click-in-popup-frame', { page: 'configurator.html' })).to.equal(true);
        await waitUntil(() => doc.querySelector('#preview iframe') !== second, 'no fresh preview', { timeout: 10000 });
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(win.location.pathname).to.equal(page);
        expect(doc.querySelector<HTMLInputElement>('[name="agency.name.en"]')!.value).to.equal('Ysgol Example');
        expect(status.textContent).to.contain('quick exit left the preview');
      });
    }
  });
});
