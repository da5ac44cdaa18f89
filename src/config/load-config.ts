/**
 * Loading a configuration from `config-src`: one same-origin request, made
 * only when a partner asks for it. Anything else is refused with a clear reason.
 */
import { parseConfig, type ParsedConfig } from './parse-config.js';
import { DEFAULT_CONFIG } from './partner-config.js';

const failure = (message: string): ParsedConfig => ({
  config: { ...DEFAULT_CONFIG },
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
    const text = await response.text();
    try {
      return parseConfig(JSON.parse(text));
    } catch (error) {
      // Many servers answer a wrong address with a web page and HTTP 200.
      const reason = text.trimStart().startsWith('<') ? 'the server sent a web page, not JSON' : (error as Error).message;
      return failure(`"${src}" is not valid JSON (${reason})`);
    }
  } catch (error) {
    return failure(`"${src}" could not be loaded (${(error as Error).message})`);
  }
}
