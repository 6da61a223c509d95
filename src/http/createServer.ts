/**
 * Builds the HTTP server: Apollo Server 5 on Express 5 at /graphql, /health, /ready and /metrics
 * (Prometheus, src/http/metrics.ts), body size limit, CORS, request ids and structured logs. The app and the tests build it through this one
 * factory, so what is tested is what runs.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.js';
import type { Db } from '../db/createDb.js';
import { createExportRouter } from './createExportRouter.js';
import { createExplorerRouter } from './createExplorerRouter.js';
import type { Logger } from '../logger.js';
import { createContext, type Context } from '../graphql/context.js';
import { createSourceTextReader } from '../seed/readSeedFiles.js';
import { loadTypeDefs } from '../graphql/loadTypeDefs.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { authenticate } from './authenticate.js';
import { formatError } from './formatError.js';
import { sendError } from './sendError.js';
import { statsPlugin } from './statsPlugin.js';
import { costLimitPlugin } from './costLimit.js';
import { createMetrics } from './metrics.js';
import { ErrorCode } from '../errors.js';
import { argumentLimitsPlugin, knownOperationTypes } from '../graphql/argumentLimits.js';
import { graphiqlContentSecurityPolicy, securityHeaders } from './securityHeaders.js';

export interface KizunaServer {
  app: express.Express;
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting requests, drains those in flight, then resolves. Does not close the Db. */
  stop(): Promise<void>;
}

export type ServerConfig = Pick<
  Config,
  'corsOrigins' | 'bodyLimit' | 'development' | 'tokens' | 'limits' | 'baseIri' | 'seedsDir' | 'statementPlanner'
>;

export async function createServer(
  config: ServerConfig,
  db: Db,
  log: Logger,
  readiness: { schemaApplied: () => boolean },
): Promise<KizunaServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const armor = new ApolloArmor({
    // Fragments (named or inline) add no level of their own: a query is as deep as its fields.
    maxDepth: { n: config.limits.maxDepth, flattenFragments: true },
    maxAliases: { n: config.limits.maxAliases },
    // Tokens are limited by graphql-js's own parser (parseOptions below): Armor's token check throws
    // outside Apollo's parse error handling and would answer 500 instead of 400.
    maxTokens: { enabled: false },
    // Armor's cost rule is a validation rule and never sees variables: costLimitPlugin (below)
    // costs the operation once the variable values are known.
    costLimit: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: !config.development },
  });
  const protection = armor.protect();
  // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same at run time.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];

  // Curator excerpts are checked against the configured seeds directory's texts (KIZUNA_SEEDS_DIR).
  const readSourceText = createSourceTextReader(config.seedsDir);
  const metrics = createMetrics(db);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    validationRules: [...protection.validationRules, knownOperationTypes],
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ...armorPlugins,
      // Over-long strings are refused (400 BAD_USER_INPUT) before any resolver runs.
      argumentLimitsPlugin<Context>(),
      costLimitPlugin<Context>(config.limits.maxCost),
      statsPlugin(),
      metrics.plugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Kizuna sets no cache hints, and the default cache-control plugin hooks every resolved field:
      // ~2% of the CPU of a 40,000-edge lineage (node --cpu-prof).
      ApolloServerPluginCacheControlDisabled(),
    ],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: config.development,
    formatError: (formatted, error) => formatError(formatted, error, log, config.development),
    introspection: true,
    // main.ts owns signal handling: it drains HTTP first, then closes the driver and the local Neo4j.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(securityHeaders());
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Probes and scrapes come every few seconds and would drown the request log.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    }),
  );
  app.use(
    cors({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      exposedHeaders: ['x-request-id'],
    }),
  );

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const neo4j = await db.ping();
    const schema = readiness.schemaApplied();
    const cache = db.stats?.().readCache;
    const lookups = cache ? cache.hits + cache.misses : 0;
    // The read cache's size and hit rate since start (null before the first lookup); absent when it is off.
    const cacheReport = cache && {
      cache: { entries: cache.entries, bytes: cache.bytes, maxBytes: cache.maxBytes, hitRate: lookups > 0 ? cache.hits / lookups : null },
    };
    res.status(neo4j && schema ? 200 : 503).json({ ready: neo4j && schema, neo4j, schema, ...cacheReport });
  });
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.render();
    res.set('content-type', contentType).send(body);
  });

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(db, authenticate(req.headers.authorization, config.tokens), req.log, readSourceText, {
          statementPlanner: config.statementPlanner,
        }),
    }),
  );

  app.use('/export', createExportRouter(db, { baseIri: config.baseIri }));

  // The graph explorer (/explore) and GraphiQL (/graphiql): static bundles built from explorer/.
  app.use('/graphiql', graphiqlContentSecurityPolicy());
  app.use(createExplorerRouter());

  // Body-parser failures (malformed JSON, body too large) answer in GraphQL's error envelope.
  const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (error.type === 'entity.too.large')
      return sendError(res, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${config.bodyLimit}.`);
    if (status < 500) {
      const message = 'The request body is not valid JSON. Send {"query": "...", "variables": {...}} with content-type application/json.';
      return sendError(res, ErrorCode.BAD_REQUEST, message, status);
    }
    req.log.error({ err: error }, 'request failed');
    sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  };
  app.use(bodyErrors);

  return {
    app,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    stop: () => apollo.stop(),
  };
}
