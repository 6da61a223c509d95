import { describe, expect, it } from 'vitest';
import {
  MAX_WORDS,
  buildExactNameQuery,
  buildSearchQuery,
  searchIndexFor,
  singularOf,
  tokenize,
} from '../../../src/graph/buildSearchQuery.js';
import { hasCjk } from '../../../src/model/nameKey.js';

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
    // "a+b" is two words, never the glued "ab" (issue 12): a symbol separates like a space.
    expect(tokenize('a+b -c !d (e) {f} [g] ^h "i" ~j *k ?l :m \\n /o &&p ||q')).toEqual([
      'a',
      'b',
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

  it('matches a Japanese word as a run of characters (a phrase of bigrams), never fuzzily', () => {
    expect(buildSearchQuery('工業技術院')).toBe('("工業技術院"^3)');
    expect(buildSearchQuery('日加 協定', 'all')).toBe('"日加 協定"^6 OR ("日加"^3 AND "協定"^3)');
  });

  it('matches a lone Japanese character as the start of a bigram', () => {
    expect(buildSearchQuery('協')).toBe('(協*)');
  });

  it('routes a text with Han, kana or Hangul (any width) to the bigram index, any other to the folding one', () => {
    expect(['協定', 'カナダ', 'ｶﾅﾀﾞ', 'ひらがな', '한국', 'NRC 協定'].map(searchIndexFor)).toEqual(Array(6).fill('entity_search_cjk'));
    expect(['NRC', 'Québec', 'ＮＲＣ', '1986', 'Ministère'].map(searchIndexFor)).toEqual(Array(5).fill('entity_search_v2'));
    expect(hasCjk('ＡＢＣ')).toBe(false);
  });

  it('looks a text up as one quoted normalised key, or not at all when nothing is left', () => {
    expect(buildExactNameQuery('  Département de l’Industrie! ')).toBe('nameKeys:"departement de l industrie"');
    expect(buildExactNameQuery('ＮＲＣ')).toBe('nameKeys:"nrc"');
    expect(buildExactNameQuery('?!')).toBeUndefined();
  });

  it.each(['a', 'an', 'and', 'of', 'the', 'on', 'in', 'for', 'to', 'at', 'by', 'with', 'de', 'du', 'la', 'le', 'et'])(
    'drops the stop word "%s" from the words, but keeps it in the phrase',
    (word) => {
      expect(buildSearchQuery(`quantum ${word.toUpperCase()}`)).toBe(`"quantum ${word}"^6 OR ((quantum^3 OR quantum~2 OR quantum*))`);
    },
  );

  it('keeps stop words when the text has nothing else', () => {
    expect(buildSearchQuery('of the')).toBe('"of the"^6 OR ((of^3) AND (the^3 OR the*))');
  });

  it('allows one typo from four letters, two from seven, and none below four', () => {
    expect(buildSearchQuery('ice', 'any')).toBe('((ice^3 OR ice*))');
    expect(buildSearchQuery('iron', 'any')).toBe('((iron^3 OR iron~1 OR iron*))');
    expect(buildSearchQuery('fusion', 'any')).toBe('((fusion^3 OR fusion~1 OR fusion*))');
    expect(buildSearchQuery('quantum', 'any')).toBe('((quantum^3 OR quantum~2 OR quantum*))');
  });

  it('matches the last word as a prefix from two letters, and only the last word', () => {
    expect(buildSearchQuery('space x')).toBe('"space x"^6 OR ((space^3 OR space~1) AND (x^3))');
    expect(buildSearchQuery('space ai')).toBe('"space ai"^6 OR ((space^3 OR space~1) AND (ai^3 OR ai*))');
  });

  it('splits on runs of spaces and punctuation alike', () => {
    expect(tokenize('  Canada–Japan,,  co-operation… (2019)  ')).toEqual(['Canada', 'Japan', 'co', 'operation', '2019']);
  });
});

describe('symbols in search text', () => {
  // Every printable ASCII character that is neither a letter, a digit nor a space.
  const symbols = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))].filter((c) => /[^A-Za-z0-9 ]/.test(c));

  // The apostrophe is data inside a word, as the index's word-break rules keep it ("other's" is one word).
  const separators = symbols.filter((c) => c !== "'");

  it.each(separators)('%s between two words separates them, as a space does', (symbol) => {
    expect(tokenize(`quantum${symbol}strategy`)).toEqual(['quantum', 'strategy']);
    expect(buildSearchQuery(`quantum${symbol}strategy`)).toBe(buildSearchQuery('quantum strategy'));
  });

  it("keeps an apostrophe (' or ’) between letters as part of the word, and separates at any other", () => {
    expect(tokenize("each other's nationals")).toEqual(['each', "other's", 'nationals']);
    expect(tokenize('each other’s nationals')).toEqual(['each', "other's", 'nationals']);
    expect(tokenize("'quoted' 1980's rock'")).toEqual(['quoted', '1980', 's', 'rock']);
  });

  it('covers all 32 ASCII symbols', () => {
    expect(symbols).toHaveLength(32);
    expect(separators).toHaveLength(31);
  });
});

describe('words that stay whole, and limits', () => {
  it('keeps a point or comma between digits, as the index does ("8.8", "1,000"), and splits one between letters', () => {
    expect(tokenize('$8.8 million, 1,000 firms, e.g.')).toEqual(['8.8', 'million', '1,000', 'firms', 'e', 'g']);
  });

  it('drops invisible format characters and splits at control characters', () => {
    expect(tokenize('\u200bquan\u00adtum\u0000strategy\ufeff')).toEqual(['quantum', 'strategy']);
  });

  it('splits a Latin word from Japanese text written against it', () => {
    expect(tokenize('JAXA宇宙')).toEqual(['JAXA', '宇宙']);
  });

  it('never makes a number fuzzy, and makes at most 16 words clauses (the phrase keeps them all)', () => {
    expect(buildSearchQuery('2001')).toBe('((2001^3 OR 2001*))');
    const years = Array.from({ length: 40 }, (_, i) => String(1990 + i)).join(' ');
    const query = buildSearchQuery(years)!;
    expect(query.match(/\^3/g)).toHaveLength(MAX_WORDS);
    expect(query.startsWith(`"${years}"^6`)).toBe(true);
  });
});

describe('singularOf', () => {
  it.each([
    ['cities', 'city'],
    ['agreements', 'agreement'],
    ['boxes', 'box'],
    ['batches', 'batch'],
    ['classes', 'class'],
  ])('%s → %s', (plural, singular) => {
    expect(singularOf(plural)).toBe(singular);
  });

  it.each(['city', 'class', 'status', 'analysis', 'gas', 'NRCs', 'québecs'])('leaves %s alone', (word) => {
    expect(singularOf(word)).toBeUndefined();
  });

  it('looks for the singular of a typed plural as well', () => {
    expect(buildSearchQuery('sister cities')).toBe(
      '"sister cities"^6 OR ((sister^3 OR sister~1) AND (cities^3 OR cities~1 OR cities* OR city^2))',
    );
  });
});
