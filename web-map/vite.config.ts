import { defineConfig } from 'vitest/config';

// The host serves the built map from its wwwroot; nothing is fetched from a CDN.
export default defineConfig({
  build: {
    outDir: '../server/PlanningGIS.Host/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/healthz': 'http://127.0.0.1:5080',
      '/graphql': 'http://127.0.0.1:5080',
      '/tiles': 'http://127.0.0.1:5080',
      '/imports': 'http://127.0.0.1:5080',
      '/exports': 'http://127.0.0.1:5080',
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
