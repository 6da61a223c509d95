import { describe, expect, it } from 'vitest';
import type { RowOf } from '../../../src/db/statements.js';
import { compareInstruments } from '../../../src/graph/compareInstruments.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

type ProfileRow = RowOf<'overlap-profiles'>;

const labels: Record<ProfileRow['kind'], NodeLabel> = { area: 'TechnologyArea', institution: 'Institution', mechanism: 'Mechanism' };
const row = (instrumentId: string, kind: ProfileRow['kind'], itemId: string, family = [itemId]): ProfileRow => ({
  instrumentId,
  kind,
  itemId,
  family,
  itemLabel: labels[kind],
  itemProps: { id: itemId, name: itemId.toUpperCase() },
});

describe('compareInstruments', () => {
  it('reads the profiles once and splits the matches into areas, institutions and mechanisms', async () => {
    const rows = [
      row('arr-1985', 'area', 'microelectronics', ['microelectronics', 'semiconductors']),
      row('arr-1985', 'institution', 'miti', ['miti', 'meti']),
      row('arr-1985', 'mechanism', 'joint-committee'),
      row('moc-2019', 'area', 'semiconductors', ['microelectronics', 'semiconductors']),
      row('moc-2019', 'institution', 'meti', ['miti', 'meti']),
      row('moc-2019', 'mechanism', 'joint-committee'),
      row('moc-2019', 'mechanism', 'dialogue'),
    ];
    const reader = createRecordingReader({ 'overlap-profiles': () => rows });
    const { overlap, items } = await compareInstruments(reader, ['arr-1985', 'moc-2019']);
    expect(reader.calls).toEqual([{ name: 'overlap-profiles', params: { ids: ['arr-1985', 'moc-2019'], itemProps: true } }]);
    expect(overlap).toEqual({
      instrumentIds: ['arr-1985', 'moc-2019'],
      technologyAreas: [
        { kind: 'area', nodeId: 'microelectronics', via: 'TECHNOLOGY_LINEAGE', matchedIds: ['microelectronics', 'semiconductors'] },
      ],
      institutions: [{ kind: 'institution', nodeId: 'miti', via: 'SUCCESSION', matchedIds: ['miti', 'meti'] }],
      mechanisms: [{ kind: 'mechanism', nodeId: 'joint-committee', via: 'SAME', matchedIds: ['joint-committee'] }],
      score: 3 / 4,
      pairs: [{ a: 'arr-1985', b: 'moc-2019', score: 3 / 4, shared: 3 }],
    });
    expect(items.map((i) => [i.label, i.id])).toEqual([
      ['TechnologyArea', 'microelectronics'],
      ['Institution', 'miti'],
      ['Mechanism', 'joint-committee'],
      ['TechnologyArea', 'semiconductors'],
      ['Institution', 'meti'],
      ['Mechanism', 'joint-committee'],
      ['Mechanism', 'dialogue'],
    ]);
    expect(items[0]).toEqual({
      label: 'TechnologyArea',
      id: 'microelectronics',
      props: { id: 'microelectronics', name: 'MICROELECTRONICS' },
    });
  });

  it('has no matches and scores zero for instruments with empty profiles', async () => {
    const reader = createRecordingReader({ 'overlap-profiles': () => [] });
    const { overlap, items } = await compareInstruments(reader, ['a', 'b']);
    expect(overlap).toEqual({
      instrumentIds: ['a', 'b'],
      technologyAreas: [],
      institutions: [],
      mechanisms: [],
      score: 0,
      pairs: [{ a: 'a', b: 'b', score: 0, shared: 0 }],
    });
    expect(items).toEqual([]);
  });
});
