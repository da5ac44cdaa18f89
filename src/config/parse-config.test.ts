import { expect } from '@open-wc/testing';
import { parseConfig, parseConfigJson } from './parse-config.js';
import { formatUkPhone } from './phone.js';
import { safeLink } from './url.js';

const messages = (input: unknown) => parseConfig(input).problems.map((p) => `${p.path}: ${p.message}`);
const errorPaths = (input: unknown) => parseConfig(input).problems.filter((p) => p.severity === 'error').map((p) => p.path);

describe('formatUkPhone', () => {
  it('groups UK numbers the usual way', () => {
    expect(formatUkPhone('01792775501')).to.equal('01792 775501');
    expect(formatUkPhone('029 2078 8570')).to.equal('029 2078 8570');
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
  });
});

describe('safeLink', () => {
  it('accepts https, tel, mailto and sms only', () => {
    expect(safeLink('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeLink('tel:01234567890')).to.equal('tel:01234567890');
    expect(safeLink('javascript:alert(1)')).to.equal(undefined);
    expect(safeLink('data:text/html,hi')).to.equal(undefined);
    expect(safeLink('http://example.org')).to.equal(undefined);
    expect(safeLink('/relative')).to.equal(undefined);
    // Plain http only to this computer, for developers' test pages.
    expect(safeLink('http://localhost:8000/exit.html')).to.equal('http://localhost:8000/exit.html');
    expect(safeLink('http://localhost.example.org/')).to.equal(undefined);
  });
});

describe('parseConfig', () => {
  it('gives the national-only defaults for no configuration', () => {
    const { config, problems } = parseConfig(undefined);
    expect(problems).to.deep.equal([]);
    expect(config.areas).to.deep.equal([]);
    expect(config.exitUrl).to.equal('https://www.bbc.co.uk/weather');
  });

  it('reads the design’s example configuration without problems', () => {
    const { config, problems } = parseConfig({
      agency: {
        name: { en: 'Ysgol Example', cy: 'Ysgol Enghraifft' },
        safeguardingOfficer: { name: 'Designated Safeguarding Lead', phone: '01234 567890', email: 'dsl@example.org.uk' },
        proceduresUrl: 'https://example.org.uk/safeguarding',
      },
      areas: [{ id: 'torfaen', name: { en: 'Torfaen', cy: 'Torfaen' }, childrensServices: { phone: '01495 762200', outOfHoursPhone: '0800 328 4432', url: 'https://example.org.uk/report' } }],
      resources: [{ title: { en: 'Leaflet', cy: 'Taflen' }, url: 'https://example.org.uk/leaflet.pdf', audience: 'public' }],
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
    ]);
    expect(config.agency?.safeguardingOfficer?.name).to.deep.equal({ en: 'Designated Safeguarding Lead' });
    expect(config.areas[0]!.childrensServices.outOfHoursPhone).to.equal('0800 328 4432');
    expect(config.resources).to.have.length(1);
  });

  it('names the exact field of a bad phone number and drops only that field', () => {
    const { config } = parseConfig({
      areas: [
        { id: 'a', name: 'A', childrensServices: { phone: '01639 686802' } },
        { id: 'b', name: 'B', childrensServices: { phone: '01234', url: 'https://example.org/b' } },
      ],
    });
    expect(messages({ areas: [{ id: 'a', name: { en: 'A', cy: 'A' }, childrensServices: { phone: '01639 686802' } }, { id: 'b', name: { en: 'B', cy: 'B' }, childrensServices: { phone: '01234', url: 'https://example.org/b' } }] }))
      .to.deep.equal(['areas[1].childrensServices.phone: "01234" is not a UK phone number']);
    expect(config.areas[1]!.childrensServices).to.deep.include({ phone: undefined, url: 'https://example.org/b' });
  });

  it('warns that an officer without the agency’s name is shown only as “Your Safeguarding Officer”', () => {
    expect(messages({ agency: { safeguardingOfficer: { name: { en: 'DSL', cy: 'DSL' }, phone: '01639 686802' } } })).to.deep.equal([
      'agency.name: is missing; your Safeguarding Officer is shown only as "Your Safeguarding Officer"',
    ]);
    expect(messages({ agency: { name: { en: 'Ysgol', cy: 'Ysgol' }, safeguardingOfficer: { phone: '01639 686802' } } })).to.deep.equal([]);
  });

  it('refuses javascript: and data: links', () => {
    const input = {
      agency: { proceduresUrl: 'javascript:alert(1)' },
      resources: [{ title: 'x', url: 'data:text/html,<script>alert(1)</script>' }],
      exitUrl: 'http://example.org',
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

  it('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'text', [], { agency: [] }, { areas: [null, 1, { name: {} }] }, { resources: [{}] }]) {
      expect(() => parseConfig(input)).to.not.throw();
    }
  });
});

describe('the JSON Schema shipped in dist/', () => {
  it('describes exactly the fields the parser reads', async () => {
    const response = await fetch('/dist/help-finder.schema.json');
    expect(response.ok, 'npm test builds dist/ first').to.equal(true);
    const schema = await response.json();
    // A configuration that uses every field the schema names, nested ones included.
    const full = {
      $schema: 'help-finder.schema.json',
      agency: {
        name: { en: 'A', cy: 'A' },
        safeguardingOfficer: { name: { en: 'B', cy: 'B' }, phone: '01639 686802', email: 'b@example.org' },
        proceduresUrl: 'https://example.org/p',
      },
      areas: [
        {
          id: 'a',
          name: { en: 'A', cy: 'A' },
          childrensServices: {
            phone: '01639 686802',
            outOfHoursPhone: '01792 775501',
            url: 'https://example.org/c',
            hours: [{ days: ['mon'], opens: '09:00', closes: '17:00' }],
          },
        },
      ],
      resources: [{ title: { en: 'R', cy: 'R' }, url: 'https://example.org/r', audience: 'public' }],
      exitUrl: 'https://example.org/exit',
      exitShortcut: false,
      detailedEvents: true,
      launcher: { label: { en: 'L', cy: 'L' }, position: 'bottom-left', offset: 8 },
    };
    expect(Object.keys(schema.properties).sort()).to.deep.equal(Object.keys(full).sort());
    const areaSchema = schema.properties.areas.items.properties;
    expect(Object.keys(areaSchema.childrensServices.properties).sort()).to.deep.equal(
      Object.keys(full.areas[0]!.childrensServices).sort(),
    );
    expect(Object.keys(schema.properties.agency.properties).sort()).to.deep.equal(Object.keys(full.agency).sort());
    expect(Object.keys(schema.properties.launcher.properties).sort()).to.deep.equal(Object.keys(full.launcher).sort());
    expect(parseConfig(full).problems).to.deep.equal([]);
  });
});
