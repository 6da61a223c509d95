/**
 * Types for the parts of Citation.js that explorer/src/cite.ts uses. @citation-js/core 0.8 ships no
 * type declarations (0.9 does, but @citation-js/plugin-ris has no 0.9 release yet); drop this
 * module declaration when the packages are moved to a release that has them.
 */
declare module '@citation-js/core' {
  /** A register of named things (styles, locales), as plugin-csl's config exposes it. */
  export interface Register<T> {
    has(name: string): boolean;
    add(name: string, value: T): unknown;
    get(name: string): T;
  }

  /** A set of references: built from input (CSL-JSON, BibTeX, RIS …) and formatted by plugins. */
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The references as CSL-JSON. */
    data: Record<string, unknown>[];
    /** plugin-ris's records as objects, tag → value(s), before they are written as lines. */
    format(format: 'ris', options: { format: 'object' }): Record<string, string | number | (string | number)[]>[];
    /** Formats with an output plugin: 'bibliography', 'citation' (plugin-csl), 'bibtex', 'ris' … */
    format(format: string, options?: Record<string, unknown>): string;
  }

  export const plugins: {
    config: { get(plugin: string): unknown };
  };
}

/** A file imported as its text through Vite's `?raw` suffix (Vite and Vitest both honour it). */
declare module '*.csl?raw' {
  const text: string;
  export default text;
}
