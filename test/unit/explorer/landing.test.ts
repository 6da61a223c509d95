import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { renderReadme } from '../../../explorer/landing/renderReadme.js';
import { faviconIco, ICO_SIZES } from '../../../explorer/landing/makeFavicon.js';

describe('renderReadme', () => {
  it('gives headings the ids GitHub gives them, with a permalink, and lists h2 and h3', () => {
    const { html, headings } = renderReadme('# Kizuna\n\n## Health, readiness and metrics\n\n### The API\n\n#### Deep\n');
    expect(html).toContain('<h2 id="health-readiness-and-metrics"');
    expect(html).toContain('href="#health-readiness-and-metrics"');
    expect(html).toContain('Permalink to “Health, readiness and metrics”');
    expect(headings).toEqual([
      { level: 2, slug: 'health-readiness-and-metrics', title: 'Health, readiness and metrics' },
      { level: 3, slug: 'the-api', title: 'The API' },
    ]);
  });

  it('escapes raw HTML instead of passing it through', () => {
    const { html } = renderReadme('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>\n');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('turns links into the repository into plain text, and keeps URLs and anchors', () => {
    const { html } = renderReadme('See [docs/model.md](docs/model.md), [schema.org](https://schema.org/) and [the API](#the-api).\n');
    expect(html).toContain('<span class="repo-path" title="docs/model.md in the repository">docs/model.md</span>');
    expect(html).not.toContain('href="docs/model.md"');
    expect(html).toContain('<a href="https://schema.org/">schema.org</a>');
    expect(html).toContain('<a href="#the-api">the API</a>');
  });

  it('rewrites image paths, and aligns table columns by class, not by style attribute', () => {
    const { html } = renderReadme('![Lineage](docs/lineage.png)\n\n| a | n |\n| - | -: |\n| x | 1 |\n', {
      imageSrc: (src) => `../../${src}`,
    });
    expect(html).toContain('<img src="../../docs/lineage.png" alt="Lineage" loading="lazy">');
    expect(html).not.toContain('style=');
    expect(html).toContain('<td class="align-right">1</td>');
    expect(html).toMatch(/^<div class="scroll-box" tabindex="0">\n<table>/m);
  });

  it('makes code blocks keyboard-scrollable', () => {
    expect(renderReadme('```sh\nnpm start\n```\n').html).toContain('<pre tabindex="0"><code class="language-sh">');
  });

  it('renders the real README with every anchor its links use', () => {
    const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const { html } = renderReadme(readme);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((anchor) => !ids.has(anchor))).toEqual([]);
  });
});

describe('the favicon', () => {
  it('favicon.ico is favicon.svg rendered at 16, 32 and 48 px (run makeFavicon.ts after editing the SVG)', async () => {
    const dir = path.join(projectRoot, 'explorer/landing/public');
    const committed = fs.readFileSync(path.join(dir, 'favicon.ico'));
    // ICONDIR: reserved 0, type 1 (icon), then one 16-byte entry per image whose first byte is its width.
    expect(committed.readUInt16LE(2)).toBe(1);
    expect(committed.readUInt16LE(4)).toBe(ICO_SIZES.length);
    expect(ICO_SIZES.map((_, i) => committed[6 + 16 * i])).toEqual([...ICO_SIZES]);
    expect(committed.equals(await faviconIco(fs.readFileSync(path.join(dir, 'favicon.svg'), 'utf8')))).toBe(true);
  });
});
