/**
 * `<help-finder>` as frameworks see it: what a React, Vue or JSX template may set on the element,
 * and a handler for each of its events. Types only: nothing here reaches the bundle. Used by the
 * React wrapper (src/react.ts) and the JSX and Vue typings (src/jsx.ts, src/vue.ts).
 */
import type { HelpFinderEventMap } from './events.js';
import type { HelpFinder } from './help-finder.js';

/** The element's properties a template may set, and its `font` attribute. */
export type HelpFinderElementProps = Partial<
  Pick<HelpFinder, 'config' | 'lang' | 'launcher' | 'configSrc' | 'theme' | 'headingLevel' | 'countOutcome'>
> & {
  /** `inherit`: use the page's own font instead of the system UI font (the `font` attribute). */
  font?: 'inherit';
};

/** `help-finder-outcome` → `HelpFinderOutcome`. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The React wrapper's handler prop for an event: `onHelpFinderOutcome` for `help-finder-outcome`. */
export type HelpFinderEventProp<K extends keyof HelpFinderEventMap> = `on${PascalCase<K>}`;

/**
 * A handler prop for each of the element's events: `react` names them as the React wrapper does
 * (`onHelpFinderOutcome`); `dom` as React 19 does on the bare element (`onhelp-finder-outcome`).
 */
export type HelpFinderEventHandlers<Named extends 'react' | 'dom'> = {
  [K in keyof HelpFinderEventMap as Named extends 'react' ? HelpFinderEventProp<K> : `on${K}`]?: (
    event: HelpFinderEventMap[K],
  ) => void;
};
