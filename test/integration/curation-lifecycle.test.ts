/**
 * The life of a curator-made record through the API, for every kind a curator can write: create,
 * correct, retire, restore, delete; its revision history (who, when, before, after, why); revert;
 * seeded records refused; retired records gone from every read until restored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import { graphFingerprint } from '../../src/seed/loadSeedGraph.js';
import { startTestKizuna, type GraphQLResponse, type TestKizuna } from './support/startTestKizuna.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

const ALICE = { authorization: 'Bearer alice-curator-token-0123456789' };
const CAROL = { authorization: 'Bearer carol-curator-token-0123456789' };
const READER = { authorization: 'Bearer bob-reader-token-0123456789ab' };
const MOC = 'moc-2023-industrial-science-technology';
const REFUSED = 'moc-2099-refused-test';

/** Verbatim in the 2023 MOC's text. */
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];

interface Kind {
  name: string;
  mutation: string;
  inputType: string;
  query: string;
  id: string;
  input: (name: string) => Record<string, unknown>;
  /** The name or title the record is found by, read back. */
  nameField: string;
}

const kinds: Kind[] = [
  {
    name: 'instrument',
    mutation: 'upsertInstrument',
    inputType: 'InstrumentInput',
    query: 'instrument',
    id: 'moc-2099-lifecycle-test',
    nameField: 'title',
    input: (title) => ({ id: 'moc-2099-lifecycle-test', kind: 'MOC', title, countries: ['canada', 'japan'], evidence }),
  },
  {
    name: 'institution',
    mutation: 'upsertInstitution',
    inputType: 'InstitutionInput',
    query: 'institution',
    id: 'lifecycle-test-office',
    nameField: 'name',
    input: (name) => ({
      id: 'lifecycle-test-office',
      kind: 'PROGRAMME_OFFICE',
      name,
      country: 'canada',
      founded: '2001',
      dateClaims: [{ field: 'founded', value: '2002', evidence }],
      evidence,
    }),
  },
  {
    name: 'technology area',
    mutation: 'upsertTechnologyArea',
    inputType: 'TechnologyAreaInput',
    query: 'technologyArea',
    id: 'lifecycle-test-area',
    nameField: 'name',
    input: (name) => ({ id: 'lifecycle-test-area', name, evidence }),
  },
  {
    name: 'mechanism',
    mutation: 'upsertMechanism',
    inputType: 'MechanismInput',
    query: 'mechanism',
    id: 'lifecycle-test-dialogue',
    nameField: 'name',
    input: (name) => ({
      id: 'lifecycle-test-dialogue',
      kind: 'DIALOGUE',
      name,
      participants: [{ institution: 'ised', role: 'CO_CHAIR' }],
      evidence,
    }),
  },
  {
    name: 'event',
    mutation: 'upsertEvent',
    inputType: 'EventInput',
    query: 'event',
    id: 'lifecycle-test-meeting',
    nameField: 'name',
    input: (name) => ({
      id: 'lifecycle-test-meeting',
      kind: 'MEETING',
      name,
      date: '2099-05-01',
      dateClaims: [{ field: 'date', value: '2099-06', evidence }],
      concerns: [MOC],
      evidence,
    }),
  },
];

const HISTORY = /* GraphQL */ `
  query ($id: ID!) {
    history(id: $id) {
      id
      subject
      operation
      at
      by
      reason
      before
      after
      revertOf
    }
  }
`;

interface Revision {
  id: string;
  subject: string;
  operation: string;
  at: string;
  by: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  revertOf: string | null;
}

let kizuna: TestKizuna;
let db: Db;

beforeAll(async () => {
  db = openTestDb();
  await restoreSeededGraph(db);
  kizuna = await startTestKizuna({
    KIZUNA_TOKENS:
      'alice-curator-token-0123456789:curator:alice,carol-curator-token-0123456789:curator:carol,bob-reader-token-0123456789ab:reader:bob',
  });
});

