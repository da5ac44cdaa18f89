/**
 * Link checks: partners may only link to the web over https, or to a phone,
 * text or email app. Anything else (javascript:, data:, http:) is refused,
 * except plain http to this computer (localhost), and only on a page that is
 * itself on localhost (a developer's own test page), never on a live site.
 */

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Link schemes accepted in partner configuration. */
export const ALLOWED_LINK_SCHEMES = ['https:', 'tel:', 'mailto:', 'sms:'] as const;

/** The normalised URL if it is absolute and uses an allowed scheme, else `undefined`. */
export function safeLink(
  input: string,
  schemes: readonly string[] = ALLOWED_LINK_SCHEMES,
  pageHost: string = globalThis.location?.hostname ?? '',
): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname) && LOCAL_HOSTS.includes(pageHost);
  if (!schemes.includes(url.protocol) && !(local && schemes.includes('https:'))) return undefined;
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
