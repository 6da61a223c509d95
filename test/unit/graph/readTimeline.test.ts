import { describe, expect, it } from 'vitest';
import type { RowOf } from '../../../src/db/statements.js';
import { readTimeline } from '../../../src/graph/readTimeline.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

const row = (year: number, label: NodeLabel, id: string): RowOf<'timeline'> => ({ year, id, label, props: { id, year } });

describe('readTimeline', () => {
  it('groups the rows by year, in their order, with instruments apart from events', async () => {
    const reader = createRecordingReader({
      timeline: () => [
        row(1985, 'Instrument', 'arr-1985'),
        row(1985, 'Event', 'visit-1985'),
        row(1985, 'Instrument', 'moc-1985'),
        row(2019, 'Event', 'summit-2019'),
        row(2023, 'Instrument', 'roadmap-2023'),
      ],
    });
    const years = await readTimeline(reader, 1980, 2025);
    expect(reader.calls).toEqual([{ name: 'timeline', params: { from: 1980, to: 2025 } }]);
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    expect(years.map((y) => [y.year, ids(y.instruments), ids(y.events)])).toEqual([
      [1985, ['arr-1985', 'moc-1985'], ['visit-1985']],
      [2019, [], ['summit-2019']],
      [2023, ['roadmap-2023'], []],
    ]);
    expect(years[0]!.instruments[0]).toEqual({ label: 'Instrument', id: 'arr-1985', props: { id: 'arr-1985', year: 1985 } });
  });

  it('has no years when nothing is dated in the range', async () => {
    expect(await readTimeline(createRecordingReader({ timeline: () => [] }), 1900, 1901)).toEqual([]);
  });
});
