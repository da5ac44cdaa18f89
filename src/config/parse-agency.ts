/** The schema's `agency` section: the partner agency and its Safeguarding Officer. */
import type { Agency, SafeguardingOfficer } from './partner-config.js';
import type { Checker } from './checker.js';
import { DEVELOPMENT } from './development.js';

function parseOfficer(c: Checker, value: unknown, path: string): SafeguardingOfficer | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  const officer = c.fields(obj, path, { name: 'text', phone: 'phone', email: 'email' });
  if (!officer.phone && !officer.email) {
    c.warn(
      path,
      DEVELOPMENT &&
        'has no usable phone or email; visitors are told to contact their Safeguarding Officer without details',
    );
  }
  return officer;
}

export function parseAgency(c: Checker, value: unknown): Agency | undefined {
  const obj = c.object(value, 'agency');
  if (!obj) return undefined;
  const agency = c.fields(obj, 'agency', {
    name: 'text',
    safeguardingOfficer: (officer, path) => parseOfficer(c, officer, path),
    proceduresUrl: 'link',
  });
  if (agency.safeguardingOfficer && !agency.name && obj.name === undefined) {
    // Visitors must know whose officer it is: without the name the card is the generic one.
    c.warn(
      'agency.name',
      DEVELOPMENT && 'is missing; your Safeguarding Officer is shown only as "Your Safeguarding Officer"',
    );
  }
  return agency;
}
