/**
 * Issue 15 item 4: every curator write obeys the graph invariants (src/model/graphInvariants.ts):
 * no self-relationships, no cycles in the acyclic types, plausible dates, periods that end after
 * they start. Each refused write is BAD_USER_INPUT naming what it breaks, and leaves the graph
 * exactly as it was (fingerprint before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import { graphFingerprint, loadSeedGraph } from '../../src/seed/loadSeedGraph.js';
import type { SeedGraph } from '../../src/model/vocabulary.js';
import { startTestKizuna, type GraphQLResponse, type TestKizuna } from './support/startTestKizuna.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

const CURATOR = { authorization: 'Bearer curator-token-0123456789abcdef' };
const MOC = 'moc-2023-industrial-science-technology';
const BATTERY = 'moc-2023-battery-supply-chains';
const ROADMAP = 'roadmap-2026-comprehensive-strategic';

/** Verbatim in seeds/sources/000_….txt (the 2023 MOC); the invariants are checked whatever the evidence says. */
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];

const ADD = /* GraphQL */ `
  mutation ($input: RelationshipInput!) {
    addRelationship(input: $input) {
      id
    }
  }
`;
const UPSERT_INSTRUMENT = /* GraphQL */ `
  mutation ($input: InstrumentInput!) {
    upsertInstrument(input: $input) {
      id
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation ($input: RelationshipKeyInput!) {
    removeRelationship(input: $input)
  }
`;

const instrument = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'moc-2099-invariant-test',
  kind: 'MOC',
  title: 'An invariant test memorandum',
  signedOn: '2099-04',
  countries: ['canada', 'japan'],
  evidence,
  ...overrides,
});

let kizuna: TestKizuna;
let db: Db;

beforeAll(async () => {
  db = openTestDb();
  await restoreSeededGraph(db);
  kizuna = await startTestKizuna({ KIZUNA_TOKENS: 'curator-token-0123456789abcdef:curator:alice' });
});

afterAll(async () => {
  await kizuna?.stop();
  await restoreSeededGraph(db);
  await db.close();
});

interface Refusal {
  code?: string;
  invariant?: string;
  message: string;
  problems: { path: string; message: string }[];
}

/** Runs a mutation that must be refused with BAD_USER_INPUT, and proves it wrote nothing. */
async function refused(query: string, input: Record<string, unknown>): Promise<Refusal> {
  const before = await graphFingerprint(db);
  const res: GraphQLResponse = await kizuna.graphql(query, { input }, CURATOR);
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(await graphFingerprint(db)).toBe(before);
  const error = res.errors![0]!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  return {
    code: error.extensions?.code as string | undefined,
    invariant: error.extensions?.invariant as string | undefined,
    message: error.message,
    problems: (error.extensions?.problems as Refusal['problems'] | undefined) ?? [],
  };
}

describe('graph invariants: no self-relationships', () => {
  it.each([
    ['PART_OF', 'nrc'],
    ['EVOLVED_INTO', 'semiconductors'],
    ['CITES', MOC],
    ['SUPERSEDES', MOC],
  ])('refuses %s from %s to itself', async (relation, id) => {
    const error = await refused(ADD, { relation, from: id, to: id, evidence });
    expect(error.invariant).toBe('SELF_RELATIONSHIP');
    expect(error.message).toBe(`${relation} from "${id}" to itself is not allowed: a node cannot be related to itself`);
  });

  it('refuses an instrument that cites itself among its relations', async () => {
    const id = 'moc-2099-invariant-test';
    const error = await refused(UPSERT_INSTRUMENT, instrument({ relations: [{ type: 'CITES', target: id, evidence }] }));
    expect(error.invariant).toBe('SELF_RELATIONSHIP');
    expect(error.message).toMatch(/^CITES from "moc-2099-invariant-test" to itself/);
  });
});

