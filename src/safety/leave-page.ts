/**
 * Leaving the page for the quick exit. `location.replace` swaps the current
 * history entry for the exit page, so the browser's Back button does not
 * return to the page the visitor left (GOV.UK's exit uses `location.href`,
 * which adds an entry).
 *
 * In a frame, the whole tab leaves (the top window), so the partner's page
 * around the frame does not stay on screen. Browsers allow this from a
 * same-origin frame, and from a cross-origin (or sandboxed) frame after a click:
 * the exit button is one, a Shift key press is not. Where they refuse, the exit
 * button leaves the frame itself, the most a framed page may do; the Shift
 * shortcut leaves nothing (`frameToo: false`) and the widget asks for a press
 * of its Exit button instead.
 */

/**
 * Which window left: the tab (`top`), or only this frame (`frame`), or this page (`self`);
 * `refused`: the browser would not move the tab and `frameToo` was false, so nothing left.
 */
export type Left = 'top' | 'frame' | 'self' | 'refused';

/**
 * Leave for `url`, replacing the current history entry, from the top window where allowed.
 * `win`: the widget's own window (`ownerDocument.defaultView`), which may not be the script's
 * (a widget moved into a popup). No `Referer` is sent: the exit page is not told where the
 * visitor came from. `frameToo: false` (the Shift shortcut, which is no user activation): where
 * the tab may not leave, leave nothing, so the caller can offer a button whose press may move it.
 */
export function leavePage(url: string, win: Window = window, frameToo = true): Left {
  let top: Window | null = null;
  try {
    top = win.top;
  } catch {
    // No access to the top window at all: leave the frame.
  }
  // The referrer comes from the document whose script navigates (WebKit: the one navigated, when
  // it can be reached); every one of them is being left anyway.
  for (const reach of [() => document, () => win.document, () => top!.document]) {
    try {
      const doc = reach();
      const meta = doc.createElement('meta');
      meta.name = 'referrer';
      meta.content = 'no-referrer';
      (doc.head ?? doc.documentElement).append(meta);
    } catch {
      // Another origin, or no top: nothing may stop the exit.
    }
  }
  if (top && top !== win) {
    try {
      dropLeavePrompt(top);
      top.location.replace(url);
      return 'top';
    } catch {
      // Sandboxed without allow-top-navigation, or a cross-origin frame without a click.
      if (!frameToo) return 'refused';
    }
  }
  dropLeavePrompt(win);
  win.location.replace(url);
  return top && top !== win ? 'frame' : 'self';
}

/**
 * A page's `onbeforeunload` property would ask "Leave site?" and could keep the
 * visitor here: clear it (readable only in the same origin). Handlers added
 * with addEventListener cannot be removed; the widget covers that case.
 */
function dropLeavePrompt(win: Window): void {
  try {
    win.onbeforeunload = null;
  } catch {
    // Another origin: its prompt, if any, is the browser's to show.
  }
}
