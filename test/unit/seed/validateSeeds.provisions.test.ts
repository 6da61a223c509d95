/** Provisions, figures, posts and policy topics as the validator reads them from seed records. */
import { describe, expect, it } from 'vitest';
import { firmnessOf } from '../../../src/seed/validateSeeds.js';
import { DOC_TEXT, ev, problemsOf, validate } from './seedFixtures.js';

const arrangement = { id: 'arr', kind: 'arrangement', title: 'Arrangement', evidence: ev() };
const institutions = [
  { id: 'drie', kind: 'department', name: 'DRIE', evidence: ev() },
  { id: 'miti', kind: 'ministry', name: 'MITI', evidence: ev() },
];
const provision = (extra: Record<string, unknown> = {}) => ({
  id: 'arr-p1',
  of: 'arr',
  source: 'doc-a',
  locator: '¶1',
  kind: 'report',
  text: DOC_TEXT,
  modality: 'none',
  reported: true,
  ...extra,
});
const records = (p: Record<string, unknown>) => ({ instruments: [arrangement], institutions, provisions: [p] });

describe('validateSeeds: provisions', () => {
  it('makes a Provision with its text, firmness and position, held by its instrument, its actors named by the words of the text', () => {
    const { graph, problems } = validate(
      records(
        provision({ actors: [{ actor: 'drie', role: 'acts', asNamed: 'the Canadian Department of Regional Industrial Expansion' }] }),
      ),
    );
    expect(problems).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'arr-p1')?.props).toMatchObject({
      kind: 'report',
      locator: '¶1',
      text: DOC_TEXT,
      modality: 'none',
      firmness: 'none',
      firmnessRank: 0,
      reported: true,
      statedIn: 'doc-a',
      order: 0,
    });
    const types = graph.relationships.map((r) => `${r.type} ${r.from}→${r.to} ${String(r.props.role ?? '')}`.trim());
    expect(types).toContain('HAS_PROVISION arr→arr-p1');
    expect(types).toContain('ACTS_IN drie→arr-p1 acts');
  });

  it('refuses a text that is not verbatim, a modality or verb the text does not use, and actor words it does not contain', () => {
    expect(
      problemsOf(
        records(
          provision({
            text: 'The Department signed an Arrangement.',
            modality: 'will',
            verb: 'explore',
            actors: [{ actor: 'miti', asNamed: 'METI' }],
          }),
        ),
      ),
    ).toEqual([
      'test.yaml › arr-p1 › modality: "will" does not occur in the text or its lead-in',
      'test.yaml › arr-p1 › verb: "explore" does not occur in the text',
      'test.yaml › arr-p1 › actors[0] › asNamed: "METI" does not occur in the provision\'s text',
      'test.yaml › arr-p1 › text: is not verbatim in sources/a.txt: "The Department signed an Arrangement."',
    ]);
  });

  it("numbers each instrument's provisions from 0 in file order, whatever other instruments' come between", () => {
    const other = { ...arrangement, id: 'arr-2', title: 'Another' };
    const { graph, problems } = validate({
      instruments: [arrangement, other],
      institutions,
      provisions: [
        provision({ id: 'a-0' }),
        provision({ id: 'b-0', of: 'arr-2' }),
        provision({ id: 'a-1' }),
        provision({ id: 'b-1', of: 'arr-2' }),
        provision({ id: 'a-2' }),
      ],
    });
    expect(problems).toEqual([]);
    const order = (id: string): unknown => graph.nodes.find((n) => n.id === id)?.props.order;
    expect(['a-0', 'a-1', 'a-2', 'b-0', 'b-1'].map(order)).toEqual([0, 1, 2, 0, 1]);
  });

  it('requires the words naming each actor', () => {
    expect(problemsOf(records(provision({ actors: [{ actor: 'miti' }] })))).toEqual([
      'test.yaml › arr-p1 › actors[0] › asNamed: is required: the words of the text that name the actor',
    ]);
  });
});

describe('firmnessOf', () => {
  it.each([
    ['will', undefined, 'firm'],
    ['will', 'Explore', 'exploratory'],
    ['will', 'Work toward', 'best-effort'],
    ['intend to', 'strengthen', 'intended'],
    ['intend to', 'explore', 'exploratory'],
    ['recognizing', undefined, 'declaratory'],
    ['explore', 'will', 'exploratory'],
    ['none', undefined, 'none'],
  ] as const)('%s + %s → %s', (modality, verb, firmness) => {
    expect(firmnessOf(modality, verb)).toBe(firmness);
  });
});

describe('validateSeeds: figures and posts', () => {
  const figure = (extra: Record<string, unknown> = {}) => ({
    id: 'fig-1',
    measure: 'Date of the announcement',
    value: 3,
    unit: 'count',
    asWritten: 'September 3',
    asOf: '1985-09',
    asOfPlanned: true,
    about: ['arr'],
    evidence: ev('On September 3, 1985'),
    ...extra,
  });

  it('makes a Figure about what it measures, with a planned as-of date kept as planned', () => {
    const { graph, problems } = validate({ instruments: [arrangement], figures: [figure()] });
    expect(problems).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'fig-1')?.props).toMatchObject({
      value: 3,
      unit: 'count',
      qualifier: 'exact',
      asOf: '1985-09',
      asOfStatus: 'planned',
    });
    expect(graph.relationships.some((r) => r.type === 'ABOUT' && r.from === 'fig-1' && r.to === 'arr')).toBe(true);
  });

  it('refuses a figure whose written form is in none of its excerpts, or whose value is not a number', () => {
    expect(problemsOf({ instruments: [arrangement], figures: [figure({ asWritten: 'September 4', value: 'three' })] })).toEqual([
      'test.yaml › fig-1 › value: must be a number; got "three"',
      'test.yaml › fig-1 › asWritten: "September 4" does not occur in any of its excerpts',
    ]);
  });

  it('makes a Post in its institution (org:postIn) taking part in an instrument, held by a person (org:holds)', () => {
    const { graph, problems } = validate({
      instruments: [arrangement],
      institutions,
      posts: [
        { id: 'post-1', title: 'Deputy Minister', postIn: 'drie', participatesIn: [{ target: 'arr', role: 'signatory' }], evidence: ev() },
      ],
      people: [{ id: 'person-1', name: 'A. Person', holds: ['post-1'], evidence: ev() }],
    });
    expect(problems).toEqual([]);
    const types = graph.relationships.map((r) => `${r.type} ${r.from}→${r.to}`);
    expect(types).toEqual(expect.arrayContaining(['POST_IN post-1→drie', 'PARTICIPATES_IN post-1→arr', 'HOLDS person-1→post-1']));
  });
});
