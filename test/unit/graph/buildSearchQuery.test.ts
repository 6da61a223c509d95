import { describe, expect, it } from 'vitest';
import { buildSearchQuery, tokenize } from '../../../src/graph/buildSearchQuery.js';

describe('buildSearchQuery', () => {
  it('matches every significant word exactly, fuzzily or (the last) as a prefix, and the whole phrase best', () => {
    expect(buildSearchQuery('Department of Industry')).toBe(
      '"department of industry"^6 OR ((department^3 OR department~2) AND (industry^3 OR industry~2 OR industry*))',
    );
  });

  it('uses OR between words in the tolerant mode', () => {
    expect(buildSearchQuery('MITI METI', 'any')).toBe('"miti meti"^6 OR ((miti^3 OR miti~1) OR (meti^3 OR meti~1 OR meti*))');
  });

  it('escapes Lucene syntax: the text is data, never query operators', () => {
    const query = buildSearchQuery('title:x AND (a OR *) ~ "quoted" \\ /');
    expect(query).not.toMatch(/title:|\\\\|\(a OR \*\)/);
    expect(tokenize('a+b -c !d (e) {f} [g] ^h "i" ~j *k ?l :m \\n /o &&p ||q')).toEqual([
      'ab',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
      'j',
      'k',
      'l',
      'm',
      'n',
      'o',
      'p',
      'q',
    ]);
  });

  it('returns nothing for text without words', () => {
    expect(buildSearchQuery('  ?! ')).toBeUndefined();
  });

  it('keeps Japanese text as one term', () => {
    expect(buildSearchQuery('工業技術院')).toBe('((工業技術院^3 OR 工業技術院~1 OR 工業技術院*))');
  });
});
