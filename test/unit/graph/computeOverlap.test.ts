import { describe, expect, it } from 'vitest';
import { computeOverlap, type ProfileItem } from '../../../src/graph/computeOverlap.js';

const item = (instrumentId: string, kind: ProfileItem['kind'], itemId: string, family: string[] = [itemId]): ProfileItem => ({
  instrumentId,
  kind,
  itemId,
  family,
});

describe('computeOverlap', () => {
  const items = [
    item('a', 'area', 'advanced-manufacturing'),
    item('a', 'area', 'microelectronics', ['microelectronics', 'semiconductors']),
    item('a', 'area', 'ceramics'),
    item('a', 'institution', 'miti', ['miti', 'meti']),
    item('b', 'area', 'advanced-manufacturing'),
    item('b', 'area', 'semiconductors', ['microelectronics', 'semiconductors']),
    item('b', 'area', 'quantum'),
    item('b', 'institution', 'meti', ['miti', 'meti']),
    item('b', 'mechanism', 'dialogue'),
  ];

  it('matches the same area as SAME, areas of one lineage as TECHNOLOGY_LINEAGE, successor institutions as SUCCESSION', () => {
    const { matches } = computeOverlap(['a', 'b'], items);
    expect(matches).toEqual([
      { kind: 'area', nodeId: 'advanced-manufacturing', via: 'SAME', matchedIds: ['advanced-manufacturing'] },
      { kind: 'area', nodeId: 'microelectronics', via: 'TECHNOLOGY_LINEAGE', matchedIds: ['microelectronics', 'semiconductors'] },
      { kind: 'institution', nodeId: 'miti', via: 'SUCCESSION', matchedIds: ['miti', 'meti'] },
    ]);
  });

  it('scores Jaccard over lineage-normalised sets: 3 shared of 6 distinct', () => {
    // a: {adv-mfg, micro≡semi, ceramics, miti≡meti}; b: {adv-mfg, micro≡semi, quantum, miti≡meti, dialogue}
    expect(computeOverlap(['a', 'b'], items).score).toBeCloseTo(3 / 6);
  });

  it('gives every pair for three instruments and an n-way score', () => {
    const three = [...items, item('c', 'area', 'quantum')];
    const result = computeOverlap(['a', 'b', 'c'], three);
    expect(result.pairs.map((p) => [p.a, p.b, p.shared])).toEqual([
      ['a', 'b', 3],
      ['a', 'c', 0],
      ['b', 'c', 1],
    ]);
    expect(result.score).toBe(0);
    expect(result.pairs[2]!.score).toBeCloseTo(1 / 5);
  });

  it('scores zero for instruments with nothing in common, and for empty profiles', () => {
    expect(computeOverlap(['x', 'y'], [item('x', 'area', 'p'), item('y', 'area', 'q')]).score).toBe(0);
    expect(computeOverlap(['x', 'y'], []).score).toBe(0);
  });

  it('does not match merger partners: both became ISED, but neither succeeded the other', () => {
    const partners = [
      item('x', 'institution', 'consumer-and-corporate-affairs', ['consumer-and-corporate-affairs', 'ised']),
      item('y', 'institution', 'istc', ['istc', 'drie', 'ised']),
    ];
    expect(computeOverlap(['x', 'y'], partners).matches).toEqual([]);
    const withSuccessor = [...partners, item('x', 'institution', 'ised', ['ised', 'istc', 'consumer-and-corporate-affairs', 'drie'])];
    const [match, ...rest] = computeOverlap(['x', 'y'], withSuccessor).matches;
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ kind: 'institution', via: 'SUCCESSION' });
    expect(match!.matchedIds).toEqual(expect.arrayContaining(['ised', 'istc']));
  });

  it('also reports related items next to an identical one when every instrument has some', () => {
    const family = ['microelectronics', 'semiconductors', 'nanoelectronics'];
    const areas = [
      item('a', 'area', 'semiconductors', family),
      item('a', 'area', 'microelectronics', family),
      item('b', 'area', 'nanoelectronics', family),
      item('b', 'area', 'semiconductors', family),
    ];
    expect(computeOverlap(['a', 'b'], areas).matches).toEqual([
      { kind: 'area', nodeId: 'semiconductors', via: 'SAME', matchedIds: ['semiconductors'] },
      { kind: 'area', nodeId: 'microelectronics', via: 'TECHNOLOGY_LINEAGE', matchedIds: ['microelectronics', 'nanoelectronics'] },
    ]);
    const lineage = ['istc', 'drie', 'ised'];
    const institutions = [
      item('a', 'institution', 'ised', lineage),
      item('a', 'institution', 'istc', lineage),
      item('b', 'institution', 'drie', lineage),
      item('b', 'institution', 'ised', lineage),
    ];
    expect(computeOverlap(['a', 'b'], institutions).matches).toEqual([
      { kind: 'institution', nodeId: 'ised', via: 'SAME', matchedIds: ['ised'] },
      { kind: 'institution', nodeId: 'istc', via: 'SUCCESSION', matchedIds: ['istc', 'drie'] },
    ]);
  });

  it('reports only the identical item when some instrument has nothing else of its lineage', () => {
    const family = ['microelectronics', 'semiconductors'];
    const areas = [
      item('a', 'area', 'semiconductors', family),
      item('a', 'area', 'microelectronics', family),
      item('b', 'area', 'semiconductors', family),
    ];
    expect(computeOverlap(['a', 'b'], areas).matches).toEqual([
      { kind: 'area', nodeId: 'semiconductors', via: 'SAME', matchedIds: ['semiconductors'] },
    ]);
  });

  it('orders matches by kind, then by the earliest id of each lineage group, whatever the order of the profiles', () => {
    const items = [
      item('a', 'mechanism', 'dialogue'),
      item('a', 'area', 'zeolites', ['zeolites', 'adsorbents']),
      item('a', 'area', 'materials'),
      item('b', 'area', 'materials'),
      item('b', 'area', 'adsorbents', ['adsorbents', 'zeolites']),
      item('b', 'mechanism', 'dialogue'),
    ];
    expect(computeOverlap(['a', 'b'], items).matches.map((m) => `${m.kind} ${m.nodeId} ${m.via}`)).toEqual([
      'area zeolites TECHNOLOGY_LINEAGE',
      'area materials SAME',
      'mechanism dialogue SAME',
    ]);
  });

  it('has no matches, pairs or score without instruments', () => {
    expect(computeOverlap([], [])).toEqual({ matches: [], score: 0, pairs: [] });
  });

  it('scores one instrument against itself as a full match', () => {
    expect(computeOverlap(['a'], [item('a', 'area', 'p')])).toEqual({
      matches: [{ kind: 'area', nodeId: 'p', via: 'SAME', matchedIds: ['p'] }],
      score: 1,
      pairs: [],
    });
  });
});
