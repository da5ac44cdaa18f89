import { expect } from '@open-wc/testing';
import { parseConfig, parseConfigJson } from './parse-config.js';
import { formatUkPhone } from './phone.js';
import { safeLink } from './url.js';

const messages = (input: unknown) => parseConfig(input).problems.map((p) => `${p.path}: ${p.message}`);
const errorPaths = (input: unknown) =>
  parseConfig(input)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => p.path);

describe('formatUkPhone', () => {
  it('groups UK numbers the usual way', () => {
    expect(formatUkPhone('01792775501')).to.equal('01792 775501');
    expect(formatUkPhone('02920180123')).to.equal('029 2018 0123');
    expect(formatUkPhone('0300 4563554')).to.equal('0300 456 3554');
    expect(formatUkPhone('08081000900')).to.equal('0808 100 0900');
    expect(formatUkPhone('+44 (0)1639 686802')).to.equal('01639 686802');
    expect(formatUkPhone('0161 496 0000')).to.equal('0161 496 0000');
    expect(formatUkPhone('101')).to.equal('101');
  });

  it('refuses what is not a UK number', () => {
    expect(formatUkPhone('01234')).to.equal(undefined);
    expect(formatUkPhone('call us')).to.equal(undefined);
    expect(formatUkPhone('+33 1 23 45 67 89')).to.equal(undefined);
    // Text relay numbers are for a textphone or the Relay UK app, not a voice Call link.
    expect(formatUkPhone('18000')).to.equal(undefined);
    expect(formatUkPhone('18001 101')).to.equal(undefined);
  });
});

describe('safeLink', () => {
  it('accepts https only: a phone or an email is configured as such, not as a link', () => {
    expect(safeLink('https://partner.example/a')).to.equal('https://partner.example/a');
    expect(safeLink('tel:02920180123')).to.equal(undefined);
    expect(safeLink('mailto:a@partner.example')).to.equal(undefined);
    expect(safeLink('javascript:alert(1)')).to.equal(undefined);
    expect(safeLink('data:text/html,hi')).to.equal(undefined);
    expect(safeLink('http://partner.example')).to.equal(undefined);
    expect(safeLink('/relative')).to.equal(undefined);
    // Plain http only to this computer, for developers' test pages.
    expect(safeLink('http://localhost:8000/exit.html')).to.equal('http://localhost:8000/exit.html');
    expect(safeLink('http://localhost.partner.example/')).to.equal(undefined);
  });
});

