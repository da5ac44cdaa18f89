/**
 * Keeping the host page responsive: work is split into short tasks, and work
 * the visitor does not wait for runs when the browser is idle.
 */

/**
 * Run work the visitor does not wait for (checks for the partner's console)
 * when the browser is idle, after the widget is painted, so it never lengthens
 * the task that shows the widget. Falls back to a timer where
 * `requestIdleCallback` is missing (Safari). Callbacks run in the order given.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 1);
}

/**
 * Resolve in a new task, so the browser can paint and handle input in between.
 * A message channel, unlike a timer, is not slowed down in background tabs.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Whether this page has been seen to paint: later widgets on it need not wait again. */
let hostHasPainted = false;

/**
 * Resolve in a new task after the host page has first painted, so that the host's own content
 * is never held up by the widget's first render. It listens for the paint timing entry rather
 * than asking for an animation frame: a frame callback would run inside the task that paints
 * the host page, and Lighthouse would then count the widget's script as needed for that paint.
 * It waits at most 250 ms (a page with nothing else to paint, or where a paint goes unrecorded),
 * and not at all on a hidden page or where paint timing is missing.
 */
export async function afterHostPainted(): Promise<void> {
  hostHasPainted ||= performance.getEntriesByType?.('paint').length > 0;
  if (
    !hostHasPainted &&
    document.visibilityState === 'visible' &&
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    await new Promise<void>((resolve) => {
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        hostHasPainted = true;
        resolve();
      };
      const observer = new PerformanceObserver(done);
      observer.observe({ type: 'paint' });
      const timer = setTimeout(done, 250);
    });
  }
  await nextTask();
}
