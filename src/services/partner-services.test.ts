// A council's children's services card always says whom to call now, whatever the partner
// could configure: the council's lines when known, the police's 101 otherwise.
import { expect } from '@open-wc/testing';
import type { ChildrensServices } from '../config/partner-config.js';
import type { OpeningPeriod } from '../time/opening-hours.js';
import { childrensServicesFor } from './partner-services.js';

const card = (childrensServices: ChildrensServices) =>
  childrensServicesFor({ id: 'npt', name: { en: 'Neath Port Talbot' }, childrensServices }, 'en');

/** Each contact as "label: number or link (hours)", as a visitor would read the card. */
const contacts = (childrensServices: ChildrensServices) =>
  card(childrensServices).contacts.map((c) => `${c.label?.() ?? ''}: ${c.value} (${c.hours?.kind ?? 'card'})`);

const OFFICE: OpeningPeriod[] = [{ days: [1, 2, 3, 4, 5], opens: '08:30', closes: '17:00' }];

describe('children’s services cards', () => {
  it('without an out-of-hours number, gives the police’s 101 for when the office is closed', () => {
    expect(contacts({ phone: '01639 686802', url: 'https://www.npt.gov.uk/1107', hours: OFFICE })).to.deep.equal([
      'Office hours: 01639 686802 (weekly)',
      'When they are closed, call the police on 101: 101 (always)',
      'Report a concern online or find out more: https://www.npt.gov.uk/1107 (card)',
    ]);
    const police = card({ phone: '01639 686802' }).contacts[1]!;
    expect(police.owner?.()).to.equal('Police non-emergency line');
  });

  it('with the emergency duty team’s number, gives that and not 101', () => {
    expect(contacts({ phone: '01495 762200', outOfHoursPhone: '0800 328 4432' })).to.deep.equal([
      'Office hours: 01495 762200 (unknown)',
      'Evenings, weekends and bank holidays: 0800 328 4432 (unknown)',
    ]);
  });

  it('with only the out-of-hours number (Swansea in the demo), gives 101 for office hours too', () => {
    expect(
      contacts({ outOfHoursPhone: '01792 775501', url: 'https://www.swansea.gov.uk/safeguardingchildren' }),
    ).to.deep.equal([
      'Evenings, weekends and bank holidays: 01792 775501 (unknown)',
      'Or call the police on 101, any time: 101 (always)',
      'Report a concern online or find out more: https://www.swansea.gov.uk/safeguardingchildren (card)',
    ]);
  });

  it('with only a web page, gives 101 for anyone who cannot find the number', () => {
    expect(contacts({ url: 'https://www.swansea.gov.uk/safeguardingchildren' })).to.deep.equal([
      'Or call the police on 101, any time: 101 (always)',
      'Report a concern online or find out more: https://www.swansea.gov.uk/safeguardingchildren (card)',
    ]);
  });

  it('with nothing usable, is the generic card, whose 101 line is the one open around the clock', () => {
    const generic = card({});
    expect(generic.id).to.equal('childrens-services');
    expect(generic.hours.kind, 'the council’s own hours are not known').to.equal('unknown');
    expect(contacts({})).to.deep.equal(['Call the police on 101: 101 (always)']);
  });
});
