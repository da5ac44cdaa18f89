/**
 * "Staying safe online": a short, honest note reachable from every step. It
 * says plainly what the exit cannot do, because a false sense of safety is its
 * own harm (NSW Design System guidance).
 */
import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';

/** The note; the two numbers come from the service directory so they are never retyped. */
export function stayingSafe(helpline: string, childline: string): TemplateResult {
  return html`<details class="staying-safe disclosure" part="staying-safe">
    <summary>${msg('Staying safe online')}</summary>
    <ul>
      <li>${msg('“Exit this page” takes you straight to another website. It does not delete your browsing history.')}</li>
      <li>${msg('A private or incognito window keeps no history of the pages you visit once you close it.')}</li>
      <li>${msg('Clearing all your history can itself be noticed. You may prefer to delete only the pages about this.')}</li>
      <li>${msg('A call can show in the phone’s call list, even when it does not show on the bill.')}</li>
      <li>${msg(str`To find help again without this page, call the Stop It Now helpline on ${helpline} or, if you are under 19, Childline on ${childline}.`)}</li>
      <li>${msg('This help finder stores nothing about you on this device and sends nothing about you anywhere.')}</li>
    </ul>
  </details>`;
}

export const stayingSafeStyles = css`
  .staying-safe {
    font-size: 16px;
  }
  /* A disclosure's summary reads as a link (the staying-safe note, more places to get help). */
  .disclosure > summary {
    min-height: 44px;
    padding-block: 10px;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .disclosure > summary:focus-visible {
    outline: 3px solid var(--_focus-text);
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .staying-safe ul {
    display: grid;
    gap: 8px;
    padding-inline-start: 20px;
    list-style: disc;
  }
`;
