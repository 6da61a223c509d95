import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import type { Db } from '../../src/db/createDb.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { graphFingerprint, loadSeedGraph } from '../../src/seed/loadSeedGraph.js';
import { startTestKizuna, type GraphQLResponse, type TestKizuna } from './support/startTestKizuna.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

const CURATOR = { authorization: 'Bearer curator-token-0123456789abcdef' };
const READER = { authorization: 'Bearer reader-token-0123456789abcdef' };

const MOC = 'moc-2023-industrial-science-technology';
const BATTERY = 'moc-2023-battery-supply-chains';
const NEW_ID = 'moc-2099-curated-test';

/** Verbatim in seeds/sources/000_….txt (the 2023 MOC). */
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];
const partyEvidence = [
  {
    source: 'doc-moc-2023',
    locator: 'Preamble',
    excerpt: 'The Department of Industry, the Department of Foreign Affairs, Trade and Development of Canada',
  },
];

const instrumentInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: NEW_ID,
  kind: 'MOC',
  title: 'A curated test memorandum',
  signedOn: '2099-04',
  legallyBinding: 'FALSE',
  countries: ['canada', 'japan'],
  names: [{ value: 'Curated Test MOC', kind: 'APPLIED' }],
  parties: [{ institution: 'ised', role: 'SIGNATORY', asNamed: 'Department of Industry', evidence: partyEvidence }],
  covers: [{ area: 'quantum', how: 'FOCUS' }],
  evidence,
  ...overrides,
});

const UPSERT_INSTRUMENT = /* GraphQL */ `
  mutation ($input: InstrumentInput!) {
    upsertInstrument(input: $input) {
      id
      title
      legallyBinding
      date {
        value
        precision
      }
      names {
        value
      }
      parties {
        role
        asNamed
        institution {
          id
        }
      }
      technologyAreas {
        how
        technologyArea {
          id
        }
      }
      evidence {
        source {
          id
        }
        excerpt
      }
    }
  }
`;

const ADD = /* GraphQL */ `
  mutation ($input: RelationshipInput!) {
    addRelationship(input: $input) {
      id
      relation
      from {
        id
      }
      to {
        id
      }
      evidence {
        excerpt
      }
    }
  }
`;

const REMOVE = /* GraphQL */ `
  mutation ($input: RelationshipKeyInput!) {
    removeRelationship(input: $input)
  }
`;

const citation = { relation: 'CITES', from: BATTERY, to: MOC, note: 'test citation', evidence };

let kizuna: TestKizuna;
let db: Db;

beforeAll(async () => {
  db = openTestDb();
  await restoreSeededGraph(db);
  kizuna = await startTestKizuna({
    KIZUNA_TOKENS: 'curator-token-0123456789abcdef:curator:alice,reader-token-0123456789abcdef:reader:bob',
  });
});

afterAll(async () => {
  await kizuna?.stop();
  await restoreSeededGraph(db);
  await db.close();
});

async function storedProps(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.read('nodes-by-ids', { ids: [id] });
  return row?.props as Record<string, unknown> | undefined;
}

function errorOf(res: GraphQLResponse): { code?: string; message: string; problems: { path: string; message: string }[] } {
  const error = res.errors?.[0];
  return {
    code: error?.extensions?.code,
    message: error?.message ?? '',
    problems: (error?.extensions?.problems as { path: string; message: string }[] | undefined) ?? [],
  };
}

/** Runs a mutation that must fail, and proves it wrote nothing. */
async function rejected(query: string, input: Record<string, unknown>, headers = CURATOR): Promise<ReturnType<typeof errorOf>> {
  const before = await graphFingerprint(db);
  const res = await kizuna.graphql(query, { input }, headers);
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  expect(await graphFingerprint(db)).toBe(before);
  return errorOf(res);
}

