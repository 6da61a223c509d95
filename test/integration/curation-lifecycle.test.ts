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
    // Verbatim, but cut out of its sentence: "This MOC is not legally binding." says something else.
    const fragment = await kizuna.graphql(
      'mutation ($i: ProvisionInput!) { upsertProvision(input: $i) { id } }',
      { i: { ...PROVISION.input('x'), text: 'legally binding.', mentions: [] } },
      ALICE,
    );
    expect(codeOf(fragment)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(fragment.errors?.[0]?.extensions?.problems)).toMatch(/not a whole sentence, clause, line or list item/);
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

describe('curation lifecycle: what a reviewer tried to break', () => {
  const gql = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers = ALICE) =>
    kizuna.graphql<T>(query, variables, headers);
  const upsertInstrument = (id: string, extra: Record<string, unknown> = {}) =>
    gql('mutation ($i: InstrumentInput!) { upsertInstrument(input: $i) { id } }', {
      i: { id, kind: 'MOC', title: `Review ${id}`, countries: ['canada'], evidence, ...extra },
    });
  const upsertProvision = (id: string, of: string, headers = ALICE) =>
    gql(
      'mutation ($i: ProvisionInput!) { upsertProvision(input: $i) { id position instrument { id } } }',
      { i: { ...(kinds.find((k) => k.type === 'Provision') as Kind).input('review'), id, of } },
      headers,
    );
  const institution = (id: string) =>
    gql('mutation ($i: InstitutionInput!) { upsertInstitution(input: $i) { id } }', {
      i: { id, kind: 'DEPARTMENT', name: `Review ${id}`, evidence },
    });
  const changeEvent = (id: string, originals: string[], results: string[], extra: Record<string, unknown> = {}) =>
    gql(
      'mutation ($i: ChangeEventInput!) { upsertChangeEvent(input: $i) { id originals { id } results { id } dateClaims { date { value } } } }',
      {
        i: { id, kind: 'RENAMING', originals, results, evidence, ...extra },
      },
    );
  const provisionOf = async (id: string) =>
    ok(
      await gql<{ provision: { instrument: { id: string } | null; position: number } }>(
        `{ provision(id: "${id}") { instrument { id } position } }`,
        {},
      ),
    ).provision;
  const provisionIds = async (instrument: string) =>
    ok(
      await gql<{ instrument: { provisions: { id: string; position: number }[] } }>(
        `{ instrument(id: "${instrument}") { provisions { id position } } }`,
        {},
      ),
    ).instrument.provisions;
  const revertOf = (revisionId: string | undefined, headers = ALICE) =>
    gql<{ revert: { operation: string; notRestored: string[] } }>(
      'mutation ($r: ID!) { revert(revisionId: $r) { operation notRestored } }',
      { r: revisionId },
      headers,
    );
  const cleanUp = async (...ids: string[]) => {
    for (const id of ids) await lifecycle('deleteRecord', id, ALICE);
  };

  it('moves a provision to the instrument its update names, leaving the first, at a position of its own', async () => {
    ok(await upsertInstrument('moc-2099-rv-one'));
    ok(await upsertInstrument('moc-2099-rv-two'));
    ok(await upsertProvision('rv-moved', 'moc-2099-rv-one'));
    ok(await upsertProvision('rv-staying', 'moc-2099-rv-one'));
    ok(await upsertProvision('rv-moved', 'moc-2099-rv-two'));
    expect(await provisionOf('rv-moved')).toEqual({ instrument: { id: 'moc-2099-rv-two' }, position: 0 });
    expect(await provisionIds('moc-2099-rv-one')).toEqual([{ id: 'rv-staying', position: 1 }]);
    // Put back where it was taken: a restore never shares a position.
    ok(await upsertProvision('rv-moved', 'moc-2099-rv-one'));
    ok(await lifecycle('retireRecord', 'rv-moved', ALICE));
    ok(await upsertProvision('rv-newcomer', 'moc-2099-rv-one'));
    ok(await lifecycle('restoreRecord', 'rv-moved', ALICE));
    const positions = (await provisionIds('moc-2099-rv-one')).map((p) => p.position);
    expect(new Set(positions).size).toBe(positions.length);
    await cleanUp('rv-moved', 'rv-staying', 'rv-newcomer', 'moc-2099-rv-one', 'moc-2099-rv-two');
  });

  it("replaces a change event's originals and results on update, so a stale one cannot close a succession cycle", async () => {
    for (const id of ['rv-org-a', 'rv-org-b', 'rv-org-c', 'rv-org-d']) ok(await institution(id));
    ok(await changeEvent('rv-ce-0', ['rv-org-c'], ['rv-org-a']));
    ok(await changeEvent('rv-ce-1', ['rv-org-a'], ['rv-org-b']));
    const updated = ok(
      await changeEvent('rv-ce-1', ['rv-org-d'], ['rv-org-c'], { date: '2099', dateClaims: [{ field: 'date', value: '2098', evidence }] }),
    ).upsertChangeEvent as { originals: { id: string }[]; results: { id: string }[]; dateClaims: { date: { value: string } }[] };
    expect(updated.originals.map((o) => o.id)).toEqual(['rv-org-d']);
    expect(updated.results.map((o) => o.id)).toEqual(['rv-org-c']);
    expect(updated.dateClaims.map((c) => c.date.value)).toEqual(['2098']);
    // c → a, and now a → c would close the loop.
    const cycle = await changeEvent('rv-ce-2', ['rv-org-a'], ['rv-org-c']);
    expect(cycle.errors?.[0]?.extensions?.invariant).toBe('CYCLE');
    // An institution a change event stands on cannot be removed from under it.
    const refused = await lifecycle('deleteRecord', 'rv-org-a', ALICE);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.dependants).toEqual(['rv-ce-0']);
    await cleanUp('rv-ce-0', 'rv-ce-1', 'rv-org-a', 'rv-org-b', 'rv-org-c', 'rv-org-d');
  });

  it('refuses to retire or delete an instrument while its provisions exist, and to restore a provision whose instrument is gone', async () => {
    ok(await upsertInstrument('moc-2099-rv-owner'));
    ok(await upsertProvision('rv-orphan', 'moc-2099-rv-owner'));
    for (const field of ['retireRecord', 'deleteRecord']) {
      const res = await lifecycle(field, 'moc-2099-rv-owner', ALICE);
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.extensions?.dependants).toEqual(['rv-orphan']);
    }
    // Nor may a revert take it out of the graph: undoing a RESTORE would retire it again.
    ok(await lifecycle('retireRecord', 'rv-orphan', ALICE));
    ok(await lifecycle('retireRecord', 'moc-2099-rv-owner', ALICE));
    ok(await lifecycle('restoreRecord', 'moc-2099-rv-owner', ALICE));
    const restoration = (await history('moc-2099-rv-owner'))[0];
    ok(await lifecycle('restoreRecord', 'rv-orphan', ALICE));
    const undo = await revertOf(restoration?.id);
    expect(codeOf(undo)).toBe('CONFLICT');
    expect(undo.errors?.[0]?.extensions?.dependants).toEqual(['rv-orphan']);
    ok(await lifecycle('retireRecord', 'rv-orphan', ALICE));
    ok(await lifecycle('deleteRecord', 'moc-2099-rv-owner', ALICE));
    // The freed id is taken by a record of another kind: the provision may not hang from a country.
    ok(
      await gql(
        'mutation ($i: CountryInput!) { upsertCountry(input: $i) { id } }',
        { i: { id: 'moc-2099-rv-owner', name: 'Squatter', evidence } },
        CAROL,
      ),
    );
    const restore = await lifecycle('restoreRecord', 'rv-orphan', ALICE);
    expect(codeOf(restore)).toBe('CONFLICT');
    expect(restore.errors?.[0]?.message).toMatch(/cannot come back without its instrument/);
    await cleanUp('rv-orphan', 'moc-2099-rv-owner');
  });

  it('never lets a revert touch a record that took a freed id, or put a link back between kinds it may not join', async () => {
    ok(await upsertInstrument('moc-2099-rv-freed'));
    ok(
      await gql('mutation ($i: RelationshipInput!) { addRelationship(input: $i) { id } }', {
        i: { relation: 'CITES', from: 'moc-2099-rv-freed', to: MOC, evidence },
      }),
    );
    ok(
      await gql('mutation ($i: RelationshipKeyInput!) { removeRelationship(input: $i) }', {
        i: { relation: 'CITES', from: 'moc-2099-rv-freed', to: MOC },
      }),
    );
    const removal = (await history('CITES:moc-2099-rv-freed:' + MOC))[0];
    ok(await lifecycle('deleteRecord', 'moc-2099-rv-freed', ALICE));
    const deletion = (await history('moc-2099-rv-freed'))[0];
    ok(
      await gql(
        'mutation ($i: CountryInput!) { upsertCountry(input: $i) { id } }',
        { i: { id: 'moc-2099-rv-freed', name: 'Squatter', evidence } },
        CAROL,
      ),
    );
    const linkBack = await revertOf(removal?.id);
    expect(codeOf(linkBack)).toBe('CONFLICT');
    expect(linkBack.errors?.[0]?.message).toMatch(/may not join/);
    const undelete = await revertOf(deletion?.id);
    expect(codeOf(undelete)).toBe('CONFLICT');
    expect(undelete.errors?.[0]?.message).toMatch(/now belongs to another record/);
    const country = ok(
      await gql<{ node: { __typename: string; name: string } }>(
        '{ node(id: "moc-2099-rv-freed") { __typename ... on Country { name } } }',
        {},
      ),
    );
    expect(country.node).toEqual({ __typename: 'Country', name: 'Squatter' });
    await cleanUp('moc-2099-rv-freed');
    // Reverting a creation of something already absent records nothing.
    const created = (await history('moc-2099-rv-freed')).find((r) => r.operation === 'CREATE' && r.by === 'carol');
    expect(codeOf(await revertOf(created?.id))).toBe('CONFLICT');
  });

  it("undoes only a revision's own changes: links others wrote since stay", async () => {
    ok(await upsertInstrument('moc-2099-rv-undo'));
    ok(await upsertInstrument('moc-2099-rv-undo', { title: 'Review vandalised' }));
    const vandalism = (await history('moc-2099-rv-undo'))[0];
    ok(await upsertProvision('rv-later', 'moc-2099-rv-undo', CAROL));
    ok(await revertOf(vandalism?.id));
    expect(await provisionOf('rv-later')).toMatchObject({ instrument: { id: 'moc-2099-rv-undo' } });
    const title = ok(await gql<{ instrument: { title: string } }>('{ instrument(id: "moc-2099-rv-undo") { title } }', {}));
    expect(title.instrument.title).toBe('Review moc-2099-rv-undo');
    await cleanUp('rv-later', 'moc-2099-rv-undo');
  });

  it('refuses a figure whose period ends before it starts', async () => {
    const figure = kinds.find((k) => k.type === 'Figure') as Kind;
    const res = await gql('mutation ($i: FigureInput!) { upsertFigure(input: $i) { id } }', {
      i: { ...figure.input('x'), periodFrom: '2030', periodTo: '2020' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.problems)).toMatch(/periodTo/);
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
