/**
 * Search you can trust (issue 12), through HTTP on the seeded graph with the read cache off, so every
 * answer comes from Neo4j: Japanese matched by words, names from the public record, topics that reach
 * what covers them, suggestions, the property tests over every name in the graph, and the judged set.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameFields, nameKey } from '../../src/model/nameKey.js';
import { namedLabels, type SeedGraph } from '../../src/model/vocabulary.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { formatRelevanceReport, loadJudgedSet, scoreJudgedSet } from '../relevance/judgedSet.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

let kizuna: TestKizuna;
let graph: SeedGraph;
beforeAll(async () => {
  kizuna = await startTestKizuna({ READ_CACHE_TTL_MS: '0' });
  graph = checkSeeds().graph;
});
afterAll(async () => {
  await kizuna?.stop();
});

interface Hit {
  node: { id: string };
  kind: string;
  matchedName: string | null;
  via: { relationship: string; description: string; topic: { id: string } } | null;
}
const SEARCH = `query($text: String!, $first: Int) {
  search(text: $text, first: $first) { node { id } kind matchedName via { relationship description topic { ... on TechnologyArea { id } ... on PolicyTopic { id } } } }
}`;

async function search(text: string, first = 100): Promise<Hit[]> {
  const res = await kizuna.graphql<{ search: Hit[] }>(SEARCH, { text, first });
  expect(res.errors, text).toBeUndefined();
  return res.data!.search;
}
const idsOf = (hits: Hit[]): string[] => hits.map((h) => h.node.id);

/** Kinds an unlabelled search returns: every named kind but the names themselves (provisions and figures have their own listings). */
const searchable = new Set<string>(namedLabels.filter((l) => l !== 'Name'));
const indexedText = ['title', 'shortTitle', 'name', 'acronym', 'value', 'nameJa', 'summary', 'text', 'measure', 'asWritten'];

/** The searchable nodes of the seed graph with a text or a name containing `needle`, computed from the seed files. */
function nodesContaining(needle: string, label?: string): Set<string> {
  const owner = new Map(graph.relationships.filter((r) => r.type === 'HAS_NAME').map((r) => [r.to, r.from]));
  const found = new Set<string>();
  for (const n of graph.nodes) {
    if (!indexedText.some((f) => typeof n.props[f] === 'string' && (n.props[f] as string).includes(needle))) continue;
    const id = n.label === 'Name' ? owner.get(n.id) : n.id;
    const of = graph.nodes.find((m) => m.id === id);
    if (of && (label ? of.label === label : searchable.has(of.label))) found.add(of.id);
  }
  return found;
}

describe('Japanese text is matched by words, not single characters', () => {
  it('協定 ("agreement") finds exactly the nodes whose texts contain 協定, none that only share 協', async () => {
    const expected = nodesContaining('協定');
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(idsOf(await search('協定')))).toEqual(expected);
    const res = await kizuna.graphql<{ instruments: { edges: { node: { id: string } }[] } }>(
      '{ instruments(filter: { text: "協定" }, first: 100) { edges { node { id } } } }',
    );
    const listed = new Set(res.data!.instruments.edges.map((e) => e.node.id));
    expect(listed).toEqual(nodesContaining('協定', 'Instrument'));
    expect(listed.has('framework-2012-jst-cihr')).toBe(false); // 研究協力枠組み has 協 but not 協定
  });

  it.each([
    ['経済産業省', 'meti'],
    ['通商産業省', 'miti'],
    ['外務省', 'mofa'],
    ['日本貿易振興機構', 'jetro'],
    ['新エネルギー・産業技術総合開発機構', 'nedo'],
    ['宇宙航空研究開発機構', 'jaxa'],
    ['自治体国際化協会', 'clair'],
  ])('%s (a Japanese name from the public record) finds %s first', async (text, id) => {
    const hits = await search(text, 5);
    expect(hits[0]?.node.id).toBe(id);
    expect(hits[0]?.matchedName).toBe(text);
  });

  it('folds full-width and half-width forms: ＮＲＣ is NRC, ﾅﾉﾃｸﾉﾛｼﾞｰ is ナノテクノロジー', async () => {
    expect(idsOf(await search('ＮＲＣ'))).toEqual(idsOf(await search('NRC')));
    expect(idsOf(await search('ﾅﾉﾃｸﾉﾛｼﾞｰ'))).toEqual(idsOf(await search('ナノテクノロジー')));
    expect((await search('ﾅﾉﾃｸﾉﾛｼﾞｰ', 1))[0]?.node.id).toBe('nanotechnology');
  });
});

describe('names the sources and the public record use', () => {
  it.each([
    ['JAXA', 'jaxa'],
    ['Japan Aerospace Exploration Agency', 'jaxa'],
    ['CLAIR', 'clair'],
    ['Council of Local Authorities for International Relations', 'clair'],
  ])('%s finds %s first', async (text, id) => {
    expect((await search(text, 3))[0]?.node.id).toBe(id);
  });
});

