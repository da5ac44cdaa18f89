// Another script on the partner's page pollutes Object.prototype (old libraries do), or passes
// exotic values: the widget reads only the partner's own data, checks every link again where it
// becomes an href, and keeps working (review: security-review.md, section 2).
import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from './parse-config.js';
import { DEFAULT_EXIT_URL } from './partner-config.js';
import { isEmailAddress, safeLink } from './url.js';
import { contactHref } from '../services/service.js';
import { frames, phoneFrame, type FrameWindow } from '../test-helpers/frame.js';
import { mountIn, SELECTORS } from '../test-helpers/harness.js';

/** What the review's polluting script put on Object.prototype. */
const POLLUTION: Record<string, unknown> = {
  agency: {
    name: { en: 'Evil Org' },
    safeguardingOfficer: { name: { en: 'Fake officer' }, phone: '0909 879 0000', email: 'x@evil.example' },
    proceduresUrl: "javascript:__pwn('proto-gadget')",
  },
  exitUrl: 'https://evil.example/phish',
  areas: [{ id: 'evil', name: { en: 'Evil council' }, childrensServices: { phone: '0909 879 0001' } }],
  cy: 'Cymraeg ffug',
  label: 'x',
  hint: 'x',
  note: 'x',
  owner: 'x',
  valueCy: "javascript:__pwn('cy')",
  hoursUrl: "javascript:__pwn('hours')",
};

/** Run `body` with `proto` polluted, then clean up (even if it throws). */
function polluted<T>(proto: object, body: () => T): T {
  for (const [key, value] of Object.entries(POLLUTION)) (proto as Record<string, unknown>)[key] = value;
  try {
    return body();
  } finally {
    for (const key of Object.keys(POLLUTION)) delete (proto as Record<string, unknown>)[key];
  }
}

