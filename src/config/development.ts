/**
 * Which build this is. The development build (`dist/help-finder.dev.js`, the `development`
 * export condition), the tests and `help-finder-check` keep every diagnostic: the reason for each
 * configuration problem and the theme contrast check. The production build
 * (`dist/help-finder.js`) is built with this module replaced by `export const DEVELOPMENT = false`
 * (see `rollup.config.mjs`), so its diagnostics text is left out of the file every visitor
 * downloads: it still drops a bad value safely and logs the field's name, and says where to
 * find the reason.
 */
export const DEVELOPMENT: boolean = true;
