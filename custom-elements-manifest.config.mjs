// cem analyze: the manifest documents <msp-checkout> from its JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new XEvent(arg))` and names them after the
      // argument; the class JSDoc's @fires tags are the documented list, so keep only those.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter(
                (event) => event.name?.startsWith('msp-') && event.description,
              );
            }
          }
        }
      },
    },
  ],
};
