/**
 * The explorer bundle: plain TypeScript + Cytoscape.js, no framework, served by the API at
 * /explore (hence base '/explore/'). `npm run build:explorer` builds it with GraphiQL's bundle.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { japaneseFontPlugin } from './japaneseFontPlugin.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/explore/',
  publicDir: false,
  // Noto Sans JP's Japanese chunks only, in WOFF2 (japaneseFontPlugin.ts); fonts stay files, never
  // data: URLs inlined into the stylesheet, so a page fetches only the chunks its text needs.
  plugins: [japaneseFontPlugin()],
  resolve: { alias: { 'node-fetch': path.join(here, 'src/shims/nodeFetch.ts') } },
  build: {
    outDir: path.join(here, 'dist/explore'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  // `npx vite explorer` for development against `npm start` on port 4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