describe('topics reach what covers them', () => {
  it('"quantum" returns the 2026 Roadmap, which covers quantum technologies, below every direct hit, saying why', async () => {
    const hits = await search('quantum');
    const roadmap = hits.find((h) => h.node.id === 'roadmap-2026-comprehensive-strategic');
    expect(roadmap?.via).toEqual({ relationship: 'COVERS', description: 'COVERS Quantum technologies', topic: { id: 'quantum' } });
    const firstVia = hits.findIndex((h) => h.via !== null);
    expect(firstVia).toBeGreaterThan(0);
    expect(hits.slice(firstVia).every((h) => h.via !== null)).toBe(true);
    expect(hits.find((h) => h.kind === 'PROVISION')?.via?.relationship).toBe('ADDRESSES');
  });
});

describe('suggest', () => {
  type Suggestion = { node: { id: string }; kind: string; title: string; year: number | null; matchedName: string; startsWith: boolean };
  const SUGGEST =
    'query($prefix: String!, $first: Int) { suggest(prefix: $prefix, first: $first) { node { id } kind title year matchedName startsWith } }';
  const suggest = async (prefix: string, first?: number): Promise<Suggestion[]> => {
    const res = await kizuna.graphql<{ suggest: Suggestion[] }>(SUGGEST, { prefix, first });
    expect(res.errors, prefix).toBeUndefined();
    return res.data!.suggest;
  };

  it('suggests names that start with the prefix before names with a word that does, with kind, title, year and the name matched', async () => {
    const list = await suggest('department of ind');
    expect(list[0]).toEqual({
      node: { id: 'ised' },
      kind: 'INSTITUTION',
      title: 'Innovation, Science and Economic Development Canada',
      year: expect.any(Number),
      matchedName: 'Department of Industry',
      startsWith: true,
    });
    const all = await suggest('quan', 20);
    const firstInside = all.findIndex((s) => !s.startsWith);
    expect(firstInside).toBeGreaterThan(0);
    expect(all.slice(firstInside).every((s) => !s.startsWith)).toBe(true);
    expect(all.map((s) => s.node.id)).toContain('canada-national-quantum-strategy-2023'); // "National Quantum Strategy": a word inside
  });

  it('works from one character, in any script, ignoring case, accents and width', async () => {
    expect((await suggest('q')).length).toBeGreaterThan(0);
    expect((await suggest('経済'))[0]).toMatchObject({ node: { id: 'meti' }, matchedName: '経済産業省' });
    expect((await suggest('産業')).map((s) => s.node.id)).toContain('meti'); // Japanese: contained, not only at the start
    expect(await suggest('QUÉBEC')).toEqual(await suggest('quebec'));
    expect(await suggest('ＪＡＸ')).toEqual(await suggest('jax'));
    expect((await suggest('jax'))[0]?.node.id).toBe('jaxa');
  });

  it('gives a page that is a prefix of a larger one, and nothing for symbols only', async () => {
    const all = await suggest('c', 20);
    expect(all).toHaveLength(20);
    for (const k of [1, 3, 8]) expect(await suggest('c', k)).toEqual(all.slice(0, k));
    expect(await suggest('?!')).toEqual([]);
  });

  it.each([
    ['an empty prefix', { prefix: '  ' }, 'prefix'],
    ['a prefix over 100 characters', { prefix: 'x'.repeat(101) }, 'prefix'],
    ['first: 0', { prefix: 'c', first: 0 }, 'first'],
    ['first: 21', { prefix: 'c', first: 21 }, 'first'],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables, argument) => {
    const res = await kizuna.graphql(SUGGEST, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('texts a reviewer used to break search', () => {
  it('answers a list of 40 years (each once a fuzzy clause, together over Lucene’s 1,024-clause cap)', async () => {
    const years = Array.from({ length: 40 }, (_, i) => String(2000 + i)).join(' ');
    const res = await kizuna.graphql(
      'query($t: String!) { search(text: $t, first: 5) { score } provisions(filter: { text: $t }) { totalCount } }',
      { t: years },
    );
    expect(res.errors).toBeUndefined();
  });

  it('finds decimals and thousands as the index keeps them: "8.8", "5.8"', async () => {
    expect((await search('8.8')).length).toBeGreaterThan(0);
    const res = await kizuna.graphql<{ figures: { totalCount: number } }>('{ figures(filter: { text: "5.8" }) { totalCount } }');
    expect(res.data!.figures.totalCount).toBeGreaterThan(0);
  });

  it('finds a Japanese name typed without its middle dot, and a Latin word written against Japanese text', async () => {
    expect((await search('新エネルギー産業技術総合開発機構', 3))[0]?.node.id).toBe('nedo');
    expect(idsOf(await search('JAXA宇宙', 5))).toContain('jaxa');
  });

  it('ignores invisible characters pasted with the text (zero-width space, soft hyphen)', async () => {
    expect((await search('\u200bNRC', 3))[0]).toMatchObject({ node: { id: 'nrc' }, matchedName: 'NRC' });
    expect((await search('quan\u00adtum', 3))[0]?.node.id).toBe('quantum');
    const suggest = async (prefix: string) =>
      (
        await kizuna.graphql<{ suggest: { node: { id: string } }[] }>('query($p: String!) { suggest(prefix: $p) { node { id } } }', {
          p: prefix,
        })
      ).data!.suggest;
    expect(await suggest('\u200bdep\u00ad')).toEqual(await suggest('dep'));
  });

  it('keeps a listing filter to texts with every word: "quantum zebra" matches nothing', async () => {
    const res = await kizuna.graphql<{ provisions: { totalCount: number }; instruments: { totalCount: number } }>(
      '{ provisions(filter: { text: "quantum zebra" }) { totalCount } instruments(filter: { text: "quantum zebra" }) { totalCount } }',
    );
    expect(res.data).toEqual({ provisions: { totalCount: 0 }, instruments: { totalCount: 0 } });
  });
});

describe('property: every name in the graph', () => {
  /** Every name (own name fields and Name nodes) with its owner, as the seed files define them. */
  function namesWithOwners(): { name: string; owner: string }[] {
    const owner = new Map(graph.relationships.filter((r) => r.type === 'HAS_NAME').map((r) => [r.to, r.from]));
    const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const out: { name: string; owner: string }[] = [];
    for (const n of graph.nodes) {
      const id = n.label === 'Name' ? owner.get(n.id) : n.id;
      if (id === undefined || !searchable.has(labelOf.get(id) ?? '')) continue;
      for (const f of nameFields) {
        const v = n.props[f];
        // The search text is at most 300 characters: every name fits.
        if (typeof v === 'string' && nameKey(v) !== '') out.push({ name: v, owner: id });
      }
    }
    return out;
  }

  it('an exact name (any case) finds every node so named first; a page is a prefix of a larger one (whole names, prefixes, typos)', async () => {
    const names = namesWithOwners();
    expect(names.length).toBeGreaterThan(500);
    const owners = new Map<string, Set<string>>();
    for (const { name, owner } of names) owners.set(nameKey(name), (owners.get(nameKey(name)) ?? new Set()).add(owner));

    const typo = (name: string, at: number): string => {
      const words = [...name.matchAll(/[a-z]{5,}/gi)];
      if (words.length === 0) return name;
      const w = words[at % words.length]!;
      const i = w.index + 2 + (at % (w[0].length - 2));
      return name.slice(0, i) + (name[i]?.toLowerCase() === 'x' ? 'q' : 'x') + name.slice(i + 1);
    };
    const query = fc
      .record({
        entry: fc.constantFrom(...names),
        form: fc.constantFrom('whole', 'upper', 'lower', 'prefix', 'typo'),
        at: fc.nat({ max: 1000 }),
        first: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ entry, form, at, first }) => {
        const { name } = entry;
        const text =
          form === 'upper'
            ? name.toUpperCase()
            : form === 'lower'
              ? name.toLowerCase()
              : form === 'prefix'
                ? name.slice(0, Math.min(name.length, 3 + (at % Math.max(1, name.length - 2))))
                : form === 'typo'
                  ? typo(name, at)
                  : name;
        return { ...entry, form, text, first };
      })
      .filter((q) => nameKey(q.text) !== '');

    await fc.assert(
      fc.asyncProperty(query, async ({ form, text, name, first }) => {
        const full = idsOf(await search(text, 100));
        expect(idsOf(await search(text, first)), `first: ${first} for "${text}"`).toEqual(full.slice(0, first));
        if (form === 'whole' || form === 'upper' || form === 'lower') {
          const named = owners.get(nameKey(name))!;
          // Every node with that exact name comes before any other hit.
          expect(new Set(full.slice(0, named.size)), `"${text}"`).toEqual(named);
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
  }, 120_000);
});

describe('the judged relevance set', () => {
  it('puts every expected id in the top 3 for every judged query', async () => {
    const report = await scoreJudgedSet(loadJudgedSet(), async (text) => idsOf(await search(text, 10)));
    console.log(formatRelevanceReport(report));
    expect(report.queries).toBeGreaterThanOrEqual(150);
    expect(report.scores.filter((s) => s.missing.length > 0).map((s) => `${s.judgement.query}: ${s.missing.join(', ')}`)).toEqual([]);
  }, 120_000);
});
