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

/** Fetch and validate the configuration at `src` (resolved against the page). Never throws. */
export async function loadConfig(src: string, base: string = document.baseURI): Promise<ParsedConfig> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return failure(`"${src}" is not a valid address`);
  }
  if (url.origin !== new URL(base).origin) {
    return failure(`"${src}" is on another site; config-src must be on the same site as the page`);
  }
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return failure(`"${src}" could not be loaded (HTTP ${response.status})`);
    // Many servers answer a wrong address with a web page and HTTP 200: readJson says so.
    const json = readJson(await response.text());
    return 'error' in json ? failure(`"${src}" is not valid JSON (${json.error})`) : parseConfig(json.data);
  } catch (error) {
    return failure(`"${src}" could not be loaded (${(error as Error).message})`);
  }
}