describe('parseConfig', () => {
  it('gives the national-only defaults for no configuration', () => {
    const { config, problems } = parseConfig(undefined);
    expect(problems).to.deep.equal([]);
    expect(config.areas).to.deep.equal([]);
    expect(config.exitUrl).to.equal('https://www.bbc.co.uk/weather');
  });

  it('reads the README’s example configuration, warning only about its fictional number and missing Welsh', () => {
    const { config, problems } = parseConfig({
      agency: {
        name: { en: 'Ysgol Example', cy: 'Ysgol Enghraifft' },
        safeguardingOfficer: {
          name: 'Designated Safeguarding Lead',
          phone: '029 2018 0123',
          email: 'dsl@ysgol-enghraifft.example',
        },
        proceduresUrl: 'https://ysgol-enghraifft.example/safeguarding',
      },
      areas: [
        {
          id: 'torfaen',
          name: { en: 'Torfaen', cy: 'Torfaen' },
          childrensServices: {
            phone: '01495 762200',
            outOfHoursPhone: '0800 328 4432',
            url: 'https://ysgol-enghraifft.example/report',
          },
        },
      ],
      resources: [
        {
          title: { en: 'Leaflet', cy: 'Taflen' },
          url: 'https://ysgol-enghraifft.example/leaflet.pdf',
          audience: 'public',
        },
      ],
      exitUrl: 'https://www.bbc.co.uk/weather',
      exitShortcut: true,
    });
    // The officer's name is given in English only: a warning, and the English is used in both languages.
    expect(problems).to.deep.equal([
      {
        path: 'agency.safeguardingOfficer.name',
        message: 'has no Welsh ("cy") text; Welsh speakers see the English, marked lang="en"',
        severity: 'warning',
      },
      {
        path: 'agency.safeguardingOfficer.phone',
        message: '"029 2018 0123" is a fictional number: replace it before going live',
        severity: 'warning',
      },
    ]);
    expect(config.agency?.safeguardingOfficer?.name).to.deep.equal({ en: 'Designated Safeguarding Lead' });
    // A warning, not an error: the number is kept, so a preview still shows the card.
    expect(config.agency?.safeguardingOfficer?.phone).to.equal('029 2018 0123');
    expect(config.areas[0]!.childrensServices.outOfHoursPhone).to.equal('0800 328 4432');
    expect(config.resources).to.have.length(1);
  });

  it('warns about every fictional or made-up number left in a configuration, and only those', () => {
    const area = (phone: string, outOfHoursPhone?: string) => ({
      id: phone,
      name: { en: 'A', cy: 'A' },
      childrensServices: { phone, ...(outOfHoursPhone && { outOfHoursPhone }) },
    });
    const warned = (phones: Array<[string, string?]>) =>
      messages({ areas: phones.map(([p, o]) => area(p, o)) }).filter((m) => m.includes('fictional'));
    // Ofcom's drama ranges at both ends, in any written form, and the well-known 01234 567890.
    expect(
      warned([['029 2018 0000'], ['02920180999'], ['+44 1632 960000'], ['01632 960999', '01234 567890']]),
    ).to.deep.equal([
      'areas[0].childrensServices.phone: "029 2018 0000" is a fictional number: replace it before going live',
      'areas[1].childrensServices.phone: "029 2018 0999" is a fictional number: replace it before going live',
      'areas[2].childrensServices.phone: "01632 960000" is a fictional number: replace it before going live',
      'areas[3].childrensServices.phone: "01632 960999" is a fictional number: replace it before going live',
      'areas[3].childrensServices.outOfHoursPhone: "01234 567890" is a fictional number: replace it before going live',
    ]);
    // The other drama ranges a web team's example code may hold (London, mobile, freephone).
    expect(warned([['020 7946 0999'], ['+44 7700 900000'], ['0808 157 0123'], ['0161 496 0000']])).to.deep.equal([
      'areas[0].childrensServices.phone: "020 7946 0999" is a fictional number: replace it before going live',
      'areas[1].childrensServices.phone: "07700 900000" is a fictional number: replace it before going live',
      'areas[2].childrensServices.phone: "0808 157 0123" is a fictional number: replace it before going live',
      'areas[3].childrensServices.phone: "0161 496 0000" is a fictional number: replace it before going live',
    ]);
    // Just outside the ranges, and real numbers from the reference: no warning.
    expect(
      warned([
        ['029 2018 1000'],
        ['01632 961000'],
        ['01234 567891'],
        ['020 7946 1000', '07700 901000'],
        ['0808 158 0123', '0161 497 0000'],
        ['01639 686802', '0800 328 4432'],
      ]),
    ).to.deep.equal([]);
    expect(
      messages({ agency: { name: { en: 'Y', cy: 'Y' }, safeguardingOfficer: { phone: '01632 960123' } } }),
    ).to.deep.equal([
      'agency.safeguardingOfficer.phone: "01632 960123" is a fictional number: replace it before going live',
    ]);
  });

  it('names the exact field of a bad phone number and drops only that field', () => {
    const { config } = parseConfig({
      areas: [
        { id: 'a', name: 'A', childrensServices: { phone: '01639 686802' } },
        { id: 'b', name: 'B', childrensServices: { phone: '01234', url: 'https://partner.example/b' } },
      ],
    });
    expect(
      messages({
        areas: [
          { id: 'a', name: { en: 'A', cy: 'A' }, childrensServices: { phone: '01639 686802' } },
          {
            id: 'b',
            name: { en: 'B', cy: 'B' },
            childrensServices: { phone: '01234', url: 'https://partner.example/b' },
          },
        ],
      }),
    ).to.deep.equal(['areas[1].childrensServices.phone: "01234" is not a UK phone number']);
    expect(config.areas[1]!.childrensServices).to.deep.include({ phone: undefined, url: 'https://partner.example/b' });
  });

  it('reads "hoursCertain" beside an area’s hours, and shows unclear values as usual hours', () => {
    const area = (extra: Record<string, unknown>) => ({
      areas: [{ id: 'a', name: { en: 'A', cy: 'A' }, childrensServices: { phone: '01639 686802', ...extra } }],
    });
    const hours = [{ days: ['mon'], opens: '09:00', closes: '17:00' }];
    const certain = (extra: Record<string, unknown>) =>
      parseConfig(area(extra)).config.areas[0]!.childrensServices.hoursCertain;
    expect(certain({ hours, hoursCertain: false })).to.equal(false);
    expect(certain({ hours, hoursCertain: true })).to.equal(true);
    expect(certain({ hours })).to.equal(undefined);
    expect(messages(area({ hours, hoursCertain: false }))).to.deep.equal([]);
    expect(certain({ hours, hoursCertain: 'no' })).to.equal(false);
    expect(messages(area({ hours, hoursCertain: 'no' }))).to.deep.equal([
      'areas[0].childrensServices.hoursCertain: expected true or false, got "no"',
    ]);
  });

  it('reads only the schema’s day names and clock times: "wedding" is not Wednesday', () => {
    const hours = (period: Record<string, unknown>) => ({
      areas: [
        {
          id: 'a',
          name: { en: 'A', cy: 'A' },
          childrensServices: {
            phone: '01639 686802',
            hours: [{ days: ['wed'], opens: '09:00', closes: '17:00', ...period }],
          },
        },
      ],
    });
    const at = 'areas[0].childrensServices.hours[0]';
    for (const days of [['wedding'], ['Monday'], ['TUE']]) {
      expect(messages(hours({ days })), JSON.stringify(days)).to.deep.equal([
        `${at}.days: expected a list of days such as ["mon", "tue"]`,
      ]);
    }
    expect(messages(hours({ opens: '24:30', closes: 900 }))).to.deep.equal([
      `${at}.opens: expected a time such as "09:00", got "24:30"`,
      `${at}.closes: expected a time such as "09:00", got number 900`,
    ]);
    expect(
      parseConfig(hours({ days: ['sun'], closes: '24:00' })).config.areas[0]!.childrensServices.hours,
    ).to.deep.equal([{ days: [0], opens: '09:00', closes: '24:00' }]);
  });

  it('warns that an officer without the agency’s name is shown only as “Your Safeguarding Officer”', () => {
    expect(
      messages({ agency: { safeguardingOfficer: { name: { en: 'DSL', cy: 'DSL' }, phone: '01639 686802' } } }),
    ).to.deep.equal([
      'agency.name: is missing; your Safeguarding Officer is shown only as "Your Safeguarding Officer"',
    ]);
    expect(
      messages({ agency: { name: { en: 'Ysgol', cy: 'Ysgol' }, safeguardingOfficer: { phone: '01639 686802' } } }),
    ).to.deep.equal([]);
  });

  it('refuses javascript: and data: links', () => {
    const input = {
      agency: { proceduresUrl: 'javascript:alert(1)' },
      resources: [{ title: 'x', url: 'data:text/html,<script>alert(1)</script>' }],
      exitUrl: 'http://partner.example',
    };
    const { config } = parseConfig(input);
    expect(errorPaths(input)).to.deep.equal(['agency.proceduresUrl', 'resources[0].url', 'exitUrl']);
    expect(config.agency?.proceduresUrl).to.equal(undefined);
    expect(config.resources).to.deep.equal([]);
    expect(config.exitUrl).to.equal('https://www.bbc.co.uk/weather');
  });

  it('reports wrong types and unknown keys, and keeps going', () => {
    expect(messages({ areas: 'Swansea', exitShortcut: 'yes', colour: 'red' })).to.deep.equal([
      'colour: unknown field, ignored (expected one of: $schema, agency, areas, resources, exitUrl, exitShortcut, detailedEvents, launcher)',
      'areas: expected a list, got "Swansea"',
      'exitShortcut: expected true or false, got "yes"',
    ]);
  });

  it('keeps HTML in text as text and warns about it', () => {
    const { config, problems } = parseConfig({ agency: { name: '<img src=x onerror=alert(1)>' } });
    expect(config.agency?.name).to.deep.equal({ en: '<img src=x onerror=alert(1)>' });
    expect(problems[0]).to.include({ path: 'agency.name', severity: 'warning' });
  });

  it('reports broken JSON and falls back to the defaults', () => {
    const { config, problems } = parseConfigJson('{ "areas": [ ');
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.match(/^is not valid JSON/);
    expect(config.areas).to.deep.equal([]);
  });

  it('says so when an object became the text [object Object] (React 18 sets an object as an attribute)', () => {
    const { config, problems } = parseConfigJson(String({ areas: [] }));
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.equal(
      'is not valid JSON (an object became the text [object Object]: set the config property, or use help-finder/react)',
    );
    expect(config.areas).to.deep.equal([]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      42,
      'text',
      [],
      { agency: [] },
      { areas: [null, 1, { name: {} }] },
      { resources: [{}] },
    ]) {
      expect(() => parseConfig(input)).to.not.throw();
    }
  });
});
