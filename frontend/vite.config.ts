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

const proxiedPaths = ['/api', '/actuator', '/camunda', '/engine-rest', '/v3'];

export default defineConfig({
  plugins: [react(), leaveOutUnusedStyles()],
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