describe('curator writes: who may write', () => {
  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const error = await rejected(UPSERT_INSTRUMENT, instrumentInput(), {} as typeof CURATOR);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/needs a curator token: send "Authorization: Bearer <token>"/);
  });

  it('refuses a reader token with FORBIDDEN', async () => {
    const error = await rejected(ADD, citation, READER);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      '"bob" has the reader role; this operation needs the curator role. Ask an administrator for a curator token.',
    );
  });

  // Every mutation, not just two: a resolver that forgot its role check would write (or answer
  // NOT_FOUND / CONFLICT) instead of refusing the caller.
  const everyMutation: [string, string, Record<string, unknown>][] = [
    ['upsertInstrument', UPSERT_INSTRUMENT, instrumentInput()],
    [
      'upsertInstitution',
      'mutation ($input: InstitutionInput!) { upsertInstitution(input: $input) { id } }',
      { id: 'curated-role-office', kind: 'PROGRAMME_OFFICE', name: 'Curated Role Office', country: 'canada', evidence },
    ],
    [
      'upsertTechnologyArea',
      'mutation ($input: TechnologyAreaInput!) { upsertTechnologyArea(input: $input) { id } }',
      { id: 'curated-role-area', name: 'Curated Role Area', evidence },
    ],
    ['addRelationship', ADD, citation],
    ['removeRelationship', REMOVE, { relation: 'CITES', from: BATTERY, to: MOC }],
  ];

  it.each(everyMutation)('refuses %s to an anonymous caller (UNAUTHENTICATED) and to a reader (FORBIDDEN)', async (_name, query, input) => {
    expect((await rejected(query, input, {} as typeof CURATOR)).code).toBe('UNAUTHENTICATED');
    expect((await rejected(query, input, READER)).code).toBe('FORBIDDEN');
  });

  it('keeps reads public, with or without a token', async () => {
    for (const headers of [{}, READER, CURATOR]) {
      const res = await kizuna.graphql<{ instrument: { id: string } }>(`{ instrument(id: "${MOC}") { id } }`, {}, headers);
      expect(res.errors).toBeUndefined();
      expect(res.data?.instrument.id).toBe(MOC);
    }
  });
});

