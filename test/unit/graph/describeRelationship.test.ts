import { describe, expect, it } from 'vitest';
import { describeRelationship } from '../../../src/graph/describeRelationship.js';
import type { EdgeRecord, NodeRecord } from '../../../src/model/records.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';

const edge = (props: Record<string, unknown>): EdgeRecord => ({ type: 'COVERS', from: 'a', to: 'b', props });
const node = (label: NodeLabel, props: Record<string, unknown> = {}): NodeRecord => ({ label, id: 'x', props: { id: 'x', ...props } });

describe('describeRelationship', () => {
  it('reads the qualifier from role, else how, else kind, skipping empty and non-text values', () => {
    expect(describeRelationship(edge({ role: 'signatory', how: 'selected', kind: 'k' })).qualifier).toBe('signatory');
    expect(describeRelationship(edge({ role: '', how: 'selected', kind: 'k' })).qualifier).toBe('selected');
    expect(describeRelationship(edge({ role: 3, how: null, kind: 'merger' })).qualifier).toBe('merger');
    expect(describeRelationship(edge({})).qualifier).toBeNull();
  });

  it('keeps asNamed and note as text, and null when empty or absent', () => {
    expect(describeRelationship(edge({ asNamed: 'DRIE', note: 'as signed' }))).toEqual({
      qualifier: null,
      year: null,
      asNamed: 'DRIE',
      note: 'as signed',
    });
    expect(describeRelationship(edge({ asNamed: '', note: 5 }))).toMatchObject({ asNamed: null, note: null });
  });

  it('takes the relationship’s own year before the year of either end', () => {
    expect(describeRelationship(edge({ year: 1990 }), node('Instrument', { year: 1985 })).year).toBe(1990);
  });

  it('falls back to the year of a dated instrument at the start', () => {
    expect(describeRelationship(edge({ year: '1990' }), node('Instrument', { year: 1985 }), node('Event', { dateYear: 2001 })).year).toBe(
      1985,
    );
  });

  it('falls back to the year of an event or change event at the end when the start has none', () => {
    expect(describeRelationship(edge({}), node('Institution', { year: 1970 }), node('Event', { dateYear: 2001 })).year).toBe(2001);
    expect(describeRelationship(edge({}), node('Instrument', {}), node('ChangeEvent', { dateYear: 2001 })).year).toBe(2001);
    expect(describeRelationship(edge({}), undefined, node('ChangeEvent', { dateYear: 2001 })).year).toBe(2001);
  });

  it('has no year when no end is dated, or the year is not a number', () => {
    expect(describeRelationship(edge({}), node('Event', { dateYear: '2001' }), node('Instrument', { year: null })).year).toBeNull();
    expect(describeRelationship(edge({}), node('Country', { year: 2001, dateYear: 2001 }), node('Source', { year: 2001 })).year).toBeNull();
    expect(describeRelationship(edge({}), node('Instrument', { dateYear: 2001 }), node('Event', { year: 2001 })).year).toBeNull();
    expect(describeRelationship(edge({})).year).toBeNull();
  });
});