afterAll(async () => {
  await kizuna?.stop();
  await restoreSeededGraph(db);
  await db.close();
});

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const codeOf = (res: GraphQLResponse): unknown => res.errors?.[0]?.extensions?.code;

async function upsert(kind: Kind, name: string, headers: Record<string, string>, reason?: string): Promise<GraphQLResponse> {
  return kizuna.graphql(
    `mutation ($input: ${kind.inputType}!, $reason: String) { ${kind.mutation}(input: $input, reason: $reason) { id } }`,
    { input: kind.input(name), reason },
    headers,
  );
}

async function lifecycle(
  field: string,
  id: string,
  headers: Record<string, string>,
  reason?: string,
): Promise<GraphQLResponse<Record<string, Revision>>> {
  return kizuna.graphql<Record<string, Revision>>(
    `mutation ($id: ID!, $reason: String) { ${field}(id: $id, reason: $reason) { id subject operation by reason before after } }`,
    { id, reason },
    headers,
  );
}

async function history(id: string): Promise<Revision[]> {
  return ok(await kizuna.graphql<{ history: Revision[] }>(HISTORY, { id })).history;
}

async function read(kind: Kind): Promise<GraphQLResponse<Record<string, Record<string, unknown> | null>>> {
  return kizuna.graphql(`{ ${kind.query}(id: "${kind.id}") { id ${kind.nameField} curation { origin createdBy updatedBy } } }`);
}

async function searchIds(text: string): Promise<string[]> {
  const data = ok(
    await kizuna.graphql<{ search: { node: { id: string } }[] }>('query ($t: String!) { search(text: $t, first: 50) { node { id } } }', {
      t: text,
    }),
  );
  return data.search.map((h) => h.node.id);
}

describe('curation lifecycle: every kind', () => {
  it.each(kinds)('a curator can create, correct, retire, restore and delete a $name, and read its history', async (kind) => {
    const created = await upsert(kind, 'Lifecycle Test Original', ALICE, 'new record for the test');
    expect(created.errors).toBeUndefined();
    expect(ok(await read(kind))[kind.query]).toMatchObject({ id: kind.id, [kind.nameField]: 'Lifecycle Test Original' });

    // A second curator corrects it: attributed to carol, the creator kept.
    expect((await upsert(kind, 'Lifecycle Test Corrected', CAROL, 'typo in the name')).errors).toBeUndefined();
    expect(ok(await read(kind))[kind.query]).toMatchObject({
      [kind.nameField]: 'Lifecycle Test Corrected',
      curation: { origin: 'curator', createdBy: 'alice', updatedBy: 'carol' },
    });

    const retired = ok(await lifecycle('retireRecord', kind.id, ALICE, 'duplicate of another record')).retireRecord;
    expect(retired).toMatchObject({ subject: kind.id, operation: 'RETIRE', by: 'alice', reason: 'duplicate of another record' });
    expect(codeOf(await read(kind))).toBe('NOT_FOUND');

    // Retired: refused as retired again, and an upsert may not take its id over.
    expect(codeOf(await lifecycle('retireRecord', kind.id, ALICE))).toBe('CONFLICT');
    expect(codeOf(await upsert(kind, 'Takeover', ALICE))).toBe('CONFLICT');

    const restored = ok(await lifecycle('restoreRecord', kind.id, CAROL, 'not a duplicate after all')).restoreRecord;
    expect(restored).toMatchObject({ operation: 'RESTORE', by: 'carol' });
    expect(ok(await read(kind))[kind.query]).toMatchObject({ [kind.nameField]: 'Lifecycle Test Corrected' });

    const deleted = ok(await lifecycle('deleteRecord', kind.id, ALICE, 'test over')).deleteRecord;
    expect(deleted).toMatchObject({ operation: 'DELETE', after: null });
    expect(codeOf(await read(kind))).toBe('NOT_FOUND');
    expect(codeOf(await lifecycle('deleteRecord', kind.id, ALICE))).toBe('NOT_FOUND');

    const revisions = await history(kind.id);
    expect(revisions.map((r) => r.operation)).toEqual(['DELETE', 'RESTORE', 'RETIRE', 'UPDATE', 'CREATE']);
    expect(revisions.map((r) => r.by)).toEqual(['alice', 'carol', 'alice', 'carol', 'alice']);
    expect(revisions.map((r) => r.reason)).toEqual([
      'test over',
      'not a duplicate after all',
      'duplicate of another record',
      'typo in the name',
      'new record for the test',
    ]);
    for (const r of revisions) expect(Date.parse(r.at)).toBeGreaterThan(Date.now() - 600_000);
    const [, , , update, create] = revisions;
    expect(create?.before).toBeNull();
    expect(JSON.parse(create?.after ?? 'null')).toMatchObject({
      kind: 'record',
      id: kind.id,
      props: { [kind.nameField]: 'Lifecycle Test Original' },
    });
    expect(JSON.parse(update?.before ?? 'null')).toMatchObject({ props: { [kind.nameField]: 'Lifecycle Test Original' } });
    expect(JSON.parse(update?.after ?? 'null')).toMatchObject({
      props: { [kind.nameField]: 'Lifecycle Test Corrected', updatedBy: 'carol' },
    });
  });
});

