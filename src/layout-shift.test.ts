// The built widget on a host page that has already painted: with the space
// reserved as the README advises, loading it moves nothing the visitor can see.
// Measured in every engine by where the page's own content sits before and after;
// Chromium also reports its layout-shift score (the figure behind CLS).
import { expect } from '@open-wc/testing';

/** The next animation frame; a page the browser keeps hidden never gets one, so say so rather than time out. */
const nextFrame = (win: Window) =>
  new Promise<void>((resolve, reject) => {
    const hidden = setTimeout(
      () => reject(new Error(`no animation frame in 3 s: the test page is ${document.visibilityState}`)),
      3000,
    );
    win.requestAnimationFrame(() => {
      clearTimeout(hidden);
      resolve();
    });
  });

const canScoreShifts = () =>
  'PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes.includes('layout-shift');

interface LateLoad {
  /** The host page's elements that moved while on screen (before or after the widget loaded). */
  moved: string[];
  /** Chromium's layout-shift score for the load; undefined where the browser has none. */
  score: number | undefined;
}

/**
 * Paint a host page in an 800 x 600 iframe, then load dist/help-finder.js into it (as a
 * slow network would: after the first paint) and report what moved.
 */
async function lateLoad(hostCss: string, launcher = false): Promise<LateLoad> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>
      body { margin: 0; font: 16px/1.5 serif; } ${hostCss}
    </style></head><body>
      <h1>A partner page</h1>
      <p>Some text above the widget.</p>
      ${
        launcher
          ? '<help-finder launcher></help-finder>'
          : '<help-finder><p>If a child is in immediate danger, call <a href="tel:999">999</a>.</p></help-finder>'
      }
      <footer>Some text below the widget.</footer>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis;
  let score: number | undefined;
  if (canScoreShifts()) {
    score = 0;
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) score! += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
  await nextFrame(win);
  await nextFrame(win);
  const hostContent = [...win.document.querySelectorAll('h1, body > p, footer')];
  const before = hostContent.map((el) => el.getBoundingClientRect());

  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = new URL('/dist/help-finder.js', location.href).href;
  win.document.head.append(script);
  await win.customElements.whenDefined('help-finder');
  await (win.document.querySelector('help-finder') as HTMLElement & { updateComplete: Promise<boolean> })
    .updateComplete;
  await nextFrame(win);
  await nextFrame(win);

  const onScreen = (box: DOMRect) => box.bottom > 0 && box.top < win.innerHeight;
  const moved = hostContent
    .filter((el, i) => {
      const after = el.getBoundingClientRect();
      return (
        (onScreen(before[i]!) || onScreen(after)) && (after.top !== before[i]!.top || after.left !== before[i]!.left)
      );
    })
    .map((el) => el.localName);
  frame.remove();
  return { moved, score };
}

describe('layout shift on the host page', () => {
  it('without a reservation, a late-loading inline widget pushes the page down (the measurement works)', async () => {
    const { moved, score } = await lateLoad('');
    expect(moved).to.deep.equal(['footer']);
    if (score !== undefined) expect(score).to.be.greaterThan(0);
  });

  it('inline, with the README’s reservation, moves nothing on screen', async () => {
    const { moved, score } = await lateLoad('help-finder:not([launcher]) { display: block; min-height: 100vh; }');
    expect(moved).to.deep.equal([]);
    if (score !== undefined) expect(score).to.equal(0);
  });

  it('the launcher (fixed position, no fallback content in the flow) moves nothing, with no reservation', async () => {
    const { moved, score } = await lateLoad('', true);
    expect(moved).to.deep.equal([]);
    if (score !== undefined) expect(score).to.equal(0);
  });
});
