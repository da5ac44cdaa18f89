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

/**
 * Resolve in a new task after the host page has first painted, so that the host's own content
 * is never held up by the widget's first render. It listens for the paint timing entry rather
 * than asking for an animation frame: a frame callback would run inside the task that paints
 * the host page, and Lighthouse would then count the widget's script as needed for that paint.
 * Where paint timing is missing, or nothing is painted (a hidden page), a timer stands in.
 */
export async function afterHostPainted(): Promise<void> {
  const painted = () => performance.getEntriesByType('paint').length > 0;
  if (!painted() && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    await new Promise<void>((resolve) => {
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      };
      const observer = new PerformanceObserver(done);
      observer.observe({ type: 'paint' });
      const timer = setTimeout(done, 1000);
    });
  }
  await nextTask();
}
