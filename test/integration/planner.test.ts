/**
 * The statement planner (src/graphql/plan) against the real Neo4j: every cookbook query and a set
 * of shapes that stress the planner (aliases, named and nested fragments, abstract types, edge
 * records, successions, a property reference, empty pages, missing ids) answer exactly as they do
 * without it (STATEMENT_PLANNER=false, reading level by level through the loaders), never cost more
 * round trips, and the shapes the planner covers cost one statement per root field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

const QUERIES_DIR = path.resolve(import.meta.dirname, '../../docs/queries');
const cookbook = fs
  .readdirSync(QUERIES_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

let planned: TestKizuna;
let unplanned: TestKizuna;

beforeAll(async () => {
  // The read cache off on both: every statement is a round trip, so the counts compare query shapes.
  planned = await startTestKizuna({ READ_CACHE_TTL_MS: '0' });
  unplanned = await startTestKizuna({ READ_CACHE_TTL_MS: '0', SEED_ON_START: 'false', STATEMENT_PLANNER: 'false' });
});
afterAll(async () => {
  await planned?.stop();
  await unplanned?.stop();
});

interface Answer {
  body: { data?: unknown; errors?: { message: string; path?: unknown; extensions?: { code?: string } }[] };
  roundTrips: number;
}

async function ask(server: TestKizuna, query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Answer> {
  const res = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kizuna-stats': '1' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const json = (await res.json()) as Answer['body'] & { extensions: { stats: { roundTrips: number } } };
  return {
    body: {
      data: json.data,
      errors: json.errors?.map((e) => ({ message: e.message, path: e.path, extensions: { code: e.extensions?.code } })),
    },
    roundTrips: json.extensions.stats.roundTrips,
  };
}

/** Asks both servers; the answers must be identical, and the planned one must not cost more. */
async function compare(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<{ planned: Answer; unplanned: Answer }> {
  const [a, b] = await Promise.all([ask(planned, query, variables, operationName), ask(unplanned, query, variables, operationName)]);
  expect(a.body).toEqual(b.body);
  expect(a.roundTrips).toBeLessThanOrEqual(b.roundTrips);
  return { planned: a, unplanned: b };
}

const INSTRUMENT_FIELDS = `id title kind date { value }
  parties { role asNamed institution { id name acronym predecessors { institution { id name } changeEvent { id kind date { value } } } successors { institution { id } } } }
  technologyAreas { how year technologyArea { id name evolvedFrom { id name } broader { id } } }
  countries { id name } establishes { id name participants { role institution { id } } } names { value kind }`;

/** Shapes the planner covers completely: one statement per root field. */
const onePerRootField: [name: string, query: string, variables: Record<string, unknown>, rootFields: number][] = [
  [
    'instrument by id (the bench query)',
    `query ($id: ID!) { instrument(id: $id) { ${INSTRUMENT_FIELDS} } }`,
    { id: 'arrangement-1985-industrial-cooperation' },
    1,
  ],
  [
    'a page of instruments with a country filter',
    `query { instruments(filter: { country: "japan", yearFrom: 1980 }, first: 20, orderBy: DATE) { totalCount edges { cursor node { id title parties { role institution { id name successors { institution { id } } } } technologyAreas { how technologyArea { id name } } } } nodes { id countries { id } } pageInfo { hasNextPage endCursor } } }`,
    {},
    1,
  ],
  [
    'a page in descending title order',
    `query { instruments(first: 7, orderBy: TITLE_DESC) { edges { node { id title parties { institution { id } } } } } }`,
    {},
    1,
  ],
  [
    'named and nested fragments, aliases, two root fields',
    `query ($a: ID!, $b: ID!) { a: instrument(id: $a) { ...I } b: institution(id: $b) { ...Inst } }
     fragment I on Instrument { id ...Parties technologyAreas { technologyArea { ...Area } } }
     fragment Parties on Instrument { parties { institution { id ...Inst } } p2: parties(role: SIGNATORY) { role } }
     fragment Inst on Institution { id name country { id } partOf { id } participations { role } }
     fragment Area on TechnologyArea { id name evolvedInto { id } coverage { instrument { id } } }`,
    { a: 'moc-2023-industrial-science-technology', b: 'meti' },
    2,
  ],
  [
    'node(id:) through an interface with inline fragments',
    `query { node(id: "miti") { id ... on Institution { name successors { institution { id name successors { institution { id } } } changeEvent { id originals { id } results { id } } } } } }`,
    {},
    1,
  ],
  [
    'provisions of an instrument with actors, topics and source',
    `query ($id: ID!) { provisions(filter: { instrument: $id }, first: 50) { totalCount edges { node { id locator text kind modality firmness
       actors { role asNamed actor { id ... on Institution { name } ... on Post { title } } }
       topics { ... on TechnologyArea { id name } ... on PolicyTopic { id name } }
       source { id title } instrument { id title } } } } }`,
    { id: 'moc-2023-industrial-science-technology' },
    1,
  ],
  [
    'a mechanism and an event',
    `query { mechanism(id: "joint-committee-science-technology") { id name establishedBy { id } participants { role participant { id } } events { id name participants { institution { id } } } } }`,
    {},
    1,
  ],
  [
    'institutions of a country',
    `query { institutions(filter: { country: "canada" }, first: 20) { edges { node { id name parts { id } country { id } } } } }`,
    {},
    1,
  ],
];

describe('the statement planner', () => {
  it.each(onePerRootField)('%s: same answer, one statement per root field', async (_, query, variables, rootFields) => {
    const { planned: answer, unplanned: baseline } = await compare(query, variables);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(rootFields);
    // The baseline reads level by level: the planner removed round trips, not just matched them.
    expect(baseline.roundTrips).toBeGreaterThan(rootFields);
  });

  it.each([
    // Search is not planned (its statement returns five times the hits asked for): nested fields read by level.
    [
      'search with what each hit is linked to',
      `query { search(text: "METI", first: 10) { score node { id ... on Institution { participations { target { ... on Instrument { id } } } } } } }`,
    ],
    // Mechanism.events follows PART_OF too, reaching sub-mechanisms: they must not be primed as events.
    [
      'a relationship reaching nodes of another kind than its field',
      `query { mechanism(id: "multinational-initiative-north-korea-sanctions-evasion") { events { name date { value } } parts { id name level status } } }`,
    ],
    // A Post among institutions: projected by its own label, then read again through edges { from }.
    [
      'an edge end of another kind, read again elsewhere',
      `query { mechanism(id: "industrial-rd-policy-dialogue") { participants { institution { name } } edges(direction: INCOMING) { relation from { id ... on Post { title rank } ... on Institution { name } } } } }`,
    ],
    [
      '@include with a literal false leaves the subtree out',
      `query { instrument(id: "moc-2023-industrial-science-technology") { id parties @include(if: false) { institution { participations { role } } } countries { id } } }`,
    ],
    [
      '@skip with a variable is left to the loaders',
      `query ($s: Boolean = true) { instrument(id: "moc-2023-industrial-science-technology") { id parties @skip(if: $s) { institution { name } } countries { name } } }`,
    ],
  ])('%s: same answer, never more round trips', async (_, query) => {
    const { planned: answer } = await compare(query);
    expect(answer.body.errors).toBeUndefined();
  });

  it('one document, two operations sharing a fragment: each gets its own plan', async () => {
    const document = `query A($id: ID! = "moc-2023-industrial-science-technology") { ...I }
      query B($id: ID! = "moc-2023-industrial-science-technology") { ...I instrument(id: $id) { provisions { text } } }
      fragment I on Query { instrument(id: $id) { provisions { locator } } }`;
    await compare(document, undefined, 'A');
    const { planned: answer } = await compare(document, undefined, 'B');
    const provisions = (answer.body.data as { instrument: { provisions: { text: string }[] } }).instrument.provisions;
    expect(provisions.length).toBeGreaterThan(0);
    expect(provisions.every((p) => typeof p.text === 'string' && p.text !== 'undefined')).toBe(true);
  });

  it.each(cookbook)('cookbook %s: same answer, never more round trips', async (file) => {
    const { planned: answer } = await compare(fs.readFileSync(path.join(QUERIES_DIR, file), 'utf8'));
    expect(answer.body.errors).toBeUndefined();
  });

  it.each([
    ['a missing instrument', `query { instrument(id: "no-such-instrument") { id parties { role } } }`],
    ['a node of another kind', `query { instrument(id: "meti") { id parties { role } } }`],
    ['a missing country filter', `query { instruments(filter: { country: "atlantis" }) { totalCount nodes { id parties { role } } } }`],
    [
      'a filter id of the wrong kind',
      `query { instruments(filter: { participant: "japan" }) { totalCount nodes { id parties { role } } } }`,
    ],
    [
      'a provisions filter naming an event',
      `query { provisions(filter: { instrument: "joint-committee-science-technology" }) { totalCount nodes { id actors { role } } } }`,
    ],
    ['overlap with a missing id', `query { overlap(ids: ["arrangement-1985-industrial-cooperation", "nope"]) { score } }`],
  ])('%s: the same NOT_FOUND as without the planner', async (_, query) => {
    const { planned: answer } = await compare(query);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('an empty page with filters that exist is an empty page, not an error', async () => {
    const { planned: answer } = await compare(
      `query { instruments(filter: { country: "japan", yearFrom: 2100 }) { totalCount nodes { id parties { role } } } }`,
    );
    expect(answer.body.data).toEqual({ instruments: { totalCount: 0, nodes: [] } });
  });

  it('overlap of two instruments is one statement', async () => {
    const { planned: answer } = await compare(
      `query { overlap(ids: ["arrangement-1985-industrial-cooperation", "moc-2023-industrial-science-technology"]) { score technologyAreas { via node { id } } institutions { via node { id } } } }`,
    );
    expect(answer.roundTrips).toBe(1);
  });
});
