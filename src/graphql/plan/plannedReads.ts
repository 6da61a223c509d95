/**
 * One statement per root field: a root resolver reads through `plannedReader`, which runs its named
 * statement extended with everything the operation selects below the returned nodes (planSelection
 * + composeStatement), then primes the request's loaders with the result. The type resolvers stay
 * as they are: each finds its edges, successions or node already loaded under the key it asks for,
 * and a field the planner does not cover still resolves through its loader.
 *
 * Plans are cached per parsed document (Apollo keeps parsed documents, so the same query text
 * yields the same operation and field nodes): planning and composing run once per (operation, root
 * field).
 */
import { createHash } from 'node:crypto';
import type { FieldNode, GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import type { Reader, StatementExtension } from '../../db/createDb.js';
import type { ReadStatementName } from '../../db/statements.js';
import { toNodeRecord } from '../../db/toNodeRecord.js';
import type { EdgeRecord, Props, SuccessionRecord } from '../../model/records.js';
import type { NodeLabel } from '../../model/vocabulary.js';
import type { Context } from '../context.js';
import type { Loaders } from '../createLoaders.js';
import { composeStatement, loadPlanFragments, type PlanFragments } from './composeStatement.js';
import { planProperties, planSelection, type NodePlan } from './planSelection.js';

/** Which named statement answers each planned root field, and where its nodes sit in the selection. */
const CONNECTION = [['edges', 'node'], ['nodes']] as const;
export const plannedRoots: Readonly<Record<string, { statement: ReadStatementName; paths: readonly (readonly string[])[] }>> = {
  node: { statement: 'nodes-by-ids', paths: [[]] },
  instrument: { statement: 'nodes-by-ids', paths: [[]] },
  institution: { statement: 'nodes-by-ids', paths: [[]] },
  technologyArea: { statement: 'nodes-by-ids', paths: [[]] },
  mechanism: { statement: 'nodes-by-ids', paths: [[]] },
  event: { statement: 'nodes-by-ids', paths: [[]] },
  country: { statement: 'nodes-by-ids', paths: [[]] },
  source: { statement: 'nodes-by-ids', paths: [[]] },
  provision: { statement: 'nodes-by-ids', paths: [[]] },
  policyTopic: { statement: 'nodes-by-ids', paths: [[]] },
  post: { statement: 'nodes-by-ids', paths: [[]] },
  instruments: { statement: 'instruments-page', paths: CONNECTION },
  institutions: { statement: 'institutions-page', paths: CONNECTION },
  technologyAreas: { statement: 'technology-areas-page', paths: CONNECTION },
  provisions: { statement: 'provisions-page', paths: CONNECTION },
  figures: { statement: 'figures-page', paths: CONNECTION },
  // Not search: its statement returns five times the hits asked for (the ranking is finished in
  // TypeScript), and planning below every one of them would read far more than the page shows.
};

/** A root field's plan: the named statement it extends, the plan, and the extension that writes it. */
export interface RootPlan {
  statement: ReadStatementName;
  plan: NodePlan;
  extension: StatementExtension;
}

let fragments: PlanFragments | undefined;
// Per operation, then per root field node: one document may hold several operations sharing a
// fragment (GraphiQL sends them with operationName), and the property plan is the operation's.
const plans = new WeakMap<OperationDefinitionNode, WeakMap<FieldNode, RootPlan | null>>();

/**
 * The plan for the Query field `info` resolves, or null when the field is not planned or selects no
 * relationship below its nodes (its named statement alone answers). Cached per operation and field node.
 */
export function planRootField(
  info: Pick<GraphQLResolveInfo, 'schema' | 'parentType' | 'fieldNodes' | 'fragments' | 'fieldName' | 'operation'>,
): RootPlan | null {
  const key = info.fieldNodes[0];
  let forOperation = plans.get(info.operation);
  if (!forOperation) {
    forOperation = new WeakMap();
    plans.set(info.operation, forOperation);
  }
  const cached = key ? forOperation.get(key) : undefined;
  if (cached !== undefined) return cached;
  const root = info.parentType.name === 'Query' ? plannedRoots[info.fieldName] : undefined;
  const plan = root ? planSelection(info.schema, info.parentType, info.fieldNodes, info.fragments, root.paths) : null;
  let result: RootPlan | null = null;
  if (root && plan) {
    fragments ??= loadPlanFragments();
    const planFragments = fragments;
    const properties = planProperties(info.schema, info.parentType, info.operation.selectionSet, info.fragments);
    const texts = new Map<string, string>();
    const apply = (statement: string): string => {
      let text = texts.get(statement);
      if (text === undefined) {
        text = composeStatement(planFragments, statement, plan, properties);
        texts.set(statement, text);
      }
      return text;
    };
    const signature = createHash('sha256').update(apply(root.statement)).update(JSON.stringify(plan)).digest('base64url');
    result = { statement: root.statement, plan, extension: { signature, apply } };
  }
  if (key) forOperation.set(key, result);
  return result;
}

/** A node as cypher/plan/node.cypher projects it. */
interface PlannedNode {
  id: string;
  label: NodeLabel;
  /** Null when the operation reads no field of the node (or it is the row's own, primed from the row). */
  props: Props | null;
  steps: unknown[];
}

/** A projection such as n {.a, .b} gives null for a property the node lacks; a stored node never holds a null. */
const withoutNulls = (props: Props): Props => Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)) as Props;
interface PlannedEdge {
  type: string;
  from: string;
  to: string;
  props: Props;
  other: PlannedNode;
}
interface PlannedSuccession {
  other: PlannedNode;
  event: PlannedNode;
  date: string | null;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** cypher/edges-of-nodes.cypher's order, so a planned answer lists edges as the loader would. */
const byTypeAndEnds = (a: PlannedEdge, b: PlannedEdge): number =>
  compare(a.type, b.type) ||
  compare(a.from, b.from) ||
  compare(a.to, b.to) ||
  compare(String(a.props.key ?? ''), String(b.props.key ?? ''));
/** cypher/successions-of-institutions.cypher's order. */
const byDateAndId = (a: PlannedSuccession, b: PlannedSuccession): number =>
  compare(a.date ?? '', b.date ?? '') || compare(a.other.id, b.other.id);

const toSuccession = (s: PlannedSuccession): SuccessionRecord => ({ institutionId: s.other.id, changeEventId: s.event.id });

/** Primes the loaders with one planned node and everything read below it, following `plan`. */
export function primePlanned(loaders: Loaders, plan: NodePlan, node: PlannedNode): void {
  if (node.props !== null) loaders.node.prime(node.id, toNodeRecord(node.label, withoutNulls(node.props)));
  plan.steps.forEach((step, i) => {
    const value = node.steps[i];
    if (step.kind === 'edges') {
      const edges = [...(value as PlannedEdge[])].sort(byTypeAndEnds);
      const records: EdgeRecord[] = edges.map((e) => ({ type: e.type, from: e.from, to: e.to, props: withoutNulls(e.props) }));
      loaders.edges.prime({ id: node.id, types: step.types, direction: step.direction }, records);
      for (const e of edges) primePlanned(loaders, step.other, e.other);
    } else if (step.kind === 'reference') {
      for (const other of value as PlannedNode[]) primePlanned(loaders, step.other, other);
    } else {
      const { predecessors, successors } = value as { predecessors: PlannedSuccession[]; successors: PlannedSuccession[] };
      const sorted = { predecessors: [...predecessors].sort(byDateAndId), successors: [...successors].sort(byDateAndId) };
      loaders.successions.prime(node.id, {
        predecessors: sorted.predecessors.map(toSuccession),
        successors: sorted.successors.map(toSuccession),
      });
      for (const s of [...sorted.predecessors, ...sorted.successors]) {
        primePlanned(loaders, step.other, s.other);
        primePlanned(loaders, step.event, s.event);
      }
    }
  });
}

/**
 * The request's Reader, except that the root field's own statement (plannedRoots) runs extended by
 * its plan and primes the loaders with what it read; other statements (a text filter's search, a
 * lineage expansion) pass through. Without a plan, the request's Reader itself.
 */
export function plannedReader(ctx: Context, info: GraphQLResolveInfo): Reader {
  const rootPlan = ctx.statementPlanner ? planRootField(info) : null;
  if (!rootPlan) return ctx.reader;
  return {
    read: async (name, params) => {
      if (name !== rootPlan.statement) return ctx.reader.read(name, params);
      const rows = await ctx.reader.readExtended(name, params, rootPlan.extension);
      for (const row of rows) {
        if (row.planned === null || row.planned === undefined) continue;
        // The row's own node, with all its properties, before any partial record of it below.
        // Every planned root statement returns NodeColumns (plannedRoots); the registry's union of row types cannot say so.
        const own = row as unknown as { id: string; label: NodeLabel; props: Props };
        ctx.loaders.node.prime(own.id, toNodeRecord(own.label, own.props));
        primePlanned(ctx.loaders, rootPlan.plan, row.planned as PlannedNode);
      }
      return rows;
    },
    readExtended: (name, params, extension) => ctx.reader.readExtended(name, params, extension),
  };
}

/**
 * For a by-id root field (`instrument(id:)`, `node(id:)` …): when the operation selects relationships
 * below the node, reads the node and all of them in one statement and primes the loaders; otherwise
 * does nothing, and the node loader (batched across root fields) answers as before.
 */
export async function primeRoot(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<void> {
  if (!ctx.statementPlanner || !planRootField(info)) return;
  const rows = await plannedReader(ctx, info).read('nodes-by-ids', { ids: [id] });
  // No such node: say so to the loader, so the NOT_FOUND that follows costs no second read.
  if (rows.length === 0) ctx.loaders.node.prime(id, null);
}
