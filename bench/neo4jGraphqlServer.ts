/**
 * The tool a user would otherwise pick: @neo4j/graphql (7.x: graphql 16, neo4j-driver 6, Node 20)
 * over type definitions equivalent to Kizuna's for the benchmarked operations, served by the same
 * Apollo Server 5 on Express 5. Lineage, overlap and search are @cypher fields: lineage is Kizuna's
 * own lineage step (cypher/lineage-step.cypher) unrolled six levels into one statement, overlap is
 * Kizuna's profile statement (cypher/overlap-profiles.cypher) with the Jaccard score computed in
 * Cypher, search the same full-text index. Provisions are plain nodes and relationships (an
 * instrument's provisionsConnection). The driver is wrapped to count statements run, exposed at
 * GET /_roundtrips.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { loadStatements } from '../src/db/statements.js';
import { principalRoles } from '../src/graph/traceLineage.js';

export interface Neo4jGraphqlServer {
  port: number;
  roundTrips(): number;
  stop(): Promise<void>;
}

const cypherString = (text: string): string => JSON.stringify(text);

/**
 * Lineage as one statement: the body of cypher/lineage-step.cypher applied `levels` times, with
 * Kizuna's rule that a node is expanded once per mode it is reached in. The expanded set is a list
 * of `id|mode` keys; new keys are found with DISTINCT and a NOT IN test against it (a list
 * accumulated with reduce() made each level quadratic: over 5 minutes per lineage on the full graph).
 */
export function unrolledLineage(levels: number): string {
  const step = loadStatements()['lineage-step'];
  const start = step.indexOf('CALL (n, f) {');
  const end = step.lastIndexOf('}\nRETURN f.id');
  const body = step
    .slice(start, end + 1)
    .replaceAll('$direction', "'UPSTREAM'")
    .replaceAll('$nodeProps', 'false')
    .replaceAll('$edgeProps', 'false')
    .replaceAll('$roles', `[${principalRoles.map((r) => `'${r}'`).join(', ')}]`);
  const level = `
CALL (frontier) {
  UNWIND frontier AS f
  MATCH (n:Entity {id: f.id})
  ${body}
  RETURN collect({fromId: f.id, nextId: m.id, nextMode: nextMode, type: type, startId: startId, endId: endId}) AS rows
}
CALL (rows, expanded) {
  UNWIND rows AS r
  WITH DISTINCT r.nextId AS id, r.nextMode AS mode
  WHERE NOT (id + '|' + mode) IN expanded
  RETURN collect({id: id, mode: mode}) AS next
}
WITH found + rows AS found, expanded + [x IN next | x.id + '|' + x.mode] AS expanded, next AS frontier`;
  return `MATCH (root:Entity {id: $id})
WITH [{id: root.id, mode: 'root'}] AS frontier, [root.id + '|root'] AS expanded, [] AS found
${Array.from({ length: levels }, () => level).join('\n')}
UNWIND found AS step
RETURN step`;
}

function overlapStatement(): string {
  const statements = loadStatements();
  const profiles = statements['overlap-profiles']
    .replace('UNWIND $ids AS id', 'UNWIND [$a, $b] AS id')
    // Its overlap returns item ids and scores only: identities, as Kizuna reads them for this query.
    .replaceAll('$itemProps', 'false')
    .replace(/\nORDER BY[^\n]*\n?$/, '\n');
  return `CALL () {
${profiles
  .split('\n')
  .filter((l) => !l.startsWith('//'))
  .join('\n')}
}
WITH instrumentId, kind, itemId, kind + ':' + reduce(m = itemId, x IN family | CASE WHEN x < m THEN x ELSE m END) AS rep
WITH kind, rep, collect(DISTINCT instrumentId) AS holders, collect(itemId) AS items
WITH collect({kind: kind, itemId: items[0], shared: size(holders) = 2}) AS everything
WITH everything, size([x IN everything WHERE x.shared]) AS inter, size(everything) AS total
UNWIND [x IN everything WHERE x.shared] AS s
RETURN {kind: s.kind, itemId: s.itemId, shared: true, score: CASE WHEN total = 0 THEN 0.0 ELSE toFloat(inter) / total END} AS item`;
}

const searchStatement = `CALL db.index.fulltext.queryNodes('entity_search_v2', $query, { limit: $first * 5 }) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_NAME]->(node:Name)
WITH coalesce(owner, node) AS hit, score
WHERE NOT hit:Name AND NOT hit:DateClaim AND NOT hit:Provision AND NOT hit:Figure
WITH hit, max(score) AS best
ORDER BY best DESC, hit.id
LIMIT $first
RETURN {id: hit.id, label: [l IN labels(hit) WHERE l <> 'Entity'][0], score: best} AS result`;

