/**
 * Runs every cookbook query in docs/queries/ over HTTP, as-is with its default variables, and
 * checks its key answers against the seeded graph. Each file needs an entry in `cookbook` below,
 * pairing it with its typed document from src/generated/cookbook.ts (so the generated types are
 * compiled against the assertions) and a check of its answer: a query added without one fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommitmentsCarriedOverDocument,
  CommitmentsOnATopicDocument,
  FiguresASourceStatesDocument,
  HowAnInstrumentEndsDocument,
  EverythingInAYearRangeDocument,
  EvidenceBehindAnEdgeDocument,
  InstitutionsRecurringAcrossInstrumentsDocument,
  InstrumentsAnInstitutionIsPartyToDocument,
  InstrumentsIncludingPredecessorsDocument,
  IsAnMocLegallyBindingDocument,
  JointCommitteeMeetingsDocument,
  LineageOfAnInstrumentDocument,
  OverlapOfTwoInstrumentsDocument,
  SearchAFormerNameDocument,
  SearchATopicDocument,
  SuggestAsYouTypeDocument,
  ShortestPathBetweenTwoNodesDocument,
  WhatATechnologyAreaBecameDocument,
  WhatBuiltOnAnInstrumentDocument,
  WhoCoChairsADialogueDocument,
  WhoSucceededASignatoryDocument,
} from '../../src/generated/cookbook.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

const QUERIES_DIR = path.resolve(import.meta.dirname, '../../docs/queries');

interface CookbookCase {
  document: DocumentNode;
  check(data: unknown): void;
}

/** Pairs a typed document with a check typed by that document's result. */
function cookbookCase<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, check: (data: TData) => void): CookbookCase {
  return { document, check: (data) => check(data as TData) };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((n) => n.id);

const cookbook: Record<string, CookbookCase> = {
  'lineage-of-an-instrument.graphql': cookbookCase(LineageOfAnInstrumentDocument, ({ lineage }) => {
    expect(lineage.root.id).toBe('moc-2023-industrial-science-technology');
    expect(ids(lineage.nodes)).toEqual(
      expect.arrayContaining([
        'agreement-1986-science-technology',
        'mou-2019-nrc-aist',
        'arrangement-1985-industrial-cooperation',
        'miti',
        'drie',
      ]),
    );
    expect(lineage.depths).toHaveLength(lineage.nodes.length);
    const edge = (relation: string, from: string, to: string) =>
      lineage.edges.find((e) => e.relation === relation && e.from.id === from && e.to.id === to);
    expect(edge('NOTES', 'moc-2023-industrial-science-technology', 'agreement-1986-science-technology')).toBeDefined();
    expect(edge('SUCCEEDED_BY', 'miti', 'meti')?.year).toBe(2001);
    expect(edge('PARTICIPATES_IN', 'drie', 'arrangement-1985-industrial-cooperation')).toBeDefined();
    expect(lineage.edges.every((e) => e.evidence.length > 0)).toBe(true);
  }),

  'what-built-on-an-instrument.graphql': cookbookCase(WhatBuiltOnAnInstrumentDocument, ({ instrument, lineage }) => {
    const links = instrument!.builtOnIt.map((r) => `${r.from.id} ${r.relation} ${r.to.id}`);
    expect(links).toEqual(
      expect.arrayContaining([
        'roadmap-2026-comprehensive-strategic BUILDS_ON agreement-1986-science-technology',
        'moc-2023-industrial-science-technology NOTES agreement-1986-science-technology',
      ]),
    );
    expect(instrument!.builtOnIt.every((r) => r.evidence.length > 0)).toBe(true);
    const depthOf = (id: string) => lineage.depths[ids(lineage.nodes).indexOf(id)];
    expect(depthOf('agreement-1986-science-technology')).toBe(0);
    expect(depthOf('roadmap-2026-comprehensive-strategic')).toBe(1);
    expect(depthOf('moc-2023-industrial-science-technology')).toBe(1);
  }),

  'overlap-of-two-instruments.graphql': cookbookCase(OverlapOfTwoInstrumentsDocument, ({ overlap }) => {
    const match = (list: typeof overlap.technologyAreas, id: string) => list.find((m) => ids(m.matched).includes(id));
    expect(match(overlap.technologyAreas, 'advanced-manufacturing')).toMatchObject({ via: 'SAME' });
    const chips = match(overlap.technologyAreas, 'semiconductors');
    expect(chips?.via).toBe('TECHNOLOGY_LINEAGE');
    expect(ids(chips!.matched).sort()).toEqual(['microelectronics', 'semiconductors']);
    expect(match(overlap.institutions, 'miti')).toMatchObject({ via: 'SUCCESSION', matched: [{ id: 'miti' }, { id: 'meti' }] });
    expect(ids(match(overlap.institutions, 'drie')!.matched)).toContain('ised');
    expect(overlap.score).toBeGreaterThan(0);
    expect(overlap.score).toBeLessThanOrEqual(1);
  }),

  'who-succeeded-a-signatory.graphql': cookbookCase(WhoSucceededASignatoryDocument, ({ instrument }) => {
    const party = (id: string) => instrument!.parties.find((p) => p.institution?.id === id);
    const drie = party('drie');
    expect(drie).toMatchObject({ role: 'SIGNATORY', asNamed: 'Department of Regional Industrial Expansion' });
    const istc = drie!.institution!.successors.find((s) => s.institution.id === 'istc');
    expect(istc?.changeEvent.date.value).toBe('1989-03-01');
    const ised = istc!.institution!.successors.find((s) => s.institution.id === 'ised');
    expect(ised?.changeEvent).toMatchObject({ id: 'change-1993-istc-cca-to-industry-canada', date: { value: '1993-06-25' } });
    const meti = party('miti')!.institution!.successors.find((s) => s.institution.id === 'meti');
    expect(meti?.changeEvent).toMatchObject({ id: 'change-2001-miti-to-meti', date: { value: '2001-01-06' } });
  }),

  'what-a-technology-area-became.graphql': cookbookCase(WhatATechnologyAreaBecameDocument, ({ technologyArea, instrumentsAcrossEras }) => {
    expect(technologyArea!.coverage).toContainEqual(
      expect.objectContaining({ how: 'SELECTED', instrument: expect.objectContaining({ id: 'arrangement-1985-industrial-cooperation' }) }),
    );
    const semiconductors = technologyArea!.evolvedInto.find((a) => a.id === 'semiconductors');
    expect(semiconductors, 'microelectronics evolved into semiconductors').toBeDefined();
    expect(semiconductors!.coverage.map((c) => c.instrument.id)).toContain('moc-2023-industrial-science-technology');
    expect(ids(instrumentsAcrossEras.nodes)).toEqual(
      expect.arrayContaining(['arrangement-1985-industrial-cooperation', 'moc-2023-industrial-science-technology']),
    );
  }),

  'everything-in-a-year-range.graphql': cookbookCase(EverythingInAYearRangeDocument, ({ instruments, timeline }) => {
    expect(ids(instruments.nodes)).toEqual(expect.arrayContaining(['acsa-2018', 'mou-2019-nrc-aist', 'mou-2019-nrc-atr']));
    expect(instruments.totalCount).toBe(instruments.nodes.length);
    const years = instruments.nodes.map((n) => Number(n.date.value!.slice(0, 4)));
    expect(years.every((y) => y >= 2018 && y <= 2020)).toBe(true);
    expect([...years].sort()).toEqual(years);
    expect(timeline.map((t) => t.year)).toEqual([2018, 2019, 2020]);
    const y2019 = timeline.find((t) => t.year === 2019)!;
    expect(ids(y2019.instruments)).toContain('mou-2019-nrc-aist');
    expect(ids(y2019.events)).toContain('signing-2019-10-09-mou-nrc-aist');
  }),

  'who-co-chairs-a-dialogue.graphql': cookbookCase(WhoCoChairsADialogueDocument, ({ mechanism }) => {
    expect(mechanism!.frequency).toContain('once every two years');
    const coChairs = mechanism!.coChairs.map((p) => p.participant.id);
    expect(coChairs).toEqual(
      expect.arrayContaining(['meti', 'post-meti-bureau-director-general', 'post-canadian-participant-assistant-deputy-minister']),
    );
    const posts = mechanism!.coChairs.flatMap((p) => ('title' in p.participant ? [p.participant] : []));
    const adm = posts.find((p) => p.title === 'Assistant Deputy Minister')!;
    expect(adm.institution).toBeNull();
    expect(adm.institutionNote).toContain('one of the Canadian Participants');
    expect(posts.find((p) => p.title === 'Bureau Director-General')?.institution?.id).toBe('meti');
    expect(mechanism!.coChairs[0]!.evidence[0]!.excerpt).toContain('co-chaired by an Assistant Deputy Minister');
    const roleOf = (id: string) => mechanism!.everyone.filter((p) => p.participant.id === id).map((p) => p.role);
    expect(roleOf('ised')).toEqual(['PARTICIPANT']);
    expect(roleOf('global-affairs-canada')).toEqual(['PARTICIPANT']);
    for (const invitee of ['nrc', 'jetro', 'nedo']) expect(roleOf(invitee)).toEqual(['INVITEE']);
    expect(ids([...mechanism!.establishedBy, ...mechanism!.usedBy])).toContain('moc-2023-industrial-science-technology');
  }),

  'commitments-on-a-topic.graphql': cookbookCase(CommitmentsOnATopicDocument, ({ provisions }) => {
    const bullet = provisions.nodes.find((p) => p.text.startsWith('Deepen cooperation on critical minerals'))!;
    expect(bullet.firmness).toBe('FIRM');
    expect(bullet.leadIn).toContain('Japan and Canada will:');
    expect(bullet.actors.map((a) => `${a.actor.id} ${a.role} ${a.asNamed}`).sort()).toEqual([
      'canada ACTS Japan and Canada',
      'japan ACTS Japan and Canada',
    ]);
    expect(bullet.evidence[0]).toMatchObject({ source: { id: 'doc-roadmap-2026' }, locator: bullet.locator });
    for (const p of provisions.nodes) expect(['EXPLORATORY', 'BEST_EFFORT', 'INTENDED', 'FIRM']).toContain(p.firmness);
    expect(provisions.totalCount).toBe(provisions.nodes.length);
  }),

  'commitments-carried-over.graphql': cookbookCase(CommitmentsCarriedOverDocument, ({ overlap }) => {
    const topic = (id: string) => overlap.sharedCommitments.find((c) => c.topic.id === id);
    const quantum = topic('quantum')!;
    expect(quantum.pairs[0]).toMatchObject({
      via: 'SAME_TOPIC',
      a: { locator: '§2.1.5' },
      explanation: expect.stringContaining('both address'),
    });
    expect(quantum.pairs[0]!.b.id).toMatch(/^roadmap-2026-/);
    // A MOC area matches a Roadmap provision on a narrower or broader topic, explained as such.
    expect(overlap.sharedCommitments.some((c) => c.pairs.some((p) => p.via === 'BROADER_TOPIC' && p.explanation.includes('broader')))).toBe(
      true,
    );
    for (const c of overlap.sharedCommitments)
      for (const p of c.pairs) {
        expect(p.a.id).toMatch(/^moc-2023-/);
        expect(p.b.id).toMatch(/^roadmap-2026-/);
        expect(p.a.firmness).not.toBe('NONE');
      }
  }),

  'figures-a-source-states.graphql': cookbookCase(FiguresASourceStatesDocument, ({ figures }) => {
    const invested = figures.nodes.find((f) => f.id === 'fig-2019-japanese-company-investment-in-canada-10-years')!;
    expect(invested).toMatchObject({ value: 10_000_000_000, unit: 'USD', qualifier: 'OVER', asWritten: 'over $10 billion USD' });
    expect(invested.asOf.status).toBe('UNKNOWN');
    expect(invested.evidence[0]!.excerpt).toContain('Japanese companies have invested over $10 billion USD');
    expect(figures.totalCount).toBe(figures.nodes.length);
  }),

  'how-an-instrument-ends.graphql': cookbookCase(HowAnInstrumentEndsDocument, ({ instrument }) => {
    const byLocator = new Map(instrument!.provisions.map((p) => [p.locator, p]));
    expect(byLocator.get('§8.3')).toMatchObject({ kind: 'FINAL_DISPOSITION', modality: 'may', firmness: 'EXPLORATORY' });
    expect(byLocator.get('§8.3')!.text).toContain('may be discontinued at any time by any Participant by providing written notice');
    expect(byLocator.get('§6.1')).toMatchObject({ kind: 'STATUS', text: 'This MOC is not legally binding.' });
    expect(instrument!.figures).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 3, unit: 'MONTHS', qualifier: 'AT_LEAST' })]),
    );
  }),

  'instruments-an-institution-is-party-to.graphql': cookbookCase(
    InstrumentsAnInstitutionIsPartyToDocument,
    ({ institution, instruments }) => {
      const roles = institution!.participations.map((p) => `${p.target.__typename} ${p.target.id} ${p.role}`);
      expect(roles).toEqual(
        expect.arrayContaining([
          'Instrument mou-2019-nrc-aist PARTY',
          'Instrument mou-2019-nrc-atr SIGNATORY',
          'Instrument moc-2023-industrial-science-technology INVITEE',
          'Mechanism industrial-rd-policy-dialogue INVITEE',
        ]),
      );
      expect(ids(instruments.nodes).sort()).toEqual(['moc-2023-industrial-science-technology', 'mou-2019-nrc-aist', 'mou-2019-nrc-atr']);
    },
  ),

  'instruments-including-predecessors.graphql': cookbookCase(
    InstrumentsIncludingPredecessorsDocument,
    ({ institution, direct, withPredecessors }) => {
      expect(institution!.predecessors.map((p) => p.institution.id)).toEqual(['miti']);
      expect(ids(direct.nodes)).toContain('moc-2023-industrial-science-technology');
      expect(ids(direct.nodes)).not.toContain('arrangement-1985-industrial-cooperation');
      expect(ids(withPredecessors.nodes)).toEqual(
        expect.arrayContaining(['arrangement-1985-industrial-cooperation', 'moc-2023-industrial-science-technology']),
      );
      expect(withPredecessors.totalCount).toBeGreaterThan(direct.totalCount);
    },
  ),

  'institutions-recurring-across-instruments.graphql': cookbookCase(InstitutionsRecurringAcrossInstrumentsDocument, ({ overlap }) => {
    expect(overlap.institutions).toContainEqual(expect.objectContaining({ via: 'SAME', node: expect.objectContaining({ id: 'nrc' }) }));
    expect(overlap.pairs).toHaveLength(3);
    expect(overlap.pairs.every((p) => p.shared >= 1 && p.score > 0)).toBe(true);
  }),

  'search-a-former-name.graphql': cookbookCase(SearchAFormerNameDocument, ({ search }) => {
    const top = search[0]!;
    expect(top).toMatchObject({ kind: 'INSTITUTION', matchedName: 'Department of Industry', node: { id: 'ised' } });
    expect(top.node.__typename === 'Institution' && top.node.names.map((n) => n.value)).toContain('Department of Industry');
    const scores = search.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  }),

  'search-a-topic.graphql': cookbookCase(SearchATopicDocument, ({ search }) => {
    expect(search[0]).toMatchObject({ kind: 'TECHNOLOGY_AREA', node: { id: 'quantum' }, via: null });
    const roadmap = search.find((h) => h.node.id === 'roadmap-2026-comprehensive-strategic');
    expect(roadmap?.via).toMatchObject({ relationship: 'COVERS', topic: { id: 'quantum' } });
    const firstVia = search.findIndex((h) => h.via !== null);
    expect(search.slice(firstVia).every((h) => h.via !== null)).toBe(true);
  }),

  'suggest-as-you-type.graphql': cookbookCase(SuggestAsYouTypeDocument, ({ suggest }) => {
    expect(suggest[0]).toMatchObject({
      kind: 'INSTITUTION',
      node: { id: 'ised' },
      matchedName: 'Department of Industry',
      startsWith: true,
    });
    expect(suggest.every((s) => s.matchedName.toLowerCase().includes('depart'))).toBe(true);
  }),

  'evidence-behind-an-edge.graphql': cookbookCase(EvidenceBehindAnEdgeDocument, ({ instrument }) => {
    const cites = instrument!.relatedInstruments.find((r) => r.relation === 'NOTES' && r.to.id === 'agreement-1986-science-technology');
    expect(cites?.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.objectContaining({ id: 'doc-moc-2023', kind: 'DOCUMENT' }),
        locator: 'Preamble',
        excerpt: expect.stringContaining('done at Tokyo on May 7, 1986'),
      }),
    );
    expect(instrument!.edges.map((e) => e.id)).toContain('NOTES:moc-2023-industrial-science-technology:agreement-1986-science-technology');
    expect(instrument!.edges.every((e) => e.evidence.length > 0 && e.evidence.every((ev) => ev.excerpt))).toBe(true);
  }),

  'is-an-moc-legally-binding.graphql': cookbookCase(IsAnMocLegallyBindingDocument, ({ instrument }) => {
    expect(instrument).toMatchObject({ kind: 'MOC', legallyBinding: 'FALSE', status: 'signed', signedOn: { value: '2023-09-21' } });
    expect(instrument!.summary).toContain('discontinued');
    const clause = (locator: string) => instrument!.evidence.find((e) => e.locator === locator)?.excerpt;
    expect(clause('§6.1')).toBe('This MOC is not legally binding.');
    expect(clause('§8.3')).toContain('may be discontinued at any time by any Participant by providing written notice');
  }),

  'shortest-path-between-two-nodes.graphql': cookbookCase(ShortestPathBetweenTwoNodesDocument, ({ path: found }) => {
    expect(found).not.toBeNull();
    const { nodes, edges, length } = found!;
    expect(nodes[0]!.id).toBe('arrangement-1985-industrial-cooperation');
    expect(nodes.at(-1)!.id).toBe('moc-2023-industrial-science-technology');
    expect(length).toBe(2);
    expect(edges).toHaveLength(length);
    expect(nodes).toHaveLength(length + 1);
    edges.forEach((e, i) => {
      expect([e.from.id, e.to.id].sort()).toEqual([nodes[i]!.id, nodes[i + 1]!.id].sort());
      expect(e.evidence.length).toBeGreaterThan(0);
    });
  }),

  'joint-committee-meetings.graphql': cookbookCase(JointCommitteeMeetingsDocument, ({ mechanism }) => {
    expect(mechanism!.established).toEqual({ value: null, status: 'UNKNOWN' });
    expect(ids(mechanism!.establishedBy)).toEqual(['agreement-1986-science-technology']);
    const meeting = (id: string) => mechanism!.events.find((e) => e.id === id);
    expect(meeting('joint-committee-st-2007-10th')).toMatchObject({ place: 'Tokyo', date: { value: '2007-10', precision: 'MONTH' } });
    expect(meeting('joint-committee-st-2024-16th')).toMatchObject({ place: 'Tokyo', date: { value: '2024-05-15', precision: 'DAY' } });
    expect(mechanism!.events.length).toBeGreaterThanOrEqual(5);
    expect(mechanism!.events.every((e) => e.kind === 'MEETING' && e.date.status === 'KNOWN')).toBe(true);
  }),
};

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

