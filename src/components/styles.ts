/**
 * Shared styles: the design tokens (partner-themable custom properties) and a
 * reset that keeps the host page's global CSS out. Sizes are in px, never rem,
 * so a host's `html { font-size: 62.5% }` cannot shrink the widget.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    contain: layout style;
    font-family: var(--help-finder-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--help-finder-font-size, 18px);
    line-height: 1.5;
    color: var(--help-finder-text, #1b1b1b);
    text-align: start;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    --_accent: var(--help-finder-accent, #1d5a96);
    --_accent-text: var(--help-finder-accent-text, #ffffff);
    --_surface: var(--help-finder-surface, #ffffff);
    --_muted: var(--help-finder-muted, #4b5257);
    --_border: var(--help-finder-border, #6f777b);
    --_soft: var(--help-finder-soft, #f3f5f7);
    --_focus: var(--help-finder-focus, #ffdd00);
    --_focus-text: var(--help-finder-focus-text, #0b0c0c);
    --_danger: var(--help-finder-danger, #a4231a);
    --_radius: var(--help-finder-radius, 8px);
    --_space: 16px;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2, h3, h4, h5, h6, p, ul, ol, fieldset, legend, figure {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
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
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  button {
    font: inherit;
    line-height: 1.25;
    cursor: pointer;
  }
  .button {
    display: inline-block;
    min-height: 48px;
    padding: 12px 20px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-align: center;
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
`;
