/**
 * Shared styles: the design tokens (partner-themable custom properties) and a
 * reset that keeps the host page's global CSS out. Sizes are in px, never rem,
 * so a host's `html { font-size: 62.5% }` cannot shrink the widget.
 */
import { css, unsafeCSS } from 'lit';

/**
 * The dark theme's colours: a partner's `--help-finder-dark-*` colours, else these defaults. The
 * light theme's `--help-finder-*` colours do not reach it, so a partner's light palette cannot
 * make the dark theme unreadable (dark text on the dark surface). Focus colours, the radius and
 * the font are shared by both themes. Written once: `theme="auto"` on a dark system takes the
 * same rule, its selector changed below.
 */
const darkTheme = css`
  :host([theme=dark]) {
    --_accent: var(--help-finder-dark-accent, #8cc4ff);
    --_accent-text: var(--help-finder-dark-accent-text, #0b0c0c);
    --_surface: var(--help-finder-dark-surface, #16191c);
    --_muted: var(--help-finder-dark-muted, #c3c9cd);
    --_border: var(--help-finder-dark-border, #8a9297);
    --_soft: var(--help-finder-dark-soft, #23282c);
    --_danger: var(--help-finder-dark-danger, #ff9b91);
    --_danger-text: var(--help-finder-dark-danger-text, #0b0c0c);
    --_open: var(--help-finder-dark-open, #7fd39a);
    --_text: var(--help-finder-dark-text, #f2f4f5);
  }
`;

export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    contain: layout style;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    --_text: var(--help-finder-text, #1b1b1b);
    --_accent: var(--help-finder-accent, #1d5a96);
    --_accent-text: var(--help-finder-accent-text, #ffffff);
    --_surface: var(--help-finder-surface, #ffffff);
    --_muted: var(--help-finder-muted, #4b5257);
    --_border: var(--help-finder-border, #6f777b);
    --_soft: var(--help-finder-soft, #f3f5f7);
    --_focus: var(--help-finder-focus, #ffdd00);
    --_focus-text: var(--help-finder-focus-text, #0b0c0c);
    --_danger: var(--help-finder-danger, #a4231a);
    --_danger-text: var(--help-finder-danger-text, #ffffff);
    --_open: var(--help-finder-open, #1e6b34);
    --_radius: var(--help-finder-radius, 8px);
    --_space: 16px;
  }
  /*
   * The host element can be styled by the page: a global "* { … }" rule reaches it and beats
   * :host, and its inherited properties (text-shadow, word-break, small caps, rtl…) would flow in.
   * The shadow tree's one outer element (first-render.ts) sets the inherited ones that .root does
   * not back to their initial values; the text settings are set on the root inside it (every
   * view's outermost element is a .root), where no page rule reaches.
   */
  .boundary {
    /* Every font property (variants, stretch, kerning, features) to its initial value, then the
       size .root falls back to when --help-finder-font-size is not a size. */
    font: initial;
    font-size: 18px;
    direction: ltr;
    writing-mode: horizontal-tb;
    text-shadow: none;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    -webkit-text-stroke: 0;
    -webkit-text-fill-color: currentcolor;
    cursor: auto;
  }
  .root {
    font-family: var(--help-finder-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    /* Never below 16px, whatever a partner sets: a smaller body text is hard to read on a phone. */
    font-size: max(16px, var(--help-finder-font-size, 18px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    visibility: visible;
  }
  /* font="inherit": the page's own font, from the element around the widget (past all: initial). */
  :host([font='inherit']),
  :host([font='inherit']) .boundary,
  :host([font='inherit']) .root {
    font-family: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  /* Opt-in dark theme: theme="dark", or theme="auto" to follow the visitor's setting. */
  ${darkTheme}
  @media (prefers-color-scheme: dark) {
    ${unsafeCSS(darkTheme.cssText.replace('theme=dark', 'theme=auto'))}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6, p, ul, ol, fieldset, legend {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
    text-decoration-thickness: max(1px, 0.0625em);
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 0 0 6px var(--_focus);
  }
  /* Headings take focus only so screen readers start there on a new step: no ring. */
  [tabindex='-1']:focus {
    outline: none;
  }
  /*
   * Text for screen readers only. No !important and no margin, padding or border resets: only
   * this stylesheet reaches the shadow tree, and no rule of it sets those on these elements.
   */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    line-height: 1.25;
    cursor: pointer;
  }
  .button {
    min-height: 48px;
    padding: 12px 20px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .link-button {
    min-height: 44px;
    padding: 8px 4px;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
  }
  .heading-l {
    font-size: 28px;
  }
  .heading-m {
    font-size: 22px;
  }
  .heading-s {
    font-size: 19px;
  }
  .hint {
    color: var(--_muted);
  }
  @media (max-width: 480px) {
    .heading-l {
      font-size: 24px;
    }
    .heading-m {
      font-size: 20px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  /*
   * Windows high contrast and other forced colours: the browser's palette everywhere, in every
   * theme (forced-color-adjust: none would let the theme's colours through), a border on the
   * buttons and the focus ring in Highlight. Last, so that it wins over the rules above; no view's
   * sheet sets a button's border colour.
   */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    summary:focus-visible {
      outline: 3px solid Highlight !important;
      box-shadow: none !important;
    }
  }
`;
