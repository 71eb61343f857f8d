import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';
const proxiedPaths = ['/api', '/actuator', '/camunda', '/engine-rest', '/v3'];

export default defineConfig({
  plugins: [react()],
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
