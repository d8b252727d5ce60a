// cem analyze: the manifest documents <msp-checkout> from its JSDoc; plugins turn it into framework types
// and editor data in dist/ (shipped, exported as msp-checkout/react, msp-checkout/vue, ...).
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const shared = { outdir: 'dist', hideLogs: true };
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/server/**'],
  litelement: true,
  plugins: [
    reactiveProperties(),
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
    customElementJsxPlugin({ ...shared, fileName: 'react.d.ts', globalTypePath: './index.js' }),
    customElementVuejsPlugin({ ...shared, fileName: 'vue.d.ts', globalTypePath: './index.js' }),
    customElementVsCodePlugin({
      ...shared,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...shared, webTypesFileName: 'web-types.json', packageJson: false }),
    frameworkTypeFixes(),
  ],
};

/**
 * The elements' reactive properties, documented as when they were declared in `static properties`: private reactive
 * state (`@state()`) is neither an attribute nor a member, and a public property is marked `public` (the analyzer
 * marks decorated fields with nothing). The names come from the fields decorated with `@state()` in the source, so a
 * new state property needs no edit here.
 */
function reactiveProperties() {
  const internal = new Set();
  return {
    name: 'reactive-properties',
    collectPhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node)) return;
      const isState = (ts.getDecorators(node) ?? []).some(
        (decorator) =>
          ts.isCallExpression(decorator.expression) && decorator.expression.expression.getText() === 'state',
      );
      if (isState) internal.add(node.name.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
          declaration.members = declaration.members
            ?.filter((member) => !internal.has(member.name))
            .map((member) =>
              member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('#')
                ? { ...member, privacy: 'public' }
                : member,
            );
        }
      }
    },
  };
}

/**
 * Two corrections to the generated React and Vue types, after the generators have written them:
 * - they type every listener as `(e: CustomEvent<T>) => void` with T the manifest's event type, but our event types
 *   are already CustomEvent subclasses (`MspSelectEvent extends CustomEvent<MspSelectDetail>`): unwrap them, so
 *   that `event.detail.gateway` type-checks.
 * - Vue's checker (vue-tsc) types `@msp-select="..."` through a prop named `onMspSelect`, not `onmsp-select`.
 * - the JSX file only exports `CustomElements`; React 19 reads `React.JSX.IntrinsicElements`, so the file extends
 *   it itself and `import type {} from 'msp-checkout/react'` (or `types: ["msp-checkout/react"]`) is all an app
 *   writes. React 19 sets `gateways`, `amount`, ... as properties (they exist on the element) and adds
 *   `onmsp-select` & co. as listeners for `msp-select` & co.
 */
function frameworkTypeFixes() {
  const rewrite = (file, change) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  // Vue's template checker reads `@msp-select` as the prop `onMspSelect`.
  const camelOn = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;
  // Both elements fire msp-error: the generators import MspErrorEvent twice (TS2300), so every import list is deduplicated
  // (the Vue file starts with an import from "vue"; the names from index.js are in the second one).
  const uniqueImports = (text) =>
    text.replace(/import type \{([^}]*)\}/g, (_, names) => {
      const unique = [
        ...new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      ];
      return `import type {${unique.map((name) => `\n  ${name},`).join('')}\n}`;
    });
  const unwrapEvents = (text) => uniqueImports(text).replace(/CustomEvent<(Msp\w+Event)>/g, '$1');
  return {
    name: 'framework-type-fixes',
    packageLinkPhase() {
      rewrite('dist/vue.d.ts', (text) => unwrapEvents(text).replace(/"on(msp-[a-z-]+)"/g, (_, name) => camelOn(name)));
      rewrite(
        'dist/react.d.ts',
        (text) =>
          `${unwrapEvents(text).trimEnd()}\n\n` +
          `declare module 'react' {\n` +
          `  namespace JSX {\n` +
          `    interface IntrinsicElements extends CustomElements {}\n` +
          `  }\n` +
          `}\n`,
      );
    },
  };
}
