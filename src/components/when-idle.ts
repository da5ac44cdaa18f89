/**
 * Run work the visitor does not wait for (checks for the partner's console)
 * when the browser is idle, after the first question is painted, so it never
 * lengthens the task that shows the widget. Falls back to a timer where
 * `requestIdleCallback` is missing (Safari). Callbacks run in the order given.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 1);
}
