import { describe, expect, it } from 'vitest';
import type { SeedGraph } from '../../../src/model/vocabulary.js';
import { EXCERPT, derivedId, ev, evProps, problemsOf, validate } from './seedFixtures.js';

const MITI = 'the Ministry of International Trade and Industry';
const ev2 = ev(MITI, 'doc-a', 'para. 2');
const evPr = ev('signed the Agreement on Science and Technology', 'pr', 'Agreements');

/** The records every test below may refer to. */
const world = {
  countries: [
    { id: 'canada', name: 'Canada', evidence: ev() },
    { id: 'japan', name: 'Japan', evidence: ev() },
  ],
  institutions: [
    { id: 'nrc', kind: 'agency', name: 'NRC', evidence: ev() },
    { id: 'meti', kind: 'ministry', name: 'METI', evidence: ev() },
    { id: 'gov-canada', kind: 'government', name: 'Government of Canada', evidence: ev() },
  ],
  technologyAreas: [
    { id: 'electronics', name: 'Electronics', evidence: ev() },
    { id: 'microelectronics', name: 'Microelectronics', evidence: ev() },
    { id: 'transistors', name: 'Transistors', evidence: ev() },
  ],
  mechanisms: [
    { id: 'parent', kind: 'committee', name: 'Parent committee', evidence: ev() },
    { id: 'cip', kind: 'programme', name: 'CIIP', evidence: ev() },
  ],
  instruments: [{ id: 'i-0', kind: 'agreement', title: 'Earlier agreement', evidence: ev() }],
};

