// Issue #27 (F4): another script on the page sets one name on Object.prototype before the widget
// loads. Each name the second security review found breaking the widget, alone, in a fresh page:
// - names the widget itself reads: the journey still runs to the right outcome, with the
//   partner's configuration, and the page never reloads or gains a history entry;
// - names that break Lit itself (a bare Lit element breaks the same way): the page's own
//   fallback inside <help-finder> (its 999 line and exit link) stays on screen.
// The page loads the built dist/help-finder.js, as partners do: Lit's production build, which
// breaks differently from its development build (`strings` garbles it rather than stopping it).
import { expect } from '@open-wc/testing';
import { TWO_AREAS, withOneArea } from '../test-helpers/configs.js';
import type { FrameWindow } from '../test-helpers/frame.js';
import { HelpFinderHarness, SELECTORS, type Widget, widgetOn } from '../test-helpers/harness.js';

/** Names the widget reads itself: it must keep working whole. */
const WIDGET_NAMES = [
  'question',
  'hours',
  'stepsTitle',
  'whatHappens',
  'error',
  'passive',
  'once',
  'hostUpdate',
  'hostUpdated',
  'noAccessor',
];
/** Names Lit itself reads: at least the page's own fallback must stay. */
const LIT_NAMES = [
  'strings',
  'nodeType',
  '_$litType$',
  '_$litDirective$',
  'renderBefore',
  'creationScope',
  'signal',
  'value',
  'slotAssignment',
];

/** One area (no area question): Neath Port Talbot. */
const CONFIG = withOneArea(TWO_AREAS);

/** A page that pollutes `name` on Object.prototype before the widget's script runs. */
async function pollutedPage(name: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 800px; border: 0';
  // The built file, as partners load it (one request, where the sources are dozens of modules).
  const entry = new URL('/dist/help-finder.js', location.href).href;
  frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script>
        window.consoleErrors = [];
        console.error = (...args) => consoleErrors.push(args.join(' '));
        Object.prototype[${JSON.stringify(name)}] = 'x';
      </script>
      <script type="module" src="${entry}"></script>
    </head><body>
      <help-finder>
        <p class="fallback">If a child is in immediate danger, <a href="tel:999">call 999</a>.</p>
        <a class="fallback-exit" href="https://www.bbc.co.uk/weather">Exit this page</a>
      </help-finder>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  // Let the module run and the first render happen (or fail).
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { frame, win };
}

/** The light-DOM fallback is on screen: slotted and drawn. */
function fallbackShown(win: FrameWindow): boolean {
  const line = win.document.querySelector('.fallback')!;
  const exit = win.document.querySelector('.fallback-exit')!;
  return line.getClientRects().length > 0 && exit.getClientRects().length > 0;
}

describe('one name polluted on Object.prototype before the widget loads', function (this: Mocha.Suite) {
  this.timeout(20000);

  for (const name of WIDGET_NAMES) {
    it(`“${name}”: the journey runs to its outcome with the partner’s council, and the page never reloads`, async () => {
      const { frame, win } = await pollutedPage(name);
      try {
        const el = win.document.querySelector('help-finder') as Widget & { config?: unknown };
        const history = win.history.length;
        const address = win.location.href;
        el.config = CONFIG;
        const finder = await widgetOn(() => win.document, SELECTORS.widget, `${name}: the widget did not render`);
        await finder.choose('child-abused');
        expect(finder.heading(), `${name}: after question 1`).to.equal('What has happened?');
        await finder.choose('disclosed');
        expect(finder.heading(), `${name}: the outcome`).to.equal('Listen, then report it today');
        expect(finder.text(), `${name}: the partner’s council`).to.contain('Neath Port Talbot');
        expect(finder.$(SELECTORS.emergencyCall), `${name}: 999`).to.exist;
        await finder.back();
        await finder.choose('saw');
        expect(finder.heading(), `${name}: a second Continue`).to.equal('Tell children’s services');
        expect(win.location.href, `${name}: the page did not navigate`).to.equal(address);
        expect(win.history.length, `${name}: no history entry`).to.equal(history);
      } finally {
        frame.remove();
      }
    });
  }

  for (const name of LIT_NAMES) {
    it(`“${name}”: the widget runs, or the page’s own 999 line and exit link stay on screen`, async () => {
      const { frame, win } = await pollutedPage(name);
      try {
        const finder = new HelpFinderHarness(win.document.querySelector('help-finder') as Widget);
        const rendered = () => !!finder.$(`${SELECTORS.widget} ${SELECTORS.emergencyCall}`);
        expect(rendered() || fallbackShown(win), `${name}: neither the widget nor the fallback is shown`).to.equal(
          true,
        );
        if (name === 'strings') {
          // Lit's production build would draw hundreds of garbled copies of the widget, its 999
          // link as plain text among them: the widget draws nothing, and says why.
          expect(finder.$(SELECTORS.widget), 'strings: nothing drawn over the fallback').to.equal(null);
          expect((win as FrameWindow & { consoleErrors: string[] }).consoleErrors.join('\n')).to.contain(
            'Object.prototype.strings, set by another script, garbles the widget',
          );
        }
      } finally {
        frame.remove();
      }
    });
  }
});
