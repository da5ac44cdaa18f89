/**
 * help-finder: the entry point. One file, one script tag:
 *
 *   <script type="module" src=".../help-finder.js"></script>
 *   <help-finder></help-finder>
 *
 * Element definitions are guarded so that the script loaded twice does no harm (it warns).
 */
import { HelpFinder } from './components/help-finder.js';
import { themeContrastWarnings } from './components/theme-check.js';

export { HelpFinder };
export { parseConfig, parseConfigJson } from './config/parse-config.js';
export type { ConfigProblem, ParsedConfig } from './config/parse-config.js';
export type {
  HelpFinderAgency,
  HelpFinderArea,
  HelpFinderChildrensServices,
  HelpFinderConfig,
  HelpFinderDay,
  HelpFinderLauncherSettings,
  HelpFinderOpeningPeriod,
  HelpFinderResource,
  HelpFinderSafeguardingOfficer,
  HelpFinderText,
  PartnerConfig,
} from './config/partner-config.js';
export type { HelpFinderElementProps } from './components/framework-types.js';
export type { HeadingLevel } from './components/heading.js';
export type {
  HelpFinderContactDetail,
  HelpFinderEmptyDetail,
  HelpFinderEventMap,
  HelpFinderOutcomeDetail,
  HelpFinderStepDetail,
} from './components/events.js';
export type { ContactKind } from './services/service.js';
export type { OutcomeKind } from './flow/journey-types.js';

/**
 * The theme contrast check, for tools that show it beside a colour (the configurator does):
 * given a `<help-finder>` that has drawn itself, one line per theme colour that fails WCAG AA in
 * the theme it shows, naming the custom property and the ratio, as the console says them
 * (`--help-finder-accent: contrast 1.3:1 (…) is below the 4.5:1 that WCAG AA needs`); an empty
 * list when every colour passes, `undefined` before the widget has drawn itself.
 */
export const checkThemeContrast = (widget: HTMLElement): string[] | undefined => {
  const root = widget.shadowRoot?.querySelector<HTMLElement>('.widget');
  return root ? themeContrastWarnings(root) : undefined;
};

/**
 * Define a custom element unless the name is taken: by another copy of this script (a second
 * version during a rollout), or by another element. Either way, one warning says so.
 */
function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  else console.warn(`[help-finder] <${tag}> is already defined by another script; this copy is not used`);
}

define('help-finder', HelpFinder);

/**
 * One tag: `<script type="module" src=".../help-finder.js" data-launcher></script>` on a page
 * with no `<help-finder>` adds the floating launcher by itself. `data-config-src` and
 * `data-lang` on the script pass on a configuration address and a language. Only this script's
 * own tag counts (its `src` is this module's address), not an earlier `<script data-launcher>`
 * of another type; after a redirect (the addresses differ), the page's only module one.
 */
function addLauncherForScriptTag(): void {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type=module][src][data-launcher]')];
  const script = scripts.find((s) => s.src === import.meta.url) ?? (scripts.length === 1 ? scripts[0] : undefined);
  if (!script || document.querySelector('help-finder')) return;
  const finder = document.createElement('help-finder');
  finder.setAttribute('launcher', '');
  if (script.dataset.configSrc) finder.setAttribute('config-src', script.dataset.configSrc);
  if (script.dataset.lang) finder.setAttribute('lang', script.dataset.lang);
  document.body.append(finder);
}

try {
  // In Node (server rendering, build tools) there is no page, and nothing to add.
  if (typeof document !== 'undefined' && document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', addLauncherForScriptTag, { once: true });
  } else if (typeof document !== 'undefined') {
    addLauncherForScriptTag();
  }
} catch (error) {
  console.error('[help-finder] could not add the launcher:', error);
}
