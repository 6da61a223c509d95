/**
 * Small seed fixtures shared by the validateSeeds tests: two sources (a document and a public-record
 * page) whose texts are given inline, and helpers to validate one file of records against them.
 */
import { createHash } from 'node:crypto';
import {
  formatProblem,
  validateSeeds,
  type SeedFile,
  type SourceTextReader,
  type ValidationOptions,
} from '../../../src/seed/validateSeeds.js';

export const DOC_TEXT =
  'On September 3, 1985, the Canadian Department of Regional Industrial Expansion announced an Arrangement with the Ministry of International Trade and Industry.';
export const PUBLIC_RECORD = 'Canada and Japan signed the Agreement on Science and Technology in 1986.';

/** The document's text lives in sources/a.txt; public-record sources read the public record. */
export const readText: SourceTextReader = (source) =>
  source.kind === 'document' ? (source.file === 'sources/a.txt' ? DOC_TEXT : undefined) : PUBLIC_RECORD;

export const sourcesFile: SeedFile = {
  path: 'sources.yaml',
  data: {
    sources: [
      { id: 'doc-a', kind: 'document', title: 'A', file: 'sources/a.txt' },
      { id: 'pr', kind: 'public-record', title: 'The public record', url: 'https://example.org/record' },
    ],
  },
};

export const EXCERPT = 'the Canadian Department of Regional Industrial Expansion';

export interface EvidenceItem {
  source: string;
  locator: string;
  excerpt: string;
  note?: string;
}

export const ev = (excerpt = EXCERPT, source = 'doc-a', locator = 'para. 1'): EvidenceItem[] => [{ source, locator, excerpt }];

/** The provenance properties a node or relationship carries for the evidence `ev()` gives. */
export const evProps = (items: EvidenceItem[] = ev()) => ({
  evSource: items.map((e) => e.source),
  evLocator: items.map((e) => e.locator),
  evExcerpt: items.map((e) => e.excerpt),
  evNote: items.map((e) => e.note ?? ''),
});

/** Validates `data` as seeds/test.yaml next to the two sources. */
export function validate(data: unknown, options?: ValidationOptions) {
  return validateSeeds([sourcesFile, { path: 'test.yaml', data }], readText, options);
}

/** The problems `validate` reports, as the CLI prints them. */
export function problemsOf(data: unknown, options?: ValidationOptions): string[] {
  return validate(data, options).problems.map(formatProblem);
}

/** The id the validator derives for a name or a date claim: prefix and the first 10 hex digits of the SHA-1 of its parts. */
export function derivedId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 10)}`;
}
