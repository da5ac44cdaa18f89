// The situations table (test-helpers/situations.ts), walked as its people would in a real
// browser on the board's page: every path in English, the Welsh speakers' in Welsh, each
// ending on its outcome's title with its first service as the recommended card.
import { expect } from '@open-wc/testing';
import '../index.js';
import { DEFAULT_CONFIG, type PartnerConfig } from '../config/partner-config.js';
import { journey } from '../flow/journey.js';
import { servicesFor } from '../present/outcome-services.js';
import { TWO_AREAS } from '../test-helpers/configs.js';
import { mount, textOf } from '../test-helpers/harness.js';
import { SITUATIONS } from '../test-helpers/situations.js';

const board: PartnerConfig = { ...DEFAULT_CONFIG, areas: TWO_AREAS.areas };

describe('<help-finder> real situations, walked', function (this: Mocha.Suite) {
  this.timeout(120000);

  for (const lang of ['en', 'cy'] as const) {
    const walked = SITUATIONS.filter((s) => lang === 'en' || s.welsh);
    it(`${walked.length} situations reach their outcome and first service (${lang})`, async () => {
      const finder = await mount(TWO_AREAS, { lang });
      const wrong: string[] = [];
      for (const s of walked) {
        for (const path of s.picks) {
          await finder.answer(path);
          const outcome = s.picks[0] === path ? journey.outcomes[s.outcome] : undefined;
          const heading = finder.heading() ?? '(none)';
          // The visitor's language is the page's now: titles and names read in it.
          if (outcome && heading !== outcome.title()) wrong.push(`${s.id} ${path.join(' > ')}: “${heading}”`);
          // The area answered (a council, "Somewhere else" or "I do not know"), if any.
          const area = path.find((id) => ['elsewhere', 'unknown'].includes(id) || board.areas.some((a) => a.id === id));
          const [first] = servicesFor(s.first, journey.outcomes[s.outcome], board, area, lang);
          const primary = textOf(finder.primary());
          if (!primary.includes(first.name()))
            wrong.push(`${s.id} ${path.join(' > ')}: recommends “${primary.slice(0, 60)}…”, not ${first.name()}`);
          await finder.startAgain();
        }
      }
      expect(wrong.join('\n'), 'situations that went astray').to.equal('');
    });
  }
});
