// Visual needs: the dark theme passes axe, a 320 px screen needs no sideways
// scrolling, tap targets are big enough, and a hostile host stylesheet changes nothing.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import { frames, phoneFrame } from '../test-helpers/frame.js';
import { journey } from '../flow/journey.js';
import { TWO_AREAS } from '../test-helpers/configs.js';
import { everyStep, mount, mountIn, SELECTORS, where } from '../test-helpers/harness.js';

describe('<help-finder> for visual needs', function (this: Mocha.Suite) {
  this.timeout(60000);

  for (const lang of ['en', 'cy']) {
    it(`passes axe on every step in the dark theme (${lang})`, async () => {
      const steps = await everyStep(
        { config: TWO_AREAS, attributes: { theme: 'dark', lang } },
        async (finder, answers) => {
          expect(getComputedStyle(finder.$(SELECTORS.widget)!).backgroundColor).to.equal('rgb(22, 25, 28)');
          await expect(finder.element, `${lang} ${where(answers)}`).to.be.accessible();
        },
      );
      // Every question (the area question in its public and practitioners' wording) and every outcome.
      expect(steps.size).to.equal(Object.keys(journey.questions).length + 2 + Object.keys(journey.outcomes).length);
    });
  }

  it('follows the system dark setting with theme="auto"', async function (this: Mocha.Context) {
    // A framed page prefers dark when its iframe's color-scheme is dark (Chromium, Firefox).
    const { frame, win } = await phoneFrame(800, 600, 'dark');
    try {
      // Reason for the skip: WebKit neither follows the iframe's color-scheme nor can emulate the
      // system setting here; the dark theme itself is checked in every engine by the test above.
      if (!win.matchMedia('(prefers-color-scheme: dark)').matches) this.skip();
      const auto = await mountIn(win, undefined, { theme: 'auto' });
      expect(getComputedStyle(auto.$(SELECTORS.widget)!).backgroundColor).to.equal('rgb(22, 25, 28)');
      const plain = await mountIn(win);
      expect(getComputedStyle(plain.$(SELECTORS.widget)!).backgroundColor, 'without theme="auto"').to.not.equal(
        'rgb(22, 25, 28)',
      );
    } finally {
      frame.remove();
    }
  });

  it('needs no sideways scrolling at 320 px, and every target is at least 24 px high', async () => {
    const { frame, win } = await phoneFrame(320, 640);
    try {
      expect(win.innerWidth, 'the framed page is as wide as a small phone').to.equal(320);
      for (const lang of ['en', 'cy']) {
        await everyStep(
          { config: TWO_AREAS, make: () => mountIn(win, TWO_AREAS, { lang }) },
          async (finder, answers) => {
            const place = where(answers);
            const widget = finder.$(SELECTORS.widget)!;
            expect(widget.scrollWidth, `${lang} ${place}: content wider than the widget`).to.be.at.most(
              widget.clientWidth,
            );
            // The host clips what overflows it (paint containment), so measure the widget's own box too.
            expect(
              finder.element.getBoundingClientRect().right,
              `${lang} ${place}: wider than the screen`,
            ).to.be.at.most(320);
            expect(
              widget.getBoundingClientRect().right,
              `${lang} ${place}: cut off at the screen's edge`,
            ).to.be.at.most(320);
            expect(
              win.document.documentElement.scrollWidth,
              `${lang} ${place}: the page scrolls sideways`,
            ).to.be.at.most(320);
            for (const target of finder.$$('a, button, input, select, summary')) {
              const box = target.getBoundingClientRect();
              expect(box.height, `${lang} ${place}: ${target.outerHTML.slice(0, 60)}`).to.be.at.least(24);
            }
          },
        );
      }
    } finally {
      frame.remove();
    }
  });

  it('scrolls what takes focus clear of the sticky toolbar, even when it wraps on a phone', async () => {
    // Narrow enough that the Welsh toolbar wraps in every engine (at 320 px WebKit's fits one row).
    const { frame, win } = await phoneFrame(280, 640);
    try {
      const finder = await mountIn(win, undefined, { lang: 'cy' });
      await finder.choose('child-abused');
      // A frame goes by before a visitor can answer: the widget measures its toolbar then.
      await frames(win, 2);
      const toolbar = finder.$(SELECTORS.toolbar)!;
      expect(toolbar.getBoundingClientRect().height, 'the toolbar wraps to two rows here').to.be.above(100);

      // From the bottom of a question, Continue leads to an outcome whose caption and title show.
      win.scrollTo(0, win.document.documentElement.scrollHeight);
      await finder.choose('unsure');
      // What the visitor sees once the browser has drawn the new step (WebKit scrolls to focus then).
      await frames(win, 2);
      const clear = toolbar.getBoundingClientRect().bottom;
      expect(finder.$(SELECTORS.caption)!.getBoundingClientRect().top, 'caption under the toolbar').to.be.at.least(
        clear,
      );
      expect(finder.focused()!.id).to.equal('step-heading');
      expect(finder.focused()!.getBoundingClientRect().top, 'title under the toolbar').to.be.at.least(clear);

      // A link that sits under the toolbar when it is focused (Shift+Tab, or a script) comes out from under it.
      const firstContact = finder.primary()!.querySelector<HTMLElement>(SELECTORS.contactLink)!;
      win.scrollBy(0, firstContact.getBoundingClientRect().top - 40);
      expect(firstContact.getBoundingClientRect().top, 'the link starts under the toolbar').to.be.below(clear);
      firstContact.focus();
      await frames(win, 2);
      expect(firstContact.getBoundingClientRect().top, 'a focused link under the toolbar').to.be.at.least(
        toolbar.getBoundingClientRect().bottom,
      );
    } finally {
      frame.remove();
    }
  });

  it('ignores a hostile host stylesheet (tiny root font, uppercase, centred, spaced)', async () => {
    const plain = await mount();
    const heading = () => plain.$(SELECTORS.heading)!;
    const normal = { size: getComputedStyle(heading()).fontSize, width: heading().getBoundingClientRect().width };
    const style = document.createElement('style');
    style.textContent = `html { font-size: 62.5%; } body, * { text-transform: uppercase; text-align: center;
      letter-spacing: 0.3em; line-height: 0.8; font-family: serif; } h2, label, button { font-size: 1rem !important; }
      * { box-sizing: content-box; text-shadow: 2px 2px 0 red; word-break: break-all; font-variant: small-caps;
      direction: rtl; }`;
    document.head.append(style);
    try {
      const hostile = await mount();
      const h = hostile.$(SELECTORS.heading)!;
      const computed = getComputedStyle(h);
      expect(computed.fontSize).to.equal(normal.size);
      expect(computed.textTransform).to.equal('none');
      expect(computed.letterSpacing).to.equal('normal');
      expect(computed.textAlign).to.not.equal('center');
      expect(h.getBoundingClientRect().width).to.be.closeTo(normal.width, 1);
      const label = getComputedStyle(hostile.$(SELECTORS.answerLabel('danger-now'))!);
      expect(label.fontSize).to.equal('18px');
      // An old theme's "* { … }" reaches the host element; what it sets there must not be inherited.
      expect([label.textShadow, label.wordBreak, label.fontVariantCaps, label.direction]).to.deep.equal([
        'none',
        'normal',
        'normal',
        'ltr',
      ]);
      const button = hostile.$(SELECTORS.continue)!;
      expect(getComputedStyle(button).boxSizing).to.equal('border-box');
      expect(button.getBoundingClientRect().height).to.be.closeTo(
        plain.$(SELECTORS.continue)!.getBoundingClientRect().height,
        1,
      );
    } finally {
      style.remove();
    }
  });

  it('keeps body text at 16px or more, whatever --help-finder-font-size says (security review F14)', async () => {
    const style = document.createElement('style');
    document.head.append(style);
    const answerSize = async (size: string) => {
      // A page whose every element is 11px: an invalid size must not let that in.
      style.textContent = `body * { font-size: 11px; } help-finder { --help-finder-font-size: ${size}; }`;
      const f = await mount();
      const px = getComputedStyle(f.$(SELECTORS.answerLabel('danger-now'))!).fontSize;
      f.element.remove();
      return px;
    };
    try {
      expect(await answerSize('0px')).to.equal('16px');
      expect(await answerSize('12px')).to.equal('16px');
      expect(await answerSize('20px')).to.equal('20px');
      // Not a size (no unit): the default, not the page's 11px.
      expect(await answerSize('18')).to.equal('18px');
      expect(await answerSize('big')).to.equal('18px');
    } finally {
      style.remove();
    }
  });
});

describe('<help-finder> with reduced motion', () => {
  it('has no motion, with or without prefers-reduced-motion', async function (this: Mocha.Context) {
    if (/Chrom/.test(navigator.userAgent)) await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const finder = await mount();
      for (const node of finder.$$('*')) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.localName).to.equal('none');
        expect(parseFloat(style.transitionDuration), node.localName).to.equal(0);
      }
    } finally {
      if (/Chrom/.test(navigator.userAgent)) await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