/** Type definitions equivalent to Kizuna's for the benchmarked operations. */
export function neo4jGraphqlTypeDefs(): string {
  return `
type Instrument @node {
  id: ID!
  title: String
  kind: String
  date: String
  year: Int
  parties: [Institution!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  technologyAreas: [TechnologyArea!]! @relationship(type: "COVERS", direction: OUT, properties: "Coverage")
  countries: [Country!]! @relationship(type: "BETWEEN", direction: OUT)
  provisions: [Provision!]! @relationship(type: "HAS_PROVISION", direction: OUT)
}
type Provision @node {
  id: ID!
  locator: String
  order: Int
  kind: String
  text: String
  modality: String
  firmness: String
  evLocator: [String!]
  evExcerpt: [String!]
  actors: [Actor!]! @relationship(type: "ACTS_IN", direction: IN, properties: "ActsIn")
  topics: [TechnologyArea!]! @relationship(type: "ADDRESSES", direction: OUT)
}
union Actor = Institution | Country
type ActsIn @relationshipProperties {
  role: String
  asNamed: String
}
type Participation @relationshipProperties {
  role: String
}
type Coverage @relationshipProperties {
  how: String
}
type Institution @node {
  id: ID!
  name: String
  predecessors: [Institution!]!
    @cypher(
      statement: "MATCH (this)<-[:RESULTING_ORGANIZATION]-(:ChangeEvent)-[:ORIGINAL_ORGANIZATION]->(p:Institution) WHERE p <> this RETURN p"
      columnName: "p"
    )
}
type TechnologyArea @node {
  id: ID!
  name: String
  evolvedFrom: [TechnologyArea!]! @relationship(type: "EVOLVED_INTO", direction: IN)
}
type Country @node {
  id: ID!
  name: String
}
type LineageStep {
  fromId: String
  nextId: String
  nextMode: String
  type: String
  startId: String
  endId: String
}
type OverlapItem {
  kind: String
  itemId: String
  shared: Boolean
  score: Float
}
type SearchResult {
  id: String
  label: String
  score: Float
}
type Query {
  lineage(id: ID!, maxDepth: Int = 6): [LineageStep!]! @cypher(statement: ${cypherString(unrolledLineage(6))}, columnName: "step")
  overlap(a: ID!, b: ID!): [OverlapItem!]! @cypher(statement: ${cypherString(overlapStatement())}, columnName: "item")
  search(query: String!, first: Int = 20): [SearchResult!]! @cypher(statement: ${cypherString(searchStatement)}, columnName: "result")
}
`;
}

/** Counts every statement run in transactions of the driver's sessions (executeRead/executeWrite). */
function countingDriver(driver: Driver, count: () => void): Driver {
  const original = driver.session.bind(driver);
  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const session: Session = original(config);
    const wrapTx = <T extends { run: (...a: never[]) => unknown }>(tx: T): T => {
      const run = tx.run.bind(tx);
      tx.run = ((...args: never[]) => {
        count();
        return run(...args);
      }) as T['run'];
      return tx;
    };
    const executeRead = session.executeRead.bind(session);
    const executeWrite = session.executeWrite.bind(session);
    session.executeRead = ((work: (tx: never) => unknown, cfg?: never) =>
      executeRead((tx) => work(wrapTx(tx) as never) as never, cfg)) as Session['executeRead'];
    session.executeWrite = ((work: (tx: never) => unknown, cfg?: never) =>
      executeWrite((tx) => work(wrapTx(tx) as never) as never, cfg)) as Session['executeWrite'];
    return session;
  }) as Driver['session'];
  return driver;
}

/** Starts @neo4j/graphql on Apollo Server and Express on a free loopback port. */
export async function startNeo4jGraphqlServer(options: {
  uri: string;
  user: string;
  password: string;
  maxPoolSize?: number;
}): Promise<Neo4jGraphqlServer> {
  let roundTrips = 0;
  const driver = countingDriver(
    neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      logging: { level: 'error', logger: () => {} },
    }),
    () => {
      roundTrips += 1;
    },
  );
  const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver });
  const schema = await neoSchema.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  app.get('/_roundtrips', (_req, res) => {
    res.json({ roundTrips });
  });
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    port: (httpServer.address() as AddressInfo).port,
    roundTrips: () => roundTrips,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await driver.close();
    },
  };
}
