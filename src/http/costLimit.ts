/**
 * The cost limit: what an operation may ask for, computed on the values the request really has.
 *
 * GraphQL Armor's cost rule runs as a graphql-js validation rule, which never sees variables: it
 * multiplied only by literal `first`/`last` (a variable or a schema default counted as 1) and charged
 * a named fragment an extra level on top of its fields. Here graphql-query-complexity walks the
 * operation with the coerced variables (so literals, variables, variable defaults and schema
 * defaults are the same value) and counts every fragment, named or inline, as if its fields were
 * written where it is spread; on an interface or union the costliest possible type counts.
 *
 * The model (Armor's for fields, so the configured maxCost keeps its meaning): a leaf field costs 1; a field
 * with a selection costs 2 + 1.5 × the sum of its selection's costs; that is multiplied by its
 * `first` or `last` argument (the larger, at least 1). Introspection (`__schema`, `__type`) is free.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type ASTNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
// The CommonJS build, as Apollo and graphql-js's own entry point are: the ESM build deep-imports
// graphql's .mjs files, a second graphql instance that refuses our schema ("another module or realm",
// slicknode/graphql-query-complexity#100).
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { createError, ErrorCode } from '../errors.js';

const LEAF_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;
// graphql-query-complexity's own bound on how many selections it visits (fragment fan-out): a
// document that spreads fragments into millions of selections is refused before it is costed.
const MAX_QUERY_NODES = 10_000;

/** The page size a field asks for: its `first` or `last` (after variables and defaults), at least 1. */
function pageSize(args: Record<string, unknown>): number {
  const sizes = [args.first, args.last].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return Math.max(1, ...sizes);
}

const estimator: ComplexityEstimator = ({ field, node, args, childComplexity }) => {
  if (field.name === '__schema' || field.name === '__type') return 0;
  if (!node.selectionSet) return LEAF_COST;
  return (OBJECT_COST + DEPTH_FACTOR * childComplexity) * pageSize(args);
};

/**
 * The cost of one operation of `document` (the one named `operationName`, or the only one) with
 * these variable values, in the units of the limit (see the module comment). Returns null when the
 * variables do not fit the operation's definitions: execution rejects those itself
 * (BAD_USER_INPUT) before anything is read. Returns Infinity when the document expands (through
 * fragments) past MAX_QUERY_NODES selections. Throws on anything else (a bug, never the client's).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator], maxQueryNodes: MAX_QUERY_NODES });
  } catch (error) {
    // By message, not class: the library's GraphQLError may come from graphql's other (CommonJS) build.
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    // Variables that do not fit their definitions (graphql-js: 'Variable "$n" got invalid value …');
    // anything else is a bug and must not let the operation through uncosted.
    if (error instanceof Error && /^Variable "\$/.test(error.message)) return null;
    throw error;
  }
}

/** Every node below `node` in a document's syntax tree (the values of one argument or directive). */
function* descendants(node: unknown): Generator<ASTNode> {
  if (Array.isArray(node)) for (const item of node) yield* descendants(item);
  else if (node && typeof node === 'object' && 'kind' in node) {
    yield node as ASTNode;
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') yield* descendants(value);
  }
}

/**
 * The names of the variables an operation's cost can depend on: those in a `first` or `last` argument
 * (the list multipliers) and in a directive's arguments (`@include(if: $x)` and `@skip` decide which
 * fields count), anywhere in the document, fragments included. Every other variable (an id, a search
 * text) leaves the cost as it is.
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: unknown): void => {
    for (const n of descendants(value)) if (n.kind === Kind.VARIABLE) names.add(n.name.value);
  };
  for (const node of descendants(document.definitions)) {
    if (node.kind === Kind.ARGUMENT && (node.name.value === 'first' || node.name.value === 'last')) collect(node.value);
    if (node.kind === Kind.DIRECTIVE) collect(node.arguments);
  }
  return [...names].sort();
}

/**
 * operationCost, remembered: Apollo hands the same parsed document to every request with the same query
 * text, and an operation's cost depends only on that document, the operation chosen and the variables
 * costVariables names, so an instrument fetched by a thousand ids is costed once. Costing took 40–130 µs
 * a request on the benchmark's queries, 5–10 % of a cached answer. Bounded (lru-cache): 2,000 costs,
 * and a document's variable names are held only as long as the document is (WeakMap).
 */
export function createCostCache(
  schema: GraphQLSchema,
): (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined) => number | null {
  const relevant = new WeakMap<DocumentNode, { names: string[]; id: number }>();
  const costs = new LRUCache<string, { cost: number | null }>({ max: 2_000 });
  let documents = 0;
  return (document, variables, operationName) => {
    let seen = relevant.get(document);
    if (!seen) {
      seen = { names: costVariables(document), id: documents++ };
      relevant.set(document, seen);
    }
    // An absent variable takes its default and an explicit null does not: they must not share a key.
    const values = seen.names.map((n) => (variables && Object.hasOwn(variables, n) ? [variables[n]] : []));
    const key = JSON.stringify([seen.id, operationName ?? null, values]);
    const hit = costs.get(key);
    if (hit) return hit.cost;
    const cost = operationCost(schema, document, variables, operationName);
    costs.set(key, { cost });
    return cost;
  };
}

/**
 * An Apollo Server plugin that refuses, before execution, an operation whose cost is over
 * `maxCost`: GRAPHQL_VALIDATION_FAILED, HTTP 400, with `extensions.cost` and `extensions.maxCost`.
 * It runs at didResolveOperation, the first point where the variable values are known, and remembers
 * costs (createCostCache).
 */
export function costLimitPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  let costOf: ReturnType<typeof createCostCache> | undefined;
  return {
    async serverWillStart({ schema }) {
      costOf = createCostCache(schema);
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          costOf ??= createCostCache(schema);
          const cost = costOf(document, request.variables, operationName ?? undefined);
          if (cost === null || cost <= maxCost) return;
          const found = Number.isFinite(cost) ? `found ${cost}` : `its fragments expand to more than ${MAX_QUERY_NODES} selections`;
          throw createError(
            ErrorCode.GRAPHQL_VALIDATION_FAILED,
            `Query cost limit of ${maxCost} exceeded, ${found}. Ask for smaller pages (first/last) or fewer nested fields, ` +
              'or split the query; the README (Limits) explains how the cost is counted.',
            { cost: Number.isFinite(cost) ? cost : null, maxCost, http: { status: 400 } },
          );
        },
      };
    },
  };
}
