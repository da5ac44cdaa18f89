// The configurator's small helpers for reading its form and writing its page's text
// (demo/configurator.js and its modules).

/** The value of the field named `name` in `root`, as typed, or an empty string when there is none. */
export function field(root, name) {
  return root.querySelector(`[name="${name}"]`)?.value ?? '';
}

/** The field named `name` in `root`. */
export const input = (root, name) => root.querySelector(`[name="${name}"]`);

export function element(tag, ...children) {
  const el = document.createElement(tag);
  el.append(...children);
  return el;
}

export function welsh(words) {
  const span = element('span', words);
  span.lang = 'cy';
  return span;
}
