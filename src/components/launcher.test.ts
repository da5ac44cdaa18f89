// Launcher mode, and the one-tag embed (which adds a launcher) under a strict CSP.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { HelpFinder } from './help-finder.js';
import { phoneFrame } from '../test-helpers/frame.js';
import { mount, mountIn, SELECTORS, widgetOn } from '../test-helpers/harness.js';

describe('launcher mode', () => {
  it('opens the finder in a modal dialog, moves focus in, and Esc returns focus to the launcher', async () => {
    const finder = await mount(undefined, { launcher: '' });
    const button = finder.launcher()!;
    expect(button.textContent!.trim()).to.equal('Worried about a child?');
    expect(getComputedStyle(button).position).to.equal('fixed');
    const dialog = finder.dialog()!;
    expect(dialog.open).to.equal(false);
    expect(dialog.querySelector(SELECTORS.widget), 'the journey is built when first opened, not on page load').to.equal(
      null,
    );

    // Focus by keyboard: a script's focus() gives no focus events while the browser window is in the background.
    const start = document.createElement('button');
    finder.element.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(finder.focused()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'Enter on the launcher did not open the dialog');
    await finder.settle();
    expect(dialog.matches(':modal')).to.equal(true);
    expect(finder.focused()!.id).to.equal('step-heading');
    expect(dialog.querySelector(SELECTORS.exitButton), 'the quick exit is inside the dialog').to.exist;
    await expect(finder.element).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Esc did not close the dialog');
    await waitUntil(() => finder.focused() === button, 'focus did not return to the launcher');
    start.remove();
  });

  it('closes with its Close button, keeping the visitor’s place', async () => {
    const finder = await mount(undefined, { launcher: '' });
    await finder.openLauncher();
    await finder.choose('learn');
    await finder.closeDialog();
    expect(finder.dialog()!.open).to.equal(false);
    // The dialog's close event comes as a task: wait for focus to come back.
    await waitUntil(() => finder.focused() === finder.launcher(), 'focus did not return to the launcher');
    await finder.openLauncher();
    expect(finder.heading()).to.equal('Learn how to keep children safe');
  });

  it('keeps Close and the quick exit in one bar that stays in view as the dialog scrolls', async () => {
    const finder = await mount(undefined, { launcher: '' });
    await finder.openLauncher();
    const dialog = finder.dialog()!;
    try {
      const close = dialog.querySelector<HTMLElement>(SELECTORS.closeDialog)!;
      const exit = dialog.querySelector<HTMLElement>(SELECTORS.exitButton)!;
      const toolbar = exit.closest(SELECTORS.toolbar);
      expect(toolbar?.contains(close), 'Close is in the quick exit’s toolbar').to.equal(true);
      expect(
        close.getBoundingClientRect().top - dialog.getBoundingClientRect().top,
        'no bar above the toolbar',
      ).to.be.below(48);

      dialog.scrollTop = dialog.scrollHeight;
      expect(dialog.scrollTop, 'the first question is taller than the dialog').to.be.above(0);
      const visible = dialog.getBoundingClientRect();
      for (const button of [close, exit]) {
        const box = button.getBoundingClientRect();
        expect(box.top >= visible.top && box.bottom <= visible.bottom, `${button.className} is in view`).to.equal(true);
      }
    } finally {
      dialog.close();
    }
  });

  it('fits a 320 px phone, closed and open, in both languages', async () => {
    const { frame, win } = await phoneFrame(320, 568);
    try {
      for (const lang of ['en', 'cy']) {
        const finder = await mountIn(win, undefined, { launcher: '', lang });
        const box = finder.launcher()!.getBoundingClientRect();
        expect(box.left >= 0 && box.right <= 320 && box.bottom <= 568, `${lang}: the launcher is on screen`).to.equal(
          true,
        );

        await finder.openLauncher();
        const dialog = finder.dialog()!;
        expect(dialog.open).to.equal(true);
        const open = dialog.getBoundingClientRect();
        expect(open.left >= 0 && open.right <= 320, `${lang}: the dialog fits the screen's width`).to.equal(true);
        expect(dialog.scrollWidth, `${lang}: the dialog scrolls sideways`).to.be.at.most(dialog.clientWidth);
        for (const button of dialog.querySelectorAll<HTMLElement>(`${SELECTORS.toolbar} button`)) {
          const b = button.getBoundingClientRect();
          expect(
            b.right <= open.right && b.height >= 24,
            `${lang}: ${button.className} fits and can be tapped`,
          ).to.equal(true);
        }
        dialog.close();
      }
    } finally {
      frame.remove();
    }
  });

  it('moves to the other corner rather than cover the page’s focused element', async () => {
    const finder = await mount(undefined, { launcher: '' });
    const launcher = finder.launcher()!;
    expect(launcher.classList.contains('launcher--right')).to.equal(true);
    const box = launcher.getBoundingClientRect();
    const underneath = document.createElement('button');
    underneath.textContent = 'Host button in the corner';
    underneath.style.cssText = `position: fixed; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px;`;
    finder.element.after(underneath);
    try {
      // Reach it with the keyboard, as a visitor would (and so that focus events fire in every engine).
      launcher.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(underneath);
      await waitUntil(() => launcher.classList.contains('launcher--left'), 'the launcher did not move');
      const moved = launcher.getBoundingClientRect();
      expect(moved.right <= box.left || moved.left >= box.right).to.equal(true);
    } finally {
      underneath.remove();
    }
  });

  it('uses the launcher label and corner from the configuration', async () => {
    const finder = await mount(
      { launcher: { label: { en: 'Need help?', cy: 'Angen help?' }, position: 'bottom-left', offset: 40 } },
      { launcher: '', lang: 'cy' },
    );
    const launcher = finder.launcher()!;
    expect(launcher.textContent!.trim()).to.equal('Angen help?');
    expect(launcher.classList.contains('launcher--left')).to.equal(true);
    expect(getComputedStyle(launcher).left).to.equal('40px');
  });

  it('writes nothing on the partner’s element, and listens to the page’s focus only as a launcher', async () => {
    const added: string[] = [];
    const addEventListener = document.addEventListener;
    document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
      added.push(args[0]);
      return addEventListener.apply(this, args);
    };
    try {
      const inline = await fixture<HelpFinder>(html`<help-finder></help-finder>`);
      const root = inline.renderRoot as HTMLElement;
      const measured = (el: HelpFinder) => `${el.getAttribute('style')}${(el.renderRoot as HTMLElement).style.cssText}`;
      await waitUntil(() => measured(inline).includes('--_toolbar-height'), 'the toolbar was not measured');
      expect(added, 'an inline widget listens to the page’s focus').to.not.include('focusin');
      expect(inline.getAttribute('style'), 'a style written on the partner’s element').to.equal(null);
      expect(root.style.getPropertyValue('--_toolbar-height')).to.match(/^\d+px$/);

      const finder = await mount<HelpFinder>({ launcher: { offset: 40 } }, { launcher: '' });
      const el = finder.element;
      expect(added).to.include('focusin');
      expect(getComputedStyle(finder.launcher()!).right).to.equal('40px');
      finder.launcher()!.click();
      await waitUntil(() => measured(el).includes('--_toolbar-height'), 'the toolbar was not measured');
      finder.dialog()!.close();
      expect(el.getAttribute('style'), 'a style written on the partner’s element').to.equal(null);
    } finally {
      document.addEventListener = addEventListener;
    }
  });
});

