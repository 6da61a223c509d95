import { describe, expect, it } from 'vitest';
import { createProblemsError } from '../../../src/curation/createProblemsError.js';
import { referencedIds } from '../../../src/curation/findExisting.js';
import { stampProvenance } from '../../../src/curation/stampProvenance.js';
import { requireRole } from '../../../src/graphql/requireRole.js';
import { validateRelationship, validateSeeds, type ExistingNode } from '../../../src/seed/validateSeeds.js';

const TEXT = 'On September 3, 1985, the Canadian Department of Regional Industrial Expansion announced an Arrangement.';
const readText = (source: { id: string }) => (source.id === 'doc-a' ? TEXT : undefined);
const ev = [{ source: 'doc-a', locator: 'para. 1', excerpt: 'the Canadian Department of Regional Industrial Expansion' }];
const existing = new Map<string, ExistingNode>([
  ['doc-a', { label: 'Source', kind: 'document', file: 'a.txt' }],
  ['drie', { label: 'Institution' }],
  ['arr-1985', { label: 'Instrument' }],
]);

describe('validating one record against existing nodes', () => {
  it('accepts references to existing nodes and sources, which a seed run alone would reject', () => {
    const data = {
      instruments: [{ id: 'new-one', kind: 'moc', title: 'New', evidence: ev, parties: [{ institution: 'drie', role: 'signatory' }] }],
    };
    expect(validateSeeds([{ path: 'input', data }], readText, { existing }).problems).toEqual([]);
    expect(validateSeeds([{ path: 'input', data }], readText).problems.map((p) => p.message)).toEqual([
      'refers to "drie", which no seed file defines',
      'unknown source "doc-a" (see seeds/sources.yaml)',
    ]);
  });

  it('checks an existing node’s kind and a missing id', () => {
    const data = {
      instruments: [
        {
          id: 'new-one',
          kind: 'moc',
          title: 'New',
          evidence: ev,
          parties: [
            { institution: 'arr-1985', role: 'signatory' },
            { institution: 'gone', role: 'party' },
          ],
        },
      ],
    };
    expect(validateSeeds([{ path: 'input', data }], readText, { existing }).problems.map((p) => p.message)).toEqual([
      'from "arr-1985" is a Instrument; PARTICIPATES_IN needs Institution or Post or Person',
      'refers to "gone", which does not exist in the graph',
    ]);
  });
});

describe('validateRelationship', () => {
  it('produces the relationship the seed record would, keyed by its role', () => {
    const { graph, problems } = validateRelationship(
      { path: 'input', data: { type: 'PARTICIPATES_IN', from: 'drie', to: 'arr-1985', role: 'signatory', asNamed: 'DRIE', evidence: ev } },
      readText,
      { existing },
    );
    expect(problems).toEqual([]);
    expect(graph.relationships).toEqual([
      expect.objectContaining({
        type: 'PARTICIPATES_IN',
        from: 'drie',
        to: 'arr-1985',
        key: 'signatory',
        props: expect.objectContaining({ role: 'signatory', asNamed: 'DRIE', note: null }),
      }),
    ]);
  });

  it('reports missing evidence and qualifiers that do not apply to the relation', () => {
    const { problems } = validateRelationship(
      { path: 'input', data: { type: 'CITES', from: 'arr-1985', to: 'arr-1985', how: 'listed', evidence: [] } },
      readText,
      { existing },
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'evidence: is required: a list of { source, locator, excerpt }',
      'how: does not apply to CITES; it takes note, asNamed',
    ]);
  });
});

describe('curation helpers', () => {
  it('requireRole: anonymous is UNAUTHENTICATED, a lower role FORBIDDEN, the role itself allowed', () => {
    expect(() => requireRole({ name: 'anonymous', role: 'anonymous' }, 'curator')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(() => requireRole({ name: 'bob', role: 'reader' }, 'curator')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    expect(() => requireRole({ name: 'alice', role: 'curator' }, 'curator')).not.toThrow();
    expect(() => requireRole({ name: 'alice', role: 'curator' }, 'reader')).not.toThrow();
  });

  it('names each problem by its input path', () => {
    const error = createProblemsError([
      { file: 'input', record: 'x › parties[0]', field: 'role', message: 'is required' },
      { file: 'input', record: 'x › parties[1]', field: 'PARTICIPATES_IN', message: 'refers to "y", which does not exist in the graph' },
    ]);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'input.parties[0].role', message: 'is required' },
        { path: 'input.parties[1]', message: 'PARTICIPATES_IN refers to "y", which does not exist in the graph' },
      ],
    });
    expect(error.message).toBe(
      'The input has 2 problems: input.parties[0].role: is required; input.parties[1]: PARTICIPATES_IN refers to "y", which does not exist in the graph',
    );
  });

  it('keeps the creator on update and stamps the updater', () => {
    const by = { name: 'carol', at: '2026-01-02T00:00:00.000Z' };
    expect(stampProvenance({ title: 't' }, undefined, by)).toEqual({
      title: 't',
      createdBy: 'carol',
      createdAt: by.at,
      updatedBy: 'carol',
      updatedAt: by.at,
    });
    expect(stampProvenance({}, { createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z' }, by)).toMatchObject({
      createdBy: 'alice',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'carol',
    });
  });

  it('collects every id-shaped string of an input, once', () => {
    expect(
      referencedIds({ id: 'a-1', title: 'Not An Id', parties: [{ institution: 'b' }, { institution: 'b' }], year: 1986 }).sort(),
    ).toEqual(['a-1', 'b']);
  });
});
