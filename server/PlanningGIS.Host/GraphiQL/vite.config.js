import { defineConfig } from 'vite';

// The host serves dist/index.html at GET /graphql (browsers) and dist/* at /graphiql/*.
// Everything is bundled from node_modules: no CDN, the machines are offline.
export default defineConfig({
  base: '/graphiql/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // Dependencies' "use client" directives mean nothing in a plain browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
