/**
 * Popup windows opened as a visitor opens them: from a real click. WebKit blocks `window.open`
 * without one, so the click comes from WebDriver (`executeServerCommand('click', …)`) on a button
 * put on the test page for the moment. Used by the tests that need a page of its own, top level:
 * the quick exit leaving a tab, and the configurator's preview.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Open `url` in a popup window `width` x `height` px, from a real click (WebKit blocks popups
 * that are not). Throws, naming `url`, when the browser opened none. The caller closes it.
 */
export async function openWindow(url: string, { width = 900, height = 700 } = {}): Promise<Window> {
  let opened: Window | null = null;
  const button = document.createElement('button');
  button.id = 'open-window';
  button.textContent = 'Open a window';
  button.addEventListener('click', () => {
    opened = window.open(url, '_blank', `width=${width},height=${height}`);
  });
  document.body.append(button);
  try {
    await executeServerCommand('click', { selector: '#open-window' });
  } finally {
    button.remove();
  }
  if (!opened) throw new Error(`[popup] the browser opened no window for ${url}`);
  return opened;
}
