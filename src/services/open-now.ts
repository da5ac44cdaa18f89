/**
 * Is a service's line usable at a given moment? Used to offer a line that is
 * open now beside a recommended one that is closed (or usually closed) now.
 * Pure: the caller passes the moment.
 */
import { isCertainlyOpen, openingStatus } from '../time/opening-hours.js';
import type { Contact, Service } from './service.js';

/** A line to call or text (not a web page, an email or a text relay number). */
export const spoken = (contact: Contact): boolean => contact.kind === 'call' || contact.kind === 'text';

/**
 * Whether every line of a service (its calls and texts) is closed at `instant`, for certain
 * or usually. A service with no line, or with hours we do not know, is not "closed".
 */
export function linesClosed(service: Service, instant: Date): boolean {
  const lines = service.contacts.filter(spoken);
  return lines.length > 0 && lines.every((c) => openingStatus(c.hours ?? service.hours, instant).state === 'closed');
}

/**
 * Whether a service can be used at `instant` for certain: one of its lines is open
 * round the clock or confirmed open; a service with no line (self-help pages) by its web pages.
 */
export function usableNow(service: Service, instant: Date): boolean {
  const lines = service.contacts.filter(spoken);
  const ways = lines.length > 0 ? lines : service.contacts;
  return ways.some((c) => isCertainlyOpen(c.hours ?? service.hours, instant));
}
