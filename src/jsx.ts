/**
 * `help-finder/jsx`: types `<help-finder>` in React's JSX (`React.JSX.IntrinsicElements`), for
 * apps that render the element itself. Types only (the module is empty): add
 * `import type {} from 'help-finder/jsx';` once, or `"types": ["help-finder/jsx"]` in tsconfig.
 * Needs React's types (`@types/react`); nothing else in the package does.
 *
 * React 19 sets `config` as a property and adds `onhelp-finder-outcome` and the other
 * `on<event>` props as listeners. React 18 sets every prop on a custom element as an attribute
 * (`config` becomes "[object Object]", handlers are dropped): there, use `help-finder/react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HelpFinderElementProps, HelpFinderEventHandlers } from './components/framework-types.js';
import type { HelpFinder } from './components/help-finder.js';

/** `<help-finder>`'s JSX props: HTML props, the element's properties, and `on<event>` handlers. */
export type HelpFinderJsxProps = DetailedHTMLProps<HTMLAttributes<HelpFinder>, HelpFinder> &
  HelpFinderElementProps &
  HelpFinderEventHandlers<'dom'>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'help-finder': HelpFinderJsxProps;
    }
  }
}
