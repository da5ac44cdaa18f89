// The configurator's live preview, both sides of it (see the roles in demo/configurator.js):
// - `runPreview`: the preview frame itself, which shows the widget with the form's state and
//   checks its colours with the widget's own contrast check;
// - `createPreview`: the page's side, which writes the sandboxed frame, sends it the form's
//   state, hears what it says (ready, the colours' contrast, its height, the quick exit) and
//   starts a fresh preview when the one shown has left its page.
import { checkThemeContrast } from '../dist/help-finder.dev.js';
import { END_SCRIPT } from './configurator-snippet.js';

/** Marks this configurator's messages between the page and its preview frame. */
const SOURCE = 'help-finder-configurator';

/** This script's own inline copy (in the built page), which the preview frame runs too. */
const inlineScript = document.querySelector('script[data-configurator]:not([src])');

// ---------------------------------------------------------------------------------------------
// The preview frame.

/**
 * Resolves when `el` (a `<help-finder>`) has drawn itself, or after five seconds. Polled with
 * timers: the browser gives a frame on another origin (the sandbox's) no animation frames
 * while it is scrolled out of view.
 */
function drawn(el) {
  return new Promise((resolve) => {
    const start = Date.now();
    const poll = () => {
      if (el.shadowRoot?.querySelector('.widget') || Date.now() - start > 5000) resolve(undefined);
      else setTimeout(poll, 20);
    };
    poll();
  });
}

/** Sets the attribute `name` to `value`, or removes it when `value` is empty. */
function attribute(el, name, value) {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

export function runPreview() {
  document.body.style.setProperty('margin', '0');
  const send = (message) => parent.postMessage({ source: SOURCE, ...message }, '*');
  // The contrast check runs on an inline widget with the same colours, out of sight (the widget
  // keeps itself visible, so it is moved off the page), so that it also works while the preview
  // is a launcher whose dialog is closed. It has no exit shortcut.
  const probe = document.createElement('help-finder');
  probe.config = { exitShortcut: false };
  // The dark theme's colours are checked on a second one that shows the dark theme: the check
  // reads the theme the widget shows.
  const darkProbe = document.createElement('help-finder');
  darkProbe.config = { exitShortcut: false };
  darkProbe.setAttribute('theme', 'dark');
  const offPage = document.createElement('div');
  offPage.setAttribute('aria-hidden', 'true');
  offPage.inert = true;
  for (const [name, value] of Object.entries({ position: 'absolute', top: '0', left: '-10000px', width: '320px' })) {
    offPage.style.setProperty(name, value);
  }
  offPage.append(probe, darkProbe);
  let widget;
  let key = '';
  let checking = Promise.resolve();
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== parent || data?.source !== SOURCE || data.type !== 'state') return;
    if (!widget || key !== `${data.mode}|${data.lang}`) {
      key = `${data.mode}|${data.lang}`;
      widget = document.createElement('help-finder');
      if (data.mode === 'launcher') widget.setAttribute('launcher', '');
      if (data.lang) widget.setAttribute('lang', data.lang);
      document.documentElement.lang = data.lang || 'en';
      document.body.replaceChildren(widget, offPage);
    }
    widget.config = data.config;
    attribute(widget, 'theme', data.theme === 'light' ? '' : data.theme);
    attribute(widget, 'heading-level', data.headingLevel === '2' ? '' : data.headingLevel);
    for (const el of [widget, probe, darkProbe]) {
      el.style.setProperty('--help-finder-accent', data.accent);
      if (data.darkAccent) el.style.setProperty('--help-finder-dark-accent', data.darkAccent);
      else el.style.removeProperty('--help-finder-dark-accent');
    }
    // One check at a time, each reported with the colours it checked.
    checking = checking.then(async () => {
      await Promise.all([drawn(probe), drawn(darkProbe)]);
      const warnings = checkThemeContrast?.(probe);
      const darkWarnings = checkThemeContrast?.(darkProbe);
      send({
        type: 'contrast',
        accent: data.accent,
        darkAccent: data.darkAccent,
        warnings: warnings ?? [],
        darkWarnings: darkWarnings ?? [],
        checked: warnings !== undefined && darkWarnings !== undefined,
      });
    });
  });
  // Heard just before the widget leaves: the page starts a fresh preview.
  document.addEventListener('help-finder-exit', () => send({ type: 'exit' }));
  new ResizeObserver(() => send({ type: 'height', height: document.documentElement.scrollHeight })).observe(
    document.body,
  );
  send({ type: 'ready' });
}