describe('curator writes: records', () => {
  it('creates an instrument with parties, coverage and evidence, and reads it back', async () => {
    const res = await kizuna.graphql<{ upsertInstrument: Record<string, unknown> }>(
      UPSERT_INSTRUMENT,
      { input: instrumentInput() },
      CURATOR,
    );
    expect(res.errors).toBeUndefined();
    const expected = {
      id: NEW_ID,
      title: 'A curated test memorandum',
      legallyBinding: 'FALSE',
      date: { value: '2099-04', precision: 'MONTH' },
      names: [{ value: 'Curated Test MOC' }],
      parties: [{ role: 'SIGNATORY', asNamed: 'Department of Industry', institution: { id: 'ised' } }],
      technologyAreas: [{ how: 'FOCUS', technologyArea: { id: 'quantum' } }],
      evidence: [{ source: { id: 'doc-moc-2023' }, excerpt: 'This MOC is not legally binding.' }],
    };
    expect(res.data?.upsertInstrument).toEqual(expected);

    const read = await kizuna.graphql<{ instrument: Record<string, unknown> }>(
      UPSERT_INSTRUMENT.replace('mutation ($input: InstrumentInput!)', 'query').replace(
        'upsertInstrument(input: $input)',
        `instrument(id: "${NEW_ID}")`,
      ),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.instrument).toEqual(expected);

    const props = await storedProps(NEW_ID);
    expect(props).toMatchObject({ origin: 'curator', createdBy: 'alice', updatedBy: 'alice' });
    expect(String(props?.createdAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(props?.updatedAt).toBe(props?.createdAt);

    const curation = await kizuna.graphql<{ instrument: { curation: Record<string, unknown> } }>(
      `{ instrument(id: "${NEW_ID}") { curation { origin createdBy createdAt updatedBy updatedAt } } }`,
    );
    expect(curation.data?.instrument.curation).toEqual({
      origin: 'curator',
      createdBy: 'alice',
      createdAt: props?.createdAt,
      updatedBy: 'alice',
      updatedAt: props?.updatedAt,
    });
  });

  it('updates a curator-made instrument: keeps its creator, replaces its names, and leaves the seed loader indifferent', async () => {
    const created = await storedProps(NEW_ID);
    const res = await kizuna.graphql<{ upsertInstrument: { title: string; names: unknown[] } }>(
      UPSERT_INSTRUMENT,
      { input: instrumentInput({ title: 'A renamed test memorandum', names: [] }) },
      CURATOR,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.upsertInstrument).toMatchObject({ title: 'A renamed test memorandum', names: [] });
    const props = await storedProps(NEW_ID);
    expect(props).toMatchObject({ createdBy: 'alice', createdAt: created?.createdAt, title: 'A renamed test memorandum' });
    expect(String(props?.updatedAt) >= String(created?.updatedAt)).toBe(true);

    // The seed loader keeps curator-made records: a reload of the seeds changes nothing.
    const before = await graphFingerprint(db);
    await loadSeedGraph(db, checkSeeds().graph);
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('rejects a bad date with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const error = await rejected(UPSERT_INSTRUMENT, instrumentInput({ id: 'moc-2099-bad', signedOn: '2099-02-30' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('input.signedOn: "2099-02-30" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
    expect(error.problems).toEqual([{ path: 'input.signedOn', message: expect.stringContaining('is not a valid date') }]);
  });

  it('rejects missing evidence', async () => {
    const error = await rejected(UPSERT_INSTRUMENT, instrumentInput({ id: 'moc-2099-bad', evidence: [] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('input.evidence: is required: a list of { source, locator, excerpt }');
  });

  it('rejects an excerpt that is not verbatim in its source', async () => {
    const error = await rejected(
      UPSERT_INSTRUMENT,
      instrumentInput({ id: 'moc-2099-bad', evidence: [{ source: 'doc-moc-2023', locator: '§1', excerpt: 'words the MOC never says' }] }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'input.evidence[0].excerpt: is not verbatim in sources/000_758b36b92918a9bb.txt: "words the MOC never says"',
    );
  });

  it('rejects an unknown party and an unknown source', async () => {
    const error = await rejected(
      UPSERT_INSTRUMENT,
      instrumentInput({
        id: 'moc-2099-bad',
        parties: [{ institution: 'no-such-institution', role: 'SIGNATORY' }],
        evidence: [{ source: 'no-such-source', locator: '§1', excerpt: 'anything' }],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems).toEqual([
      { path: 'input.parties[0]', message: 'PARTICIPATES_IN refers to "no-such-institution", which does not exist in the graph' },
      { path: 'input.evidence[0].source', message: 'unknown source "no-such-source" (see seeds/sources.yaml)' },
    ]);
    expect(error.message).toMatch(/^The input has 2 problems: input\.parties\[0\]: PARTICIPATES_IN refers to "no-such-institution"/);
  });

  it('rejects a reference to a node of the wrong kind', async () => {
    const error = await rejected(UPSERT_INSTRUMENT, instrumentInput({ id: 'moc-2099-bad', covers: [{ area: 'ised' }] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems).toEqual([
      { path: 'input.covers[0]', message: 'COVERS to "ised" is a Institution; COVERS needs TechnologyArea or PolicyTopic' },
    ]);
  });

  it('refuses to overwrite a seeded record with CONFLICT, pointing at the seed files', async () => {
    const error = await rejected(UPSERT_INSTRUMENT, instrumentInput({ id: MOC }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^The Instrument "moc-2023-industrial-science-technology" is defined by the seed files.*change it there/);
  });

  it('refuses an id already used by another kind of node with CONFLICT', async () => {
    const error = await rejected(`mutation ($input: InstitutionInput!) { upsertInstitution(input: $input) { id } }`, {
      id: NEW_ID,
      kind: 'AGENCY',
      name: 'Not an instrument',
      evidence,
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`"${NEW_ID}" is already the id of a Instrument; ids are unique across all kinds. Choose another id.`);
  });

  it('creates an institution and a technology area linked to seeded ones', async () => {
    const institution = await kizuna.graphql<{ upsertInstitution: unknown }>(
      `mutation ($input: InstitutionInput!) { upsertInstitution(input: $input) { id name country { id } partOf { id } founded { value } } }`,
      {
        input: {
          id: 'curated-test-office',
          kind: 'PROGRAMME_OFFICE',
          name: 'Curated Test Office',
          country: 'canada',
          partOf: 'ised',
          founded: '2099',
          evidence,
        },
      },
      CURATOR,
    );
    expect(institution.errors).toBeUndefined();
    expect(institution.data?.upsertInstitution).toEqual({
      id: 'curated-test-office',
      name: 'Curated Test Office',
      country: { id: 'canada' },
      partOf: { id: 'ised' },
      founded: { value: '2099' },
    });

    const area = await kizuna.graphql<{ upsertTechnologyArea: unknown }>(
      `mutation ($input: TechnologyAreaInput!) { upsertTechnologyArea(input: $input) { id aliases broader { id } evolvedFrom { id } } }`,
      {
        input: {
          id: 'curated-test-area',
          name: 'Curated Test Area',
          aliases: ['CTA'],
          broader: ['quantum'],
          evolvedFrom: [{ area: 'semiconductors' }],
          evidence,
        },
      },
      CURATOR,
    );
    expect(area.errors).toBeUndefined();
    expect(area.data?.upsertTechnologyArea).toEqual({
      id: 'curated-test-area',
      aliases: ['CTA'],
      broader: [{ id: 'quantum' }],
      evolvedFrom: [{ id: 'semiconductors' }],
    });
  });
});

describe('lineage over a cycle made by curator writes', () => {
  const A = 'moc-2099-cycle-a';
  const B = 'moc-2099-cycle-b';

  it('ends: each instrument once, both edges once, and no more round trips than the cycle is long', async () => {
    for (const id of [A, B]) {
      const res = await kizuna.graphql(
        UPSERT_INSTRUMENT,
        { input: instrumentInput({ id, title: `Cycle ${id}`, names: [], parties: [], covers: [] }) },
        CURATOR,
      );
      expect(res.errors).toBeUndefined();
    }
    for (const [from, to] of [
      [A, B],
      [B, A],
    ]) {
      // CITES may go both ways (BUILDS_ON may not: graph-invariants.test.ts), so it makes the cycle.
      const res = await kizuna.graphql(ADD, { input: { relation: 'CITES', from, to, evidence } }, CURATOR);
      expect(res.errors).toBeUndefined();
    }
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kizuna-stats': '1' },
      body: JSON.stringify({
        query: `{ lineage(id: "${A}", maxDepth: 10) { nodes { id } depths edges { relation from { id } to { id } } } }`,
      }),
    });
    const body = (await res.json()) as {
      data: {
        lineage: { nodes: { id: string }[]; depths: number[]; edges: { relation: string; from: { id: string }; to: { id: string } }[] };
      };
      extensions: { stats: { roundTrips: number; cacheHits: number } };
    };
    const { nodes, depths, edges } = body.data.lineage;
    const instruments = nodes.map((n) => n.id).filter((id) => id === A || id === B);
    expect(instruments).toEqual([A, B]);
    expect(depths[nodes.findIndex((n) => n.id === B)]).toBe(1);
    const builds = edges.filter((e) => e.relation === 'CITES').map((e) => `${e.from.id}>${e.to.id}`);
    expect(builds.sort()).toEqual([`${A}>${B}`, `${B}>${A}`]);
    // A is expanded at depth 0, B at depth 1; the walk then finds nothing new and stops. A walk
    // that re-expanded the cycle would read at every one of the 10 levels.
    const { roundTrips, cacheHits } = body.extensions.stats;
    expect(roundTrips + cacheHits).toBeLessThan(10);
  });
});

describe('curator writes: relationships', () => {
  it('adds a relationship between two seeded instruments, which then appears in their edges', async () => {
    const res = await kizuna.graphql<{ addRelationship: unknown }>(ADD, { input: citation }, CURATOR);
    expect(res.errors).toBeUndefined();
    expect(res.data?.addRelationship).toEqual({
      id: `CITES:${BATTERY}:${MOC}`,
      relation: 'CITES',
      from: { id: BATTERY },
      to: { id: MOC },
      evidence: [{ excerpt: 'This MOC is not legally binding.' }],
    });

    const read = await kizuna.graphql<{ instrument: { edges: { relation: string; to: { id: string }; note: string | null }[] } }>(
      `{ instrument(id: "${BATTERY}") { edges(direction: OUTGOING) { relation note to { id } } } }`,
    );
    expect(read.data?.instrument.edges).toContainEqual({ relation: 'CITES', note: 'test citation', to: { id: MOC } });

    const [row] = await db.read('edges-of-nodes', { keys: [{ key: 'k', id: BATTERY, types: ['CITES'], direction: 'OUTGOING' }] });
    expect(row?.props).toMatchObject({ origin: 'curator', createdBy: 'alice', updatedBy: 'alice' });
  });

  it('checks endpoint kinds and qualifiers against the graph model', async () => {
    const wrongKind = await rejected(ADD, { ...citation, from: 'ised' });
    expect(wrongKind.code).toBe('BAD_USER_INPUT');
    expect(wrongKind.message).toBe('input: CITES from "ised" is a Institution; CITES needs Instrument');

    const wrongQualifier = await rejected(ADD, { ...citation, role: 'SIGNATORY' });
    expect(wrongQualifier.message).toBe('input.role: does not apply to CITES; it takes note, asNamed');

    const noRole = await rejected(ADD, { relation: 'PARTICIPATES_IN', from: 'meti', to: BATTERY, evidence });
    expect(noRole.message).toBe('input.role: is required');

    const unknown = await rejected(ADD, { ...citation, to: 'no-such-instrument' });
    expect(unknown.message).toBe('input: CITES refers to "no-such-instrument", which does not exist in the graph');
  });

  it('refuses to overwrite a seeded relationship with CONFLICT', async () => {
    const error = await rejected(ADD, { relation: 'PARTICIPATES_IN', from: 'ised', to: MOC, role: 'PARTICIPANT', evidence });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /^The PARTICIPATES_IN relationship "ised" → "moc-2023-industrial-science-technology" \(participant\) is defined by the seed files/,
    );
  });

  it('removes a curator relationship, and refuses a seeded one', async () => {
    const removed = await kizuna.graphql<{ removeRelationship: boolean }>(
      REMOVE,
      { input: { relation: 'CITES', from: BATTERY, to: MOC } },
      CURATOR,
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeRelationship).toBe(true);
    const read = await kizuna.graphql<{ instrument: { edges: { relation: string }[] } }>(
      `{ instrument(id: "${BATTERY}") { edges(direction: OUTGOING) { relation } } }`,
    );
    expect(read.data?.instrument.edges.map((e) => e.relation)).not.toContain('CITES');

    const again = await rejected(REMOVE, { relation: 'CITES', from: BATTERY, to: MOC });
    expect(again.code).toBe('NOT_FOUND');
    expect(again.message).toMatch(/^There is no CITES relationship from "moc-2023-battery-supply-chains"/);

    const seeded = await rejected(REMOVE, { relation: 'PARTICIPATES_IN', from: 'ised', to: MOC, role: 'PARTICIPANT' });
    expect(seeded.code).toBe('CONFLICT');
    expect(seeded.message).toMatch(/is defined by the seed files, so a curator write cannot change or remove it/);
  });

  it('never answers from a stale per-request cache after a write', async () => {
    const related = `from { ... on Instrument { relatedInstruments { relation instrument { id } } } }`;
    const res = await kizuna.graphql<{
      first: { from: { relatedInstruments: { relation: string }[] } };
      second: boolean;
      third: { from: { relatedInstruments: { relation: string }[] } };
    }>(
      `mutation ($cites: RelationshipInput!, $key: RelationshipKeyInput!, $buildsOn: RelationshipInput!) {
        first: addRelationship(input: $cites) { ${related} }
        second: removeRelationship(input: $key)
        third: addRelationship(input: $buildsOn) { ${related} }
      }`,
      {
        cites: citation,
        key: { relation: 'CITES', from: BATTERY, to: MOC },
        buildsOn: { ...citation, relation: 'BUILDS_ON' },
      },
      CURATOR,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.first.from.relatedInstruments.map((r) => r.relation)).toContain('CITES');
    expect(res.data?.second).toBe(true);
    const third = res.data?.third.from.relatedInstruments.map((r) => r.relation);
    expect(third).toContain('BUILDS_ON');
    expect(third).not.toContain('CITES');
  });
});

describe('curator writes: the read cache', () => {
  const EDGES = `{ instrument(id: "${BATTERY}") { edges(direction: OUTGOING) { relation to { id } } } }`;
  type EdgesAnswer = { instrument: { edges: { relation: string; to: { id: string } }[] } };

  async function readEdges(): Promise<{ cited: string[]; roundTrips: number; cacheHits: number }> {
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kizuna-stats': '1' },
      body: JSON.stringify({ query: EDGES }),
    });
    const body = (await res.json()) as { data: EdgesAnswer; extensions: { stats: { roundTrips: number; cacheHits: number } } };
    const cited = body.data.instrument.edges.filter((e) => e.relation === 'CITES').map((e) => e.to.id);
    return { cited, ...body.extensions.stats };
  }

  /**
   * Reads until an answer comes from the cache (at most 30 reads, 100 ms apart): the version poll that
   * follows the file's earlier writes by up to two poll intervals may empty the cache between two reads,
   * and these tests are about what a write does, not about when that poll lands.
   */
  async function warmEdges(): Promise<Awaited<ReturnType<typeof readEdges>>> {
    for (let attempt = 0; ; attempt++) {
      const answer = await readEdges();
      if (answer.roundTrips === 0 || attempt >= 30) return answer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('answers a repeated read without Neo4j, and a curator write is visible to the very next read', async () => {
    const warm = await warmEdges();
    expect(warm).toMatchObject({ roundTrips: 0 });
    expect(warm.cacheHits).toBeGreaterThan(0);
    expect(warm.cited).not.toContain(MOC);

    const added = await kizuna.graphql(ADD, { input: citation }, CURATOR);
    expect(added.errors).toBeUndefined();
    const afterAdd = await readEdges();
    expect(afterAdd.cited).toContain(MOC);
    expect(afterAdd.roundTrips).toBeGreaterThan(0);

    const removed = await kizuna.graphql(REMOVE, { input: { relation: 'CITES', from: BATTERY, to: MOC } }, CURATOR);
    expect(removed.errors).toBeUndefined();
    expect((await readEdges()).cited).not.toContain(MOC);
  });

  it('is cleared by a write that fails, too', async () => {
    expect((await warmEdges()).roundTrips).toBe(0);
    await rejected(ADD, { ...citation, to: 'no-such-instrument' });
    expect((await readEdges()).roundTrips).toBeGreaterThan(0);
  });
});

describe('curator writes: the configured seeds directory', () => {
  it('checks excerpts against the source texts of KIZUNA_SEEDS_DIR, not the default seeds/', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-seeds-'));
    fs.cpSync(path.join(projectRoot, 'seeds'), dir, { recursive: true });
    const sentence = 'A sentence only this copy of the MOC contains.';
    fs.appendFileSync(path.join(dir, 'sources', '000_758b36b92918a9bb.txt'), `\n${sentence}\n`);
    const input = { ...citation, evidence: [{ source: 'doc-moc-2023', locator: 'appendix', excerpt: sentence }] };

    const onDefault = await rejected(ADD, input);
    expect(onDefault.message).toMatch(/is not verbatim in sources\/000_758b36b92918a9bb.txt/);

    const other = await startTestKizuna({
      SEED_ON_START: 'false',
      KIZUNA_SEEDS_DIR: dir,
      KIZUNA_TOKENS: 'curator-token-0123456789abcdef:curator:alice',
    });
    try {
      const added = await other.graphql(ADD, { input }, CURATOR);
      expect(added.errors).toBeUndefined();
      const removed = await other.graphql(REMOVE, { input: { relation: 'CITES', from: BATTERY, to: MOC } }, CURATOR);
      expect(removed.errors).toBeUndefined();
    } finally {
      await other.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
