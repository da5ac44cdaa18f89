// npm run bench (scripts/bench.mjs): the figures' summaries (median, spread, ratio), the tables
// it prints and the progress line on the terminal.

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
export const ms = (x) => `${x.toFixed(1)} ms`;
/** A progress line on the terminal (stderr), rewritten in place; nothing when output is redirected. */
export function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r${text.padEnd(78)}\r`);
}
export const spread = (xs) => `${ms(median(xs))} (${quantile(xs, 0.1).toFixed(1)}–${quantile(xs, 0.9).toFixed(1)})`;
export const ratio = (a, b) => `${(median(a) / median(b)).toFixed(1)}x`;

export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => String(cell).padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
