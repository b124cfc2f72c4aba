import { defineConfig } from 'vite';

// The host serves the built map from its wwwroot; nothing is fetched from a CDN.
export default defineConfig({
  build: {
    outDir: '../server/PlanningGIS.Host/wwwroot',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/healthz': 'http://127.0.0.1:5080', '/graphql': 'http://127.0.0.1:5080' },
  },
});