/** Validates `record` under `section` next to the world; returns the nodes and relationships it produced and the problems. */
function only(section: keyof typeof world | 'changeEvents' | 'events', record: Record<string, unknown>) {
  const data: Record<string, unknown[]> = { ...world };
  data[section] = [...((data[section] as unknown[] | undefined) ?? []), record];
  const { graph, problems } = validate(data);
  const mine = (origin: string): boolean =>
    origin === `test.yaml › ${String(record.id)}` || origin.startsWith(`test.yaml › ${String(record.id)} › `);
  const produced: SeedGraph = {
    nodes: graph.nodes.filter((n) => mine(n.origin)),
    relationships: graph.relationships.filter((r) => mine(r.origin)),
  };
  return { ...produced, problems: problems.map((p) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`) };
}

describe('validateSeeds: required fields', () => {
  it('requires the id, kind, name or title and evidence of every kind of record', () => {
    const cases: [string, string[]][] = [
      ['sources', ['id', 'kind', 'title']],
      ['countries', ['id', 'name', 'evidence']],
      ['institutions', ['id', 'kind', 'name', 'evidence']],
      ['changeEvents', ['id', 'kind', 'evidence', 'originals', 'results']],
      ['technologyAreas', ['id', 'name', 'evidence']],
      ['mechanisms', ['id', 'kind', 'name', 'evidence']],
      ['events', ['id', 'kind', 'name', 'evidence']],
      ['instruments', ['id', 'kind', 'title', 'evidence']],
    ];
    for (const [section, fields] of cases) {
      const { problems } = validate({ [section]: [{}] });
      expect(
        problems.map((p) => `${p.record} › ${p.field}`),
        section,
      ).toEqual(fields.map((f) => `${section}[0] › ${f}`));
    }
  });
});

describe('validateSeeds: sources', () => {
  it('makes a Source node without evidence of its own, keeping its publication date at its precision', () => {
    const { graph, problems } = validate({
      sources: [
        {
          id: 'doc-b',
          kind: 'document',
          title: ' Title  B ',
          file: 'sources/a.txt',
          publisher: 'GoC',
          published: '2023-09',
          publishedNote: 'c.',
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'doc-b')).toEqual({
      label: 'Source',
      id: 'doc-b',
      props: {
        id: 'doc-b',
        kind: 'document',
        title: 'Title B',
        file: 'sources/a.txt',
        url: null,
        publisher: 'GoC',
        published: '2023-09',
        publishedPrecision: 'month',
        publishedNote: 'c.',
        omitText: [],
        omitReason: [],
        evSource: [],
        evLocator: [],
        evExcerpt: [],
        evNote: [],
      },
      evidence: [],
      origin: 'test.yaml › doc-b',
    });
  });

  it('keeps the optional parts of a public-record source null and leaves out an unknown publication date', () => {
    const { graph } = validate({ sources: [{ id: 'pr-b', kind: 'public-record', title: 'T', url: 'https://example.org' }] });
    expect(graph.nodes.find((n) => n.id === 'pr-b')?.props).toEqual({
      id: 'pr-b',
      kind: 'public-record',
      title: 'T',
      file: null,
      url: 'https://example.org',
      publisher: null,
      publishedNote: null,
      omitText: [],
      omitReason: [],
      ...evProps([]),
    });
  });

  it('requires the file of a document and the url of a public-record source', () => {
    expect(
      problemsOf({
        sources: [
          { id: 'doc-b', kind: 'document', title: 'T', url: 'https://example.org' },
          { id: 'pr-b', kind: 'public-record', title: 'T', file: 'sources/a.txt' },
        ],
      }),
    ).toEqual([
      'test.yaml › doc-b › file: is required for a document: the path of its text under seeds/',
      'test.yaml › pr-b › url: is required for a public-record source',
    ]);
  });

  it('knows only documents and public-record pages, and makes no node of an invalid source', () => {
    const { graph, problems } = validate({
      sources: [
        { id: 'book', kind: 'book', title: 'T', published: 'soon' },
        { id: 'untitled', kind: 'document', file: 'sources/a.txt' },
      ],
      countries: [{ id: 'canada', name: 'Canada', evidence: ev(EXCERPT, 'untitled') }],
    });
    expect(problems.map((p) => `${p.record} › ${p.field}: ${p.message}`)).toEqual([
      'book › kind: must be one of document, public-record; got "book"',
      'book › published: "soon" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
      'untitled › title: is required',
      'canada › evidence[0].source: unknown source "untitled" (see seeds/sources.yaml)',
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['doc-a', 'pr', 'canada']);
  });
});

describe('validateSeeds: countries', () => {
  it('makes a Country node with its ISO code and evidence', () => {
    const { nodes, relationships, problems } = only('countries', { id: 'korea', name: 'Korea', iso: 'KR', evidence: ev() });
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      {
        label: 'Country',
        id: 'korea',
        props: { id: 'korea', name: 'Korea', iso: 'KR', ...evProps() },
        evidence: ev(),
        origin: 'test.yaml › korea',
      },
    ]);
    expect(relationships).toEqual([]);
  });

  it('makes no node when the id or the name is invalid', () => {
    expect(only('countries', { id: 'Korea', name: 'Korea', evidence: ev() }).nodes).toEqual([]);
    expect(only('countries', { id: 'korea', evidence: ev() }).nodes).toEqual([]);
  });
});

describe('validateSeeds: institutions', () => {
  const ised = {
    id: 'ised',
    kind: 'department',
    name: 'ISED',
    acronym: 'ISED',
    country: 'canada',
    summary: 'A department.',
    founded: '1995',
    foundedNote: 'as Industry Canada',
    partOf: { institution: 'gov-canada', evidence: ev2 },
    names: [
      { value: 'Department of Industry', kind: 'legal', from: '1995' },
      { value: '経済産業省', kind: 'japanese', lang: 'en' },
      { value: 'Industry Canada', kind: 'applied', lang: 'fr', to: '2015-11-03', note: 'until 2015', evidence: ev2 },
    ],
    evidence: ev(),
  };

  it('makes the Institution with its names, its country and what it is part of', () => {
    const { nodes, relationships, problems } = only('institutions', ised);
    expect(problems).toEqual([]);
    const legal = derivedId('name', 'ised', 'legal', 'Department of Industry');
    const japanese = derivedId('name', 'ised', 'japanese', '経済産業省');
    const applied = derivedId('name', 'ised', 'applied', 'Industry Canada');
    expect(nodes).toEqual([
      {
        label: 'Institution',
        id: 'ised',
        props: {
          id: 'ised',
          kind: 'department',
          name: 'ISED',
          acronym: 'ISED',
          country: 'canada',
          summary: 'A department.',
          founded: '1995',
          foundedPrecision: 'year',
          foundedYear: 1995,
          foundedStatus: 'known',
          foundedNote: 'as Industry Canada',
          dissolvedStatus: 'unknown',
          dissolvedNote: null,
          ...evProps(),
        },
        evidence: ev(),
        origin: 'test.yaml › ised',
      },
      {
        label: 'Name',
        id: legal,
        props: {
          id: legal,
          value: 'Department of Industry',
          kind: 'legal',
          lang: 'en',
          from: '1995',
          fromPrecision: 'year',
          note: null,
          ...evProps(),
        },
        evidence: ev(),
        origin: 'test.yaml › ised › names[0]',
      },
      {
        label: 'Name',
        id: japanese,
        props: { id: japanese, value: '経済産業省', kind: 'japanese', lang: 'ja', note: null, ...evProps() },
        evidence: ev(),
        origin: 'test.yaml › ised › names[1]',
      },
      {
        label: 'Name',
        id: applied,
        props: {
          id: applied,
          value: 'Industry Canada',
          kind: 'applied',
          lang: 'fr',
          to: '2015-11-03',
          toPrecision: 'day',
          note: 'until 2015',
          ...evProps(ev2),
        },
        evidence: ev2,
        origin: 'test.yaml › ised › names[2]',
      },
    ]);
    expect(relationships).toEqual([
      { type: 'HAS_NAME', from: 'ised', to: legal, key: '', props: evProps(), evidence: ev(), origin: 'test.yaml › ised › names[0]' },
      { type: 'HAS_NAME', from: 'ised', to: japanese, key: '', props: evProps(), evidence: ev(), origin: 'test.yaml › ised › names[1]' },
      { type: 'HAS_NAME', from: 'ised', to: applied, key: '', props: evProps(ev2), evidence: ev2, origin: 'test.yaml › ised › names[2]' },
      { type: 'IN_COUNTRY', from: 'ised', to: 'canada', key: '', props: evProps(), evidence: ev(), origin: 'test.yaml › ised' },
      { type: 'PART_OF', from: 'ised', to: 'gov-canada', key: '', props: evProps(ev2), evidence: ev2, origin: 'test.yaml › ised' },
    ]);
  });

  it('takes partOf as a bare id covered by the record’s evidence', () => {
    const { relationships } = only('institutions', { ...ised, names: [], country: null, partOf: 'gov-canada' });
    expect(relationships).toEqual([
      { type: 'PART_OF', from: 'ised', to: 'gov-canada', key: '', props: evProps(), evidence: ev(), origin: 'test.yaml › ised' },
    ]);
  });

  it('treats a null partOf as none', () => {
    expect(only('institutions', { ...ised, names: [], partOf: null })).toMatchObject({
      problems: [],
      relationships: [expect.objectContaining({ type: 'IN_COUNTRY' })],
    });
  });

  it('reports a partOf that is not an id or a link', () => {
    expect(only('institutions', { ...ised, names: [], partOf: 'Gov Canada' }).problems).toEqual([
      'test.yaml › ised › partOf[0]: "Gov Canada" is not an id',
    ]);
    expect(only('institutions', { ...ised, names: [], partOf: 7 }).problems).toEqual([
      'test.yaml › ised › partOf[0]: must be an id or { institution, evidence, … }',
    ]);
    expect(only('institutions', { ...ised, names: [], partOf: { mechanism: 'parent' } }).problems).toEqual([
      'test.yaml › ised › partOf[0] › institution: is required',
    ]);
  });

  it('reports each name that is not a map or lacks its value or kind, and makes no node for it', () => {
    const { nodes, problems } = only('institutions', {
      ...ised,
      names: ['ISED', { kind: 'legal' }, { value: 'X', kind: 'nickname', from: 'once' }],
    });
    expect(problems).toEqual([
      'test.yaml › ised › names[0]: must be { value, kind, from?, to?, evidence? }',
      'test.yaml › ised › names[1] › value: is required',
      'test.yaml › ised › names[2] › kind: must be one of legal, applied, acronym, former, japanese, other; got "nickname"',
      'test.yaml › ised › names[2] › from: "once" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(nodes.map((n) => n.label)).toEqual(['Institution']);
  });

  it('makes nothing of an institution without id, kind or name, but still checks its other fields', () => {
    for (const broken of [{ id: 'Bad' }, { kind: 'club' }, { name: null }]) {
      const { nodes, relationships } = only('institutions', { ...ised, ...broken });
      expect(nodes).toEqual([]);
      expect(relationships).toEqual([]);
    }
    expect(only('institutions', { ...ised, kind: 'club', evidence: [] }).problems).toEqual([
      'test.yaml › ised › kind: must be one of government, ministry, department, agency, research-institute, programme-office, company, university, association, international-body, military, other; got "club"',
      'test.yaml › ised › evidence: is required: a list of { source, locator, excerpt }',
    ]);
  });
});

describe('validateSeeds: change events', () => {
  it('makes the ChangeEvent, dated, from its originals to its results', () => {
    const { nodes, relationships, problems } = only('changeEvents', {
      id: 'change-1',
      kind: 'renaming',
      date: '2001-01-06',
      originals: ['nrc'],
      results: ['meti', 'gov-canada'],
      summary: 'S',
      evidence: ev(),
    });
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      {
        label: 'ChangeEvent',
        id: 'change-1',
        props: {
          id: 'change-1',
          kind: 'renaming',
          summary: 'S',
          date: '2001-01-06',
          datePrecision: 'day',
          dateYear: 2001,
          dateStatus: 'known',
          dateNote: null,
          ...evProps(),
        },
        evidence: ev(),
        origin: 'test.yaml › change-1',
      },
    ]);
    const link = (type: string, to: string) => ({
      type,
      from: 'change-1',
      to,
      key: '',
      props: evProps(),
      evidence: ev(),
      origin: 'test.yaml › change-1',
    });
    expect(relationships).toEqual([
      link('ORIGINAL_ORGANIZATION', 'nrc'),
      link('RESULTING_ORGANIZATION', 'meti'),
      link('RESULTING_ORGANIZATION', 'gov-canada'),
    ]);
  });

  it('needs at least one original and one result, even when the event is otherwise invalid', () => {
    expect(only('changeEvents', { id: 'change-1', kind: 'coup', evidence: ev(), results: [] }).problems).toEqual([
      'test.yaml › change-1 › kind: must be one of merger, renaming, amalgamation, restructuring, reconstitution, split, other; got "coup"',
      'test.yaml › change-1 › originals: needs at least one institution id',
      'test.yaml › change-1 › results: needs at least one institution id',
    ]);
    expect(
      only('changeEvents', { id: 'change-1', kind: 'merger', evidence: ev(), originals: ['nrc'], results: ['meti'] }).problems,
    ).toEqual([]);
  });

  it('makes nothing of an event without a valid id or kind', () => {
    const base = { id: 'change-1', kind: 'merger', originals: ['nrc'], results: ['meti'], evidence: ev() };
    expect(only('changeEvents', { ...base, kind: undefined }).nodes).toEqual([]);
    expect(only('changeEvents', { ...base, kind: undefined }).relationships).toEqual([]);
    expect(validate({ ...world, changeEvents: [{ ...base, id: undefined }] }).graph.nodes.filter((n) => n.label === 'ChangeEvent')).toEqual(
      [],
    );
  });
});

describe('validateSeeds: technology areas', () => {
  it('makes the area with its aliases as names, its broader areas and its lineage', () => {
    const { nodes, relationships, problems } = only('technologyAreas', {
      id: 'semiconductors',
      name: 'Semiconductors',
      aliases: ['chips', 'ICs'],
      summary: 'S',
      broader: ['electronics'],
      evolvedFrom: [{ area: 'microelectronics', note: 'smaller', evidence: ev2 }, 'transistors'],
      evidence: ev(),
    });
    expect(problems).toEqual([]);
    const chips = derivedId('name', 'semiconductors', 'other', 'chips');
    const ics = derivedId('name', 'semiconductors', 'other', 'ICs');
    const origin = 'test.yaml › semiconductors';
    expect(nodes).toEqual([
      {
        label: 'TechnologyArea',
        id: 'semiconductors',
        props: { id: 'semiconductors', name: 'Semiconductors', aliases: ['chips', 'ICs'], summary: 'S', ...evProps() },
        evidence: ev(),
        origin,
      },
      { label: 'Name', id: chips, props: { id: chips, value: 'chips', kind: 'other', lang: 'en', ...evProps() }, evidence: ev(), origin },
      { label: 'Name', id: ics, props: { id: ics, value: 'ICs', kind: 'other', lang: 'en', ...evProps() }, evidence: ev(), origin },
    ]);
    expect(relationships).toEqual([
      { type: 'HAS_NAME', from: 'semiconductors', to: chips, key: '', props: evProps(), evidence: ev(), origin },
      { type: 'HAS_NAME', from: 'semiconductors', to: ics, key: '', props: evProps(), evidence: ev(), origin },
      { type: 'BROADER', from: 'semiconductors', to: 'electronics', key: '', props: evProps(), evidence: ev(), origin },
      {
        type: 'EVOLVED_INTO',
        from: 'microelectronics',
        to: 'semiconductors',
        key: '',
        props: { note: 'smaller', ...evProps(ev2) },
        evidence: ev2,
        origin: `${origin} › evolvedFrom[0]`,
      },
      {
        type: 'EVOLVED_INTO',
        from: 'transistors',
        to: 'semiconductors',
        key: '',
        props: { note: null, ...evProps() },
        evidence: ev(),
        origin,
      },
    ]);
  });

  it('reports an alias that is not text, and makes no name of it', () => {
    const { nodes, problems } = only('technologyAreas', {
      id: 'quantum',
      name: 'Quantum',
      evidence: ev(),
      aliases: ['qubits', 42, { en: 'QIS' }],
    });
    expect(problems).toEqual([
      'test.yaml › quantum › aliases[1]: must be a name (text); got 42',
      'test.yaml › quantum › aliases[2]: must be a name (text); got {"en":"QIS"}',
    ]);
    expect(nodes[0]?.props.aliases).toEqual(['qubits']);
    expect(nodes.filter((n) => n.label === 'Name').map((n) => n.props.value)).toEqual(['qubits']);
  });

  it('has no aliases when none are given, and makes nothing of an area without id or name', () => {
    expect(only('technologyAreas', { id: 'quantum', name: 'Quantum', evidence: ev() }).nodes).toEqual([
      {
        label: 'TechnologyArea',
        id: 'quantum',
        props: { id: 'quantum', name: 'Quantum', aliases: [], summary: null, ...evProps() },
        evidence: ev(),
        origin: 'test.yaml › quantum',
      },
    ]);
    expect(only('technologyAreas', { id: 'quantum', evidence: ev(), broader: ['electronics'] })).toMatchObject({
      nodes: [],
      relationships: [],
    });
    expect(only('technologyAreas', { id: 'Quantum', name: 'Q', evidence: ev() }).nodes).toEqual([]);
  });

  it('uses the record’s evidence for a lineage link given without its own', () => {
    const { relationships } = only('technologyAreas', {
      id: 'quantum',
      name: 'Quantum',
      evidence: ev(),
      evolvedFrom: [{ area: 'electronics', evidence: [] }],
    });
    expect(relationships).toEqual([
      {
        type: 'EVOLVED_INTO',
        from: 'electronics',
        to: 'quantum',
        key: '',
        props: { note: null, ...evProps() },
        evidence: ev(),
        origin: 'test.yaml › quantum › evolvedFrom[0]',
      },
    ]);
  });
});

describe('validateSeeds: mechanisms', () => {
  const dialogue = {
    id: 'dialogue',
    kind: 'dialogue',
    name: 'Industrial R&D Policy Dialogue',
    acronym: 'IRDPD',
    country: 'canada',
    status: 'active',
    summary: 'S',
    established: '2023-09',
    establishedApproximate: true,
    partOf: { mechanism: 'parent', evidence: ev2 },
    participants: [{ institution: 'meti', role: 'co-chair', asNamed: 'MITI', note: 'N', evidence: ev2 }],
    runBy: ['nrc'],
    names: [{ value: 'Dialogue on Industrial R&D', kind: 'former', to: '2024' }],
    evidence: ev(),
  };

  it('makes the Mechanism with its acronym, country, parent, participants and operators', () => {
    const { nodes, relationships, problems } = only('mechanisms', dialogue);
    expect(problems).toEqual([]);
    const acronym = derivedId('name', 'dialogue', 'acronym', 'IRDPD');
    const former = derivedId('name', 'dialogue', 'former', 'Dialogue on Industrial R&D');
    const origin = 'test.yaml › dialogue';
    expect(nodes).toEqual([
      {
        label: 'Mechanism',
        id: 'dialogue',
        props: {
          id: 'dialogue',
          kind: 'dialogue',
          name: 'Industrial R&D Policy Dialogue',
          acronym: 'IRDPD',
          country: 'canada',
          status: 'active',
          summary: 'S',
          frequency: null,
          level: null,
          established: '2023-09',
          establishedPrecision: 'month',
          establishedYear: 2023,
          establishedStatus: 'approximate',
          establishedNote: null,
          ...evProps(),
        },
        evidence: ev(),
        origin,
      },
      {
        label: 'Name',
        id: acronym,
        props: { id: acronym, value: 'IRDPD', kind: 'acronym', lang: 'en', ...evProps() },
        evidence: ev(),
        origin,
      },
      {
        label: 'Name',
        id: former,
        props: {
          id: former,
          value: 'Dialogue on Industrial R&D',
          kind: 'former',
          lang: 'en',
          to: '2024',
          toPrecision: 'year',
          note: null,
          ...evProps(),
        },
        evidence: ev(),
        origin: `${origin} › names[0]`,
      },
    ]);
    expect(relationships).toEqual([
      { type: 'HAS_NAME', from: 'dialogue', to: acronym, key: '', props: evProps(), evidence: ev(), origin },
      { type: 'HAS_NAME', from: 'dialogue', to: former, key: '', props: evProps(), evidence: ev(), origin: `${origin} › names[0]` },
      { type: 'IN_COUNTRY', from: 'dialogue', to: 'canada', key: '', props: evProps(), evidence: ev(), origin },
      { type: 'PART_OF', from: 'dialogue', to: 'parent', key: '', props: evProps(ev2), evidence: ev2, origin },
      {
        type: 'PARTICIPATES_IN',
        from: 'meti',
        to: 'dialogue',
        key: 'co-chair',
        props: { role: 'co-chair', asNamed: 'MITI', note: 'N', ...evProps(ev2) },
        evidence: ev2,
        origin: `${origin} › participants[0]`,
      },
      {
        type: 'PARTICIPATES_IN',
        from: 'nrc',
        to: 'dialogue',
        key: 'implementer',
        props: { role: 'implementer', asNamed: null, note: null, ...evProps() },
        evidence: ev(),
        origin,
      },
    ]);
  });

  it('makes no acronym name, country link or parent when none is given', () => {
    const { nodes, relationships } = only('mechanisms', { id: 'm', kind: 'forum', name: 'M', evidence: ev() });
    expect(nodes.map((n) => n.label)).toEqual(['Mechanism']);
    expect(nodes[0]?.props).toMatchObject({ acronym: null, country: null, status: null, summary: null, establishedStatus: 'unknown' });
    expect(relationships).toEqual([]);
  });

  it('needs a role for every participant: mechanisms have no default role', () => {
    const { relationships, problems } = only('mechanisms', {
      ...dialogue,
      participants: ['meti', { institution: 'nrc', role: 'boss' }],
      runBy: [],
    });
    expect(problems).toEqual([
      'test.yaml › dialogue › role: is required',
      'test.yaml › dialogue › participants[1] › role: must be one of signatory, party, participant, co-chair, supporter, invitee, implementer, witness, host, organiser, encouraged; got "boss"',
    ]);
    expect(relationships.filter((r) => r.type === 'PARTICIPATES_IN')).toEqual([]);
  });

  it('makes nothing of a mechanism without a valid id, kind or name', () => {
    for (const broken of [{ id: 'Dialogue' }, { kind: 'talk' }, { name: '' }]) {
      const { nodes, relationships } = only('mechanisms', { ...dialogue, ...broken });
      expect(nodes).toEqual([]);
      expect(relationships).toEqual([]);
    }
  });
});

describe('validateSeeds: events', () => {
  const meeting = {
    id: 'jc-2013',
    kind: 'meeting',
    name: '12th Joint Committee',
    nameJa: '第12回日加科学技術協力合同委員会',
    date: '2013-01-28',
    place: 'Tokyo',
    status: 'held',
    summary: 'S',
    partOf: 'parent',
    concerns: ['i-0', { target: 'cip', evidence: ev2 }],
    participants: ['nrc', { institution: 'meti', role: 'host', evidence: ev2 }],
    evidence: ev(),
  };

  it('makes the Event with its mechanism, what it concerns and its participants, who take part by default', () => {
    const { nodes, relationships, problems } = only('events', meeting);
    expect(problems).toEqual([]);
    const origin = 'test.yaml › jc-2013';
    expect(nodes).toEqual([
      {
        label: 'Event',
        id: 'jc-2013',
        props: {
          id: 'jc-2013',
          kind: 'meeting',
          name: '12th Joint Committee',
          nameJa: '第12回日加科学技術協力合同委員会',
          place: 'Tokyo',
          status: 'held',
          summary: 'S',
          date: '2013-01-28',
          datePrecision: 'day',
          dateYear: 2013,
          dateStatus: 'known',
          dateNote: null,
          ...evProps(),
        },
        evidence: ev(),
        origin,
      },
    ]);
    expect(relationships).toEqual([
      { type: 'PART_OF', from: 'jc-2013', to: 'parent', key: '', props: evProps(), evidence: ev(), origin },
      { type: 'CONCERNS', from: 'jc-2013', to: 'i-0', key: '', props: evProps(), evidence: ev(), origin },
      { type: 'CONCERNS', from: 'jc-2013', to: 'cip', key: '', props: evProps(ev2), evidence: ev2, origin },
      {
        type: 'PARTICIPATES_IN',
        from: 'nrc',
        to: 'jc-2013',
        key: 'participant',
        props: { role: 'participant', asNamed: null, note: null, ...evProps() },
        evidence: ev(),
        origin,
      },
      {
        type: 'PARTICIPATES_IN',
        from: 'meti',
        to: 'jc-2013',
        key: 'host',
        props: { role: 'host', asNamed: null, note: null, ...evProps(ev2) },
        evidence: ev2,
        origin: `${origin} › participants[1]`,
      },
    ]);
  });

  it('accepts the event kinds, and names them when refusing another', () => {
    const kinds = ['summit', 'meeting', 'workshop', 'review', 'visit', 'signing', 'seminar', 'launch', 'conference', 'other'];
    for (const kind of kinds) expect(only('events', { id: 'e', kind, name: 'E', evidence: ev() }).problems, kind).toEqual([]);
    expect(only('events', { id: 'e', kind: 'party', name: 'E', evidence: ev() }).problems).toEqual([
      `test.yaml › e › kind: must be one of ${kinds.join(', ')}; got "party"`,
    ]);
  });

  it('takes its mechanism in long form with its own evidence', () => {
    const { relationships, problems } = only('events', {
      id: 'e',
      kind: 'visit',
      name: 'E',
      evidence: ev(),
      partOf: { mechanism: 'parent', evidence: ev2 },
    });
    expect(problems).toEqual([]);
    expect(relationships).toEqual([
      { type: 'PART_OF', from: 'e', to: 'parent', key: '', props: evProps(ev2), evidence: ev2, origin: 'test.yaml › e' },
    ]);
  });

  it('keeps its optional fields null and its date unknown when not given', () => {
    const { nodes, relationships } = only('events', { id: 'e', kind: 'visit', name: 'E', evidence: ev() });
    expect(nodes[0]?.props).toEqual({
      id: 'e',
      kind: 'visit',
      name: 'E',
      nameJa: null,
      place: null,
      status: null,
      summary: null,
      dateStatus: 'unknown',
      dateNote: null,
      ...evProps(),
    });
    expect(relationships).toEqual([]);
  });

  it('makes nothing of an event without a valid id, kind or name', () => {
    for (const broken of [{ id: 'JC' }, { kind: 'party' }, { name: undefined }]) {
      const { nodes, relationships } = only('events', { ...meeting, ...broken });
      expect(nodes).toEqual([]);
      expect(relationships).toEqual([]);
    }
  });
});

describe('validateSeeds: instruments', () => {
  const moc = {
    id: 'moc-2023',
    kind: 'moc',
    title: 'Memorandum of Cooperation',
    shortTitle: '2023 MOC',
    place: 'Ottawa',
    legallyBinding: false,
    status: 'signed',
    summary: 'S',
    signedOn: '2023-09-21',
    announcedOn: '2023-09',
    countries: ['canada', 'japan'],
    names: [{ value: 'The MOC', kind: 'other' }],
    parties: [{ institution: 'meti', role: 'signatory', asNamed: 'Ministry of Economy', evidence: ev2 }],
    covers: [{ area: 'electronics', how: 'focus', year: 2023, asNamed: 'chips', evidence: evPr }, 'microelectronics'],
    establishes: ['parent'],
    uses: [{ mechanism: 'cip', note: 'through CIIP' }],
    relations: [{ type: 'builds-on', target: 'i-0', note: 'N', asNamed: 'the 1986 Agreement', evidence: evPr }],
    evidence: ev(),
  };

  it('makes the Instrument with its dates, names, countries, parties, areas, mechanisms and relations', () => {
    const { nodes, relationships, problems } = only('instruments', moc);
    expect(problems).toEqual([]);
    const name = derivedId('name', 'moc-2023', 'other', 'The MOC');
    const origin = 'test.yaml › moc-2023';
    const unknown = (field: string) => ({ [`${field}Status`]: 'unknown', [`${field}Note`]: null });
    expect(nodes[0]).toEqual({
      label: 'Instrument',
      id: 'moc-2023',
      props: {
        id: 'moc-2023',
        kind: 'moc',
        title: 'Memorandum of Cooperation',
        shortTitle: '2023 MOC',
        place: 'Ottawa',
        legallyBinding: 'false',
        status: 'signed',
        summary: 'S',
        signedOn: '2023-09-21',
        signedOnPrecision: 'day',
        signedOnYear: 2023,
        signedOnStatus: 'known',
        signedOnNote: null,
        announcedOn: '2023-09',
        announcedOnPrecision: 'month',
        announcedOnYear: 2023,
        announcedOnStatus: 'known',
        announcedOnNote: null,
        ...unknown('adoptedOn'),
        ...unknown('releasedOn'),
        ...unknown('enteredIntoForceOn'),
        ...unknown('finalizedOn'),
        date: '2023-09-21',
        datePrecision: 'day',
        dateKind: 'signedOn',
        year: 2023,
        ...evProps(),
      },
      evidence: ev(),
      origin,
    });
    expect(nodes.map((n) => n.id)).toEqual(['moc-2023', name]);
    const plain = (type: string, to: string) => ({ type, from: 'moc-2023', to, key: '', props: evProps(), evidence: ev(), origin });
    expect(relationships).toEqual([
      { type: 'HAS_NAME', from: 'moc-2023', to: name, key: '', props: evProps(), evidence: ev(), origin: `${origin} › names[0]` },
      plain('BETWEEN', 'canada'),
      plain('BETWEEN', 'japan'),
      {
        type: 'PARTICIPATES_IN',
        from: 'meti',
        to: 'moc-2023',
        key: 'signatory',
        props: { role: 'signatory', asNamed: 'Ministry of Economy', note: null, ...evProps(ev2) },
        evidence: ev2,
        origin: `${origin} › parties[0]`,
      },
      {
        type: 'COVERS',
        from: 'moc-2023',
        to: 'electronics',
        key: 'focus',
        props: { how: 'focus', year: 2023, asNamed: 'chips', ...evProps(evPr) },
        evidence: evPr,
        origin: `${origin} › covers[0]`,
      },
      {
        type: 'COVERS',
        from: 'moc-2023',
        to: 'microelectronics',
        key: 'listed',
        props: { how: 'listed', year: null, asNamed: null, ...evProps() },
        evidence: ev(),
        origin,
      },
      plain('ESTABLISHES', 'parent'),
      {
        type: 'USES',
        from: 'moc-2023',
        to: 'cip',
        key: '',
        props: { note: 'through CIIP', asNamed: null, ...evProps() },
        evidence: ev(),
        origin: `${origin} › uses[0]`,
      },
      {
        type: 'BUILDS_ON',
        from: 'moc-2023',
        to: 'i-0',
        key: '',
        props: { note: 'N', asNamed: 'the 1986 Agreement', ...evProps(evPr) },
        evidence: evPr,
        origin: `${origin} › relations[0]`,
      },
    ]);
  });

  it('maps every relation kind to its relationship type', () => {
    const kinds = {
      cites: 'CITES',
      'builds-on': 'BUILDS_ON',
      implements: 'IMPLEMENTS',
      supersedes: 'SUPERSEDES',
      amends: 'AMENDS',
      commemorates: 'COMMEMORATES',
    };
    for (const [type, relType] of Object.entries(kinds)) {
      const { relationships, problems } = only('instruments', {
        id: 'i-1',
        kind: 'plan',
        title: 'T',
        evidence: ev(),
        relations: [{ type, target: 'i-0', evidence: ev() }],
      });
      expect(problems).toEqual([]);
      expect(relationships.map((r) => [r.type, r.from, r.to, r.props.note, r.props.asNamed])).toEqual([
        [relType, 'i-1', 'i-0', null, null],
      ]);
    }
  });

  it('reports relations that are not maps, of an unknown type, without a target or without evidence', () => {
    const { relationships, problems } = only('instruments', {
      id: 'i-1',
      kind: 'plan',
      title: 'T',
      evidence: ev(),
      relations: [
        'i-0',
        { type: 'extends', target: 'i-0', evidence: ev() },
        { type: 'cites', evidence: ev() },
        { type: 'cites', target: 'i-0' },
      ],
    });
    expect(problems).toEqual([
      'test.yaml › i-1 › relations[0] › (item): must be { type, target, evidence }',
      'test.yaml › i-1 › relations[1] › type: must be one of cites, builds-on, implements, supersedes, amends, commemorates, recalls, notes, welcomes, in-support-of; got "extends"',
      'test.yaml › i-1 › relations[2] › target: is required',
      'test.yaml › i-1 › relations[3] › evidence: is required: a list of { source, locator, excerpt }',
    ]);
    expect(relationships.map((r) => [r.type, r.to, r.evidence])).toEqual([['CITES', 'i-0', []]]);
  });

  it('dates the instrument by the first date the sources give, in the order signed, announced, adopted, released, in force, finalized', () => {
    const fields = ['signedOn', 'announcedOn', 'adoptedOn', 'releasedOn', 'enteredIntoForceOn', 'finalizedOn'];
    fields.forEach((field, i) => {
      const dates = Object.fromEntries(fields.slice(i).map((f, j) => [f, `${2020 + j}-0${j + 1}`]));
      const { nodes } = only('instruments', { id: 'i-1', kind: 'plan', title: 'T', evidence: ev(), ...dates });
      expect(nodes[0]?.props, field).toMatchObject({ date: '2020-01', datePrecision: 'month', dateKind: field, year: 2020 });
      expect(nodes[0]?.props[field]).toBe('2020-01');
    });
  });

  it('skips a disputed date when choosing the instrument’s date, and has none when no date is known', () => {
    const disputed = only('instruments', {
      id: 'i-1',
      kind: 'plan',
      title: 'T',
      evidence: ev(),
      signedOn: '2019',
      releasedOn: '2020',
      dateClaims: [{ field: 'signedOn', value: '2018', evidence: ev() }],
    });
    expect(disputed.problems).toEqual([]);
    expect(disputed.nodes[1]?.props).toMatchObject({
      signedOn: null,
      signedOnStatus: 'disputed',
      date: '2020',
      datePrecision: 'year',
      dateKind: 'releasedOn',
      year: 2020,
    });
    const undated = only('instruments', { id: 'i-1', kind: 'plan', title: 'T', evidence: ev() });
    expect(undated.nodes[0]?.props).toMatchObject({
      date: null,
      datePrecision: null,
      dateKind: null,
      year: null,
      legallyBinding: 'unknown',
      status: 'unknown',
    });
  });

  it('stores legallyBinding as true, false or unknown and refuses anything else', () => {
    const binding = (value: unknown) =>
      only('instruments', { id: 'i-1', kind: 'treaty', title: 'T', evidence: ev(), legallyBinding: value });
    expect(binding(true).nodes[0]?.props.legallyBinding).toBe('true');
    expect(binding(false).nodes[0]?.props.legallyBinding).toBe('false');
    expect(binding('unknown').nodes[0]?.props.legallyBinding).toBe('unknown');
    expect(binding('unknown').problems).toEqual([]);
    expect(binding('yes').problems).toEqual(['test.yaml › i-1 › legallyBinding: must be true, false or unknown; got "yes"']);
    expect(binding('yes').nodes[0]?.props.legallyBinding).toBe('unknown');
  });

  it('checks the area links: how they are covered and in which year', () => {
    const { relationships, problems } = only('instruments', {
      id: 'i-1',
      kind: 'plan',
      title: 'T',
      evidence: ev(),
      covers: [
        { area: 'electronics', how: 'liked' },
        { area: 'microelectronics', year: 1986.5 },
        { area: 'transistors', year: '1986' },
        { area: 'electronics', how: 'added', year: 1986 },
      ],
    });
    expect(problems).toEqual([
      'test.yaml › i-1 › covers[0] › how: must be one of proposed, selected, added, listed, focus, mentioned; got "liked"',
      'test.yaml › i-1 › covers[1] › year: must be a year such as 1986',
      'test.yaml › i-1 › covers[2] › year: must be a year such as 1986',
    ]);
    expect(relationships.at(-1)).toMatchObject({ to: 'electronics', key: 'added', props: { how: 'added', year: 1986 } });
  });

  it('makes a mechanism link without a note when it is given as a bare id', () => {
    const { relationships } = only('instruments', {
      id: 'i-1',
      kind: 'plan',
      title: 'T',
      evidence: ev(),
      uses: ['cip'],
      establishes: [{ mechanism: 'parent', evidence: ev2 }],
    });
    expect(relationships).toEqual([
      { type: 'ESTABLISHES', from: 'i-1', to: 'parent', key: '', props: evProps(ev2), evidence: ev2, origin: 'test.yaml › i-1' },
      {
        type: 'USES',
        from: 'i-1',
        to: 'cip',
        key: '',
        props: { note: null, asNamed: null, ...evProps() },
        evidence: ev(),
        origin: 'test.yaml › i-1',
      },
    ]);
  });

  it('makes nothing of an instrument without a valid id, kind or title', () => {
    for (const broken of [{ id: 'MOC' }, { kind: 'pact' }, { title: ' ' }]) {
      const { nodes, relationships } = only('instruments', { ...moc, ...broken });
      expect(nodes).toEqual([]);
      expect(relationships).toEqual([]);
    }
  });

  it('links the date claims of an instrument whose id YAML read as a number to that id', () => {
    const { graph, problems } = validate({
      instruments: [
        { id: 2023, kind: 'plan', title: 'T', evidence: ev(), dateClaims: [{ field: 'releasedOn', value: '2023', evidence: ev() }] },
      ],
    });
    expect(problems).toEqual([]);
    expect(graph.relationships.map((r) => [r.type, r.from])).toEqual([['HAS_DATE_CLAIM', '2023']]);
  });

  it('checks the dates of an invalid instrument too, and makes nothing of it', () => {
    const { nodes, relationships, problems } = only('instruments', {
      id: 'moc-2023',
      kind: 'pact',
      evidence: ev(),
      signedOn: '2023-02-30',
      dateClaims: [{ field: 'signedOn', value: '2023-13', evidence: ev() }],
      countries: ['canada'],
    });
    expect(problems).toEqual([
      'test.yaml › moc-2023 › kind: must be one of agreement, arrangement, mou, moc, treaty, strategy, roadmap, plan, joint-statement, declaration, framework, other; got "pact"',
      'test.yaml › moc-2023 › title: is required',
      'test.yaml › moc-2023 › dateClaims[0] › value: "2023-13" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
      'test.yaml › moc-2023 › signedOn: "2023-02-30" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(nodes).toEqual([]);
    expect(relationships).toEqual([]);
  });
});