describe('curation lifecycle: revisions', () => {
  const kind = kinds[4] as Kind;

  it('keeps date claims as curated values: a differing claim makes the date disputed', async () => {
    ok(await upsert(kind, 'Claims Meeting', ALICE));
    const data = ok(await kizuna.graphql<{ event: { date: { status: string } } }>(`{ event(id: "${kind.id}") { date { status } } }`));
    expect(data.event.date.status).toBe('DISPUTED');
    ok(await lifecycle('deleteRecord', kind.id, ALICE));
  });

  it('reverts an update to the record as it was, recorded as a revision of its own', async () => {
    ok(await upsert(kind, 'Revert Original', ALICE));
    ok(await upsert(kind, 'Revert Vandalised', CAROL));
    const [update] = await history(kind.id);
    const reverted = ok(
      await kizuna.graphql<{ revert: Revision }>(
        'mutation ($r: ID!) { revert(revisionId: $r, reason: "vandalism") { operation revertOf by reason } }',
        { r: update?.id },
        ALICE,
      ),
    ).revert;
    expect(reverted).toEqual({ operation: 'REVERT', revertOf: update?.id, by: 'alice', reason: 'vandalism' });
    expect(ok(await read(kind))[kind.query]).toMatchObject({ name: 'Revert Original' });
    // The restored record keeps its links: the event still concerns the MOC.
    const edges = ok(
      await kizuna.graphql<{ event: { concerns: { id: string }[] } }>(`{ event(id: "${kind.id}") { concerns { ... on Node { id } } } }`),
    );
    expect(edges.event.concerns.map((c) => c.id)).toEqual([MOC]);

    // Reverting the creation removes the record.
    const create = (await history(kind.id)).find((r) => r.operation === 'CREATE');
    ok(await kizuna.graphql('mutation ($r: ID!) { revert(revisionId: $r) { id } }', { r: create?.id }, ALICE));
    expect(codeOf(await read(kind))).toBe('NOT_FOUND');
    expect(codeOf(await kizuna.graphql('mutation { revert(revisionId: "rev-999999") { id } }', {}, ALICE))).toBe('NOT_FOUND');
  });

  it('records relationship writes under both ends, and reverts them', async () => {
    const add = ok(
      await kizuna.graphql<{ addRelationship: { id: string } }>(
        'mutation ($i: RelationshipInput!) { addRelationship(input: $i, reason: "cited in §6") { id } }',
        { i: { relation: 'CITES', from: 'moc-2023-battery-supply-chains', to: MOC, evidence } },
        ALICE,
      ),
    ).addRelationship;
    const [revision] = await history(add.id);
    expect(revision).toMatchObject({ subject: add.id, operation: 'CREATE', by: 'alice', reason: 'cited in §6', before: null });
    expect((await history(MOC))[0]?.id).toBe(revision?.id);
    ok(await kizuna.graphql('mutation ($r: ID!) { revert(revisionId: $r) { id } }', { r: revision?.id }, CAROL));
    const edges = ok(
      await kizuna.graphql<{ instrument: { edges: { id: string }[] } }>(
        `{ instrument(id: "${MOC}") { edges(direction: INCOMING) { id } } }`,
      ),
    );
    expect(edges.instrument.edges.map((e) => e.id)).not.toContain(add.id);
  });
});

