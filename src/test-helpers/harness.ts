/**
 * A test harness for <help-finder>, in the pattern of Material Web's `testing/harness.ts`
 * (`class ButtonHarness extends Harness<Button>`, whose `getInteractiveElement()` alone knows
 * the inner `.md3-button`; tests call `new ButtonHarness(el).clickWithMouse()`). Tests say what
 * a visitor does and reads (`choose('child-abused')`, `heading()`, `steps()`); the class names
 * and ids of a step's parts are written once, in `SELECTORS`. When that markup changes, change
 * `SELECTORS` and the harness's methods, not the tests.
 *
 * It reads only the rendered DOM, so it works on the source element and on the built file
 * (`dist/help-finder.js`, in `bundle.test.ts`) alike: it imports no part of the element. Its
 * walks plan their routes with the journey machine (`flow/`, plain data and functions).
 *
 * Tests import it all from here; each part lives in a file of its own:
 * - selectors.ts: `SELECTORS`, where each part is in the shadow root, and readers built on it;
 * - help-finder-harness.ts: `HelpFinderHarness`, one widget as a visitor reads and uses it;
 * - mount.ts: getting a widget: `mount`, `mountIn` (a framed page), `widgetOn` (another page);
 * - walks.ts: walking the whole journey on one widget: `everyStep`, `everyState`.
 */
export { answerId, type Link, linksIn, SELECTORS, textOf, type Widget } from './selectors.js';
export { HelpFinderHarness } from './help-finder-harness.js';
export { type Attributes, mount, mountIn, widgetOn } from './mount.js';
export { everyState, everyStep, type Make, type Visit, type WalkOptions, where } from './walks.js';
