import { describe, expect, it } from 'vitest';
import { formatState, initialState, parseState } from '../../../explorer/src/state.js';
import { timelineLayout } from '../../../explorer/src/timelineLayout.js';

describe('the explorer URL state', () => {
  it('round-trips focus, view, direction, selection, years and expansions', () => {
    const state = {
      ...initialState,
      focus: 'moc-2023-industrial-science-technology',
      view: 'lineage' as const,
      direction: 'downstream' as const,
      selection: ['arrangement-1985-industrial-cooperation', 'moc-2023-industrial-science-technology'],
      from: 1985,
      to: 2026,
      expand: ['meti'],
    };
    const search = formatState(state);
    expect(search).toBe(
      '?focus=moc-2023-industrial-science-technology&view=lineage&direction=downstream' +
        '&selection=arrangement-1985-industrial-cooperation,moc-2023-industrial-science-technology&from=1985&to=2026&expand=meti',
    );
    expect(parseState(search)).toEqual(state);
  });

  it('leaves defaults out of the URL and falls back to them on malformed values', () => {
    expect(formatState(initialState)).toBe('');
    expect(parseState('?focus=Bad%20Id&view=nope&from=19x5&selection=a,,a,UPPER&demo=abc')).toEqual({ ...initialState, selection: ['a'] });
  });
});

describe('the timeline layout', () => {
  it('puts years left to right and undated nodes in the column of their dated neighbours', () => {
    const { positions, columns } = timelineLayout(
      [
        { id: 'moc-2023', year: 2023, group: 'Instrument', label: 'MOC' },
        { id: 'agreement-1986', year: 1986, group: 'Instrument', label: 'Agreement' },
        { id: 'arrangement-1985', year: 1985, group: 'Instrument', label: 'Arrangement' },
        { id: 'meti', year: null, group: 'Institution', label: 'METI' },
        { id: 'lonely', year: null, group: 'TechnologyArea', label: 'Lonely' },
      ],
      [
        { source: 'moc-2023', target: 'agreement-1986' },
        { source: 'meti', target: 'moc-2023' },
      ],
      { rootId: 'moc-2023', columnWidth: 100, rowHeight: 10 },
    );
    expect(columns).toEqual([
      { year: 1985, x: 0 },
      { year: 1986, x: 100 },
      { year: 2023, x: 200 },
    ]);
    expect(positions.get('arrangement-1985')?.x).toBe(0);
    expect(positions.get('agreement-1986')?.x).toBe(100);
    expect(positions.get('meti')?.x).toBe(200);
    expect(positions.get('lonely')?.x).toBe(200);
    // Dated nodes first in their column.
    expect(positions.get('moc-2023')!.y).toBeLessThan(positions.get('meti')!.y);
  });
});
