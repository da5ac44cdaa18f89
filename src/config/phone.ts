/**
 * UK phone numbers: checking, the usual written grouping, and the dialled form.
 * Pure; used for partner-supplied numbers (our own data is written by hand).
 */

/**
 * Short numbers a partner may legitimately give (police, NHS, Samaritans). Not the text relay
 * prefix 18000: a partner's number is shown as a voice "Call" link, which cannot reach a relay.
 */
const SHORT_NUMBERS = new Set(['999', '112', '101', '111', '116123']);

/**
 * Numbers that cost more than a normal call: premium-rate (09), personal (070), pager (076,
 * but not 07624, Isle of Man mobiles) and service-charge (084, 087). A worried caller could be
 * charged a lot, or reach whoever rents the number.
 */
export function isCostlyNumber(formatted: string): boolean {
  return /^(09|070|076(?!24)|08[47])/.test(formatted.replace(/\s/g, ''));
}

/**
 * The number in its usual UK grouping, or `undefined` when it is not a UK number.
 * Accepts spaces, dashes, brackets and a +44 prefix.
 */
export function formatUkPhone(input: string): string | undefined {
  if (!/^[\d\s()+-]+$/.test(input)) return undefined;
  let digits = input.replace(/[\s()-]/g, '');
  if (digits.startsWith('+44')) digits = '0' + digits.slice(3).replace(/^0/, '');
  if (digits.includes('+')) return undefined;
  if (SHORT_NUMBERS.has(digits)) return digits;
  if (!/^0[1-9]\d{8,9}$/.test(digits)) return undefined;
  if (digits.length === 10) {
    // A few old 10-digit geographic numbers (e.g. 016977 xxxx).
    return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  }
  const group = (...sizes: number[]) => {
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) {
      parts.push(digits.slice(at, at + size));
      at += size;
    }
    return parts.join(' ');
  };
  if (digits.startsWith('02')) return group(3, 4, 4); // 029 2018 0123 (fictional)
  if (/^01\d1/.test(digits) || digits.startsWith('011')) return group(4, 3, 4); // 0161 496 0000 (fictional)
  if (digits.startsWith('01') || digits.startsWith('07')) return group(5, 6); // 01792 775501
  return group(4, 3, 4); // 0300 123 3079, 0800 328 4432
}

/**
 * A number that is not anyone's: Ofcom's ranges kept for drama and examples, each 1,000 numbers
 * (029 2018 0xxx and 01632 960xxx, used in our examples; 020 7946 0xxx, 07700 900xxx and
 * 0808 157 0xxx, which the web team's trial found in example code and unflagged; 0161 496 0xxx,
 * which the second facts audit names), and the well-known made-up 01234 567890. Ofcom's other
 * drama ranges are not in the project's references, so they are not listed. A configuration
 * copied from an example still holds one until the partner replaces it.
 */
export function isFictionalPhone(phone: string): boolean {
  // `phone` is grouped by formatUkPhone: "029 2018 0123", "01632 960123", "07700 900123", "0808 157 0123".
  return /^(029 2018 0|01632 960|020 7946 0|0161 496 0|07700 900|0808 157 0)\d{3}$|^01234 567890$/.test(phone);
}
