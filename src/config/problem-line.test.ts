// The console line for a configuration problem, as the production build writes it (no reason:
// an empty message) and as the development build and help-finder-check write it.
import { expect } from '@open-wc/testing';
import { problemLine } from './problem-line.js';

describe('problemLine', () => {
  it('gives the development build’s reason as it is', () => {
    expect(problemLine({ path: 'agencyy', message: 'unknown field, ignored', severity: 'warning' })).to.equal(
      '[help-finder] agencyy: unknown field, ignored',
    );
  });

  it('in the production build, never says a misspelt or missing field is “used”', () => {
    // A warning may be an unknown key (ignored) or a missing field: the line must not claim either way.
    const warning = problemLine({ path: 'agencyy', message: '', severity: 'warning' });
    expect(warning).to.match(/^\[help-finder\] agencyy: check it \(for the reason, load dist\/help-finder\.dev\.js/);
    expect(warning).to.not.contain('used');
    // An error: the value as written is not used (it is left out, or replaced, as an area id is).
    expect(problemLine({ path: 'areas[0].id', message: '', severity: 'error' })).to.match(
      /^\[help-finder\] areas\[0\]\.id: not used as given \(/,
    );
  });
});
