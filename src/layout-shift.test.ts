// The built widget on a host page that has already painted: with the space
// reserved as the README advises, loading it shifts nothing on the page.
// Layout-shift entries exist only in Chromium; other engines skip with that reason.
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

/**
 * Paint a host page in an iframe, then load dist/help-finder.js into it (as a slow
 * network would: after the first paint) and return the page's layout shift.
 */
async function layoutShiftOfLateLoad(hostCss: string, launcher = false): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>
      body { margin: 0; font: 16px/1.5 serif; } ${hostCss}
    </style></head><body>
      <h1>A partner page</h1>
      <p>Some text above the widget.</p>
      ${launcher
        ? '<help-finder launcher></help-finder>'
        : '<help-finder><p>If a child is in immediate danger, call <a href="tel:999">999</a>.</p></help-finder>'}
      <footer>Some text below the widget.</footer>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis;
  let shift = 0;
  new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  await nextFrame(win);
  await nextFrame(win);
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = new URL('/dist/help-finder.js', location.href).href;
  win.document.head.append(script);
  await win.customElements.whenDefined('help-finder');
  await (win.document.querySelector('help-finder') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await nextFrame(win);
  await nextFrame(win);
  frame.remove();
  return shift;
}

describe('layout shift on the host page', function () {
  before(function () {
    if (!('PerformanceObserver' in window) || !PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      this.skip(); // Only Chromium reports layout shifts.
    }
  });

  it('without a reservation, a late-loading inline widget pushes the page down (the measurement works)', async () => {
    expect(await layoutShiftOfLateLoad('')).to.be.greaterThan(0);
  });

  it('inline, with the README’s reservation, shifts nothing', async () => {
    expect(await layoutShiftOfLateLoad('help-finder:not([launcher]) { display: block; min-height: 100vh; }')).to.equal(0);
  });

  it('the launcher (fixed position, no fallback content in the flow) shifts nothing, with no reservation', async () => {
    expect(await layoutShiftOfLateLoad('', true)).to.equal(0);
  });
});
