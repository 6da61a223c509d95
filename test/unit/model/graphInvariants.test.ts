import { describe, expect, it } from 'vitest';
import { findInvariantViolations, implausibleYear, periodEndsBeforeStart } from '../../../src/model/graphInvariants.js';
import type { GraphRelationship, RelationshipType } from '../../../src/model/vocabulary.js';

const rel = (type: RelationshipType, from: string, to: string): GraphRelationship => ({
  type,
  from,
  to,
  key: '',
  props: {},
  evidence: [],
  origin: `f.yaml › ${from}`,
});

describe('graph invariants', () => {
  it('accepts 1800 and 2100, refuses 0 and 2101', () => {
    expect(implausibleYear(1800)).toBeUndefined();
    expect(implausibleYear(2100)).toBeUndefined();
    expect(implausibleYear(0)).toMatch(/1800–2100/);
    expect(implausibleYear(2101)).toMatch(/1800–2100/);
  });

  it('compares periods at the coarser precision', () => {
    expect(periodEndsBeforeStart('2010', '2010-05')).toBeUndefined();
    expect(periodEndsBeforeStart('2010-05-02', '2010-05-01')).toMatch(/ends \(2010-05-01\) before it starts/);
    expect(periodEndsBeforeStart('2020', '2010')).toMatch(/ends \(2010\) before it starts \(2020\)/);
    expect(periodEndsBeforeStart(undefined, '2010')).toBeUndefined();
  });

  it('names self-relationships and the cycle a relationship closes, per acyclic type', () => {
    const found = findInvariantViolations([
      rel('PART_OF', 'nrc', 'nrc'),
      rel('BUILDS_ON', 'roadmap-2026', 'moc-2023'),
      rel('BUILDS_ON', 'moc-2023', 'roadmap-2026'),
      // CITES may go both ways (instruments cite each other); only a self-citation is refused.
      rel('CITES', 'a', 'b'),
      rel('CITES', 'b', 'a'),
      rel('SUPERSEDES', 'x', 'y'),
      rel('SUPERSEDES', 'y', 'z'),
      rel('SUPERSEDES', 'z', 'x'),
    ]);
    expect(found.map((v) => [v.code, v.message])).toEqual([
      ['SELF_RELATIONSHIP', 'PART_OF from "nrc" to itself is not allowed: a node cannot be related to itself'],
      ['CYCLE', 'BUILDS_ON would close a cycle: moc-2023 → roadmap-2026 → moc-2023'],
      ['CYCLE', 'SUPERSEDES would close a cycle: z → x → y → z'],
    ]);
  });

  it('finds cycles in institutional succession through change events, ignoring one institution on both sides', () => {
    const found = findInvariantViolations([
      rel('ORIGINAL_ORGANIZATION', 'change-1', 'a'),
      rel('RESULTING_ORGANIZATION', 'change-1', 'b'),
      rel('ORIGINAL_ORGANIZATION', 'change-2', 'b'),
      rel('RESULTING_ORGANIZATION', 'change-2', 'b'),
      rel('RESULTING_ORGANIZATION', 'change-2', 'a'),
    ]);
    expect(found.map((v) => v.message)).toEqual(['succession would close a cycle: b → a → b']);
  });
});
