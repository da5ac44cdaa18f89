// `npm run release` (scripts/release.mjs, after `npm run build`), run on copies of the project:
// the versioned file, its SRI hash, release notes and checksum list, the embed it prints, the
// CHANGELOG entry it writes (its date and integrity); and what it refuses: unreleased changes
// under an old version, a version the changelog does not describe, SECURITY.md placeholders;
// and the configurator it ships, opened from the release folder (file://) in Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PLACEHOLDER, RELEASE_ISLAND, sri } from './release.mjs';

const dir = mkdtempSync(join(tmpdir(), 'help-finder-release-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const built = readFileSync('dist/help-finder.js');
const FILLED_SECURITY = '# Reporting a problem\n\nWrong numbers: facts@example.org. Security: security@example.org.\n';

/** A copy of the project with this version, changelog and SECURITY.md; runs the release in it. */
function release(
  name,
  { version, changelog = readFileSync('CHANGELOG.md', 'utf8'), security = FILLED_SECURITY, configurator = true },
) {
  const copy = join(dir, name);
  mkdirSync(join(copy, 'scripts'), { recursive: true });
  mkdirSync(join(copy, 'dist'));
  copyFileSync('scripts/release.mjs', join(copy, 'scripts/release.mjs'));
  copyFileSync('dist/help-finder.js', join(copy, 'dist/help-finder.js'));
  copyFileSync('dist/help-finder.schema.json', join(copy, 'dist/help-finder.schema.json'));
  copyFileSync('LICENSE', join(copy, 'LICENSE'));
  copyFileSync('THIRD-PARTY-NOTICES.md', join(copy, 'THIRD-PARTY-NOTICES.md'));
  if (configurator) copyFileSync('dist/configurator.html', join(copy, 'dist/configurator.html'));
  writeFileSync(join(copy, 'CHANGELOG.md'), changelog);
  writeFileSync(join(copy, 'SECURITY.md'), security);
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'help-finder', version }));
  const out = join(copy, 'out');
  const run = spawnSync(process.execPath, ['scripts/release.mjs', '--out', out], { cwd: copy, encoding: 'utf8' });
  return { run, out, changelog: () => readFileSync(join(copy, 'CHANGELOG.md'), 'utf8') };
}

const CHANGELOG = `# Changelog

## [Unreleased]

### Service facts
- Changed: NSPCC Helpline hours.

## [0.1.0] - 2026-11-29

### Added
- The widget.
`;
const next = release('next', { version: '0.2.0', changelog: CHANGELOG });
const integrity = `sha384-${createHash('sha384').update(built).digest('base64')}`;

