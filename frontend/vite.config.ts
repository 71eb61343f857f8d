import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { leftOutStyles } from './src/config/left-out-styles.ts';

const backend = 'http://localhost:8080';

/**
 * Leaves the styles of Designsystemet's components that no page uses out of its stylesheet
 * (src/config/left-out-styles.ts). The stylesheet is a row of `@layer ds.…{…}` blocks, one or two
 * per component; a left-out block is dropped whole.
 */
function leaveOutUnusedStyles(): Plugin {
  const blockStart = /(?=@layer ds\.(?:base|components)\{)/;
  return {
    name: 'civiclab:leave-out-unused-designsystemet-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/@digdir/designsystemet-css/dist/src/index.css')) {
        return null;
      }
      const blocks = code.split(blockStart);
      const leftOut = new Set<string>();
      for (const style of leftOutStyles) {
        const block = blocks.find((candidate) =>
          candidate.startsWith(`@layer ds.components{${style.blockStart}`),
        );
        if (!block) {
          this.error(`Designsystemet's styles for ${style.components.join(', ')} are not found`);
        }
        leftOut.add(block);
      }
      return { code: blocks.filter((block) => !leftOut.has(block)).join(''), map: null };
    },
  };
}

/**
 * Designsystemet's web package (custom elements and polyfills, 29 KB gzipped, mostly the
 * combobox, datalist and tabs that no page uses) is imported whole by its React components'
 * index, so all of it came with the app's first script. Here each component brings what it needs:
 * the field and the pagination their own element (the first pages draw only these: the language
 * switch, the sign-in form, the public portfolio's pages), the components that relied on the
 * index for the package's document-wide behaviour (dialogs, error summaries, fieldsets, checkboxes
 * and radios, toggle groups) the whole package, as details, popovers and tabs already do. Their
 * pages load it with their own code (docs/benchmarks.md, 9). The build fails if one is not found.
 */
function loadDesignsystemetWebWhereUsed(): Plugin {
  const web = '@digdir/designsystemet-web';
  const ownElement: Record<string, string> = {
    'components/field/field.js': `${web}/ds-field`,
    'components/pagination/pagination.js': `${web}/ds-pagination`,
    'utilities/hooks/use-pagination/use-pagination.js': `${web}/ds-pagination`,
  };
  const wholePackage = [
    'components/dialog/dialog.js',
    'components/error-summary/error-summary.js',
    'components/fieldset/fieldset.js',
    'components/checkbox/checkbox.js',
    'components/radio/radio.js',
    'components/toggle-group/toggle-group.js',
  ];
  const index = 'components/index.js';
  const nothing = '\0civiclab:nothing';
  const componentOf = (id: string) =>
    id.replaceAll('\\', '/').split('/@digdir/designsystemet-react/dist/esm/')[1];
  return {
    name: 'civiclab:load-designsystemet-web-where-used',
    enforce: 'pre',
    buildStart() {
      for (const component of [index, ...Object.keys(ownElement), ...wholePackage]) {
        const file = `node_modules/@digdir/designsystemet-react/dist/esm/${component}`;
        if (!existsSync(fileURLToPath(new URL(file, import.meta.url)))) {
          this.error(`Designsystemet's ${component} is not found`);
        }
      }
    },
    resolveId(source, importer, options) {
      const component = importer && componentOf(importer);
      if (source !== web || !component) {
        return null;
      }
      if (component === index) {
        return nothing;
      }
      const element = ownElement[component];
      return element ? this.resolve(element, importer, options) : null;
    },
    load(id) {
      return id === nothing ? 'export {};' : null;
    },
    transform(code, id) {
      // At the end, so that the lines stay where they were; an import is hoisted wherever it is.
      return wholePackage.includes(componentOf(id) ?? '')
        ? { code: `${code}\nimport '${web}';\n`, map: null }
        : null;
    },
  };
}

/**
 * Puts the stylesheet first in index.html's head, before the scripts Vite injects ahead of it. It
 * holds back the first paint, while a dozen scripts asked for before it took the six connections
 * a browser opens to a server over HTTP/1.1 and made it wait (docs/benchmarks.md, 9).
 */
function stylesheetFirst(): Plugin {
  const stylesheet = /\s*<link rel="stylesheet"[^>]*>/g;
  return {
    name: 'civiclab:stylesheet-first',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(stylesheet) ?? [];
        const withoutLinks = html.replace(stylesheet, '');
        const firstScript = withoutLinks.indexOf('<script type="module"');
        if (links.length === 0 || firstScript < 0) {
          return html;
        }
        return (
          withoutLinks.slice(0, firstScript) +
          links.map((link) => `${link.trim()}\n    `).join('') +
          withoutLinks.slice(firstScript)
        );
      },
    },
  };
}

const proxiedPaths = ['/api', '/actuator', '/camunda', '/engine-rest', '/v3'];

export default defineConfig({
  plugins: [react(), leaveOutUnusedStyles(), loadDesignsystemetWebWhereUsed(), stylesheetFirst()],
  resolve: {
    // The API's types and enum values, generated from its OpenAPI document (npm run generate:api).
    alias: {
      '@api/schema': fileURLToPath(new URL('target/generated/api.ts', import.meta.url)),
    },
  },
  server: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: backend }])),
  },
  build: {
    // Maven packs frontend/target/classes into a jar; Spring Boot serves it from classpath:/static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare itself free of side effects, so without
        // this every component (combobox, floating UI, virtual lists…) lands in the bundle. Its
        // one real side effect, registering the custom elements, lives in designsystemet-web,
        // which stays side-effectful and is imported by the components that need it.
        moduleSideEffects: (id) => !id.includes('/@digdir/designsystemet-react/'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
