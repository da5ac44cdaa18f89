// config-src: same origin only, after redirects too, resolved against the page's own address
// (review: security-review.md, section 3). The test server answers /__test/redirect?to=… with a
// redirect, and /__test/cors-config.json with a config any site may read, labelled with the host
// it came from (web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import { loadConfig } from './load-config.js';

/** This server under its other name: another origin (localhost and 127.0.0.1 are two sites). */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const label = (config: { launcher: { label?: { en?: string } } }) => config.launcher.label?.en;

describe('config-src on a hostile path', () => {
  it('refuses a same-site address that redirects to another site offering the file to everyone', async () => {
    const elsewhere = `${OTHER_ORIGIN}/__test/cors-config.json`;
    // Control: the other site's file is readable from this page (CORS), so only the check stops it.
    const direct = (await (await fetch(elsewhere)).json()) as { launcher: { label: string } };
    expect(direct.launcher.label).to.equal(`Config from ${new URL(OTHER_ORIGIN).hostname}`);

    const src = `/__test/redirect?to=${encodeURIComponent(elsewhere)}`;
    const { config, problems } = await loadConfig(src);
    expect(label(config), 'the other site’s configuration was not used').to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]!.path).to.equal('config-src');
    expect(problems[0]!.severity).to.equal('error');
  });

  it('still follows a redirect on the same site', async () => {
    const src = `/__test/redirect?to=${encodeURIComponent('/__test/cors-config.json')}`;
    const { config, problems } = await loadConfig(src);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(label(config)).to.equal(`Config from ${location.hostname}`);
  });

  it('resolves against the page’s own address, whatever an injected <base href> says', async () => {
    const base = document.createElement('base');
    base.href = `${OTHER_ORIGIN}/`;
    document.head.prepend(base);
    try {
      expect(new URL('/x', document.baseURI).origin, 'the <base> took effect').to.equal(OTHER_ORIGIN);
      const { config, problems } = await loadConfig('/__test/cors-config.json');
      expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
      expect(label(config), 'read from this page’s site, not the <base>’s').to.equal(
        `Config from ${location.hostname}`,
      );
    } finally {
      base.remove();
    }
  });
});
