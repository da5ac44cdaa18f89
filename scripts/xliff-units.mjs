// The <trans-unit>s of an XLIFF file, each with the key `locales/cy-translations.json` uses for
// it: the English source with its placeholders written ${0}, ${1}… and XML entities decoded.
// Shared by fill-xliff.mjs (which writes Welsh in) and check-translations.mjs (which checks it).

const PLACEHOLDER = /<x id="\d+" equiv-text="[^"]*"\/>/g;

/** The translation-table key of an XLIFF `<source>`. */
export function sourceKey(source) {
  let i = 0;
  return source
    .replace(PLACEHOLDER, () => `\${${i++}}`)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The placeholders of an XLIFF `<source>`, in order. */
export function placeholders(source) {
  return [...source.matchAll(PLACEHOLDER)].map((m) => m[0]);
}
