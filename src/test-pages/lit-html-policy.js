/* global window */
// A host page that uses Lit itself (or any library naming its policy "lit-html") creates the
// "lit-html" Trusted Types policy before the widget loads.
window.trustedTypes?.createPolicy('lit-html', { createHTML: (s) => s });
