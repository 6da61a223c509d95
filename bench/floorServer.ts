/**
 * The floor: for each operation, one hand-written Cypher statement (bench/floor/<operation>.cypher),
 * the best an expert would write for exactly the data Kizuna's query selects, run by the raw
 * neo4j-driver as one auto-commit read (`session.run` in a READ session: one round trip, no
 * separate COMMIT), behind a minimal node:http handler. POST /op/<operation> with Kizuna's variables
 * as JSON answers { data: rows }. GET /_roundtrips answers how many statements ran.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../src/config.js';
import { toCypherParams } from '../src/db/createDb.js';
import { buildExactNameQuery, buildSearchQuery, searchIndexFor } from '../src/graph/buildSearchQuery.js';
import { operationNames, type OperationName } from './operations.js';

type Row = Record<string, unknown>;

/** The depth of the benchmarked lineage (Kizuna's query asks maxDepth: 6). */
export const LINEAGE_DEPTH = 6;
const LEVEL = /\/\/ LEVEL BEGIN\n([\s\S]*?)\/\/ LEVEL END\n/;

/**
 * The floor statements, read from bench/floor/*.cypher. A statement with a "LEVEL BEGIN … LEVEL END"
 * block (lineage) gets the block repeated `levels` times: the bounded loop, unrolled.
 */
export function loadFloorStatements(levels = LINEAGE_DEPTH): Record<OperationName, string> {
  const dir = path.join(projectRoot, 'bench', 'floor');
  const read = (op: OperationName): string => {
    const text = fs.readFileSync(path.join(dir, `${op}.cypher`), 'utf8');
    return text.replace(LEVEL, (_, block: string) => block.repeat(levels));
  };
  return Object.fromEntries(operationNames.map((op) => [op, read(op)])) as Record<OperationName, string>;
}

/** The floor statement's parameters for Kizuna's variables of one request (what the client sent). */
export function floorParams(op: OperationName, v: Row): Row {
  switch (op) {
    case 'instrumentById':
    case 'lineage':
      return { id: v.id };
    case 'provisions':
      return { id: v.id, first: 50 };
    case 'instrumentsPage':
      return { country: v.country, yearFrom: v.yearFrom, first: 50 };
    case 'overlap': {
      const [a, b] = v.ids as string[];
      return { a, b };
    }
    case 'search': {
      const text = String(v.text);
      // The same Lucene query and exact-name key as Kizuna's first attempt (every word).
      return { index: searchIndexFor(text), query: buildSearchQuery(text, 'all') ?? '', exact: buildExactNameQuery(text) ?? '', first: 20 };
    }
  }
}

export interface FloorServer {
  port: number;
  roundTrips(): number;
  stop(): Promise<void>;
}

/** Starts the floor's HTTP endpoint on a free loopback port, with its own driver. */
export async function startFloorServer(options: {
  uri: string;
  user: string;
  password: string;
  maxPoolSize?: number;
}): Promise<FloorServer> {
  const statements = loadFloorStatements();
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
  let roundTrips = 0;
  const run = async (op: OperationName, variables: Row): Promise<Row[]> => {
    roundTrips += 1;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(statements[op], toCypherParams(floorParams(op, variables)) as Row);
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/_roundtrips') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ roundTrips }));
      return;
    }
    const op = req.url?.startsWith('/op/') ? req.url.slice(4) : '';
    if (req.method !== 'POST' || !(operationNames as string[]).includes(op)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      run(op as OperationName, JSON.parse(Buffer.concat(chunks).toString('utf8')) as Row).then(
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
