/* eslint-disable no-console -- this test helper swaps console.error / console.warn to read what the widget prints. */
/**
 * Collect what the widget prints with `console.error` or `console.warn` while `run` runs
 * (one string a call, its arguments joined by spaces), then put the console back.
 * `run` gets the list as it grows, to wait for a message that comes later.
 */
export async function captureConsole(
  level: 'error' | 'warn',
  run: (lines: readonly string[]) => Promise<void>,
): Promise<string[]> {
  const lines: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    lines.push(args.join(' '));
  };
  try {
    await run(lines);
  } finally {
    console[level] = original;
  }
  return lines;
}
