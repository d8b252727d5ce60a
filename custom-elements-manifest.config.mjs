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
            // Private reactive state (`static properties` with `state: true`) is not an attribute.
            const internal = new Set(['phase', 'error', 'list', 'showAllGateways']);
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
            }
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => !internal.has(member.name));
            }
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
