/**
 * Link checks: partners may only link to the web over https. Anything else (javascript:, data:,
 * http:) is refused, except plain http to this computer (localhost), and only on a page that is
 * itself on localhost (a developer's own test page), never on a live site. Phone numbers and email
 * addresses are configured as such, not as links.
 */

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The normalised URL if it is an absolute https address (or local http on a local page), else `undefined`. */
export function safeLink(input: string, pageHost: string = globalThis.location?.hostname ?? ''): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname) && LOCAL_HOSTS.includes(pageHost);
  if (url.protocol !== 'https:' && !local) return undefined;
  if (url.protocol === 'https:' && (url.username || url.password)) return undefined;
  return url.href;
}

/**
 * A plain email address: letters, digits and `. _ + ' -` before one @, a dotted
 * domain after. Nothing a `mailto:` link would read as more than the address
 * (`?bcc=`, `%0A`, a second address after a comma).
 */
export function isEmailAddress(input: string): boolean {
  return /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(input);
}
