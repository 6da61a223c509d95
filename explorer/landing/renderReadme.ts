/**
 * Renders README.md as the HTML of the /readme page, at build time (the landing page's Vite
 * config calls it), so the server serves a static file and needs no Markdown library.
 */
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import { slug } from 'github-slugger';

export interface ReadmeHeading {
  level: number;
  /** The heading's id, as GitHub would make it: the README's own `#the-explorer` links keep working. */
  slug: string;
  title: string;
}

export interface RenderedReadme {
  /**
   * The body: headings with ids and permalinks, tables and code blocks in keyboard-scrollable
   * boxes, no style attribute (column alignment is a class, `align-right`).
   */
  html: string;
  /** Every h2 and h3, in order: the page's table of contents. */
  headings: ReadmeHeading[];
}

export interface RenderReadmeOptions {
  /** Rewrites a relative image path (`docs/explorer-lineage.png`) to the URL the page loads it from. */
  imageSrc?: (src: string) => string;
}

/** An href that points into the repository (`docs/model.md`, `bench/README.md`), not at a URL or an anchor. */
function isRepositoryPath(href: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(href);
}

/**
 * README.md in, HTML out. Raw HTML in the Markdown is escaped, not passed through (markdown-it's
 * `html: false`), so the page cannot carry a script or a style attribute from the README. Links to
 * files of the repository become plain text: the server does not serve them, and a link that 404s
 * is worse than none. Throws only if markdown-it does (it accepts any text).
 */
export function renderReadme(markdown: string, options: RenderReadmeOptions = {}): RenderedReadme {
  const headings: ReadmeHeading[] = [];
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.use(anchor, {
    level: [1, 2, 3, 4],
    slugify: (text: string) => slug(text),
    // The visible "#" is hidden from screen readers; they hear "Permalink to …" instead.
    permalink: anchor.permalink.linkAfterHeader({
      style: 'visually-hidden',
      assistiveText: (title: string) => `Permalink to “${title}”`,
      visuallyHiddenClass: 'visually-hidden',
      wrapper: ['<div class="heading">', '</div>'],
    }),
    callback: (token, info) => {
      const level = Number(token.tag.slice(1));
      if (level === 2 || level === 3) headings.push({ level, slug: info.slug, title: info.title });
    },
  });

  md.core.ruler.push('repository_links_and_images', (state) => {
    for (const block of state.tokens) {
      // Column alignment as a class, not a style attribute: a strict Content-Security-Policy blocks those.
      const align = /^text-align:(left|center|right)$/.exec(String(block.attrGet('style') ?? ''))?.[1];
      if (align && (block.type === 'th_open' || block.type === 'td_open')) {
        block.attrs = (block.attrs ?? []).filter(([name]) => name !== 'style');
        block.attrJoin('class', `align-${align}`);
      }
      const children = block.children ?? [];
      let openLinks = 0;
      for (const token of children) {
        if (token.type === 'image') {
          const src = String(token.attrGet('src') ?? '');
          if (options.imageSrc && src && isRepositoryPath(src)) token.attrSet('src', options.imageSrc(src));
          token.attrSet('loading', 'lazy');
        } else if (token.type === 'link_open') {
          const href = String(token.attrGet('href') ?? '');
          if (isRepositoryPath(href)) {
            token.tag = 'span';
            token.attrs = [
              ['class', 'repo-path'],
              ['title', `${href} in the repository`],
            ];
            openLinks++;
          }
        } else if (token.type === 'link_close' && openLinks > 0) {
          // Links do not nest in Markdown, so the next close belongs to the rewritten open.
          token.tag = 'span';
          openLinks--;
        }
      }
    }
  });

  // A wide table or code block scrolls inside its own box instead of widening the page; the box is
  // focusable so a keyboard can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
  md.renderer.rules.table_open = () => '<div class="scroll-box" tabindex="0">\n<table>\n';
  md.renderer.rules.table_close = () => '</table>\n</div>\n';
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => fence(tokens, idx, opts, env, self).replace(/^<pre>/, '<pre tabindex="0">');
  const codeBlock = md.renderer.rules.code_block!;
  md.renderer.rules.code_block = (tokens, idx, opts, env, self) =>
    codeBlock(tokens, idx, opts, env, self).replace(/^<pre>/, '<pre tabindex="0">');

  return { html: md.render(markdown), headings };
}