describe('a page that pollutes Object.prototype', () => {
  it('cannot add an agency, areas or an exit destination to no configuration or to a partial one', () => {
    for (const input of [undefined, {}, { resources: [] }, { agency: { name: 'Ysgol' } }]) {
      const { config } = polluted(Object.prototype, () => parseConfig(input));
      // Read after cleaning up: the parsed configuration carries nothing inherited.
      expect(config.exitUrl, JSON.stringify(input)).to.equal(DEFAULT_EXIT_URL);
      expect(config.areas, JSON.stringify(input)).to.deep.equal([]);
      const agency = config.agency;
      expect(agency?.safeguardingOfficer, JSON.stringify(input)).to.equal(undefined);
      expect(agency?.proceduresUrl, JSON.stringify(input)).to.equal(undefined);
      // And while the pollution is still there, nothing shows through a missing key.
      polluted(Object.prototype, () => {
        expect(config.exitUrl).to.equal(DEFAULT_EXIT_URL);
        expect(config.areas.length).to.equal(0);
        expect(config.agency === undefined || config.agency.proceduresUrl === undefined).to.equal(true);
        if (agency?.name) expect(agency.name.cy, 'no Welsh name inherited').to.equal(undefined);
        expect(config.launcher.label).to.equal(undefined);
      });
    }
  });

  it('gets no link from the pollution even when rendered: no javascript:, no fake officer, outcomes still shown', async () => {
    const { frame, win } = await phoneFrame(800, 900);
    try {
      const proto = win.Object.prototype;
      for (const [key, value] of Object.entries(POLLUTION)) (proto as Record<string, unknown>)[key] = value;
      let pwned = 0;
      (win as FrameWindow & { __pwn?: () => void }).__pwn = () => pwned++;
      const errors: unknown[] = [];
      win.addEventListener('error', (e) => errors.push(e.error));
      win.addEventListener('unhandledrejection', (e) => errors.push(e.reason));

      // A practitioner outcome: the Safeguarding Officer card, where the review's gadget showed.
      let finder = await mountIn(win);
      expect(finder.heading()).to.equal('What do you need help with?');
      await finder.answer(['work-with-children', 'yes']);
      await frames(win, 2);
      expect(finder.heading(), 'the outcome rendered').to.not.equal('What do you need help with?');
      const hrefs = finder.everyHref();
      expect(hrefs.length).to.be.greaterThan(0);
      for (const href of hrefs)
        expect(href, 'every link is a phone, email or https link').to.match(/^(tel:|mailto:|sms:|https:)/);
      expect(finder.text()).to.not.include('Fake officer');
      expect(finder.text()).to.not.include('Evil');
      expect(hrefs.join(' ')).to.not.include('0909');
      for (const a of finder.$$<HTMLAnchorElement>('a[href^="https:"]')) {
        a.addEventListener('click', (e) => e.preventDefault());
        a.click();
      }
      expect(pwned, 'no script ran').to.equal(0);

      // "A child is in danger right now": the review's polluted label stopped this rendering.
      finder = await mountIn(win);
      await finder.choose('danger-now');
      await waitUntil(() => finder.heading() !== 'What do you need help with?', 'the emergency outcome never rendered');
      expect(finder.$(SELECTORS.emergencyCall)).to.exist;
      expect(errors, 'nothing thrown into the page').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('exotic configuration values', () => {
  it('give one clear error and the national defaults, never a throw', () => {
    const inputs: [string, unknown][] = [
      [
        'a throwing getter',
        {
          get agency() {
            throw new Error('getter says no');
          },
        },
      ],
      [
        'a Proxy whose keys throw',
        new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('proxy says no');
            },
          },
        ),
      ],
    ];
    for (const [what, input] of inputs) {
      const { config, problems } = parseConfig(input);
      expect(config.exitUrl, what).to.equal(DEFAULT_EXIT_URL);
      expect(
        problems.map((p) => `${p.path}: ${p.message}`),
        what,
      ).to.have.length(1);
      expect(problems[0]!.path, what).to.equal('(config)');
      expect(problems[0]!.message, what).to.match(/^cannot be read \(.* says no\)$/);
    }
  });

  it('names a field whose value throws when turned into text, and keeps the rest', () => {
    const days = [
      {
        toString() {
          throw new Error('no');
        },
      },
    ];
    const exitUrl = Object.assign(() => 0, {
      toString() {
        throw new Error('no');
      },
    });
    const { config, problems } = parseConfig({
      exitUrl,
      areas: [
        {
          id: 'a',
          name: 'A',
          childrensServices: { phone: '01234 567890', hours: [{ days, opens: '09:00', closes: '17:00' }] },
        },
      ],
    });
    expect(config.exitUrl).to.equal(DEFAULT_EXIT_URL);
    expect(config.areas.map((a) => a.id)).to.deep.equal(['a']);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'areas[0].childrensServices.hours[0].days: expected a list of days such as ["mon", "tue"]',
      'exitUrl: expected a link, got a function',
    ]);
  });

  it('leaves a widget configured before it is on the page with its helplines, and says why', async () => {
    const { frame, win } = await phoneFrame(800, 900);
    try {
      const errors: string[] = [];
      const original = win.console.error;
      win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      const finder = await mountIn(win, {
        get agency() {
          throw new Error('getter says no');
        },
      });
      win.console.error = original;
      expect(finder.heading()).to.equal('What do you need help with?');
      expect(finder.$(SELECTORS.emergencyCall)).to.exist;
      expect(errors).to.deep.equal(['[help-finder] (config): cannot be read (getter says no)']);
    } finally {
      frame.remove();
    }
  });
});

