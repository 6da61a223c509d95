/**
 * The explorer's pure rules, apart from the browser: which nodes the filters show, the URL state
 * with every field, what needs a fetch, the lineage column rule, "why is this here" chains,
 * the label level of detail and the wording of relations.
 */
import { describe, expect, it } from 'vitest';
import type { NodeSummary } from '../../../explorer/src/api.js';
import { activePeriod, isEdgeShown, isNodeShown, overlapsYears } from '../../../explorer/src/filters.js';
import { dataKey, formatState, initialState, parseState, yearRangeError } from '../../../explorer/src/state.js';
import { lineageColumnYears } from '../../../explorer/src/timelineLayout.js';
import { parseExpansion } from '../../../explorer/src/views.js';
import { chainTo } from '../../../explorer/src/why.js';
import { changeEventLabel, humanise, relationTitle, relationWords } from '../../../explorer/src/wording.js';

const miti: NodeSummary = { __typename: 'Institution', id: 'miti', name: 'MITI', founded: { year: 1949 }, dissolved: { year: 2001 } };
const mofa: NodeSummary = { __typename: 'Institution', id: 'mofa', name: 'MOFA', founded: { year: null }, dissolved: { year: null } };
const moc: NodeSummary = { __typename: 'Instrument', id: 'moc-2023', title: 'MOC', date: { year: 2023 } };

describe('the filters', () => {
  it('take an institution’s period from founding to dissolution and an instrument’s from its date', () => {
    expect(activePeriod(miti)).toEqual({ start: 1949, end: 2001 });
    expect(activePeriod(moc)).toEqual({ start: 2023, end: 2023 });
    expect(activePeriod({ __typename: 'TechnologyArea', id: 'quantum', name: 'Quantum' })).toEqual({ start: null, end: null });
  });

  it('keep a node whose active period overlaps the range, and an undated one', () => {
    expect(overlapsYears(activePeriod(miti), 1990, 2020)).toBe(true);
    expect(overlapsYears(activePeriod(miti), 2002, 2020)).toBe(false);
    expect(overlapsYears(activePeriod(miti), 1900, 1948)).toBe(false);
    expect(overlapsYears(activePeriod(mofa), 1990, 1991)).toBe(true);
    expect(overlapsYears({ start: null, end: 1993 }, 1994, null)).toBe(false);
    expect(overlapsYears({ start: 1993, end: null }, null, 2000)).toBe(true);
  });

  it('never hide the focus or the selection, and hide what the user hid or filtered by kind', () => {
    const state = { ...initialState, focus: 'moc-2023', selection: ['miti'], from: 2010, to: 2012, kinds: ['Institution', 'Instrument'] };
    const node = (n: NodeSummary): { id: string; kind: string; period: ReturnType<typeof activePeriod> } => ({
      id: n.id,
      kind: n.__typename,
      period: activePeriod(n),
    });
    expect(isNodeShown(node(moc), { ...state, hide: ['moc-2023'] })).toBe(true);
    expect(isNodeShown(node(miti), state)).toBe(true);
    expect(isNodeShown(node(mofa), state)).toBe(false);
    expect(isNodeShown(node(mofa), { ...state, kinds: [] })).toBe(true);
    expect(isNodeShown(node(mofa), { ...state, kinds: [], hide: ['mofa'] })).toBe(false);
    expect(isEdgeShown('CITES', true, true, { ...state, rels: ['CITES'] })).toBe(false);
    expect(isEdgeShown('CITES', true, false, state)).toBe(false);
    expect(isEdgeShown('CITES', true, true, state)).toBe(true);
  });
});