test('writes the versioned file (the package’s file, byte for byte), its schema, SRI, release notes, licences and SHA256SUMS', () => {
  assert.equal(next.run.status, 0, next.run.stderr);
  assert.deepEqual(readdirSync(next.out).sort(), [
    'LICENSE',
    'RELEASE-NOTES.md',
    'SHA256SUMS',
    'THIRD-PARTY-NOTICES.md',
    'configurator.html',
    'help-finder-0.2.0.js',
    'help-finder-0.2.0.js.sri',
    'help-finder-0.2.0.schema.json',
  ]);
  // Lit's BSD licence asks every binary copy to carry its notice.
  assert.ok(readFileSync(join(next.out, 'THIRD-PARTY-NOTICES.md'), 'utf8').includes('Copyright (c) 2017 Google LLC'));
  assert.ok(readFileSync(join(next.out, 'help-finder-0.2.0.js')).equals(built));
  assert.equal(readFileSync(join(next.out, 'help-finder-0.2.0.js.sri'), 'utf8'), integrity + '\n');
  assert.match(integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
});

test('moves [Unreleased] under the new version, dated today, with the file’s integrity, in the CHANGELOG and the notes', () => {
  const today = new Date().toISOString().slice(0, 10);
  const changelog = next.changelog();
  assert.ok(
    changelog.includes(
      `## [Unreleased]\n\n## [0.2.0] - ${today}\n\nIntegrity (dist/help-finder.js): \`${integrity}\`\n\n### Service facts\n- Changed: NSPCC Helpline hours.\n\n## [0.1.0] - 2026-11-29`,
    ),
    changelog,
  );
  const notes = readFileSync(join(next.out, 'RELEASE-NOTES.md'), 'utf8');
  assert.match(
    notes,
    new RegExp(`^## \\[0\\.2\\.0\\] - ${today}\\n\\nIntegrity \\(dist/help-finder\\.js\\): \`sha384-`),
  );
  assert.ok(notes.includes('NSPCC Helpline hours') && !notes.includes('0.1.0'));
});

test('SHA256SUMS lists every released file with its sha256, in sha256sum’s format', () => {
  const lines = readFileSync(join(next.out, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const files = readdirSync(next.out).filter((f) => !f.endsWith('.sri') && f !== 'SHA256SUMS');
  assert.equal(lines.length, files.length);
  for (const file of files) {
    const hex = createHash('sha256')
      .update(readFileSync(join(next.out, file)))
      .digest('hex');
    assert.ok(lines.includes(`${hex}  ${file}`), `no correct line for ${file}`);
  }
});

test('prints the embed with integrity and crossorigin, self-hosted and from an npm CDN by exact version', () => {
  assert.ok(
    next.run.stdout.includes(
      `<script type="module" fetchpriority="low" src="/js/help-finder-0.2.0.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    ),
    next.run.stdout,
  );
  assert.ok(
    next.run.stdout.includes(
      `src="https://cdn.jsdelivr.net/npm/help-finder@0.2.0/dist/help-finder.js" integrity="${integrity}" crossorigin="anonymous"`,
    ),
  );
});

/** The page's inline script and style, its policy, and its release information. */
function pageParts(html) {
  return {
    script: /<script type="module" data-configurator>([\s\S]*?)<\/script>/.exec(html)?.[1],
    style: /<style>([\s\S]*?)<\/style>/.exec(html)?.[1],
    policy: /<meta http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1],
    info: JSON.parse(
      new RegExp(`<script type="application/json" id="${RELEASE_ISLAND}">([^<]*)</script>`).exec(html)[1],
    ),
  };
}

test('ships the configurator: one page, its snippet naming this version’s file and integrity, its policy the hashes of its script and style', () => {
  const page = readFileSync(join(next.out, 'configurator.html'), 'utf8');
  const built = readFileSync('dist/configurator.html', 'utf8');
  const { script, style, policy, info } = pageParts(page);
  assert.deepEqual(info, {
    ...pageParts(built).info,
    version: '0.2.0',
    file: 'help-finder-0.2.0.js',
    integrity,
    released: true,
  });
  assert.match(info.factsChecked, /^\d{4}-\d{2}-\d{2}$/);
  // Only its information differs from the build's page, so the policy's hashes still hold.
  assert.equal(
    page.replace(/id="help-finder-release">[^<]*</, ''),
    built.replace(/id="help-finder-release">[^<]*</, ''),
  );
  assert.ok(policy.includes(`script-src '${sri(script)}'`), policy);
  assert.ok(policy.includes(`style-src '${sri(style)}'`), policy);
  // Self-contained: nothing to load beside it.
  const markup = page.replace(script, '').replace(style, '');
  assert.doesNotMatch(markup, /\ssrc="|<link rel="stylesheet"|href="(?!data:|#)[^"]*\.(js|css|svg)"/);
  assert.match(next.run.stdout, /open .*configurator\.html in a browser/);
});

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

test(
  'the release’s configurator works opened from the release folder (file://, Chromium): snippet, preview, and an exit that keeps the form',
  { skip: !existsSync(chromium) && `no Chromium at ${chromium}` },
  async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      const url = pathToFileURL(join(next.out, 'configurator.html')).href;
      await page.goto(url);
      await page.waitForFunction(() => document.getElementById('problems').textContent.includes('No problems'), {
        timeout: 20000,
      });
      await page.type('[name="agency.name.en"]', 'Ysgol Example');
      const snippet = await page.$eval('#snippet', (el) => el.textContent);
      assert.ok(
        snippet.includes(
          `<script type="module" fetchpriority="low" src="/js/help-finder-0.2.0.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
        ),
        snippet,
      );
      assert.ok(snippet.includes('"en": "Ysgol Example"'));
      assert.equal(await page.$eval('#download-json', (a) => a.getAttribute('download')), 'help-finder-config.json');
      const preview = page.frames().find((frame) => frame !== page.mainFrame());
      const heading = await preview.waitForFunction(
        () => document.querySelector('help-finder')?.shadowRoot?.querySelector('#step-heading')?.textContent,
        { timeout: 20000 },
      );
      assert.equal((await heading.jsonValue()).trim(), 'What do you need help with?');
      // Shift pressed three times in the preview: the preview starts again, the page and the form stay.
      await page.$eval('#preview iframe', (frame) => frame.focus());
      for (let i = 0; i < 3; i++) await page.keyboard.press('ShiftLeft');
      await page.waitForFunction(
        () => document.getElementById('preview-status').textContent.includes('quick exit left the preview'),
        { timeout: 10000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(page.url(), url);
      assert.equal(
        await page.$eval('[name="agency.name.en"]', (input) => /** @type {HTMLInputElement} */ (input).value),
        'Ysgol Example',
      );
      // Every kind of field filled in, as a web team does: the file it downloads passes
      // `help-finder-check --strict` and the schema shipped beside it. Each value is put in at
      // once, as a time picker does.
      const fill = (selector, value) =>
        page.$eval(
          selector,
          (input, text) => {
            /** @type {HTMLInputElement} */ (input).value = text;
            input.dispatchEvent(new globalThis.Event('input', { bubbles: true }));
          },
          value,
        );
      await fill('[name="agency.name.cy"]', 'Ysgol Enghraifft');
      await fill('[name="officer.name.en"]', 'Designated Safeguarding Person');
      await fill('[name="officer.name.cy"]', 'Person Diogelu Dynodedig');
      await fill('[name="officer.email"]', 'dsl@ysgol-enghraifft.example');
      await page.select('#council-preset', 'torfaen');
      await page.click('#add-council');
      await page.click('.area .add-period');
      await fill('[name="period.opens"]', '09:00');
      await fill('[name="period.closes"]', '17:00');
      await fill('[name="resource.title.en"]', 'Our leaflet');
      await fill('[name="resource.title.cy"]', 'Ein taflen');
      await fill('[name="resource.url"]', 'https://ysgol-enghraifft.example/leaflet');
      await page.click('#add-resource');
      await fill('.resource:nth-of-type(2) [name="resource.title.en"]', 'Our policy');
      await fill('.resource:nth-of-type(2) [name="resource.title.cy"]', 'Ein polisi');
      await fill('.resource:nth-of-type(2) [name="resource.url"]', 'https://ysgol-enghraifft.example/policy');
      await page.select('.resource:nth-of-type(2) [name="resource.audience"]', 'professional');
      await fill('[name="exitUrl"]', 'https://ysgol-enghraifft.example/');
      await page.click('[name="exitShortcut"]');
      await page.click('[name="detailedEvents"]');
      await page.select('[name="theme"]', 'auto');
      await page.select('[name="headingLevel"]', '3');
      await page.click('[name="mode"][value="launcher"]');
      await fill('[name="launcher.label.en"]', 'Worried about a pupil?');
      await fill('[name="launcher.label.cy"]', 'Poeni am ddisgybl?');
      await page.select('[name="launcher.position"]', 'bottom-left');
      await fill('[name="launcher.offset"]', '24');
      await page
        .waitForFunction(() => document.getElementById('problems').textContent.includes('No problems'), {
          timeout: 20000,
        })
        .catch(async (error) => {
          throw new Error(`${error.message}: ${await page.$eval('#problems', (el) => el.textContent)}`);
        });
      // Downloaded for real (the page's policy lets no script read the file).
      const downloads = join(dir, 'downloads');
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await page.click('#download-json');
      const saved = join(downloads, 'help-finder-config.json');
      for (let i = 0; i < 100 && !existsSync(saved); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      const config = JSON.parse(readFileSync(saved, 'utf8'));
      assert.equal(config.areas[0].id, 'torfaen');
      assert.deepEqual(config.areas[0].childrensServices.hours, [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
      ]);
      assert.equal(config.resources.length, 2);
      assert.deepEqual(
        [config.exitUrl, config.exitShortcut, config.detailedEvents, config.launcher],
        [
          'https://ysgol-enghraifft.example/',
          false,
          true,
          { label: { en: 'Worried about a pupil?', cy: 'Poeni am ddisgybl?' }, position: 'bottom-left', offset: 24 },
        ],
      );
      const check = spawnSync(process.execPath, ['dist/help-finder-check.js', '--strict', saved], { encoding: 'utf8' });
      assert.equal(check.status, 0, check.stdout + check.stderr);
      const schema = JSON.parse(readFileSync(join(next.out, config.$schema), 'utf8'));
      const ajv = new Ajv2020({ allErrors: true });
      addFormats.default(ajv);
      const valid = ajv.compile(schema);
      assert.ok(valid(config), JSON.stringify(valid.errors));
      // The browser's word that the sandbox refused the preview's exit the tab: expected.
      const refused =
        /^Unsafe attempt to initiate navigation .* from frame with URL 'about:srcdoc'\. The frame attempting navigation of the top-level window is sandboxed/;
      // The preview's widget logs the problems of the half-filled form (the page lists them too).
      const previewLine = /^\[help-finder\] [a-zA-Z[\]0-9.]+: /;
      assert.deepEqual(
        errors.filter((error) => !refused.test(error) && !previewLine.test(error)),
        [],
      );
    } finally {
      await browser.close();
    }
  },
);

test('refuses without the configurator page (run the build)', () => {
  const { run, out } = release('no-configurator', { version: '0.2.0', changelog: CHANGELOG, configurator: false });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /dist\/configurator\.html is missing: run npm run build first/);
  assert.equal(existsSync(out), false);
});

test('refuses to ship unreleased changes under a version already released', () => {
  const { run, out, changelog } = release('old-version', { version: '0.1.0', changelog: CHANGELOG });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /changes under "## \[Unreleased\]", and 0\.1\.0 is already released/);
  assert.equal(existsSync(out), false);
  assert.equal(changelog(), CHANGELOG, 'the CHANGELOG is left as it was');
});

test('refuses a version the CHANGELOG does not describe', () => {
  const empty = CHANGELOG.replace('### Service facts\n- Changed: NSPCC Helpline hours.\n\n', '');
  const { run, out } = release('no-entry', { version: '9.9.9', changelog: empty });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /CHANGELOG\.md has no "## \[9\.9\.9\]" section/);
  assert.equal(existsSync(out), false);
});

test('refuses while SECURITY.md still has the publisher’s placeholders (this repository’s own, today)', () => {
  const own = readFileSync('SECURITY.md', 'utf8');
  const { run, out } = release('placeholder', { version: '0.2.0', changelog: CHANGELOG, security: own });
  if (own.includes(PLACEHOLDER)) {
    assert.equal(run.status, 1);
    assert.match(run.stderr, /SECURITY\.md still says "TO BE COMPLETED BY THE PUBLISHER"/);
    assert.equal(existsSync(out), false);
  } else {
    assert.equal(run.status, 0, run.stderr);
  }
  const missing = release('no-security', { version: '0.2.0', changelog: CHANGELOG, security: `x ${PLACEHOLDER}` });
  assert.equal(missing.run.status, 1);
});

test('the changelog describes this version, with a date', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  assert.match(changelog, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
});
