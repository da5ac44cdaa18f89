// A content editor that moves the configuration out of <help-finder> (WordPress's classic editor
// wraps the snippet in paragraphs; the browser then closes the element before its script): the
// widget would show no partner contacts. It says so once, and never for other tools' JSON.
import { expect } from '@open-wc/testing';
import '../index.js';
import { captureConsole } from '../test-helpers/console.js';
import { whenIdle } from './scheduling.js';

const CONFIG = '{ "agency": { "name": { "en": "Ysgol Example" } } }';
const afterIdle = () => new Promise<void>((resolve) => whenIdle(() => setTimeout(resolve, 50)));

/**
 * The console warnings about a moved configuration while `markup` is on the page. `after` runs in
 * the task that put it there, as a framework sets properties just after it adds the element.
 */
async function movedOutWarnings(markup: string, after?: (root: HTMLElement) => void): Promise<string[]> {
  const root = document.createElement('div');
  const lines = await captureConsole('warn', async () => {
    root.innerHTML = markup;
    document.body.append(root);
    after?.(root);
    await afterIdle();
  }).finally(() => root.remove());
  return lines.filter((line) => line.includes('no configuration inside'));
}

describe('a configuration moved out of <help-finder> by an editor', () => {
  it('is not said for another tool’s JSON after the widget (Next.js keeps its page data there)', async () => {
    const next = '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/"}</script>';
    expect(await movedOutWarnings(`<help-finder></help-finder>${next}`)).to.deep.equal([]);
  });

  it('is not said when a framework sets config just after the element connects', async () => {
    const warnings = await movedOutWarnings(
      `<help-finder></help-finder><script type="application/json">${CONFIG}</script>`,
      (root) => {
        (root.querySelector('help-finder') as HTMLElement & { config?: unknown }).config = JSON.parse(CONFIG);
      },
    );
    expect(warnings).to.deep.equal([]);
  });

  it('is not said when the configuration is inside, where it belongs', async () => {
    const inside = `<help-finder><script type="application/json">${CONFIG}</script></help-finder>`;
    expect(await movedOutWarnings(`${inside}<script type="application/json">${CONFIG}</script>`)).to.deep.equal([]);
  });
  // Last: the warning is said once per page, so the tests above run before it has been.
  it('is said in the console: the classic editor’s paragraphs around the snippet', async () => {
    // What the browser makes of WordPress's wpautop output.
    const warnings = await movedOutWarnings(
      `<p><help-finder></help-finder></p><p>Call 999.</p><p><script type="application/json">${CONFIG}</script></p>`,
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('did an editor move it out?').and.contain('WordPress and other content systems');
  });
});
