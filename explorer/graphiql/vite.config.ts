/**
 * GraphiQL bundle (React + Monaco, kept apart from the explorer's), served by the API at /graphiql.
 * Monaco's language workers are bundled as ES module workers; nothing loads from a CDN.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/graphiql/',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: path.join(here, '../dist/graphiql'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // React libraries mark modules "use client"; meaningless in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/graphiql/examples.json': 'http://127.0.0.1:4000' } },
});
