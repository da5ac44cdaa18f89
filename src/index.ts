/**
 * help-finder: the entry point. One file, one script tag:
 *
 *   <script type="module" src=".../help-finder.js"></script>
 *   <help-finder></help-finder>
 *
 * Element definitions are guarded so that the script loaded twice does no harm.
 */
import { HelpFinder } from './components/help-finder.js';

export { HelpFinder };
export { parseConfig, parseConfigJson } from './config/parse-config.js';
export type { ConfigProblem, ParsedConfig } from './config/parse-config.js';
export type { PartnerConfig } from './config/partner-config.js';

/** Define a custom element unless a copy of this script already has. */
function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

define('help-finder', HelpFinder);
