/**
 * Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml).
 *
 * web-test-runner sends a failed assertion from the browser with structuredClone. When
 * chai's error carries a DOM node as its `actual` or `expected` (for example
 * `expect(root.querySelector('.x')).to.equal(null)` failing), the clone throws, the result
 * never arrives and the whole file "did not finish" five minutes later, with no word of
 * which test failed (modernweb-dev/web#2967). Here such values are replaced with text, so
 * the failure is reported at once, with its message.
 */
// The chai that @open-wc/testing re-exports, imported directly: @open-wc/testing itself would
// register its fixture cleanup with mocha's afterEach, which does not exist yet when this runs.
import { Assertion, AssertionError } from '@esm-bundle/chai';

/** `value` if it can be cloned, else a short text for the failure report. */
function cloneable(value: unknown): unknown {
  if (value instanceof Element) return value.outerHTML.slice(0, 300);
  if (value instanceof Node) return `${value.nodeName}: ${(value.textContent ?? '').slice(0, 200)}`;
  try {
    structuredClone(value);
    return value;
  } catch {
    return String(value);
  }
}

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      failure.actual = cloneable(failure.actual);
      failure.expected = cloneable(failure.expected);
    }
    throw error;
  }
};
