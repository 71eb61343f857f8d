import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';
const proxiedPaths = ['/api', '/actuator', '/camunda', '/engine-rest', '/v3'];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: backend }])),
  },
  build: {
    // Maven packs frontend/target/classes into a jar; Spring Boot serves it from classpath:/static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
