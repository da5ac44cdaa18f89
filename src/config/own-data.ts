/**
 * Data read only from what a page actually gave: own properties, copied into
 * objects with no prototype. Another script on the page may have added
 * properties to `Object.prototype` (old libraries do); an object literal
 * missing a key would then "have" the polluted value. A copy made here cannot
 * inherit anything, so a missing key reads as `undefined`.
 */

/** Deeper than any configuration needs: such a value reads as `null` (and is reported as a wrong type). */
const MAX_DEPTH = 32;

/**
 * A copy of `value` with every plain object replaced by a prototype-less copy of
 * its own enumerable properties (arrays stay arrays, of own elements; functions
 * and other values are kept). Shared objects stay shared and cycles stay cycles.
 * Throws what the value throws (a getter, a Proxy): callers catch it.
 */
export function ownData<T>(value: T): T {
  return copy(value, 0, new Map()) as T;
}

function copy(value: unknown, depth: number, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (let i = 0; i < value.length; i++) {
      out.push(Object.prototype.hasOwnProperty.call(value, i) ? copy(value[i], depth + 1, copies) : undefined);
    }
    return out;
  }
  const out = Object.create(null) as Record<string, unknown>;
  copies.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], depth + 1, copies);
  return out;
}
