import { describe, expect, it } from 'vitest';
import { formatProblem, validateSeeds, type SeedFile } from '../../../src/seed/validateSeeds.js';

const TEXT = 'On September 3, 1985, the Canadian Department of Regional Industrial Expansion announced an Arrangement.';
const readText = (source: { id: string }) => (source.id === 'doc-a' ? TEXT : undefined);
const sources: SeedFile = { path: 'sources.yaml', data: { sources: [{ id: 'doc-a', kind: 'document', title: 'A', file: 'a.txt' }] } };
const ev = (excerpt = 'the Canadian Department of Regional Industrial Expansion') => [{ source: 'doc-a', locator: 'para. 1', excerpt }];

function check(data: unknown): string[] {
  return validateSeeds([sources, { path: 'test.yaml', data }], readText).problems.map(formatProblem);
}

describe('validateSeeds', () => {
  it('accepts a well-formed instrument and produces its node and relationships', () => {
    const { graph, problems } = validateSeeds(
      [
        sources,
        {
          path: 'test.yaml',
          data: {
            institutions: [
              {
                id: 'drie',
                kind: 'department',
                name: 'DRIE',
                evidence: ev(),
                names: [{ value: 'Department of Regional Industrial Expansion', kind: 'legal' }],
              },
            ],
            instruments: [
              {
                id: 'arr-1985',
                kind: 'arrangement',
                title: 'Arrangement',
                announcedOn: '1985-09-03',
                evidence: ev(),
                parties: [{ institution: 'drie', role: 'signatory' }],
              },
            ],
          },
        },
      ],
      readText,
    );
    expect(problems).toEqual([]);
    const instrument = graph.nodes.find((n) => n.id === 'arr-1985');
    expect(instrument?.props).toMatchObject({
      date: '1985-09-03',
      datePrecision: 'day',
      year: 1985,
      dateKind: 'announcedOn',
      legallyBinding: 'unknown',
    });
    expect(graph.relationships.find((r) => r.type === 'PARTICIPATES_IN')).toMatchObject({ from: 'drie', to: 'arr-1985', key: 'signatory' });
    expect(graph.relationships.filter((r) => r.type === 'HAS_NAME')).toHaveLength(1);
  });

  it('reports every problem with file, record and field, not just the first', () => {
    const problems = check({
      instruments: [
        { id: 'Bad Id', kind: 'moc', title: 'x', evidence: ev() },
        {
          id: 'ok-id',
          kind: 'pact',
          title: 'y',
          signedOn: '2023-02-30',
          evidence: ev('words that are not there'),
          parties: [{ institution: 'ghost', role: 'signatory' }],
        },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'test.yaml › Bad Id › id: "Bad Id" is not a lowercase slug (letters a–z, digits, single dashes)',
        expect.stringContaining('test.yaml › ok-id › kind: must be one of agreement, arrangement'),
        'test.yaml › ok-id › signedOn: "2023-02-30" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
        'test.yaml › ok-id › evidence[0].excerpt: is not verbatim in a.txt: "words that are not there"',
      ]),
    );
  });

  it('requires evidence on every record', () => {
    expect(check({ countries: [{ id: 'canada', name: 'Canada' }] })).toEqual([
      'test.yaml › canada › evidence: is required: a list of { source, locator, excerpt }',
    ]);
  });

  it('matches excerpts across line breaks and spacing, but not across other differences', () => {
    expect(check({ countries: [{ id: 'canada', name: 'Canada', evidence: ev('the  Canadian\nDepartment of Regional') }] })).toEqual([]);
    expect(check({ countries: [{ id: 'canada', name: 'Canada', evidence: ev('the canadian department') }] })).toHaveLength(1);
  });

  it('refuses an id used twice, even across kinds', () => {
    const problems = check({
      countries: [{ id: 'canada', name: 'Canada', evidence: ev() }],
      institutions: [{ id: 'canada', kind: 'government', name: 'Canada', evidence: ev() }],
    });
    expect(problems).toEqual([expect.stringContaining('"canada" is already used by a Country')]);
  });

  it('refuses a relationship whose ends are of the wrong kind', () => {
    const problems = check({
      countries: [{ id: 'canada', name: 'Canada', evidence: ev() }],
      instruments: [{ id: 'i-1', kind: 'moc', title: 'x', evidence: ev(), parties: [{ institution: 'canada', role: 'party' }] }],
    });
    expect(problems).toEqual([expect.stringContaining('from "canada" is a Country; PARTICIPATES_IN needs Institution')]);
  });

  it('keeps conflicting dates as claims and marks the field disputed', () => {
    const { graph, problems } = validateSeeds(
      [
        sources,
        {
          path: 'test.yaml',
          data: {
            institutions: [
              {
                id: 'irap',
                kind: 'programme-office',
                name: 'IRAP',
                evidence: ev(),
                dateClaims: [
                  { field: 'founded', value: '1947', evidence: ev() },
                  { field: 'founded', value: '1962', evidence: ev() },
                ],
              },
            ],
          },
        },
      ],
      readText,
    );
    expect(problems).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'irap')?.props).toMatchObject({ founded: null, foundedStatus: 'disputed' });
    expect(graph.nodes.filter((n) => n.label === 'DateClaim')).toHaveLength(2);
  });
});
