/**
 * The tests of `help-finder/react` (src/react.ts), run once per React version by
 * src/react-18.test.ts and src/react-19.test.ts. Each page loads one bundle of React, ReactDOM
 * and the built wrapper (dist/react.js with dist/help-finder.dev.js, as a partner's bundler
 * resolves `help-finder/react`), served by web-test-runner.config.mjs at /__test/react.js.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type * as ReactModule from 'react';
import type { HelpFinderConfig } from '../config/partner-config.js';
import type { HelpFinder as HelpFinderComponent, HelpFinderElement, HelpFinderProps } from '../react.js';
import { captureConsole } from './console.js';
import { HelpFinderHarness, SELECTORS } from './harness.js';

/** What /__test/react.js exports. */
interface ReactBundle {
  React: typeof ReactModule;
  createRoot: (container: Element) => { render(node: ReactModule.ReactNode): void; unmount(): void };
  HelpFinder: typeof HelpFinderComponent;
}

/** A React root in a fresh container, and what it rendered. */
interface Rendered {
  element: HelpFinderElement;
  finder: HelpFinderHarness<HelpFinderElement>;
  /** Render the same root again with other props. */
  rerender(props: HelpFinderProps): Promise<void>;
}

/** The partner's configuration as a React app holds it: an object. */
const CONFIG: HelpFinderConfig = {
  agency: { name: 'Ysgol Example', safeguardingOfficer: { name: 'Mrs Example', phone: '01639 686802' } },
};

