/**
 * Turns what a person typed into a safe Lucene query for the full-text index: every Lucene
 * operator is escaped (the text is data, never syntax), each word matches exactly, fuzzily (small
 * typos) or as a prefix (the last word, for search-as-you-type), and the whole phrase scores highest.
 */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
// Every punctuation mark and symbol separates words: "quantum+strategy", "NRC|AIST" and "a~b" are two
// words, as "a/b" and "a b" are, never one glued word nor a Lucene operator.
// Stryker disable next-line Regex: splitting at each separator rather than at each run only adds empty tokens, which tokenize drops.
const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const STOP_WORDS = new Set(['a', 'an', 'and', 'of', 'the', 'on', 'in', 'for', 'to', 'at', 'by', 'with', 'de', 'du', 'la', 'le', 'et']);

export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(SEPARATORS)
    .map((t) => t.replace(LUCENE_SPECIAL, ''))
    .filter((t) => t !== '');
}

export function buildSearchQuery(text: string, mode: 'all' | 'any' = 'all'): string | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const words = tokens.filter((t) => !STOP_WORDS.has(t.toLowerCase()));
  const significant = words.length > 0 ? words : tokens;
  const clauses = significant.map((token, i) => {
    const t = token.toLowerCase();
    const variants = [`${t}^3`];
    if ([...t].length >= 4) variants.push(`${t}~${[...t].length >= 7 ? 2 : 1}`);
    if (i === significant.length - 1 && [...t].length >= 2) variants.push(`${t}*`);
    return `(${variants.join(' OR ')})`;
  });
  const phrase = tokens.length > 1 ? `"${tokens.join(' ').toLowerCase()}"^6 OR ` : '';
  return `${phrase}(${clauses.join(mode === 'all' ? ' AND ' : ' OR ')})`;
}
