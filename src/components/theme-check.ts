/**
 * A check for partners: theme colours that make text or focus hard to see.
 * Reads the colours the browser computed inside the widget, so any CSS colour
 * syntax a partner uses works.
 */
import { contrastRatio } from './contrast.js';

/**
 * One line per theme colour that fails WCAG AA on the widget rendered in `root`, in the theme
 * shown, naming the custom property to change (`--help-finder-dark-…` in the dark theme). Empty
 * when the theme is fine.
 */
export function themeContrastWarnings(root: HTMLElement): string[] {
  const theme = ((root.getRootNode() as ShadowRoot).host as Element | undefined)?.getAttribute('theme');
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  // The focus colours are the same in both themes; the others have a dark twin.
  const name = (token: string) => `--help-finder-${dark && !token.startsWith('focus') ? 'dark-' : ''}${token}`;
  // Under forced colours (Windows high contrast) the browser shows its own palette: read the
  // theme's colours as every other visitor sees them (forced-color-adjust is inherited). Through
  // the CSSOM, which a Content-Security-Policy allows, and no empty style attribute left behind.
  const hadStyle = root.hasAttribute('style');
  root.style.setProperty('forced-color-adjust', 'none');
  const probe = document.createElement('span');
  root.append(probe);
  const resolve = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const widget = getComputedStyle(root);
  const checks: Array<[string, string, string, number]> = [
    [name('text'), widget.color, widget.backgroundColor, 4.5],
    [name('muted'), resolve('--_muted'), widget.backgroundColor, 4.5],
    [name('accent'), resolve('--_accent'), widget.backgroundColor, 4.5],
    [name('accent-text'), resolve('--_accent-text'), resolve('--_accent'), 4.5],
    // "Open now" on a service card.
    [name('open'), resolve('--_open'), widget.backgroundColor, 4.5],
    [name('focus-text'), resolve('--_focus-text'), resolve('--_focus'), 4.5],
    // The quick exit and the 999 line must never be hard to see.
    [name('danger-text'), resolve('--_danger-text'), resolve('--_danger'), 4.5],
    [name('danger'), resolve('--_danger'), resolve('--_soft'), 4.5],
  ];
  // The focus indicator is a focus-text outline and a focus-colour halo: one of them must stand out.
  const outline = resolve('--_focus-text');
  const halo = resolve('--_focus');
  if (
    (contrastRatio(outline, widget.backgroundColor) ?? 21) < 3 &&
    (contrastRatio(halo, widget.backgroundColor) ?? 21) < 3
  ) {
    checks.push([name('focus'), halo, widget.backgroundColor, 3]);
  }
  probe.remove();
  root.style.removeProperty('forced-color-adjust');
  if (!hadStyle) root.removeAttribute('style');
  const warnings: string[] = [];
  for (const [property, foreground, background, needed] of checks) {
    const ratio = contrastRatio(foreground, background);
    if (ratio !== undefined && ratio < needed) {
      warnings.push(
        `${property}: contrast ${ratio.toFixed(1)}:1 (${foreground} on ${background}) is below the ${needed}:1 that WCAG AA needs`,
      );
    }
  }
  return warnings;
}
