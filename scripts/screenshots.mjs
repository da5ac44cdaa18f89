// Takes headless Chromium screenshots of the demo at 320, 768 and 1280 px:
// the first question and an outcome, in English and Welsh.
// Usage: npm start (in another shell), then node scripts/screenshots.mjs [outDir] [answers...]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'screenshots';
const answers = process.argv.length > 3 ? process.argv.slice(3) : ['child-abused', 'disclosed', 'neath-port-talbot'];
const base = process.env.DEMO_URL ?? 'http://localhost:8000/demo/';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const lang of ['en', 'cy']) {
    for (const width of [320, 768, 1280]) {
      const page = await browser.newPage();
      page.on('console', (m) => console.log(`[${lang} ${width}] ${m.type()}: ${m.text()}`));
      await page.setViewport({ width, height: 900 });
      await page.goto(base, { waitUntil: 'networkidle0' });
      await page.evaluate((l) => document.querySelector('help-finder').setAttribute('lang', l), lang);
      await new Promise((r) => setTimeout(r, 200));
      await page.screenshot({ path: `${out}/${lang}-${width}-start.png`, fullPage: true });
      for (const id of answers) {
        await page.evaluate((answer) => {
          const root = document.querySelector('help-finder').shadowRoot;
          const radio = /** @type {HTMLElement | null} */ (root.querySelector(`#answer-${answer}`));
          if (radio) radio.click();
          /** @type {HTMLElement} */ (root.querySelector('button.continue')).click();
        }, id);
        await new Promise((r) => setTimeout(r, 150));
      }
      await page.screenshot({ path: `${out}/${lang}-${width}-end.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}/`);
