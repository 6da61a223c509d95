/**
 * Kizuna's statements, no GraphQL: the raw neo4j-driver running Kizuna's own statements
 * (cypher/*.cypher, the same batching, the same number of round trips per level; the existence
 * checks of ids Kizuna makes first are left out) behind a minimal node:http handler, with no GraphQL
 * parsing, validation, resolvers or limits. What Kizuna's statements cost without its GraphQL layer;
 * not the floor (bench/floorServer.ts is: one hand-written statement per operation). Its key in the
 * bench is still `raw`. POST /op/<operation> with the variables as JSON. GET /_roundtrips answers how
 * many statements ran (the harness reads it around a run).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherParams } from '../src/db/createDb.js';
import { loadStatements, type StatementName } from '../src/db/statements.js';
import { buildExactNameQuery, buildSearchQuery, searchIndexFor } from '../src/graph/buildSearchQuery.js';
import { SEARCH_POOL } from '../src/graph/searchEntities.js';
import { computeOverlap, type OverlapKind } from '../src/graph/computeOverlap.js';
import { principalRoles } from '../src/graph/traceLineage.js';

type Row = Record<string, unknown>;

export interface RawServer {
  port: number;
  roundTrips(): number;
  stop(): Promise<void>;
}

/** Starts the endpoint on a free loopback port, with its own driver. */
export async function startRawServer(options: { uri: string; user: string; password: string; maxPoolSize?: number }): Promise<RawServer> {
  const statements = loadStatements();
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
  let roundTrips = 0;
  const read = async (name: StatementName, params: Row): Promise<Row[]> => {
    roundTrips += 1;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(statements[name], toCypherParams(params) as Row));
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const edges = (keys: { id: string; types: string[]; direction: string }[]): Promise<Row[]> =>
    read('edges-of-nodes', { keys: keys.map((k) => ({ ...k, key: `${k.id}|${k.direction}|${k.types.join(',')}` })) });

  const handlers: Record<string, (v: Row) => Promise<unknown>> = {
    async instrumentById(v) {
      const [node] = await read('nodes-by-ids', { ids: [v.id] });
      if (!node) return null;
      const rows = await edges([
        { id: String(v.id), types: ['PARTICIPATES_IN'], direction: 'INCOMING' },
        { id: String(v.id), types: ['COVERS'], direction: 'OUTGOING' },
      ]);
      const parties = rows.filter((r) => r.type === 'PARTICIPATES_IN');
      const areas = rows.filter((r) => r.type === 'COVERS');
      const [successions, evolved] = await Promise.all([
        read('successions-of-institutions', { ids: [...new Set(parties.map((r) => r.otherId))] }),
        edges([...new Set(areas.map((r) => String(r.otherId)))].map((id) => ({ id, types: ['EVOLVED_INTO'], direction: 'INCOMING' }))),
      ]);
      return { node, parties, areas, successions, evolved };
    },
    async instrumentsPage(v) {
      const page = await read('instruments-page', {
        kinds: null,
        yearFrom: v.yearFrom,
        yearTo: null,
        country: v.country,
        participants: null,
        areas: null,
        ids: null,
        orderBy: 'date',
        descending: false,
        afterKey: null,
        afterId: null,
        limit: 51,
      });
      const ids = page
        .map((r) => r.id)
        .filter((id): id is string => typeof id === 'string')
        .slice(0, 50);
      const nested = await edges(
        ids.flatMap((id) => [
          { id, types: ['PARTICIPATES_IN'], direction: 'INCOMING' },
          { id, types: ['COVERS'], direction: 'OUTGOING' },
        ]),
      );
      return { page, nested };
    },
    async lineage(v) {
      // Kizuna's walk (src/graph/traceLineage.ts) without the GraphQL layer: a node is expanded once
      // per mode it is reached in; ids only, as the benchmarked query selects.
      const seen = new Set([String(v.id)]);
      const expanded = new Set([`${String(v.id)}|root`]);
      const found: Row[] = [];
      let frontier = [{ id: String(v.id), mode: 'root' }];
      for (let level = 1; level <= 6 && frontier.length > 0; level += 1) {
        const rows = await read('lineage-step', {
          frontier,
          direction: 'UPSTREAM',
          roles: principalRoles,
          nodeProps: false,
          edgeProps: false,
        });
        const next: { id: string; mode: string }[] = [];
        for (const row of rows) {
          found.push(row);
          const id = String(row.nextId);
          seen.add(id);
          const key = `${id}|${String(row.nextMode)}`;
          if (!expanded.has(key)) {
            expanded.add(key);
            next.push({ id, mode: String(row.nextMode) });
          }
        }
        frontier = next;
      }
      return { nodes: [...seen], edges: found.map((r) => [r.type, r.startId, r.endId]) };
    },
    async overlap(v) {
      const ids = v.ids as string[];
      // The bench's overlap reads only the items' ids, so Kizuna asks for identities (itemProps false).
      const rows = await read('overlap-profiles', { ids, itemProps: false });
      return computeOverlap(
        ids,
        rows.map((r) => ({
          instrumentId: String(r.instrumentId),
          kind: r.kind as OverlapKind,
          itemId: String(r.itemId),
          family: r.family as string[],
        })),
      );
    },
    async search(v) {
      const text = String(v.text);
      const exact = buildExactNameQuery(text);
      for (const mode of ['all', 'any'] as const) {
        const query = buildSearchQuery(text, mode);
        if (query === undefined || exact === undefined) return [];
        // Kizuna's statement with Kizuna's parameters: the same fixed pool, without the re-ranking in TypeScript.
        const rows = await read('search-entities', { index: searchIndexFor(text), query, exact, limit: SEARCH_POOL, label: null });
        if (rows.length > 0) return rows.map((r) => ({ id: r.id, label: r.label, score: r.score, names: r.names }));
      }
      return [];
    },
  };

  handlers.provisions = async (v) => {
    const page = await read('provisions-page', {
      instrument: v.id,
      kinds: null,
      topics: null,
      actor: null,
      minFirmness: null,
      ids: null,
      afterKey: null,
      afterId: null,
      limit: 51,
    });
    const ids = page
      .map((r) => r.id)
      .filter((id): id is string => typeof id === 'string')
      .slice(0, 50);
    // Actors and topics of every provision on the page: one batched read, as Kizuna's loaders make it.
    const nested = await edges(
      ids.flatMap((id) => [
        { id, types: ['ACTS_IN'], direction: 'INCOMING' },
        { id, types: ['ADDRESSES'], direction: 'OUTGOING' },
      ]),
    );
    return { page, nested };
  };

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/_roundtrips') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ roundTrips }));
      return;
    }
    const handler = req.method === 'POST' && req.url?.startsWith('/op/') ? handlers[req.url.slice(4)] : undefined;
    if (!handler) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handler(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Row).then(
        (data) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data }));
        },
        (error: unknown) => {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: String(error) }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    roundTrips: () => roundTrips,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