describe('curation lifecycle: what is refused', () => {
  it('refuses to retire, delete or revert a seeded record (CONFLICT, seeded), writing nothing and no revision', async () => {
    const before = await graphFingerprint(db);
    const revisions = (await history(MOC)).length;
    for (const field of ['retireRecord', 'deleteRecord']) {
      const res = await lifecycle(field, MOC, ALICE, 'should not happen');
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.extensions?.seeded).toBe(true);
      expect(res.errors?.[0]?.message).toMatch(/defined by the seed files/);
    }
    expect(await graphFingerprint(db)).toBe(before);
    expect((await history(MOC)).length).toBe(revisions);
  });

  it('leaves no revision for a refused write, and lets only curators write', async () => {
    const kind = kinds[0] as Kind;
    const bad = await kizuna.graphql(
      'mutation ($input: InstrumentInput!) { upsertInstrument(input: $input, reason: "bad") { id } }',
      { input: { ...kind.input('Bad'), id: REFUSED, evidence: [{ ...evidence[0], excerpt: 'Not in the source at all.' }] } },
      ALICE,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await lifecycle('retireRecord', MOC, READER))).toBe('FORBIDDEN');
    expect(codeOf(await lifecycle('retireRecord', MOC, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await lifecycle('retireRecord', 'no-such-record', ALICE))).toBe('NOT_FOUND');
    const long = await kizuna.graphql(
      'mutation ($input: InstrumentInput!, $reason: String) { upsertInstrument(input: $input, reason: $reason) { id } }',
      { input: { ...kind.input('Long reason'), id: REFUSED }, reason: 'x'.repeat(1_001) },
      ALICE,
    );
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(codeOf(await kizuna.graphql(`{ instrument(id: "${REFUSED}") { id } }`))).toBe('NOT_FOUND');
    expect(await history(REFUSED)).toEqual([]);
  });
});

describe('curation lifecycle: a retired record leaves every read', () => {
  it('vanishes from search, listings, counts and exports, and comes back on restore', async () => {
    const kind = kinds[0] as Kind;
    const title = 'Zyxwvut Lifecycle Memorandum';
    ok(await upsert(kind, title, ALICE));
    const total = async (): Promise<number> =>
      ok(await kizuna.graphql<{ instruments: { totalCount: number } }>('{ instruments(first: 1) { totalCount } }')).instruments.totalCount;
    const exported = async (): Promise<string> => (await fetch(`${kizuna.origin}/export/nodes.csv`)).text();
    const count = await total();
    expect(await searchIds('Zyxwvut Lifecycle')).toContain(kind.id);
    expect(await exported()).toContain(kind.id);

    ok(await lifecycle('retireRecord', kind.id, ALICE));
    expect(await searchIds('Zyxwvut Lifecycle')).not.toContain(kind.id);
    expect(await total()).toBe(count - 1);
    expect(await exported()).not.toContain(kind.id);
    expect(codeOf(await kizuna.graphql(`{ node(id: "${kind.id}") { id } }`))).toBe('NOT_FOUND');

    ok(await lifecycle('restoreRecord', kind.id, ALICE));
    expect(await searchIds('Zyxwvut Lifecycle')).toContain(kind.id);
    expect(await total()).toBe(count);
    expect(await exported()).toContain(kind.id);
    ok(await lifecycle('deleteRecord', kind.id, ALICE));
  });
});
