/**
 * What the instruments say, through GraphQL on the seeded graph: provisions and figures filtered and
 * paged, their refusals, lineage from a provision, and search for posts and topics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

type Page = {
  totalCount: number;
  nodes: { id: string; text?: string; firmness?: string; locator?: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

describe('provisions', () => {
  const PROVISIONS = `query($filter: ProvisionFilter, $first: Int, $after: String) {
    provisions(filter: $filter, first: $first, after: $after) {
      totalCount nodes { id text firmness locator } pageInfo { endCursor hasNextPage } } }`;

  it('pages the MOC in document order, each page continuing the last, the total on every page', async () => {
    const all: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 10; i += 1) {
      const res: { data?: { provisions: Page } | null; errors?: unknown } = await kizuna.graphql<{ provisions: Page }>(PROVISIONS, {
        filter: { instrument: 'moc-2023-industrial-science-technology' },
        first: 10,
        after,
      });
      expect(res.errors).toBeUndefined();
      total = res.data!.provisions.totalCount;
      all.push(...res.data!.provisions.nodes.map((n) => n.locator!));
      if (!res.data!.provisions.pageInfo.hasNextPage) break;
      after = res.data!.provisions.pageInfo.endCursor;
    }
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(all.indexOf('§1.1')).toBeLessThan(all.indexOf('§4.1.1'));
    expect(all.indexOf('§4.1.1')).toBeLessThan(all.indexOf('§8.3'));
  });

  it('filters by firmness, actor and text, every filter holding at once', async () => {
    const res = await kizuna.graphql<{ provisions: Page }>(PROVISIONS, {
      filter: { actor: 'post-meti-bureau-director-general', modalityAtLeast: 'FIRM', text: 'co-chaired' },
      first: 20,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.provisions.nodes.map((n) => n.locator)).toEqual(['§4.1.1']);
    const weak = await kizuna.graphql<{ provisions: Page }>(PROVISIONS, {
      filter: { instrument: 'roadmap-2026-comprehensive-strategic', modalityAtLeast: 'FIRM' },
      first: 100,
    });
    expect(weak.data!.provisions.nodes.every((n) => n.firmness === 'FIRM')).toBe(true);
    expect(weak.data!.provisions.nodes.some((n) => n.text!.startsWith('Explore'))).toBe(false);
  });

  it('refuses an unknown instrument, topic or actor with NOT_FOUND and a bad page size with BAD_USER_INPUT', async () => {
    for (const [filter, code] of [
      [{ instrument: 'no-such-instrument' }, 'NOT_FOUND'],
      [{ topic: 'moc-2023-industrial-science-technology' }, 'NOT_FOUND'],
      [{ actor: 'nobody' }, 'NOT_FOUND'],
      [{ text: '   ' }, 'BAD_USER_INPUT'],
    ] as const) {
      const res = await kizuna.graphql(PROVISIONS, { filter, first: 5 });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe(code);
    }
    const res = await kizuna.graphql(PROVISIONS, { first: 101 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('traces lineage from a provision through its instrument and its topics', async () => {
    const res = await kizuna.graphql<{ lineage: { nodes: { id: string }[] } }>(
      '{ lineage(id: "moc-2023-s2-1-5", maxDepth: 3) { nodes { id } } }',
    );
    expect(res.errors).toBeUndefined();
    const reached = res.data!.lineage.nodes.map((n) => n.id);
    expect(reached[0]).toBe('moc-2023-s2-1-5');
    expect(reached).toEqual(
      expect.arrayContaining(['moc-2023-industrial-science-technology', 'quantum', 'agreement-1986-science-technology']),
    );
  });
});

describe('figures, posts and topics', () => {
  it('finds figures by the words of what they measure, with their qualifier', async () => {
    const res = await kizuna.graphql<{ figures: { nodes: { asWritten: string; qualifier: string; value: number }[] } }>(
      '{ figures(filter: { text: "joint ventures" }) { nodes { asWritten qualifier value } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.figures.nodes).toContainEqual(expect.objectContaining({ value: 25, qualifier: 'ABOUT' }));
  });

  it('search finds a post and a policy topic by name, and a provision only through a topic it addresses (via)', async () => {
    type Hits = { kind: string; node: { id: string }; via: { relationship: string } | null }[];
    const res = await kizuna.graphql<{ a: Hits; b: Hits }>(
      '{ a: search(text: "Bureau Director-General") { kind node { id } via { relationship } } b: search(text: "research security") { kind node { id } via { relationship } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.a[0]).toMatchObject({ kind: 'POST', node: { id: 'post-meti-bureau-director-general' } });
    expect(res.data!.b.map((h) => h.kind)).toContain('POLICY_TOPIC');
    const provisions = [...res.data!.a, ...res.data!.b].filter((h) => h.kind === 'PROVISION');
    expect(provisions.length).toBeGreaterThan(0);
    expect(provisions.every((h) => h.via?.relationship === 'ADDRESSES')).toBe(true);
  });
});
