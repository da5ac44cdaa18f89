/**
 * WCAG contrast between two CSS colours as browsers compute them
 * ("rgb(r, g, b)" or "rgba(r, g, b, a)"). Pure.
 */

/** The red, green and blue of a computed colour, or `undefined` if it cannot be read. */
export function parseRgb(color: string): [number, number, number] | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1 to 21) of two computed colours, or `undefined` if either is unreadable. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseRgb(a);
  const cb = parseRgb(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
