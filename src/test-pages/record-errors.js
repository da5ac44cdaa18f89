/* global window */
// Loaded first (a classic script) by test pages: records every error thrown into the page.
window.__errors = [];
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
