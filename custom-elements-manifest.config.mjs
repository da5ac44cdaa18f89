// The custom elements manifest (dist/custom-elements.json): the element's
// attributes, properties, events, CSS parts and custom properties, from JSDoc.
export default {
  globs: ['src/components/help-finder.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The element dispatches its events through one helper, `emit(name)`; the analyzer
      // reads that call as an event called "name". The real events are the @fires tags.
      name: 'tidy-element-api',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name !== 'name');
            // Internal reactive state (`state: true` in static properties) is not an attribute.
            const internal = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
            );
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
