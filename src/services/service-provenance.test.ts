import { expect } from '@open-wc/testing';
import { nationalServices } from './national-services.js';
import { serviceProvenance } from './service-provenance.js';

describe('service provenance', () => {
  it('every national service says where its facts come from, when they were checked and how sure we are', () => {
    expect(Object.keys(serviceProvenance).sort()).to.deep.equal(Object.keys(nationalServices).sort());
    for (const [id, p] of Object.entries(serviceProvenance)) {
      expect(p.sources.length, id).to.be.greaterThan(0);
      expect(p.checked, id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(['C2', 'C1', 'U'], id).to.include(p.confidence);
    }
  });

  it('links only over https, and dials only digits', () => {
    for (const service of Object.values(nationalServices)) {
      for (const contact of service.contacts) {
        if (contact.kind === 'web') expect(contact.value, service.id).to.match(/^https:\/\//);
        if (contact.kind === 'call' || contact.kind === 'text') expect(contact.value, service.id).to.match(/^[\d ]+$/);
      }
    }
  });
});