describe('the URL state', () => {
  it('round-trips every field', () => {
    const state = {
      ...initialState,
      focus: 'moc-2023',
      view: 'lineage' as const,
      selection: ['a', 'b'],
      from: 1985,
      to: 2026,
      expand: ['meti', 'quantum~COVERS'],
      hide: ['mofa'],
      pin: ['meti'],
      kinds: ['Source'],
      rels: ['CITES'],
      lang: 'ja' as const,
      active: 'PARTICIPATES_IN:miti:arrangement-1985',
    };
    expect(parseState(formatState(state))).toEqual(state);
    expect(formatState(state)).toContain('expand=meti,quantum~COVERS');
  });

  it('refuses reversed or implausible years, in the URL and in the form', () => {
    expect(parseState('?from=2030&to=1990')).toMatchObject({ from: null, to: null });
    expect(parseState('?from=0000')).toMatchObject({ from: null });
    expect(yearRangeError(2030, 1990)).toMatch(/after/);
    expect(yearRangeError(1700, null)).toMatch(/1800/);
    expect(yearRangeError(1990, 2030)).toBeNull();
    expect(yearRangeError(null, null)).toBeNull();
  });

  it('fetches again only when what the view is about changes', () => {
    const base = { ...initialState, focus: 'moc-2023', view: 'lineage' as const };
    expect(dataKey({ ...base, from: 1990, hide: ['x'], lang: 'ja', active: 'y', kinds: ['Source'] })).toBe(dataKey(base));
    expect(dataKey({ ...base, direction: 'downstream' })).not.toBe(dataKey(base));
    const overlap = { ...initialState, view: 'overlap' as const, selection: ['a', 'b'] };
    expect(dataKey({ ...overlap, selection: ['a'] })).not.toBe(dataKey(overlap));
    expect(parseExpansion('quantum~COVERS')).toEqual({ id: 'quantum', relation: 'COVERS' });
    expect(parseExpansion('meti')).toEqual({ id: 'meti', relation: null });
  });
});

describe('the lineage column rule', () => {
  it('puts dated kinds at their year and others at the earliest year of their links', () => {
    const years = lineageColumnYears(
      [
        { id: 'arrangement-1985', kind: 'Instrument', year: 1985 },
        { id: 'moc-2023', kind: 'Instrument', year: 2023 },
        { id: 'miti', kind: 'Institution', year: 1949 },
        { id: 'meti', kind: 'Institution', year: 2001 },
        { id: 'quantum', kind: 'TechnologyArea', year: null },
      ],
      [
        { source: 'miti', target: 'arrangement-1985', year: 1985 },
        { source: 'miti', target: 'meti', year: 2001 },
        { source: 'meti', target: 'moc-2023', year: 2023 },
        { source: 'moc-2023', target: 'quantum', year: null },
      ],
    );
    expect(years.get('miti')).toBe(1985);
    expect(years.get('meti')).toBe(2001);
    expect(years.get('moc-2023')).toBe(2023);
    expect(years.get('quantum')).toBeNull();
  });
});

describe('why is this here', () => {
  const links = [
    { id: 'e1', source: 'moc', target: 'agreement' },
    { id: 'e2', source: 'agreement', target: 'arrangement' },
    { id: 'e3', source: 'miti', target: 'arrangement' },
    { id: 'e4', source: 'moc', target: 'miti' },
  ];
  it('gives the shortest chain of drawn links from an anchor, in either direction', () => {
    expect(chainTo('arrangement', ['moc'], links)).toEqual(['e1', 'e2']);
    expect(chainTo('miti', ['moc'], links)).toEqual(['e4']);
    expect(chainTo('moc', ['moc'], links)).toEqual([]);
    expect(chainTo('elsewhere', ['moc'], links)).toBeNull();
  });
});

describe('the wording', () => {
  it('never shows a raw enum value or relationship type', () => {
    expect(humanise('IN_FORCE')).toBe('In force');
    expect(humanise('CO_CHAIR')).toBe('Co-chair');
    expect(relationWords('PARTICIPATES_IN')).toBe('takes part in');
    expect(relationWords('PARTICIPATES_IN', true)).toBe('has participant');
    expect(relationTitle('BUILDS_ON')).toBe('Builds on');
    expect(relationWords('SOMETHING_NEW')).toBe('something new');
    expect(changeEventLabel('renaming', 1993)).toBe('Renaming (1993)');
    expect(changeEventLabel(undefined, null)).toBe('Institutional change');
  });
});
