// The step, outcome and service ids partners count are API (README, "Ids (part of the API)"):
// the README's lists and the journey must say the same, so that no id changes unannounced.
import { expect } from '@open-wc/testing';
import { nationalServices } from '../services/national-services.js';
import { journey } from './journey.js';

async function idsSection(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split('### Ids (part of the API)\n')[1];
  expect(section, 'the README has a section "Ids (part of the API)"').to.be.a('string');
  return section!.split('\n### ')[0]!;
}

/** The first cells of the table that follows `caption`, e.g. [['emergency', 'emergency'], …]. */
function tableAfter(section: string, caption: string): string[][] {
  const table = section.split(caption)[1]!.split('\n\n')[1]!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => [...row.matchAll(/\| `([^`]+)` /g)].map((match) => match[1]!));
}

describe('the ids partners count', () => {
  it('the README lists every question id, and no other', async () => {
    const listed = tableAfter(await idsSection(), 'Steps (').map(([id]) => id);
    // The area question is not in `questions`: it is built from the partner's areas.
    expect(listed).to.have.members([...Object.keys(journey.questions), 'area']);
  });

  it('the README lists every outcome id with its kind, and no other', async () => {
    const listed = tableAfter(await idsSection(), 'Outcomes (');
    const actual = Object.values(journey.outcomes).map((outcome) => [outcome.id, outcome.kind]);
    expect(listed).to.have.deep.members(actual);
  });

  it('the README names every national service id', async () => {
    const services = (await idsSection()).split('Services (')[1]!;
    const named = [...services.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
    for (const id of Object.keys(nationalServices)) expect(named, id).to.include(id);
  });
});