describe('graph invariants: no cycles, named in the error', () => {
  it.each([
    // The seeds have roadmap-2026 BUILDS_ON the 2023 MOC: the MOC cannot build on the roadmap.
    ['BUILDS_ON', MOC, ROADMAP, [MOC, ROADMAP, MOC]],
    ['EVOLVED_INTO', 'semiconductors', 'microelectronics', ['semiconductors', 'microelectronics', 'semiconductors']],
    ['PART_OF', 'fujitsu', 'fujitsu-intelligence-technology', ['fujitsu', 'fujitsu-intelligence-technology', 'fujitsu']],
    ['BROADER', 'hydrogen', 'hydrogen-fuel-cells', ['hydrogen', 'hydrogen-fuel-cells', 'hydrogen']],
  ])('refuses %s %s → %s, which reverses a seeded link', async (relation, from, to, cycle) => {
    const error = await refused(ADD, { relation, from, to, evidence });
    expect(error.invariant).toBe('CYCLE');
    expect(error.message).toBe(`${relation} would close a cycle: ${cycle.join(' → ')}`);
    expect(error.problems).toEqual([{ path: 'input', message: error.message }]);
  });

  it('lets only one of two concurrent writes that each add half of a cycle through, and names the cycle to the other', async () => {
    // Each write alone is fine; together they close SUPERSEDES battery → MOC → battery. Without a
    // lock before the check, each transaction checked a graph without the other's link and both
    // committed (found by sending them at once); the loser of the lock conflict is retried and refused.
    const results = await Promise.all([
      kizuna.graphql(ADD, { input: { relation: 'SUPERSEDES', from: BATTERY, to: MOC, evidence } }, CURATOR),
      kizuna.graphql(ADD, { input: { relation: 'SUPERSEDES', from: MOC, to: BATTERY, evidence } }, CURATOR),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'ok']);
    const refusal = results.find((r) => r.errors)!.errors![0]!;
    expect(refusal.extensions?.invariant).toBe('CYCLE');
    expect(refusal.message).toMatch(/^SUPERSEDES would close a cycle: /);
    const winner = results.findIndex((r) => !r.errors);
    const [from, to] = winner === 0 ? [BATTERY, MOC] : [MOC, BATTERY];
    await kizuna.graphql(REMOVE, { input: { relation: 'SUPERSEDES', from, to } }, CURATOR);
  });

  it('refuses SUPERSEDES in reverse of a curator-added one, and accepts it once that one is removed', async () => {
    const forward = await kizuna.graphql(ADD, { input: { relation: 'SUPERSEDES', from: BATTERY, to: MOC, evidence } }, CURATOR);
    expect(forward.errors).toBeUndefined();
    const error = await refused(ADD, { relation: 'SUPERSEDES', from: MOC, to: BATTERY, evidence });
    expect(error.message).toBe(`SUPERSEDES would close a cycle: ${MOC} → ${BATTERY} → ${MOC}`);

    const removed = await kizuna.graphql(REMOVE, { input: { relation: 'SUPERSEDES', from: BATTERY, to: MOC } }, CURATOR);
    expect(removed.errors).toBeUndefined();
    const reverse = await kizuna.graphql(ADD, { input: { relation: 'SUPERSEDES', from: MOC, to: BATTERY, evidence } }, CURATOR);
    expect(reverse.errors).toBeUndefined();
    await kizuna.graphql(REMOVE, { input: { relation: 'SUPERSEDES', from: MOC, to: BATTERY } }, CURATOR);
  });

  it('checks the relations an instrument upsert writes, against the stored graph, and writes none of the record', async () => {
    const id = 'moc-2099-invariant-test';
    expect((await kizuna.graphql(UPSERT_INSTRUMENT, { input: instrument() }, CURATOR)).errors).toBeUndefined();
    const link = await kizuna.graphql(ADD, { input: { relation: 'BUILDS_ON', from: ROADMAP, to: id, evidence } }, CURATOR);
    expect(link.errors).toBeUndefined();

    const error = await refused(
      UPSERT_INSTRUMENT,
      instrument({ title: 'Changed title', relations: [{ type: 'BUILDS_ON', target: ROADMAP, evidence }] }),
    );
    expect(error.invariant).toBe('CYCLE');
    expect(error.message).toBe(`BUILDS_ON would close a cycle: ${id} → ${ROADMAP} → ${id}`);
    const [stored] = await db.read('nodes-by-ids', { ids: [id] });
    expect(stored?.props.title).toBe('An invariant test memorandum');
  });
});

describe('graph invariants: dates and periods', () => {
  it('refuses signedOn "0000", outside 1800–2100', async () => {
    const error = await refused(UPSERT_INSTRUMENT, instrument({ signedOn: '0000' }));
    expect(error.problems).toEqual([
      { path: 'input.signedOn', message: '"0000" is not a plausible date: year 0 is outside the plausible range 1800–2100' },
    ]);
  });

  it('refuses a name period from 2020 to 2010', async () => {
    const error = await refused(
      UPSERT_INSTRUMENT,
      instrument({ names: [{ value: 'Backwards name', kind: 'FORMER', from: '2020', to: '2010' }] }),
    );
    expect(error.problems).toEqual([{ path: 'input.names[0].to', message: "the name's period ends (2010) before it starts (2020)" }]);
  });

  it('accepts the edges of the range and a period within one year', async () => {
    const res = await kizuna.graphql(
      UPSERT_INSTRUMENT,
      { input: instrument({ signedOn: '2100', names: [{ value: 'Edge name', kind: 'FORMER', from: '1800', to: '1800-06' }] }) },
      CURATOR,
    );
    expect(res.errors).toBeUndefined();
  });
});

describe('graph invariants: the seed loader', () => {
  it('refuses a seed graph with a cycle before writing anything', async () => {
    const before = await graphFingerprint(db);
    const rel = (from: string, to: string): SeedGraph['relationships'][number] => ({
      type: 'BROADER',
      from,
      to,
      key: '',
      props: {},
      evidence: [],
      origin: `technology-areas/x.yaml › ${from}`,
    });
    const graph: SeedGraph = { nodes: [], relationships: [rel('quantum', 'physics'), rel('physics', 'quantum')] };
    await expect(loadSeedGraph(db, graph)).rejects.toThrow(
      'technology-areas/x.yaml › physics › BROADER: BROADER would close a cycle: physics → quantum → physics',
    );
    expect(await graphFingerprint(db)).toBe(before);
  });
});