// ---------------------------------------------------------------------------------------------
// The page's side.

/**
 * The preview on the configurator page, in `previewBox`, saying in `previewStatus` why it started
 * again. `scriptUrl` is the configurator's own script (demo/configurator.js), which the frame of
 * the page served by `npm start` loads; `onContrast` hears each contrast result.
 * @returns {{ start: () => void, send: (state: object) => void }}
 */
export function createPreview({ previewBox, previewStatus, scriptUrl, onContrast }) {
  // The preview frame, and what it last said about the colours.
  const policy = globalThis.trustedTypes?.createPolicy(SOURCE, { createHTML: (html) => html });
  let frame;
  let frameLoads = 0;
  let frameReady = false;
  /** The form's state, as last sent. */
  let state;

  function previewHtml() {
    const script = inlineScript
      ? `<script type="module" data-configurator>${inlineScript.textContent}${END_SCRIPT}`
      : `<script type="module" src="${scriptUrl}" data-configurator>${END_SCRIPT}`;
    return `<!doctype html><html lang="en" data-configurator="preview"><head><meta charset="utf-8"><title>Preview</title>${script}</head><body></body></html>`;
  }

  function startPreview() {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.title = 'Preview of the widget / Rhagolwg';
    frame.className = 'preview-frame';
    // No allow-top-navigation: the preview's exit can leave only the frame. No allow-same-origin
    // either: Safari (WebKit) lets a sandboxed frame of the page's own origin move the tab, and
    // the form with it. The frame's origin is then opaque, so the page served by `npm start`
    // (which loads this script from its server, not inline) is served with CORS headers
    // (web-dev-server.config.mjs).
    frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    frameLoads = 0;
    frameReady = false;
    frame.addEventListener('load', () => {
      frameLoads++;
      // A second load: the preview left its page (a link, or the exit's own navigation). Start it again.
      if (frameLoads > 1) restartPreview('left');
    });
    const html = previewHtml();
    frame.srcdoc = policy ? policy.createHTML(html) : html;
    previewBox.replaceChildren(frame);
  }

  let restartTimer;
  let exitAt = -Infinity;
  /** The preview left its page: say why, then start a fresh one (the form is untouched). */
  function restartPreview(why) {
    if (why === 'exit') exitAt = Date.now();
    // The exit's own navigation of the frame follows its message: still the exit.
    const exited = why === 'exit' || Date.now() - exitAt < 5000;
    previewStatus.textContent = exited
      ? 'The preview’s quick exit left the preview (on your site it leaves the whole page). The preview has started again; your form is as you left it.'
      : 'The preview left its page (a link in it). It has started again; your form is as you left it.';
    clearTimeout(restartTimer);
    restartTimer = setTimeout(startPreview, 300);
  }

  function sendState() {
    if (frameReady && state) frame.contentWindow.postMessage({ source: SOURCE, type: 'state', ...state }, '*');
  }

  addEventListener('message', (event) => {
    const data = event.data;
    if (!frame || event.source !== frame.contentWindow || data?.source !== SOURCE) return;
    if (data.type === 'ready') {
      frameReady = true;
      sendState();
    } else if (data.type === 'contrast') {
      onContrast(data);
    } else if (data.type === 'exit') {
      restartPreview('exit');
    } else if (data.type === 'height') {
      frame.style.setProperty('height', `${Math.max(480, Math.min(4000, Number(data.height) || 0))}px`);
    }
  });

  return {
    start: startPreview,
    send(next) {
      state = next;
      sendState();
    },
  };
}