const files = fs
  .readdirSync(QUERIES_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

describe('the cookbook (docs/queries)', () => {
  it('holds 12 to 24 queries, each with a check here, and no check without a query', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files.length).toBeLessThanOrEqual(24);
    expect(
      files.filter((f) => !(f in cookbook)),
      'cookbook queries without a check in cookbook.test.ts',
    ).toEqual([]);
    expect(
      Object.keys(cookbook).filter((f) => !files.includes(f)),
      'checks without a query file',
    ).toEqual([]);
  });

  it.each(files)('%s answers its question', async (file) => {
    const source = fs.readFileSync(path.join(QUERIES_DIR, file), 'utf8');
    expect(source.trimStart().startsWith('#'), `${file} opens with a comment`).toBe(true);
    const parsed = parse(source);
    const operations = parsed.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations, `${file} holds one operation`).toHaveLength(1);
    const pascal = file
      .replace(/\.graphql$/, '')
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join('');
    expect(operations[0]!.name?.value, 'the operation is named after its file').toBe(pascal);

    const res = await kizuna.graphql(source);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.status).toBe(200);

    const entry = cookbook[file];
    expect(entry, `${file} has no check in cookbook.test.ts`).toBeDefined();
    // The typed document is generated from this very file (npm run codegen regenerates it).
    expect(print(entry!.document)).toBe(print(parsed));
    entry!.check(res.data);
  });
});
