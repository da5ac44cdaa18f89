/**
 * `help-finder/react`: `<HelpFinder>`, a React component for `<help-finder>` (React 18 and
 * later), made with @lit/react. It sets `config` and the other properties as properties (React
 * 18 would set an object as the attribute `[object Object]`) and adds the event handlers
 * (`onHelpFinderOutcome` …) as listeners. Importing it defines the element.
 *
 *   import { HelpFinder } from 'help-finder/react';
 *   <HelpFinder config={config} onHelpFinderOutcome={(e) => count(e.detail.outcome)} />
 *
 * The build (rollup.config.mjs) keeps `react` and the widget (`./index.js`, imported as
 * `help-finder`) outside the file and bundles @lit/react into it.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import type { HelpFinderEventMap } from './components/events.js';
import type {
  HelpFinderElementProps,
  HelpFinderEventHandlers,
  HelpFinderEventProp,
} from './components/framework-types.js';
import { HelpFinder as HelpFinderElement } from './index.js';

export type { HelpFinderElement };

/**
 * `<HelpFinder>`'s props: the element's properties (`config` as an object or JSON text, `lang`,
 * `launcher`, `configSrc`, `theme`, `headingLevel`), the `font` attribute, a handler for each
 * event (`onHelpFinderStart`, `onHelpFinderStep`, `onHelpFinderOutcome`, `onHelpFinderContact`,
 * `onHelpFinderExit`, `onHelpFinderOpen`), and the usual HTML props (`id`, `className`, `style`,
 * `children` for content shown until the widget has loaded).
 */
export interface HelpFinderProps
  extends HTMLAttributes<HelpFinderElement>, HelpFinderElementProps, HelpFinderEventHandlers<'react'> {}

/** The event each handler prop listens to. */
const events = {
  onHelpFinderStart: 'help-finder-start',
  onHelpFinderStep: 'help-finder-step',
  onHelpFinderOutcome: 'help-finder-outcome',
  onHelpFinderContact: 'help-finder-contact',
  onHelpFinderExit: 'help-finder-exit',
  onHelpFinderOpen: 'help-finder-open',
} as const satisfies { [K in keyof HelpFinderEventMap as HelpFinderEventProp<K>]: K };

/**
 * `<help-finder>` for React: `<HelpFinder config={config} lang="cy" onHelpFinderOutcome={…} />`.
 * A `ref` gives the element itself.
 */
export const HelpFinder: ForwardRefExoticComponent<HelpFinderProps & RefAttributes<HelpFinderElement>> =
  createComponent({
    react: React,
    tagName: 'help-finder',
    elementClass: HelpFinderElement,
    events,
    displayName: 'HelpFinder',
  }) as unknown as ForwardRefExoticComponent<HelpFinderProps & RefAttributes<HelpFinderElement>>;
