/**
 * Leaving the page for the quick exit. `location.replace` swaps the current
 * history entry for the exit page, so the browser's Back button does not
 * return to the page the visitor left (GOV.UK's exit uses `location.href`,
 * which adds an entry).
 */

/** Leave for `url`, replacing the current history entry. */
export function leavePage(url: string, win: Window = window): void {
  win.location.replace(url);
}
