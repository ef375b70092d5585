import { defineConfig } from 'vite';

// A file path next to this config (POSIX paths; the project is built on Linux and macOS).
const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

/**
 * Two pages, served by the API server from web/dist (src/http/web.ts): the explorer at
 * /explore (explore.html, with every /explore/... path falling back to it) and the offline
 * GraphiQL console at /graphiql. Everything is bundled: the pages load nothing from a CDN.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // GraphiQL brings Monaco, which is large by nature; the explorer stays small.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: {
        explore: here('explore.html'),
        graphiql: here('graphiql.html'),
      },
      // GraphiQL's dependencies mark React modules "use client"; meaningless in a static bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
