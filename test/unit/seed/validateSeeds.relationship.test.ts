import { describe, expect, it } from 'vitest';
import { formatProblem, validateRelationship, type ExistingNode } from '../../../src/seed/validateSeeds.js';
import { ev, evProps, readText } from './seedFixtures.js';

const existing = new Map<string, ExistingNode>([
  ['doc-a', { label: 'Source', kind: 'document', file: 'sources/a.txt' }],
  ['nrc', { label: 'Institution' }],
  ['i-0', { label: 'Instrument' }],
  ['i-1', { label: 'Instrument' }],
  ['chips', { label: 'TechnologyArea' }],
  ['cip', { label: 'Mechanism' }],
]);

function check(data: unknown) {
  const { graph, problems } = validateRelationship({ path: 'input', data }, readText, { existing });
  return { relationships: graph.relationships, nodes: graph.nodes, problems: problems.map(formatProblem) };
}

const TYPES =
  'PARTICIPATES_IN, CITES, BUILDS_ON, IMPLEMENTS, SUPERSEDES, AMENDS, COMMEMORATES, COVERS, ESTABLISHES, USES, EVOLVED_INTO, BROADER, PART_OF';

describe('validateRelationship', () => {
  it('makes a participation keyed by its role, with its qualifiers and evidence', () => {
    expect(check({ type: 'PARTICIPATES_IN', from: 'nrc', to: 'i-0', role: 'signatory', note: 'N', evidence: ev() })).toEqual({
      nodes: [],
      problems: [],
      relationships: [
        {
          type: 'PARTICIPATES_IN',
          from: 'nrc',
          to: 'i-0',
          key: 'signatory',
          props: { role: 'signatory', asNamed: null, note: 'N', ...evProps() },
          evidence: ev(),
          origin: 'input › relationship',
        },
      ],
    });
  });

  it('keys an area link by how it is covered, listed by default, with its year', () => {
    expect(check({ type: 'COVERS', from: 'i-0', to: 'chips', evidence: ev() })).toMatchObject({
      problems: [],
      relationships: [expect.objectContaining({ key: 'listed', props: { how: 'listed', year: null, asNamed: null, ...evProps() } })],
    });
    expect(check({ type: 'COVERS', from: 'i-0', to: 'chips', how: 'added', year: 1986, asNamed: 'semis', evidence: ev() })).toMatchObject({
      problems: [],
      relationships: [expect.objectContaining({ key: 'added', props: { how: 'added', year: 1986, asNamed: 'semis', ...evProps() } })],
    });
    expect(check({ type: 'COVERS', from: 'i-0', to: 'chips', year: null, evidence: ev() }).problems).toEqual([]);
  });

  it('refuses a year that is not a whole number', () => {
    for (const year of ['1986', 1986.5])
      expect(check({ type: 'COVERS', from: 'i-0', to: 'chips', year, evidence: ev() }).problems).toEqual([
        'input › relationship › year: must be a year such as 1986',
      ]);
  });

  it('keys the other types by nothing, and takes only their own qualifiers', () => {
    expect(check({ type: 'CITES', from: 'i-1', to: 'i-0', asNamed: 'the 1986 Agreement', evidence: ev() }).relationships).toEqual([
      expect.objectContaining({ type: 'CITES', key: '', props: { note: null, asNamed: 'the 1986 Agreement', ...evProps() } }),
    ]);
    expect(check({ type: 'USES', from: 'i-1', to: 'cip', evidence: ev() }).relationships).toEqual([
      expect.objectContaining({ type: 'USES', key: '', props: { note: null, ...evProps() } }),
    ]);
    expect(check({ type: 'ESTABLISHES', from: 'i-1', to: 'cip', note: null, evidence: ev() })).toMatchObject({
      problems: [],
      relationships: [expect.objectContaining({ type: 'ESTABLISHES', key: '', props: evProps() })],
    });
  });

  it('refuses a qualifier the type does not take, naming those it does', () => {
    expect(check({ type: 'ESTABLISHES', from: 'i-1', to: 'cip', note: 'N', evidence: ev() }).problems).toEqual([
      'input › relationship › note: does not apply to ESTABLISHES; it takes no qualifiers',
    ]);
    expect(
      check({ type: 'USES', from: 'i-1', to: 'cip', role: 'party', how: 'listed', year: 1986, asNamed: 'X', evidence: ev() }).problems,
    ).toEqual([
      'input › relationship › role: does not apply to USES; it takes note',
      'input › relationship › how: does not apply to USES; it takes note',
      'input › relationship › year: does not apply to USES; it takes note',
      'input › relationship › asNamed: does not apply to USES; it takes note',
    ]);
    expect(check({ type: 'CITES', from: 'i-1', to: 'i-0', role: 'party', evidence: ev() }).problems).toEqual([
      'input › relationship › role: does not apply to CITES; it takes note, asNamed',
    ]);
  });

  it('refuses a type a curator may not add, and then checks no qualifier', () => {
    const { problems, relationships } = check({ type: 'HAS_NAME', from: 'nrc', to: 'i-0', note: 'N', evidence: ev() });
    expect(problems).toEqual([`input › relationship › type: must be one of ${TYPES}; got "HAS_NAME"`]);
    expect(relationships).toEqual([]);
  });

  it('requires a type, both ends and evidence', () => {
    expect(check({}).problems).toEqual([
      'input › relationship › type: is required',
      'input › relationship › from: is required',
      'input › relationship › to: is required',
      'input › relationship › evidence: is required: a list of { source, locator, excerpt }',
    ]);
    expect(check({ type: 'USES', from: 'I-1', to: 'cip', evidence: ev() }).relationships).toEqual([]);
    expect(check({ type: 'USES', from: 'i-1', to: 'Cip', evidence: ev() }).relationships).toEqual([]);
  });

  it('makes no participation without a valid role, and no area link with an unknown way of covering', () => {
    expect(check({ type: 'PARTICIPATES_IN', from: 'nrc', to: 'i-0', evidence: ev() })).toMatchObject({
      problems: ['input › relationship › role: is required'],
      relationships: [],
    });
    expect(check({ type: 'PARTICIPATES_IN', from: 'nrc', to: 'i-0', role: 'boss', evidence: ev() }).relationships).toEqual([]);
    expect(check({ type: 'COVERS', from: 'i-0', to: 'chips', how: 'liked', evidence: ev() })).toMatchObject({
      problems: ['input › relationship › how: must be one of proposed, selected, added, listed, focus, mentioned; got "liked"'],
      relationships: [],
    });
  });

  it('checks its ends and excerpts against the graph', () => {
    expect(check({ type: 'USES', from: 'i-1', to: 'nrc', evidence: ev('not in the text') }).problems).toEqual([
      'input › relationship › USES: to "nrc" is a Institution; USES needs Mechanism',
      'input › relationship › evidence[0].excerpt: is not verbatim in sources/a.txt: "not in the text"',
    ]);
    expect(check({ type: 'USES', from: 'i-9', to: 'cip', evidence: ev() }).problems).toEqual([
      'input › relationship › USES: refers to "i-9", which does not exist in the graph',
    ]);
  });

  it('refuses a record that is not a map', () => {
    for (const data of [null, ['USES'], 'USES'])
      expect(validateRelationship({ path: 'input', data }, readText)).toEqual({
        graph: { nodes: [], relationships: [] },
        problems: [{ file: 'input', record: 'relationship', field: '(record)', message: 'must be a map' }],
      });
  });
});
