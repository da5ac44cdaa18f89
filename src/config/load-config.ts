/**
 * Loading a configuration from `config-src`: one same-origin request, made
 * only when a partner asks for it. Anything else is refused with a clear reason.
 */
import { parseConfig, readJson, type ParsedConfig } from './parse-config.js';
import { DEFAULT_CONFIG } from './partner-config.js';

const failure = (message: string): ParsedConfig => ({
  config: DEFAULT_CONFIG,
  problems: [{ path: 'config-src', message, severity: 'error' }],
});

/**
 * The page's own address, to resolve `config-src` against: never `document.baseURI`, which an
 * injected `<base href>` could point at another site. (A srcdoc or about:blank frame has no
 * address of its own; it uses the base it inherits.)
 */
function pageAddress(): string {
  return /^https?:/.test(document.URL) ? document.URL : document.baseURI;
}

/**
 * Fetch and validate the configuration at `src` (resolved against the page's own address).
 * Same origin only, after redirects too: the request is made in `same-origin` mode, so a
 * redirect to another site fails, and the final address is checked again. Never throws.
 */
export async function loadConfig(src: string, page: string = pageAddress()): Promise<ParsedConfig> {
  let url: URL;
  try {
    url = new URL(src, page);
  } catch {
    return failure(`"${src}" is not a valid address`);
  }
  const origin = new URL(page).origin;
  const elsewhere = failure(`"${src}" is on another site; config-src must be on the same site as the page`);
  if (url.origin !== origin) return elsewhere;
  try {
    const response = await fetch(url, { credentials: 'same-origin', mode: 'same-origin' });
    if (response.url && new URL(response.url).origin !== origin) return elsewhere;
    if (!response.ok) return failure(`"${src}" could not be loaded (HTTP ${response.status})`);
    // Many servers answer a wrong address with a web page and HTTP 200: readJson says so.
    const json = readJson(await response.text());
    return json.ok === false ? failure(`"${src}" is not valid JSON (${json.error})`) : parseConfig(json.data);
  } catch (error) {
    return failure(`"${src}" could not be loaded (${(error as Error).message})`);
  }
}
