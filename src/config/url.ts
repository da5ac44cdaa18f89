/**
 * Link checks: partners may only link to the web over https, or to a phone,
 * text or email app. Anything else (javascript:, data:, http:) is refused,
 * except plain http to this computer (localhost), which only a developer's
 * own test page can use.
 */

/** Link schemes accepted in partner configuration. */
export const ALLOWED_LINK_SCHEMES = ['https:', 'tel:', 'mailto:', 'sms:'] as const;

/** The normalised URL if it is absolute and uses an allowed scheme, else `undefined`. */
export function safeLink(input: string, schemes: readonly string[] = ALLOWED_LINK_SCHEMES): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (!schemes.includes(url.protocol) && !(local && schemes.includes('https:'))) return undefined;
  if (url.protocol === 'https:' && (url.username || url.password)) return undefined;
  return url.href;
}

/** A plausible email address (one @, a dotted domain, no spaces or angle brackets). */
export function isEmailAddress(input: string): boolean {
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(input);
}
