/**
 * GET /metrics in Prometheus text format (prom-client): the process (resident memory, heap, event
 * loop lag, GC), GraphQL request latency and database round trips per root field, the read cache
 * (entries, estimated bytes, budget, hits, misses, invalidations by cause) and the Db's counters.
 *
 * Each server has its own Registry, never prom-client's global one, so two servers in one process
 * (the tests, the benchmarks) do not collide. Label values are bounded: a root field is named as
 * the schema names it (never the client's alias, operation name or query text), and a request that
 * never reached execution (a parse or validation error) is labelled `(none)`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db, DbStats } from '../db/createDb.js';
import type { Context } from '../graphql/context.js';

export interface KizunaMetrics {
  registry: Registry;
  /** Times every GraphQL request and counts its round trips, per root field. */
  plugin: ApolloServerPlugin<Context>;
  /** The text to serve on GET /metrics, and its content type (`text/plain; version=0.0.4; charset=utf-8`). */
  render(): Promise<{ contentType: string; body: string }>;
}

/** The label of a request that selected no root field we know: it failed before execution. */
export const NO_ROOT_FIELD = '(none)';

/** Introspection fields every schema answers; bounded like the schema's own. */
const INTROSPECTION_FIELDS = ['__typename', '__schema', '__type'];

/** Every field name the schema's root types declare, computed once per schema. */
const rootFieldNamesOf = (() => {
  const known = new WeakMap<GraphQLSchema, ReadonlySet<string>>();
  return (schema: GraphQLSchema): ReadonlySet<string> => {
    let names = known.get(schema);
    if (!names) {
      const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
      names = new Set([...INTROSPECTION_FIELDS, ...roots.flatMap((type) => (type ? Object.keys(type.getFields()) : []))]);
      known.set(schema, names);
    }
    return names;
  };
})();

/**
 * The root fields an operation selects, through fragments: each as its response key (the alias, or
 * the name) and its schema name, one per response key. A name the schema's root types do not
 * declare (impossible once validated) is reported as NO_ROOT_FIELD, so labels stay bounded.
 */
export function rootFieldsOf(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  schema: GraphQLSchema,
): { key: string; name: string }[] {
  const known = rootFieldNamesOf(schema);
  const fields = new Map<string, string>();
  const seenFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        fields.set(selection.alias?.value ?? name, known.has(name) ? name : NO_ROOT_FIELD);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return [...fields].map(([key, name]) => ({ key, name }));
}

/**
 * A Counter that follows counts kept elsewhere (the Db's, monotonic), read at each scrape: each
 * label value of `read()` is a running total, and the Counter grows by what it grew since.
 */
function followCounts(
  registry: Registry,
  name: string,
  help: string,
  labelName: string | undefined,
  read: () => Record<string, number>,
): void {
  const last = new Map<string, number>();
  new Counter({
    name,
    help,
    labelNames: labelName ? [labelName] : [],
    registers: [registry],
    collect() {
      for (const [value, total] of Object.entries(read())) {
        const grown = Math.max(0, total - (last.get(value) ?? 0));
        last.set(value, total);
        if (labelName) this.inc({ [labelName]: value }, grown);
        else this.inc(grown);
      }
    },
  });
}

/**
 * The metrics of one server over `db`. A Db without stats (a test fake) reports zeros for the cache
 * and the Db's counters. Starts prom-client's default process collectors for this registry (they
 * run for the life of the process).
 */
export function createMetrics(db: Db): KizunaMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const stats = (): DbStats | undefined => db.stats?.();

  const duration = new Histogram({
    name: 'kizuna_graphql_request_duration_seconds',
    help: 'GraphQL request latency in seconds, from the start of the request to its response, per root field selected (a request selecting two is counted under both); outcome "error" when the response carries an error for that field or for the whole request.',
    labelNames: ['root_field', 'outcome'],
    // From a cached answer (~1 ms) to the 15 s statement timeout.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [registry],
  });
  const roundTrips = new Histogram({
    name: 'kizuna_graphql_request_db_round_trips',
    help: 'Database round trips per GraphQL request (reads the read cache answered are not round trips), per root field selected.',
    labelNames: ['root_field'],
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 32, 64],
    registers: [registry],
  });

  followCounts(
    registry,
    'kizuna_db_round_trips_total',
    'Reads that reached Neo4j (kind "read": requests and exports; "version_poll": the read cache version poll).',
    'kind',
    () => {
      const s = stats();
      return { read: s?.reads ?? 0, version_poll: s?.versionPolls ?? 0 };
    },
  );
  followCounts(
    registry,
    'kizuna_db_write_transactions_total',
    'Write transactions begun (curator writes, seed loads), committed or not.',
    undefined,
    () => ({
      '': stats()?.writeTransactions ?? 0,
    }),
  );
  followCounts(
    registry,
    'kizuna_read_cache_version_poll_failures_total',
    'Version polls that failed (each empties the read cache).',
    undefined,
    () => ({
      '': stats()?.versionPollFailures ?? 0,
    }),
  );
  followCounts(
    registry,
    'kizuna_read_cache_hits_total',
    'Reads the read cache answered (stored, or joined a read in flight).',
    undefined,
    () => ({
      '': stats()?.readCache?.hits ?? 0,
    }),
  );
  followCounts(registry, 'kizuna_read_cache_misses_total', 'Reads the read cache sent to Neo4j.', undefined, () => ({
    '': stats()?.readCache?.misses ?? 0,
  }));
  followCounts(
    registry,
    'kizuna_read_cache_invalidations_total',
    'Times the read cache was emptied, by cause: "write" (a write through this server), "version" (a version poll saw another token: any write, this server\'s included, or the first poll), "poll_failed" (a version poll failed).',
    'cause',
    () => stats()?.readCache?.invalidations ?? { write: 0, version: 0, poll_failed: 0 },
  );

  const gauge = (name: string, help: string, read: (s: DbStats | undefined) => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(stats()));
      },
    });
  };
  gauge('kizuna_read_cache_entries', 'Results the read cache holds.', (s) => s?.readCache?.entries ?? 0);
  gauge(
    'kizuna_read_cache_bytes',
    'Estimated size of what the read cache holds, in bytes (UTF-8 JSON of keys and rows, plus a fixed allowance per entry).',
    (s) => s?.readCache?.bytes ?? 0,
  );
  gauge(
    'kizuna_read_cache_max_bytes',
    'The read cache budget in bytes (READ_CACHE_MAX_BYTES; 0 when the cache is off).',
    (s) => s?.readCache?.maxBytes ?? 0,
  );

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, document, schema, contextValue }) {
          const seconds = (performance.now() - started) / 1000;
          const fields = operation && document ? rootFieldsOf(operation, document, schema) : [];
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const failed = (response.http.status ?? 200) >= 400 || errors.some((e) => e.path === undefined || e.path.length === 0);
          const erroredKeys = new Set(errors.map((e) => e.path?.[0]));
          const names = new Map<string, boolean>();
          for (const { key, name } of fields.length > 0 ? fields : [{ key: '', name: NO_ROOT_FIELD }]) {
            names.set(name, (names.get(name) ?? false) || failed || fields.length === 0 || erroredKeys.has(key));
          }
          for (const [name, errored] of names) {
            duration.observe({ root_field: name, outcome: errored ? 'error' : 'ok' }, seconds);
            roundTrips.observe({ root_field: name }, contextValue.stats.roundTrips);
          }
        },
      };
    },
  };

  return {
    registry,
    plugin,
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
