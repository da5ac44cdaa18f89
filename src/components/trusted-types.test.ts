// The README's Content-Security-Policy on a page that already has a "lit-html" Trusted Types
// policy: the host uses Lit, or loads the bundle twice during a versioned-filename rollout
// (review: security-review.md, section 7). The policy is read from the README itself.
import { expect } from '@open-wc/testing';
import { SELECTORS, widgetOn } from '../test-helpers/harness.js';

/** The policy the README tells partners to use. */
async function readmePolicy(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const policy = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  expect(policy, 'the README gives a policy').to.be.a('string');
  return policy!;
}

/** A partner page served with `policy` as its Content-Security-Policy header, in a frame. */
async function pageUnder(policy: string, scripts: string[]): Promise<{ frame: HTMLIFrameElement; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const query = new URLSearchParams({ policy });
  for (const src of scripts) query.append('script', src);
  frame.src = `/__test/csp-page?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow! };
}

describe('the README’s Content-Security-Policy with Trusted Types', function (this: Mocha.Suite) {
  this.timeout(20000);

  for (const [what, scripts] of [
    [
      'a page that uses Lit itself (its own "lit-html" policy)',
      ['/src/test-pages/lit-html-policy.js', '/dist/help-finder.js'],
    ],
    ['a page that loads the bundle twice', ['/dist/help-finder.js', '/dist/help-finder.js?v=2']],
  ] as const) {
    it(`shows the widget on ${what}, with no error`, async () => {
      const policy = await readmePolicy();
      expect(policy).to.include('require-trusted-types-for');
      const { frame, win } = await pageUnder(policy, [...scripts]);
      try {
        const finder = await widgetOn(() => win.document, SELECTORS.heading, `no widget under "${policy}"`);
        expect(finder.heading()).to.equal('What do you need help with?');
        expect((win as Window & { __errors: string[] }).__errors, 'errors thrown into the page').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