describe('links checked again where they become an href', () => {
  it('a contact gets no href unless it is https, a plain email address or digits to dial', () => {
    expect(contactHref({ kind: 'web', value: 'javascript:alert(1)' })).to.equal(undefined);
    expect(contactHref({ kind: 'web', value: 'http://evil.example/' })).to.equal(undefined);
    expect(contactHref({ kind: 'web', value: 'https://example.org/a' })).to.equal('https://example.org/a');
    expect(contactHref({ kind: 'email', value: 'dsl@example.org.uk?bcc=spy%40evil.example' })).to.equal(undefined);
    expect(contactHref({ kind: 'email', value: 'dsl@example.org.uk' })).to.equal('mailto:dsl@example.org.uk');
    expect(contactHref({ kind: 'call', value: '0808 800 5000" onclick="x' })).to.equal('tel:08088005000');
  });

  it('refuses email addresses that would add Bcc, Cc, a body or a second address', () => {
    for (const address of [
      'dsl@example.org.uk?bcc=spy%40evil.example&subject=Concern',
      'dsl@example.org.uk%0ABcc:spy%40evil.example',
      'a@b.co?cc=x%40y.z',
      'dsl@example.org.uk,spy%40evil.example',
      'javascript:__pwn(1)//@x.co',
    ]) {
      expect(isEmailAddress(address), address).to.equal(false);
      expect(
        parseConfig({ agency: { name: 'A', safeguardingOfficer: { email: address } } }).config.agency
          ?.safeguardingOfficer?.email,
        address,
      ).to.equal(undefined);
    }
    expect(isEmailAddress("dsl.o'neil+safe@example-school.org.uk")).to.equal(true);
  });

  it('refuses premium-rate, personal and higher-rate numbers', () => {
    for (const phone of ['0909 879 0000', '070 1234 5678', '0871 234 5678']) {
      const { config, problems } = parseConfig({ agency: { name: 'A', safeguardingOfficer: { phone } } });
      expect(config.agency?.safeguardingOfficer?.phone, phone).to.equal(undefined);
      expect(
        problems.some((p) => p.path === 'agency.safeguardingOfficer.phone' && /costs more than/.test(p.message)),
        phone,
      ).to.equal(true);
    }
    expect(
      parseConfig({ agency: { name: 'A', safeguardingOfficer: { phone: '0808 800 5000' } } }).config.agency
        ?.safeguardingOfficer?.phone,
    ).to.equal('0808 800 5000');
  });

  it('refuses service-charge 084 numbers and 076 pagers, but not Isle of Man 07624 mobiles (F12)', () => {
    const phoneOf = (phone: string) => parseConfig({ areas: [{ id: 'a', name: 'A', childrensServices: { phone } }] });
    for (const phone of ['0845 600 0000', '0844 800 0000', '0843 500 0000', '07600 123456', '+44 7699 123456']) {
      const { config, problems } = phoneOf(phone);
      expect(config.areas[0]?.childrensServices?.phone, phone).to.equal(undefined);
      expect(
        problems.some((p) => p.path === 'areas[0].childrensServices.phone' && /costs more than/.test(p.message)),
        phone,
      ).to.equal(true);
    }
    expect(phoneOf('07624 123456').config.areas[0]?.childrensServices?.phone).to.equal('07624 123456');
    expect(phoneOf('0300 123 3079').config.areas[0]?.childrensServices?.phone).to.equal('0300 123 3079');
  });

  it('accepts plain-http localhost links only on a page that is itself local', () => {
    expect(safeLink('http://localhost:9/dev', 'localhost')).to.equal('http://localhost:9/dev');
    expect(safeLink('http://127.0.0.1:9/dev', 'www.example.gov.wales')).to.equal(undefined);
    expect(safeLink('http://localhost:9/dev', 'www.example.gov.wales')).to.equal(undefined);
  });
});

// The caps bound what the widget draws (10,000 areas once took 3.8 s to draw): these tests check
// the caps and their one error, not a time, which is the benchmark's to measure.
describe('very long resource and opening-hour lists (F13)', () => {
  const errors = (problems: { severity: string; path: string; message: string }[]) =>
    problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);

  it('uses at most 20 resources, with one error', () => {
    const resources = Array.from({ length: 10000 }, (_, i) => ({ title: `R${i}`, url: `https://example.org/${i}` }));
    const { config, problems } = parseConfig({ resources });
    expect(config.resources.map((r) => r.url)).to.deep.equal(resources.slice(0, 20).map((r) => r.url));
    expect(errors(problems)).to.deep.equal(['resources: has 10000 resources, so only the first 20 are used']);
  });

  it("uses at most 14 of an area's opening periods, with one error", () => {
    const hours = Array.from({ length: 100000 }, () => ({ days: ['mon'], opens: '09:00', closes: '17:00' }));
    const { config, problems } = parseConfig({
      areas: [{ id: 'a', name: 'A', childrensServices: { phone: '01792 775501', hours } }],
    });
    expect(config.areas[0]?.childrensServices.hours?.length).to.equal(14);
    expect(errors(problems)).to.deep.equal([
      'areas[0].childrensServices.hours: has 100000 opening periods, so only the first 14 are used',
    ]);
  });
});

describe('very long or clashing area lists', () => {
  it('uses at most 22 areas (the Welsh councils), with one error', () => {
    const areas = Array.from({ length: 10000 }, (_, i) => ({ id: `a${i}`, name: `Area ${i}` }));
    const { config, problems } = parseConfig({ areas });
    expect(config.areas.length).to.equal(22);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'areas: has 10000 areas; Wales has 22 councils, so only the first 22 are used',
    ]);
  });

  it('renames a repeated area id to one no other area has', () => {
    const area = (id: string) => ({ id, name: id, childrensServices: { phone: '01234 567890' } });
    const { config } = parseConfig({ areas: [area('a-2'), area('a'), area('a')] });
    const ids = config.areas.map((a) => a.id);
    expect(new Set(ids).size, ids.join(', ')).to.equal(3);
  });
});
