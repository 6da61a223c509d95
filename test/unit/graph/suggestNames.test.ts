import { describe, expect, it } from 'vitest';
import type { RowOf } from '../../../src/db/statements.js';
import { SUGGEST_POOL, suggestNames } from '../../../src/graph/suggestNames.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

type Row = RowOf<'suggest-names'>;
const row = (id: string, props: Record<string, unknown>, tier: 0 | 1, key: string, name: string | null = null): Row => ({
  id,
  label: 'Institution',
  props: { id, ...props },
  tier,
  key,
  name,
});

describe('suggestNames', () => {
  it('asks for name and word-tail prefixes of the normalised prefix, with spaces escaped and a fixed pool', async () => {
    const reader = createRecordingReader({ 'suggest-names': () => [] });
    await suggestNames(reader, '  Département  of Ind', 5);
    expect(reader.calls).toEqual([
      {
        name: 'suggest-names',
        params: {
          query: 'nameKeys:departement\\ of\\ ind*^4 OR nameTails:departement\\ of\\ ind*',
          key: 'departement of ind',
          pool: SUGGEST_POOL,
          limit: 5,
        },
      },
    ]);
  });

  it('reads nothing for a prefix of symbols only', async () => {
    const reader = createRecordingReader({});
    expect(await suggestNames(reader, '?! ', 5)).toEqual([]);
    expect(reader.calls).toEqual([]);
  });

  it('reports the Name that matched, or the own name whose key matched, and whether it starts with the prefix', async () => {
    const reader = createRecordingReader({
      'suggest-names': () => [
        row('ised', { name: 'Innovation, Science and Economic Development Canada' }, 0, 'department of industry', 'Department of Industry'),
        row('meti', { name: 'Ministry of Economy, Trade and Industry', acronym: 'METI' }, 1, 'ministry of economy trade and industry'),
      ],
    });
    expect((await suggestNames(reader, 'ind', 5)).map((s) => [s.node.id, s.matchedName, s.startsWith])).toEqual([
      ['ised', 'Department of Industry', true],
      ['meti', 'Ministry of Economy, Trade and Industry', false],
    ]);
  });
});
