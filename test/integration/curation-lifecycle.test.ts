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
const FIGURE_EXCERPT =
  'The Participants will meet once every two years in person or virtually to carry out the Policy Dialogue and review cooperative activities, including their effectiveness.';
/** Verbatim in the 2023 MOC's text. */
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];

interface Kind {
  name: string;
  mutation: string;
  inputType: string;
  /** Its GraphQL type, read back through node(id:). */
  type: string;
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
    type: 'Instrument',
    id: 'moc-2099-lifecycle-test',
    nameField: 'title',
    input: (title) => ({ id: 'moc-2099-lifecycle-test', kind: 'MOC', title, countries: ['canada', 'japan'], evidence }),
  },
  {
    name: 'institution',
    mutation: 'upsertInstitution',
    inputType: 'InstitutionInput',
    type: 'Institution',
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
    type: 'TechnologyArea',
    id: 'lifecycle-test-area',
    nameField: 'name',
    input: (name) => ({ id: 'lifecycle-test-area', name, evidence }),
  },
  {
    name: 'mechanism',
    mutation: 'upsertMechanism',
    inputType: 'MechanismInput',
    type: 'Mechanism',
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
    type: 'Event',
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
  {
    name: 'country',
    mutation: 'upsertCountry',
    inputType: 'CountryInput',
    type: 'Country',
    id: 'lifecycle-test-country',
    nameField: 'name',
    input: (name) => ({ id: 'lifecycle-test-country', name, iso: 'ZZ', evidence }),
  },
  {
    name: 'change event',
    mutation: 'upsertChangeEvent',
    inputType: 'ChangeEventInput',
    type: 'ChangeEvent',
    id: 'change-2099-lifecycle-test',
    nameField: 'summary',
    input: (summary) => ({
      id: 'change-2099-lifecycle-test',
      kind: 'RENAMING',
      date: '2099-01-01',
      originals: ['nrc'],
      results: ['jst'],
      summary,
      evidence,
    }),
  },
  {
    name: 'policy topic',
    mutation: 'upsertPolicyTopic',
    inputType: 'PolicyTopicInput',
    type: 'PolicyTopic',
    id: 'lifecycle-test-topic',
    nameField: 'name',
    input: (name) => ({ id: 'lifecycle-test-topic', name, aliases: ['LTT'], broader: ['research-security'], evidence }),
  },
  {
    name: 'post',
    mutation: 'upsertPost',
    inputType: 'PostInput',
    type: 'Post',
    id: 'post-lifecycle-test',
    nameField: 'title',
    input: (title) => ({
      id: 'post-lifecycle-test',
      title,
      postIn: 'meti',
      participatesIn: [{ target: 'industrial-rd-policy-dialogue', role: 'CO_CHAIR' }],
      evidence,
    }),
  },
  {
    name: 'person',
    mutation: 'upsertPerson',
    inputType: 'PersonInput',
    type: 'Person',
    id: 'person-lifecycle-test',
    nameField: 'name',
    input: (name) => ({
      id: 'person-lifecycle-test',
      name,
      holds: [{ post: 'post-meti-bureau-director-general', from: '2098', to: '2099' }],
      evidence,
    }),
  },
  {
    name: 'provision',
    mutation: 'upsertProvision',
    inputType: 'ProvisionInput',
    type: 'Provision',
    id: 'moc-2023-lifecycle-test-provision',
    nameField: 'note',
    input: (note) => ({
      id: 'moc-2023-lifecycle-test-provision',
      of: MOC,
      source: 'doc-moc-2023',
      locator: '§6.1',
      kind: 'STATUS',
      text: 'This MOC is not legally binding.',
      mentions: [{ target: MOC, asNamed: 'This MOC' }],
      note,
    }),
  },
  {
    name: 'figure',
    mutation: 'upsertFigure',
    inputType: 'FigureInput',
    type: 'Figure',
    id: 'fig-2099-lifecycle-test',
    nameField: 'measure',
    input: (measure) => ({
      id: 'fig-2099-lifecycle-test',
      measure,
      value: 2,
      unit: 'YEARS',
      asWritten: 'once every two years',
      about: ['industrial-rd-policy-dialogue'],
      evidence: [{ source: 'doc-moc-2023', locator: '§4.1.2', excerpt: FIGURE_EXCERPT }],
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
  return kizuna.graphql(
    `{ record: node(id: "${kind.id}") { id ... on ${kind.type} { ${kind.nameField} curation { origin createdBy updatedBy } } } }`,
  );
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
    expect(ok(await read(kind)).record).toMatchObject({ id: kind.id, [kind.nameField]: 'Lifecycle Test Original' });

    // A second curator corrects it: attributed to carol, the creator kept.
    expect((await upsert(kind, 'Lifecycle Test Corrected', CAROL, 'typo in the name')).errors).toBeUndefined();
    expect(ok(await read(kind)).record).toMatchObject({
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
    expect(ok(await read(kind)).record).toMatchObject({ [kind.nameField]: 'Lifecycle Test Corrected' });

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
  const kind = kinds.find((k) => k.type === 'Event') as Kind;

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
    expect(ok(await read(kind)).record).toMatchObject({ name: 'Revert Original' });
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

  it('records one CREATE when curators upsert the same new record at once, and one revision per write, each by its curator', async () => {
    const id = 'moc-2099-concurrent-test';
    const input = (i: number) => ({ id, kind: 'MOC', title: `Concurrent ${i}`, countries: ['canada'], evidence });
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        kizuna.graphql('mutation ($i: InstrumentInput!) { upsertInstrument(input: $i) { id } }', { i: input(i) }, i % 2 ? CAROL : ALICE),
      ),
    );
    for (const reply of replies) expect(reply.errors).toBeUndefined();
    const revisions = await history(id);
    expect(revisions).toHaveLength(6);
    expect(revisions.filter((r) => r.operation === 'CREATE')).toHaveLength(1);
    expect(revisions.at(-1)?.operation).toBe('CREATE');
    expect(revisions.filter((r) => r.by === 'carol')).toHaveLength(3);
    // Each UPDATE's before is the previous revision's after: no write was lost between them.
    for (let i = 0; i < revisions.length - 1; i++)
      expect(JSON.parse(revisions[i]?.before ?? 'null')).toEqual(JSON.parse(revisions[i + 1]?.after ?? 'null'));
    ok(await lifecycle('deleteRecord', id, ALICE));
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

describe('curation lifecycle: linked records', () => {
  const instrument = (id: string, relations: Record<string, unknown>[] = [], extra: Record<string, unknown> = {}) => ({
    id,
    kind: 'MOC',
    title: `Linked test ${id}`,
    countries: ['canada'],
    relations,
    evidence,
    ...extra,
  });
  const upsertInstrument = async (input: Record<string, unknown>): Promise<GraphQLResponse> =>
    kizuna.graphql('mutation ($i: InstrumentInput!) { upsertInstrument(input: $i) { id } }', { i: input }, ALICE);
  const buildsOn = (target: string) => ({ type: 'BUILDS_ON', target, evidence });

  it("shows another record's write that links to or unlinks from a record in that record's history", async () => {
    const id = 'moc-2099-citing-test';
    const cites = [{ type: 'CITES', target: MOC, evidence }];
    ok(await upsertInstrument(instrument(id, cites)));
    expect((await history(MOC))[0]).toMatchObject({ subject: id, operation: 'CREATE' });
    ok(await lifecycle('retireRecord', id, ALICE));
    expect((await history(MOC))[0]).toMatchObject({ subject: id, operation: 'RETIRE' });
    ok(await lifecycle('restoreRecord', id, CAROL));
    expect((await history(MOC))[0]).toMatchObject({ subject: id, operation: 'RESTORE', by: 'carol' });
    // An update that leaves the link as it was is not the MOC's business.
    ok(await upsertInstrument(instrument(id, cites, { title: 'Linked test, renamed' })));
    expect((await history(MOC))[0]).toMatchObject({ operation: 'RESTORE' });
    expect((await history(id))[0]).toMatchObject({ operation: 'UPDATE' });
    ok(await lifecycle('deleteRecord', id, ALICE));
    expect((await history(MOC))[0]).toMatchObject({ subject: id, operation: 'DELETE' });
    const reverted = ok(
      await kizuna.graphql<{ revert: Revision }>(
        'mutation ($r: ID!) { revert(revisionId: $r) { id operation } }',
        {
          r: (await history(id))[0]?.id,
        },
        ALICE,
      ),
    ).revert;
    expect((await history(MOC))[0]).toMatchObject({ id: reverted.id, subject: id, operation: 'REVERT' });
    ok(await lifecycle('deleteRecord', id, ALICE));
  });

  it('restores what it can and lists, in notRestored, the relationships whose other end is gone', async () => {
    const area = 'linked-test-area';
    const id = 'moc-2099-covers-test';
    ok(
      await kizuna.graphql(
        'mutation ($i: TechnologyAreaInput!) { upsertTechnologyArea(input: $i) { id } }',
        { i: { id: area, name: 'Linked Test Area', evidence } },
        ALICE,
      ),
    );
    ok(await upsertInstrument(instrument(id, [], { covers: [{ area }, { area: 'semiconductors' }] })));
    ok(await lifecycle('retireRecord', id, ALICE));
    ok(await lifecycle('deleteRecord', area, ALICE));
    const restored = ok(
      await kizuna.graphql<{ restoreRecord: { operation: string; notRestored: string[] } }>(
        'mutation ($id: ID!) { restoreRecord(id: $id) { operation notRestored } }',
        { id },
        ALICE,
      ),
    ).restoreRecord;
    expect(restored.operation).toBe('RESTORE');
    expect(restored.notRestored).toHaveLength(1);
    expect(restored.notRestored[0]).toMatch(new RegExp(`^COVERS:${id}:${area}(:|$)`));
    const read = ok(
      await kizuna.graphql<{ instrument: { technologyAreas: { technologyArea: { id: string } }[] } }>(
        `{ instrument(id: "${id}") { technologyAreas { technologyArea { id } } } }`,
      ),
    );
    expect(read.instrument.technologyAreas.map((c) => c.technologyArea.id)).toEqual(['semiconductors']);
    ok(await lifecycle('deleteRecord', id, ALICE));
  });

  it('refuses to restore a record whose links would close a cycle formed while it was retired, restoring nothing', async () => {
    const [x, y, z] = ['moc-2099-cycle-x', 'moc-2099-cycle-y', 'moc-2099-cycle-z'];
    ok(await upsertInstrument(instrument(y)));
    ok(await upsertInstrument(instrument(x, [buildsOn(y)])));
    ok(await upsertInstrument(instrument(z, [buildsOn(x)])));
    ok(await lifecycle('retireRecord', x, ALICE));
    // Without x, y may build on z; with x back, x → y → z → x would be a cycle.
    ok(await upsertInstrument(instrument(y, [buildsOn(z)])));
    const revisions = (await history(x)).length;
    const refused = await lifecycle('restoreRecord', x, ALICE);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.invariant).toBe('CYCLE');
    expect(refused.errors?.[0]?.message).toMatch(/BUILDS_ON would close a cycle/);
    expect(codeOf(await read({ ...(kinds[0] as Kind), id: x }))).toBe('NOT_FOUND');
    expect((await history(x)).length).toBe(revisions);
    // The same holds for a revert that would put x back.
    const retire = (await history(x))[0];
    expect(codeOf(await kizuna.graphql('mutation ($r: ID!) { revert(revisionId: $r) { id } }', { r: retire?.id }, ALICE))).toBe(
      'BAD_USER_INPUT',
    );
    for (const id of [x, z, y]) ok(await lifecycle('deleteRecord', id, ALICE));
  });
});

describe('curation lifecycle: provisions, figures and change events keep the seed rules', () => {
  const PROVISION = kinds.find((k) => k.type === 'Provision') as Kind;
  const positions = async (): Promise<{ id: string; position: number }[]> =>
    ok(
      await kizuna.graphql<{ instrument: { provisions: { id: string; position: number }[] } }>(
        `{ instrument(id: "${MOC}") { provisions { id position } } }`,
      ),
    ).instrument.provisions;

  it("numbers an instrument's provisions from 0 in document order, and puts a curator's after them, where an update keeps it", async () => {
    const seeded = await positions();
    expect(seeded.length).toBeGreaterThan(5);
    expect(seeded.map((p) => p.position)).toEqual(seeded.map((_, i) => i));
    ok(await upsert(PROVISION, 'first', ALICE));
    ok(await upsert(PROVISION, 'second', CAROL));
    const after = await positions();
    expect(after.at(-1)).toEqual({ id: PROVISION.id, position: seeded.length });
    ok(await lifecycle('deleteRecord', PROVISION.id, ALICE));
  });

  it('refuses a provision whose text is not verbatim in its source, or whose asNamed is not in its text', async () => {
    const notVerbatim = await kizuna.graphql(
      'mutation ($i: ProvisionInput!) { upsertProvision(input: $i) { id } }',
      { i: { ...PROVISION.input('x'), text: 'This MOC is legally binding.' } },
      ALICE,
    );
    expect(codeOf(notVerbatim)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(notVerbatim.errors?.[0]?.extensions?.problems)).toMatch(/not verbatim/);
    const badName = await kizuna.graphql(
      'mutation ($i: ProvisionInput!) { upsertProvision(input: $i) { id } }',
      { i: { ...PROVISION.input('x'), mentions: [{ target: MOC, asNamed: 'the Agreement' }] } },
      ALICE,
    );
    expect(codeOf(badName)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badName.errors?.[0]?.extensions?.problems)).toMatch(/does not occur in the provision's text/);
  });

  it('refuses a figure whose asWritten is not in its excerpts', async () => {
    const figure = kinds.find((k) => k.type === 'Figure') as Kind;
    const res = await kizuna.graphql(
      'mutation ($i: FigureInput!) { upsertFigure(input: $i) { id } }',
      { i: { ...figure.input('x'), asWritten: 'once every three years' } },
      ALICE,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.problems)).toMatch(/asWritten/);
  });

  it('refuses a change event that would make succession circular, naming the cycle', async () => {
    const change = kinds.find((k) => k.type === 'ChangeEvent') as Kind;
    // Seeded: DRIE became ISTC in 1989.
    const res = await kizuna.graphql(
      'mutation ($i: ChangeEventInput!) { upsertChangeEvent(input: $i) { id } }',
      { i: { ...change.input('back again'), originals: ['istc'], results: ['drie'] } },
      ALICE,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.invariant).toBe('CYCLE');
    expect(res.errors?.[0]?.extensions?.cycle).toEqual(expect.arrayContaining(['istc', 'drie']));
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
    const kind = kinds.find((k) => k.type === 'Instrument') as Kind;
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
    const kind = kinds.find((k) => k.type === 'Instrument') as Kind;
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
