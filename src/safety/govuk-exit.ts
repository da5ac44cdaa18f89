/**
 * GOV.UK Frontend's "Exit this page" on the same page as the widget. Its button leaves with
 * `location.href`, which adds a history entry: Back returns to the page the visitor fled. While
 * a widget is on the page, a press of GOV.UK's button (or its skip link) leaves through the
 * widget's exit instead, for the address GOV.UK's button names, replacing the history entry.
 * (GOV.UK's Shift shortcut is handled in `exit-shortcut.ts`: the widget's takes the third press.)
 */

/** GOV.UK's component, as it marks itself on the page. */
export const GOVUK_EXIT_THIS_PAGE = '[data-module="govuk-exit-this-page"]';

/** GOV.UK's exit button and its skip link. */
const GOVUK_EXIT_LINKS = '.govuk-exit-this-page__button, .govuk-js-exit-this-page-skiplink';

/**
 * Send presses of GOV.UK's exit links in `doc` to `exit(url)`, before GOV.UK's own click
 * handler sees them. Returns the function that stops.
 */
export function leaveThroughWidgetExit(doc: Document, exit: (url: string) => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0] as Element | undefined;
    const href = (target?.closest?.(GOVUK_EXIT_LINKS) as HTMLAnchorElement | null)?.href;
    if (!href) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    exit(href);
  };
  win.addEventListener('click', onClick, true);
  return () => win.removeEventListener('click', onClick, true);
}
