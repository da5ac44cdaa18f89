/**
 * A page of a phone's size inside an iframe, with the widget's source loaded:
 * layout at 320 px tested the same way in every engine (web-test-runner cannot
 * resize WebKit's window through WebDriver, but an iframe is a viewport of its own).
 */
import type { Widget } from './selectors.js';

/** The iframe's window, as the test reaches into it. */
export type FrameWindow = Window & typeof globalThis;

/** Open a `width` x `height` page whose media queries and scrolling are its own. */
export async function phoneFrame(
  width: number,
  height: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  // The framed page's prefers-color-scheme follows this, in Chromium and Firefox.
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block; color-scheme: ${colorScheme}`;
  const entry = new URL('/src/index.ts', location.href).href;
  frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <style>body { margin: 0 }</style>
      <script type="module" src="${entry}"></script>
    </head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('help-finder');
  return { frame, win };
}

/** Put a new widget on the framed page (replacing any other), with these attributes and configuration. */
export async function widgetIn(
  win: FrameWindow,
  attributes: Record<string, string> = {},
  config?: unknown,
): Promise<Widget> {
  const el = win.document.createElement('help-finder') as Widget & { config?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (config !== undefined) el.config = config;
  win.document.body.replaceChildren(el);
  await el.updateComplete;
  return el;
}

/** Wait for the framed page to draw `count` frames (it does its layout and focus scrolling then). */
export async function frames(win: FrameWindow, count = 1): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}
