// What a card offers to tap must do what it says: a "Call" link dials a voice line, text
// relay numbers are numbers to use from a textphone or the Relay UK app, and hours a partner
// cannot confirm are shown as "usually", never as a confident "Open now".
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { parseConfig } from '../config/parse-config.js';
import { nationalServices } from '../services/national-services.js';
import { childrensServicesFor } from '../services/partner-services.js';
import type { Service } from '../services/service.js';
import { cardModel } from '../present/card-model.js';
import { type CardContext, serviceCard } from './service-card.js';
import { SELECTORS } from '../test-helpers/harness.js';

// Tuesday 14 January 2025, 10am in London (GMT).
const TUESDAY_10AM = new Date('2025-01-14T10:00:00Z');

async function renderCard(service: Service, now = TUESDAY_10AM): Promise<HTMLElement> {
  const context: CardContext = { headingLevel: 3, onContact: () => {} };
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(serviceCard(cardModel(service, 'en', now), context, true), host);
  return host;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** Text relay prefixes: 18000 (emergencies), 18001 + number (any other call). */
const RELAY = /^1800[01]/;

describe('service cards: phone links', () => {
  it('gives every voice call a tel: link, and never a text relay number', async () => {
    for (const service of Object.values(nationalServices)) {
      const card = await renderCard(service);
      for (const a of card.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
        const digits = a.getAttribute('href')!.slice('tel:'.length);
        expect(digits, `${service.id}: ${text(a)}`).to.match(/^\+?\d{3,}$/);
        expect(digits, `${service.id}: a relay number as a voice call button`).not.to.match(RELAY);
        expect(text(a), service.id).to.match(/^Call /);
      }
    }
  });

  it('shows the police text relay numbers as numbers for a textphone or the Relay UK app, not as Call buttons', async () => {
    const cases: Array<[Service, string]> = [
      [nationalServices['police-emergency'], '18000'],
      [nationalServices['police-non-emergency'], '18001 101'],
    ];
    for (const [service, number] of cases) {
      const card = await renderCard(service);
      const relay = [...card.querySelectorAll(SELECTORS.relay)].find((li) => text(li)!.includes(number));
      expect(relay, `${service.id}: ${number}`).to.exist;
      expect(relay!.querySelector('a'), `${number} is not a link`).to.equal(null);
      expect(text(relay!.querySelector('.number'))).to.equal(number);
      expect(text(relay), number).to.match(/textphone/);
      expect(text(relay), number).to.match(/Relay UK app/);
      expect(text(relay), number).not.to.match(/\bCall\b/);
    }
  });

  it('says emergencySMS works only after registering, and to register before an emergency', async () => {
    const card = await renderCard(nationalServices['police-emergency']);
    const note = [...card.querySelectorAll('.notes li')].map(text).find((t) => t!.startsWith('emergencySMS'));
    expect(note).to.match(/once you have registered/);
    expect(note).to.match(/Register now, before an emergency/);
    expect(card.querySelector('a[href^="sms:999"]'), 'no text link to 999: it fails unregistered').to.equal(null);
  });
});

describe('service cards: a partner’s usual hours', () => {
  const council = (hoursCertain?: boolean) => {
    const { config, problems } = parseConfig({
      areas: [
        {
          id: 'vale',
          name: { en: 'Example Council', cy: 'Cyngor Enghraifft' },
          childrensServices: {
            phone: '029 2018 0456',
            hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:00' }],
            ...(hoursCertain !== undefined && { hoursCertain }),
          },
        },
      ],
    });
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    return childrensServicesFor(config.areas[0]!, 'en');
  };

  it('shows hours marked "hoursCertain": false as usual hours, like the Stop It Now helpline’s', async () => {
    const usual = await renderCard(council(false));
    expect(text(usual.querySelector('.service > .status'))).to.equal('Usually open at this time, until today at 5pm.');
    expect(text(usual.querySelector('.schedule'))).to.equal('Usual opening hours: Monday to Friday, 8:30am to 5pm.');
    expect(text(usual)).not.to.match(/Open now|Closed now/);
    const evening = await renderCard(council(false), new Date('2025-01-14T19:00:00Z'));
    expect(text(evening.querySelector('.service > .status'))).to.equal(
      'Usually closed at this time. Usually opens tomorrow at 8:30am.',
    );
  });

  it('shows hours as certain by default and with "hoursCertain": true', async () => {
    for (const certain of [undefined, true]) {
      const card = await renderCard(council(certain));
      expect(text(card.querySelector('.service > .status')), String(certain)).to.equal(
        'Open now. Closes today at 5pm.',
      );
      expect(text(card.querySelector('.schedule'))).to.equal('Opening hours: Monday to Friday, 8:30am to 5pm.');
    }
  });
});
