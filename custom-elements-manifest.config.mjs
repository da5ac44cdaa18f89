// The custom elements manifest (dist/custom-elements.json): the element's
// attributes, properties, events, CSS parts and custom properties, from JSDoc.
export default {
  globs: ['src/components/help-finder.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The events are the @fires tags (the analyzer reads only help-finder.ts, which
      // dispatches none itself: they go through `emit` in events.ts).
      name: 'tidy-element-api',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          // Name the file a page or bundler imports (the package's main), not the TypeScript
          // source, which the package does not ship.
          if (mod.path === 'src/components/help-finder.ts') mod.path = 'dist/help-finder.js';
          for (const item of mod.exports ?? [])
            if (item.declaration?.module === 'src/components/help-finder.ts')
              item.declaration.module = 'dist/help-finder.js';
          for (const declaration of mod.declarations ?? []) {
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
