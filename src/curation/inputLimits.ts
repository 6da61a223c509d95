/**
 * The longest value each curator input field may hold, and the check every curator write runs
 * before it touches Neo4j. Neo4j refuses to store a property a range index covers when its key is
 * over about 8 KB (8,167 bytes), and a refused write surfaced as INTERNAL_SERVER_ERROR; these
 * limits keep every value well under that, with a wide margin over what the seed files use
 * (longest today: id 78, title 275, name 130, excerpt 351, note 538, summary 1,162, url 156).
 *
 * Lengths are counted in UTF-16 code units (JavaScript's `length`): one unit is at most 3 bytes of
 * UTF-8, so a 2,000-unit title is at most 6,000 bytes, under the index limit whatever the script.
 */
import type { GraphQLError } from 'graphql';
import { createError, ErrorCode } from '../errors.js';

/** Maximum lengths in UTF-16 code units, by kind of field. */
export const inputLimits = {
  /** Ids and references to ids (slugs; the unique-id index). */
  id: 128,
  /** Titles and short titles (range-indexed: instrument_title). */
  title: 2_000,
  /** Names, name values, acronyms, aliases, asNamed, places, locators, statuses, ranks, measures, modalities (institution_name, technology_area_name). */
  name: 500,
  /** Evidence excerpts (the seed validator further limits a quote to 400 characters). */
  excerpt: 2_000,
  /** Curator notes and remarks. */
  note: 4_000,
  /** Summaries and other free text not listed here: the ceiling for any string. */
  text: 4_000,
  /** Links. */
  url: 2_048,
} as const;

export type InputLimitKind = keyof typeof inputLimits;

/** Which limit a field name takes; any other string field takes `text`. */
const fieldKinds: Record<string, InputLimitKind> = {
  id: 'id',
  from: 'id',
  to: 'id',
  source: 'id',
  institution: 'id',
  area: 'id',
  mechanism: 'id',
  target: 'id',
  country: 'id',
  countries: 'id',
  partOf: 'id',
  broader: 'id',
  of: 'id',
  actor: 'id',
  topic: 'id',
  post: 'id',
  postIn: 'id',
  originals: 'id',
  results: 'id',
  about: 'id',
  runBy: 'id',
  concerns: 'id',
  title: 'title',
  shortTitle: 'title',
  name: 'name',
  value: 'name',
  acronym: 'name',
  aliases: 'name',
  asNamed: 'name',
  place: 'name',
  locator: 'name',
  status: 'name',
  lang: 'name',
  iso: 'name',
  rank: 'name',
  measure: 'name',
  asWritten: 'name',
  modality: 'name',
  verb: 'name',
  excerpt: 'excerpt',
  note: 'note',
  url: 'url',
};

/** One over-long or ill-formed value: the dotted path of the field (e.g. "input.parties[0].note") and what is wrong. */
export interface LengthProblem {
  path: string;
  message: string;
}

/** The limit of field `field`: by name, with names ending in Note (signedOnNote …) as notes, else `text`. */
export function limitOf(field: string): number {
  return inputLimits[fieldKinds[field] ?? (field.endsWith('Note') ? 'note' : 'text')];
}

/**
 * What is wrong with string `value` in field `field`, or null: longer than the field's limit, or not
 * well-formed UTF-16 (a lone surrogate, which the Neo4j driver would silently store as U+FFFD, so
 * the value would not be stored as sent).
 */
export function stringProblem(value: string, max: number): string | null {
  if (value.length > max) return `must be at most ${max} characters; got ${value.length}`;
  // In a /u regex a paired surrogate is one code point, so \p{Cs} matches only the lone ones.
  if (/\p{Cs}/u.test(value)) return 'is not well-formed Unicode: it holds a lone surrogate (half of a UTF-16 pair)';
  return null;
}

/**
 * Every string in `value` (any nesting of objects and lists) longer than its field's limit, with its
 * path under `root`. A list's strings take the limit of the list's field (`aliases[2]` is a name).
 * Pure; never throws.
 */
export function findOverlongValues(value: unknown, root = 'input'): LengthProblem[] {
  const problems: LengthProblem[] = [];
  const walk = (v: unknown, path: string, field: string): void => {
    if (typeof v === 'string') {
      const message = stringProblem(v, limitOf(field));
      if (message) problems.push({ path, message });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${path}[${i}]`, field));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) walk(item, `${path}.${key}`, key);
    }
  };
  walk(value, root, root);
  return problems;
}

/**
 * Throws BAD_USER_INPUT when any string in the curator input is over its limit (see inputLimits),
 * listing each in `extensions.problems` as { path, message }, the shape the seed validator's
 * problems have. Call it first in every curator write, before any database work.
 */
export function assertInputLengths(value: unknown, root = 'input'): void {
  const problems = findOverlongValues(value, root);
  if (problems.length > 0) throw overlongError(problems);
}

function overlongError(problems: LengthProblem[]): GraphQLError {
  const lines = problems.map((p) => `${p.path}: ${p.message}`);
  const message = lines.length === 1 ? (lines[0] ?? '') : `The input has ${lines.length} problems: ${lines.join('; ')}`;
  return createError(ErrorCode.BAD_USER_INPUT, message, { problems });
}
