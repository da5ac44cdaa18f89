/**
 * A heading at a level the partner chooses (`heading-level`), so the widget's
 * headings fit the host page's outline. Literal tags keep Trusted Types happy.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading levels a partner may ask for. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamp any value to a usable heading level (default 2). */
export function headingLevel(value: unknown): HeadingLevel {
  const n = Math.round(Number(value));
  return (n >= 2 && n <= 6 ? n : 2) as HeadingLevel;
}

/** Render `content` in an h2…h6 (levels past 6 become 6). */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; className?: string; focusable?: boolean } = {},
): TemplateResult {
  const { id, className = 'heading', focusable = false } = options;
  const tabindex = focusable ? '-1' : undefined;
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