describe('the one-tag embed', function (this: Mocha.Suite) {
  this.timeout(20000);

  it('adds the launcher by itself under a strict CSP with Trusted Types, configured from config-src', async () => {
    const iframe = document.createElement('iframe');
    iframe.src = '/src/test-pages/one-tag.html';
    iframe.style.cssText = 'width: 800px; height: 600px;';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const doc = iframe.contentDocument!;
      const finder = await widgetOn(() => doc, SELECTORS.launcher, 'no launcher');
      await waitUntil(
        () => finder.launcher()!.textContent!.trim() === 'Need help about a child?',
        'the configuration from config-src was not applied',
        { timeout: 10000 },
      );
      expect(finder.launcher()!.classList.contains('launcher--left')).to.equal(true);
      await finder.openLauncher();
      expect(finder.dialog()!.open).to.equal(true);
      expect(finder.heading()).to.equal('What do you need help with?');
      expect(doc.querySelectorAll('help-finder').length).to.equal(1);
    } finally {
      iframe.remove();
    }
  });

  it('takes its settings from its own script tag, not from an earlier decoy <script data-launcher> (F10)', async () => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="en"><head>
      <script type="text/x-decoy" data-launcher data-config-src="/no-such-config.json" data-lang="cy"></script>
      <script type="module" src="/dist/help-finder.js" data-launcher
        data-config-src="/src/test-pages/one-tag-config.json"></script>
      </head><body><h1>A partner page</h1></body></html>`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const doc = iframe.contentDocument!;
      await waitUntil(() => doc.querySelector('help-finder'), 'no launcher', { timeout: 10000 });
      const finder = doc.querySelector('help-finder')!;
      expect(finder.getAttribute('config-src')).to.equal('/src/test-pages/one-tag-config.json');
      expect(finder.hasAttribute('lang')).to.equal(false);
    } finally {
      iframe.remove();
    }
  });
});
