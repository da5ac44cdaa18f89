/**
 * Getting a widget to test: `mount` puts one on the test page, `mountIn` on a framed page
 * (frame.ts), and `widgetOn` finds the one already on another page (a frame's document, a
 * popup's) once it has drawn. Each gives a `HelpFinderHarness`.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { FrameWindow } from './frame.js';
import { widgetIn } from './frame.js';
import { HelpFinderHarness } from './help-finder-harness.js';
import { SELECTORS, type Widget } from './selectors.js';

/** Attributes for a new widget (`lang`, `theme`, `heading-level`, `config` as JSON text …). */
export type Attributes = Record<string, string | undefined>;

/**
 * Put a widget on the test page (an @open-wc fixture, removed after the test) with this
 * configuration (set as the `config` property; none if undefined) and these attributes.
 */
export async function mount<E extends Widget = Widget>(
  config?: unknown,
  attributes: Attributes = {},
): Promise<HelpFinderHarness<E>> {
  const el = document.createElement('help-finder') as unknown as E & { config?: unknown };
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  if (config !== undefined) el.config = config;
  const placed = await fixture<E>(el);
  await placed.updateComplete;
  return new HelpFinderHarness(placed);
}

/** Put a new widget on a framed page (replacing any other there): `phoneFrame` in frame.ts. */
export async function mountIn(
  win: FrameWindow,
  config?: unknown,
  attributes: Record<string, string> = {},
): Promise<HelpFinderHarness> {
  return new HelpFinderHarness(await widgetIn(win, attributes, config));
}

/**
 * The widget on another page (a frame's document, a popup's), once it has drawn `part` (by
 * default its first step). `page` is read again on each try, so it may name a page still loading
 * or between two addresses (an error reading it counts as "not yet").
 */
export async function widgetOn(
  page: () => ParentNode | null | undefined,
  part: string = SELECTORS.widget,
  message = 'the widget did not render',
  timeout = 10000,
): Promise<HelpFinderHarness> {
  let found = null as Widget | null;
  await waitUntil(
    () => {
      try {
        found = page()?.querySelector<Widget>('help-finder') ?? null;
      } catch {
        return false;
      }
      return found?.shadowRoot?.querySelector(part) != null;
    },
    message,
    { timeout },
  );
  return new HelpFinderHarness(found!);
}