export function describeReactWrapper(version: 18 | 19): void {
  let bundle: ReactBundle;
  const roots: Array<{ unmount(): void }> = [];

  before(async () => {
    bundle = (await import(
      /* @vite-ignore */ new URL(`/__test/react.js?react=${version}`, location.href).href
    )) as ReactBundle;
    expect(bundle.React.version.split('.')[0], 'the React this page loaded').to.equal(String(version));
  });

  afterEach(() => {
    for (const root of roots.splice(0)) root.unmount();
    document.querySelectorAll('[data-react-root]').forEach((container) => container.remove());
  });

  /** Render `type` (the wrapper, or the bare tag) with `props`, and wait for the widget's first render. */
  async function render(type: string | typeof HelpFinderComponent, props: object): Promise<Rendered> {
    const { React, createRoot } = bundle;
    const container = document.createElement('div');
    container.dataset.reactRoot = '';
    document.body.append(container);
    const root = createRoot(container);
    roots.push(root);
    let element: HelpFinderElement | null = null;
    const ref = (node: HelpFinderElement | null) => {
      if (node) element = node;
    };
    // React commits a render in a later task, when it likes: a parent's effect runs once the
    // render is committed, after the wrapper's own effects (which add and remove its listeners).
    let committed = () => {};
    const Committed = ({ children }: { children?: ReactModule.ReactNode }) => {
      React.useEffect(() => committed());
      return children;
    };
    const draw = (p: object) =>
      new Promise<void>((resolve) => {
        committed = resolve;
        root.render(React.createElement(Committed, null, React.createElement(type, { ...p, ref })));
      });
    await draw(props);
    await waitUntil(() => element, 'React rendered no <help-finder>');
    await element!.updateComplete;
    return {
      element: element!,
      finder: new HelpFinderHarness(element!),
      async rerender(next) {
        await draw(next);
        // The widget then draws what changed.
        await element!.updateComplete;
      },
    };
  }

  describe(`help-finder/react in React ${version}`, () => {
    it('passes config as an object: the partner’s Safeguarding Officer is shown, not "[object Object]"', async () => {
      const errors = await captureConsole('error', async () => {
        const { element, finder } = await render(bundle.HelpFinder, { config: CONFIG });
        expect(element.getAttribute('config'), 'no config attribute').to.equal(null);
        expect(element.config).to.equal(CONFIG);
        await finder.answer(['work-with-children', 'yes']);
        expect(finder.primary()!.textContent).to.contain('Mrs Example, Ysgol Example');
        expect(finder.primary()!.querySelector('a[href="tel:01639686802"]')).to.not.equal(null);
      });
      expect(errors, 'nothing logged').to.deep.equal([]);
    });

    it('calls the event props with each event’s detail, and stops calling a handler taken away', async () => {
      const heard: Array<[string, unknown]> = [];
      const props: HelpFinderProps = {
        config: { detailedEvents: true },
        onHelpFinderStart: (e) => heard.push(['start', e.detail]),
        onHelpFinderStep: (e) => heard.push(['step', e.detail.step]),
        onHelpFinderOutcome: (e) => heard.push(['outcome', e.detail.outcome]),
        onHelpFinderContact: (e) => heard.push(['contact', `${e.detail.service} ${e.detail.method}`]),
      };
      const { element, finder, rerender } = await render(bundle.HelpFinder, props);
      await finder.choose('child-abused');
      expect(heard).to.deep.equal([
        ['start', {}],
        ['step', 'what-happened'],
      ]);
      await finder.choose('disclosed');
      expect(heard.at(-1)).to.deep.equal(['outcome', 'child-told']);
      const link = finder.$<HTMLAnchorElement>(SELECTORS.emergencyCall)!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect(heard.at(-1)).to.deep.equal(['contact', 'police-emergency call']);

      // A re-render without the outcome handler: the next outcome is not counted twice, or at all.
      await rerender({ ...props, onHelpFinderOutcome: undefined });
      heard.length = 0;
      await finder.back();
      const outcome = oneEvent(element, 'help-finder-outcome');
      await finder.choose('disclosed');
      await outcome;
      expect(heard).to.deep.equal([['step', 'what-happened']]);
    });

    it('passes countOutcome as a property: the callback hears the outcome’s kind', async () => {
      const counted: string[] = [];
      const { element, finder } = await render(bundle.HelpFinder, {
        countOutcome: (kind) => counted.push(kind),
      } satisfies HelpFinderProps);
      expect(element.hasAttribute('countoutcome'), 'not an attribute').to.equal(false);
      await finder.answer(['child-abused', 'saw']);
      expect(counted).to.deep.equal(['report']);
    });

    it('sets lang, headingLevel, theme, launcher, font and className on the element', async () => {
      const { element, finder } = await render(bundle.HelpFinder, {
        lang: 'cy',
        headingLevel: 3,
        theme: 'dark',
        launcher: false,
        font: 'inherit',
        className: 'partner-finder',
      } satisfies HelpFinderProps);
      expect(finder.heading()).to.equal('Gyda beth mae angen help arnoch chi?');
      expect(finder.$(SELECTORS.heading)!.localName).to.equal('h3');
      expect(element.getAttribute('theme')).to.equal('dark');
      // `false` as a property: as the attribute launcher="false" it would turn the launcher on.
      expect(element.hasAttribute('launcher')).to.equal(false);
      expect(finder.$(SELECTORS.widget), 'shown inline').to.not.equal(null);
      expect(element.getAttribute('font')).to.equal('inherit');
      // Beside the session-replay markers the element adds to itself.
      expect([...element.classList]).to.include('partner-finder');
    });
  });

  describe(`the bare <help-finder> in React ${version}`, () => {
    if (version === 18) {
      it('gets config as the attribute "[object Object]" (why React 18 needs the wrapper)', async () => {
        const errors = await captureConsole('error', async () => {
          const { element } = await render('help-finder', { config: CONFIG });
          expect(element.getAttribute('config')).to.equal('[object Object]');
        });
        expect(errors.join('\n')).to.match(/\(config\): is not valid JSON/);
      });
    } else {
      it('gets config as a property and on<event> props as listeners (what help-finder/jsx types)', async () => {
        const outcomes: unknown[] = [];
        const { element, finder } = await render('help-finder', {
          config: { ...CONFIG, detailedEvents: true },
          'onhelp-finder-outcome': (e: CustomEvent<{ outcome?: string }>) => outcomes.push(e.detail.outcome),
        });
        expect(element.getAttribute('config')).to.equal(null);
        await finder.answer(['work-with-children', 'yes']);
        expect(finder.primary()!.textContent).to.contain('Mrs Example, Ysgol Example');
        expect(outcomes).to.deep.equal(['practitioner-officer']);
      });
    }
  });
}
