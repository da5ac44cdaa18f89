/**
 * `help-finder/vue`: types `<help-finder>` in Vue templates (`GlobalComponents`), checked by
 * vue-tsc and the Vue editor extension: its properties (`:config`, `lang`, `theme` …), the `font`
 * attribute and its events (`@help-finder-outcome`, with the event's `detail` typed). Types only
 * (the module is empty): add `import type {} from 'help-finder/vue';` once, for example in
 * `env.d.ts`. Needs Vue's types (`vue`); nothing else in the package does.
 *
 * Vue sets `:config` as a property. Tell its compiler that the tag is a custom element
 * (`compilerOptions.isCustomElement`), as the README shows.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { HelpFinderEventMap } from './components/events.js';
import type { HelpFinderElementProps } from './components/framework-types.js';
import type { HelpFinder } from './components/help-finder.js';

/** `<help-finder>` as Vue's template type checking sees it (the pattern of Vue's own guide). */
export type HelpFinderVueComponent = new () => HelpFinder & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: HTMLAttributes & HelpFinderElementProps & PublicProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: EmitFn<{ [K in keyof HelpFinderEventMap]: (event: HelpFinderEventMap[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'help-finder': HelpFinderVueComponent;
  }
}
