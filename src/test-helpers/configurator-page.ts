// The configurator page in tests (configurator.test.ts and configurator-exit.test.ts): where the
// built and the source pages are, opening one in a frame once its first check has answered,
// filling its form as a web team does (input and change events), reading its snippet and its
// problems, and pasting a snippet onto a blank page with its script where the team put it.
import { waitUntil } from '@open-wc/testing';
import { type HelpFinderHarness, SELECTORS, widgetOn } from './harness.js';

/** The built page, byte for byte (the test server's esbuild would rewrite its inline script). */
export const BUILT = '/__test/static/dist/configurator.html';
/** The widget's file as the team copies it (the snippet's integrity is its hash). */
export const WIDGET = '/__test/static/dist/help-finder.js';
/** This server under its other name: another origin (localhost and 127.0.0.1 are two sites). */
export const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
export const SOURCES = '/demo/configurator.html';

/** A frame of 1000 x 800 px; `onTop`: fixed over the test page's top left corner, in view. */
export async function loadFrame(attributes: {
  src?: string;
  srcdoc?: string;
  onTop?: boolean;
}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: 1000px; height: 800px;${attributes.onTop ? ' position: fixed; top: 0; left: 0;' : ''}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (attributes.src) iframe.src = attributes.src;
  if (attributes.srcdoc) iframe.srcdoc = attributes.srcdoc;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** The configurator in a frame, once its colours are checked and it says so. */
export async function openConfigurator(page = BUILT): Promise<Document> {
  const iframe = await loadFrame({ src: page });
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.getElementById('problems')?.textContent!.includes('No problems'), 'no first check', {
    timeout: 15000,
  });
  return doc;
}

/** Types `value` into the `nth` field called `name`, as a keyboard does (an input event). */
export function typeInto(doc: Document, name: string, value: string, nth = 0): void {
  const input = doc.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)[nth]!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function select(doc: Document, name: string, value: string): void {
  const input = doc.querySelector<HTMLSelectElement | HTMLInputElement>(
    `[name="${name}"]${value && name === 'mode' ? `[value="${value}"]` : ''}`,
  )!;
  if (input.type === 'radio') (input as HTMLInputElement).checked = true;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks or unticks a check box, as a click does. */
export function toggle(doc: Document, name: string, nth = 0): void {
  const input = doc.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)[nth]!;
  input.checked = !input.checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function selectNth(doc: Document, name: string, value: string, nth: number): void {
  const input = doc.querySelectorAll<HTMLSelectElement>(`[name="${name}"]`)[nth]!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const snippetOf = (doc: Document) => doc.getElementById('snippet')!.textContent!;
export const problemsOf = (doc: Document) => doc.getElementById('problems')!.textContent!;

/**
 * The page says "No problems found", once the preview's colour check has answered (a change of
 * theme or colour reloads the preview, and the page says "Checking the colours…" meanwhile).
 */
export const noProblemsFound = (doc: Document) =>
  waitUntil(() => problemsOf(doc).includes('No problems'), 'the page did not come to "No problems found"', {
    timeout: 10000,
  });

/** The configuration in a snippet's JSON script. */
export function configIn(snippet: string): Record<string, unknown> {
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)![1]!;
  return JSON.parse(json.replace(/\\u003c/g, '<'));
}

/** The SRI value (sha384) of the file at `path` on this server. */
export async function integrityOf(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * The snippet on a blank page, its script copied to where the team put it (here, a copy of
 * dist/ on this server, or on `origin`, as a CDN would serve it).
 */
export async function paste(snippet: string, after = '', origin = ''): Promise<Document> {
  const { version } = await (await fetch('/package.json')).json();
  const placed = snippet.replace(`src="/js/help-finder-${version}.js"`, `src="${origin}${WIDGET}"`);
  // In view: WebKit draws almost no frames in a frame scrolled out of view (below the
  // configurator's), and the widget moves focus to each new step at the next frame.
  const page = await loadFrame({
    srcdoc: `<!doctype html><html lang="en"><body>${placed}${after}</body></html>`,
    onTop: true,
  });
  return page.contentDocument!;
}

/** The widget on a pasted page, once it has drawn its first step. */
export const rendered = (doc: Document): Promise<HelpFinderHarness> =>
  widgetOn(() => doc, SELECTORS.widget, 'not rendered');
