/**
 * The landing page (/) and the README page (/readme): static HTML + CSS, no script, served by the
 * API from explorer/dist/landing. /readme is README.md rendered at build time (renderReadme.ts)
 * into readme.html; the images it and the landing page show (docs/*.png) are bundled as hashed
 * assets, and public/ holds the favicons, copied as they are and served at /favicon.svg and
 * /favicon.ico. `npm run build:explorer` builds it with the other bundles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { japaneseFontPlugin } from '../japaneseFontPlugin.js';
import { renderReadme } from './renderReadme.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fills readme.html's `<!-- readme:body -->` and `<!-- readme:toc -->` from README.md. */
function readmePage(): Plugin {
  return {
    name: 'kizuna-readme',
    transformIndexHtml: {
      // Before Vite reads the page's asset URLs, so the README's images are bundled like any other.
      order: 'pre',
      handler(html, ctx) {
        if (path.basename(ctx.filename) !== 'readme.html') return html;
        const readme = renderReadme(fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8'), {
          imageSrc: (src) => path.relative(here, path.join(projectRoot, src)).split(path.sep).join('/'),
        });
        const toc = readme.headings
          .filter((heading) => heading.level === 2)
          .map((heading) => `<li><a href="#${escapeHtml(heading.slug)}">${escapeHtml(heading.title)}</a></li>`)
          .join('\n');
        return html.replace('<!-- readme:toc -->', () => toc).replace('<!-- readme:body -->', () => readme.html);
      },
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: path.join(here, 'public'),
  plugins: [readmePage(), japaneseFontPlugin()],
  build: {
    outDir: path.join(here, '../dist/landing'),
    emptyOutDir: true,
    // Font chunks stay files, fetched only when their characters are on the page.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    rolldownOptions: { input: { index: path.join(here, 'index.html'), readme: path.join(here, 'readme.html') } },
  },
});
