import { describe, expect, it } from 'vitest';
import { formatProblem, validateSeeds, type ExistingNode, type SeedFile, type SourceTextReader } from '../../../src/seed/validateSeeds.js';
import { DOC_TEXT, EXCERPT, ev, problemsOf, readText, sourcesFile, validate } from './seedFixtures.js';

const SECTIONS =
  'sources, countries, institutions, changeEvents, technologyAreas, policyTopics, mechanisms, events, instruments, posts, people, provisions, figures';
const canada = { id: 'canada', name: 'Canada', evidence: ev() };
const instrument = (extra: Record<string, unknown>) => ({ id: 'i-1', kind: 'moc', title: 'T', evidence: ev(), ...extra });

describe('validateSeeds: the files', () => {
  it('skips an empty file', () => {
    expect(
      validateSeeds([sourcesFile, { path: 'empty.yaml', data: null }, { path: 'none.yaml', data: undefined }], readText).problems,
    ).toEqual([]);
  });

  it('refuses a file that is not a map of lists', () => {
    for (const data of [['canada'], 'canada', 12])
      expect(validateSeeds([{ path: 'x.yaml', data }], readText).problems.map(formatProblem)).toEqual([
        `x.yaml › (file) › (top level): must be a map of lists: ${SECTIONS}`,
      ]);
  });

  it('refuses an unknown list, a list that is not a list and a record that is not a map, and reads the rest', () => {
    const { graph, problems } = validateSeeds(
      [
        sourcesFile,
        { path: 'x.yaml', data: { agreements: [], countries: [canada, 'japan', ['korea']], institutions: { id: 'nrc' }, events: null } },
      ],
      readText,
    );
    expect(problems.map(formatProblem)).toEqual([
      `x.yaml › (file) › agreements: unknown list; allowed: ${SECTIONS}`,
      'x.yaml › countries[1] › (record): must be a map',
      'x.yaml › countries[2] › (record): must be a map',
      'x.yaml › (file) › institutions: must be a list',
      'x.yaml › (file) › events: must be a list',
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['doc-a', 'pr', 'canada']);
  });

  it('reads every section in the order sources, countries, institutions, change events, areas, mechanisms, events, instruments, whatever the file order', () => {
    const files: SeedFile[] = [
      { path: 'b.yaml', data: { instruments: [instrument({})], events: [{ id: 'e-1', kind: 'visit', name: 'E', evidence: ev() }] } },
      {
        path: 'a.yaml',
        data: {
          mechanisms: [{ id: 'm-1', kind: 'forum', name: 'M', evidence: ev() }],
          technologyAreas: [{ id: 'a-1', name: 'A', evidence: ev() }],
          changeEvents: [{ id: 'c-1', kind: 'merger', originals: ['nrc'], results: ['nrc'], evidence: ev() }],
          institutions: [{ id: 'nrc', kind: 'agency', name: 'NRC', evidence: ev() }],
          countries: [canada, { ...canada, id: 'japan' }],
        },
      },
      sourcesFile,
    ];
    const { graph, problems } = validateSeeds(files, readText);
    expect(problems).toEqual([]);
    expect(graph.nodes.map((n) => `${n.label}:${n.id}`)).toEqual([
      'Source:doc-a',
      'Source:pr',
      'Country:canada',
      'Country:japan',
      'Institution:nrc',
      'ChangeEvent:c-1',
      'TechnologyArea:a-1',
      'Mechanism:m-1',
      'Event:e-1',
      'Instrument:i-1',
    ]);
  });

  it('names a record by its list and place in it when its id is not text', () => {
    const sections = ['sources', 'countries', 'institutions', 'changeEvents', 'technologyAreas', 'mechanisms', 'events', 'instruments'];
    for (const section of sections) {
      const { problems } = validateSeeds([{ path: 'x.yaml', data: { [section]: [{ id: 'first' }, { id: 12 }] } }], readText);
      expect(new Set(problems.map((p) => p.record)), section).toEqual(new Set(['first', `${section}[1]`]));
    }
  });
});

describe('validateSeeds: identity and references', () => {
  it('refuses an id used twice, naming the first use, even across files and kinds', () => {
    const { problems } = validateSeeds(
      [
        sourcesFile,
        { path: 'countries.yaml', data: { countries: [canada] } },
        { path: 'institutions.yaml', data: { institutions: [{ id: 'canada', kind: 'government', name: 'GoC', evidence: ev() }] } },
      ],
      readText,
    );
    expect(problems.map(formatProblem)).toEqual([
      'institutions.yaml › canada › id: "canada" is already used by a Country (countries.yaml › canada); ids are unique across all kinds',
    ]);
  });

  it('refuses a reference to an id that no seed file defines, at the record and link that makes it', () => {
    expect(
      problemsOf({
        countries: [canada],
        instruments: [instrument({ countries: ['canada', 'korea'], parties: [{ institution: 'ghost', role: 'party' }] })],
      }),
    ).toEqual([
      'test.yaml › i-1 › BETWEEN: refers to "korea", which no seed file defines',
      'test.yaml › i-1 › parties[0] › PARTICIPATES_IN: refers to "ghost", which no seed file defines',
    ]);
  });

  it('refuses a link whose target is of the wrong kind, listing the kinds it needs', () => {
    expect(
      problemsOf({ countries: [canada], events: [{ id: 'e-1', kind: 'visit', name: 'E', evidence: ev(), concerns: ['canada'] }] }),
    ).toEqual(['test.yaml › e-1 › CONCERNS: to "canada" is a Country; CONCERNS needs Instrument or Mechanism']);
  });

  it('refuses the same link twice, naming its key when it has one', () => {
    expect(
      problemsOf({
        countries: [canada],
        institutions: [{ id: 'nrc', kind: 'agency', name: 'NRC', evidence: ev() }],
        instruments: [
          instrument({
            countries: ['canada', 'canada'],
            parties: [
              { institution: 'nrc', role: 'signatory' },
              { institution: 'nrc', role: 'implementer' },
              { institution: 'nrc', role: 'signatory' },
            ],
          }),
        ],
      }),
    ).toEqual([
      'test.yaml › i-1 › BETWEEN: duplicates BETWEEN i-1 → canada',
      'test.yaml › i-1 › parties[2] › PARTICIPATES_IN: duplicates PARTICIPATES_IN nrc → i-1 (signatory)',
    ]);
  });

  describe('against nodes already in the graph', () => {
    const existing = new Map<string, ExistingNode>([
      ['japan', { label: 'Country' }],
      ['nrc', { label: 'Mechanism' }],
      ['canada', { label: 'Institution' }],
    ]);

    it('counts them as defined, with their labels', () => {
      expect(
        problemsOf(
          { instruments: [instrument({ countries: ['japan', 'korea'], parties: [{ institution: 'nrc', role: 'party' }] })] },
          { existing },
        ),
      ).toEqual([
        'test.yaml › i-1 › BETWEEN: refers to "korea", which does not exist in the graph',
        'test.yaml › i-1 › parties[0] › PARTICIPATES_IN: from "nrc" is a Mechanism; PARTICIPATES_IN needs Institution or Post or Person',
      ]);
    });

    it('takes the label a seed record gives over the stored one', () => {
      expect(problemsOf({ countries: [canada], instruments: [instrument({ countries: ['canada'] })] }, { existing })).toEqual([]);
    });
  });
});

describe('validateSeeds: excerpts', () => {
  /** A reader that records which sources it was asked for. */
  function recordingReader(texts: Record<string, string>): SourceTextReader & { asked: unknown[] } {
    const asked: unknown[] = [];
    const read: SourceTextReader = (source) => {
      asked.push(source);
      return texts[source.id];
    };
    return Object.assign(read, { asked });
  }

  it('reads each source’s text once, however many excerpts cite it, and only for sources cited', () => {
    const read = recordingReader({ 'doc-a': DOC_TEXT });
    const { problems } = validateSeeds(
      [
        sourcesFile,
        {
          path: 'x.yaml',
          data: { countries: [canada, { ...canada, id: 'japan' }, { ...canada, id: 'korea', evidence: ev('Department', 'doc-x') }] },
        },
      ],
      read,
    );
    expect(read.asked).toStrictEqual([{ id: 'doc-a', kind: 'document', file: 'sources/a.txt' }]);
    expect(problems.map(formatProblem)).toEqual(['x.yaml › korea › evidence[0].source: unknown source "doc-x" (see seeds/sources.yaml)']);
  });

  it('asks for a public-record source’s text by its id and kind alone', () => {
    const read = recordingReader({ pr: 'Canada and Japan signed it.' });
    const { problems } = validateSeeds(
      [sourcesFile, { path: 'x.yaml', data: { countries: [{ ...canada, evidence: ev('Japan signed', 'pr') }] } }],
      read,
    );
    expect(problems).toEqual([]);
    expect(read.asked).toStrictEqual([{ id: 'pr', kind: 'public-record' }]);
  });

  it('reports each excerpt of a source whose text cannot be read, reading it once', () => {
    const read = recordingReader({});
    const { problems } = validateSeeds([sourcesFile, { path: 'x.yaml', data: { countries: [canada, { ...canada, id: 'japan' }] } }], read);
    expect(read.asked).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([
      'x.yaml › canada › evidence[0].excerpt: the text of source "doc-a" could not be read',
      'x.yaml › japan › evidence[0].excerpt: the text of source "doc-a" could not be read',
    ]);
  });

  it('ignores differences of whitespace between the excerpt and the text, on both sides', () => {
    const read = recordingReader({ 'doc-a': 'the  Canadian\n\tDepartment of\r\nRegional' });
    const file = { path: 'x.yaml', data: { countries: [{ ...canada, evidence: ev(' the Canadian Department  of Regional ') }] } };
    expect(validateSeeds([sourcesFile, file], read).problems).toEqual([]);
  });

  it('names the document or the public record an excerpt is missing from, and cuts long excerpts at 80 characters', () => {
    const long = `${'Nothing like this appears in the text, '.repeat(3)}at all.`;
    expect(
      problemsOf({
        countries: [
          { ...canada, evidence: [...ev('the Canadian ministry'), ...ev('Canada and Japan signed', 'pr')] },
          { ...canada, id: 'japan', evidence: ev('Japan signed the arrangement', 'pr') },
          { ...canada, id: 'korea', evidence: ev(long) },
          { ...canada, id: 'china', evidence: ev(long.slice(0, 80)) },
        ],
      }),
    ).toEqual([
      'test.yaml › canada › evidence[0].excerpt: is not verbatim in sources/a.txt: "the Canadian ministry"',
      'test.yaml › japan › evidence[0].excerpt: is not verbatim in public-record.md: "Japan signed the arrangement"',
      `test.yaml › korea › evidence[0].excerpt: is not verbatim in sources/a.txt: "${long.slice(0, 80)}…"`,
      `test.yaml › china › evidence[0].excerpt: is not verbatim in sources/a.txt: "${long.slice(0, 80)}"`,
    ]);
  });

  it('checks the excerpts of names and links, reporting them at their own record', () => {
    expect(
      problemsOf({
        institutions: [
          {
            id: 'nrc',
            kind: 'agency',
            name: 'NRC',
            evidence: ev(),
            names: [{ value: 'NRC', kind: 'acronym', evidence: ev('no such words') }],
          },
        ],
      }),
    ).toEqual(['test.yaml › nrc › names[0] › evidence[0].excerpt: is not verbatim in sources/a.txt: "no such words"']);
  });

  describe('citing sources already in the graph', () => {
    it('checks them against their own text: a document’s file, or the public record', () => {
      const read = recordingReader({ 'old-doc': 'An older document text.', 'old-pr': 'An older record.' });
      const existing = new Map<string, ExistingNode>([
        ['old-doc', { label: 'Source', kind: 'document', file: 'sources/old.txt' }],
        ['old-pr', { label: 'Source', kind: 'public-record' }],
      ]);
      const { problems } = validateSeeds(
        [
          {
            path: 'x.yaml',
            data: { countries: [{ ...canada, evidence: [...ev('older document', 'old-doc'), ...ev('a newer record', 'old-pr')] }] },
          },
        ],
        read,
        { existing },
      );
      expect(read.asked).toStrictEqual([
        { id: 'old-doc', kind: 'document', file: 'sources/old.txt' },
        { id: 'old-pr', kind: 'public-record' },
      ]);
      expect(problems.map(formatProblem)).toEqual([
        'x.yaml › canada › evidence[1].excerpt: is not verbatim in public-record.md: "a newer record"',
      ]);
    });

    it('does not take a node that is not a Source, or a Source without a kind, as a source', () => {
      const existing = new Map<string, ExistingNode>([
        ['not-a-source', { label: 'Country', kind: 'document', file: 'sources/a.txt' }],
        ['kindless', { label: 'Source' }],
      ]);
      expect(
        problemsOf({ countries: [{ ...canada, evidence: [...ev(EXCERPT, 'not-a-source'), ...ev(EXCERPT, 'kindless')] }] }, { existing }),
      ).toEqual([
        'test.yaml › canada › evidence[0].source: unknown source "not-a-source" (see seeds/sources.yaml)',
        'test.yaml › canada › evidence[1].source: unknown source "kindless" (see seeds/sources.yaml)',
      ]);
    });
  });
});

describe('validateSeeds: a whole record set', () => {
  it('returns the graph of every record even when there are problems, so each can be reported', () => {
    const { graph, problems } = validate({ countries: [canada, { id: 'Japan', name: 'Japan', evidence: ev() }] });
    expect(problems).toHaveLength(1);
    expect(graph.nodes.map((n) => n.id)).toEqual(['doc-a', 'pr', 'canada']);
  });
});
