/**
 * The statement planner's second half: a plan (planSelection.ts) written as Cypher by filling the
 * named fragments in cypher/plan/. The text depends only on the plan, never on argument values
 * (those stay parameters of the named statement), so one document's statement is the same text on
 * every request and Neo4j's plan cache hits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../../db/statements.js';
import { nodeLabels, relationshipTypes } from '../../model/vocabulary.js';

const NODE_LABELS: ReadonlySet<string> = new Set(nodeLabels);
import type { NodePlan, PlanStep, PropertyPlans } from './planSelection.js';

export type FragmentName = 'rows' | 'node' | 'edges' | 'successions' | 'reference';
export type PlanFragments = Readonly<Record<FragmentName, string>>;

const fragmentNames: FragmentName[] = ['rows', 'node', 'edges', 'successions', 'reference'];

/** Reads cypher/plan/*.cypher, header comments dropped. Throws naming a missing file (read once, on first use). */
export function loadPlanFragments(dir: string = path.join(cypherDir, 'plan')): PlanFragments {
  const entries = fragmentNames.map((name) => {
    const text = fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
    const body = text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim();
    return [name, body] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<FragmentName, string>);
}

/** Replaces each {{name}} in `template`; throws on a placeholder without a value (a fragment/planner mismatch). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`cypher/plan fragment placeholder {{${name}}} has no value`);
    return value;
  });
}

/**
 * What this module writes into statement text is structure Cypher cannot take as a parameter
 * (variable names, labels, relationship types, property keys in map projections), never a value:
 * ids and every other value travel as $parameters of the named statement. Each piece comes from
 * the planner's own tables and is checked before it is written: variables are generated here
 * (VARIABLE), labels must be the vocabulary's node labels, types the vocabulary's relationship
 * types, property keys plain identifiers (IDENTIFIER).
 */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
/** The variables composeStatement generates: `n0`, then `n3`, `r2`, `e5` … */
const VARIABLE = /^[nre][0-9]+$/;

/**
 * The properties a plan node projects: null when the operation reads it as no type at all (it is
 * not primed); otherwise chosen by the node's actual label, since a relationship can reach nodes of
 * other types than the field's: each label the operation reads gets its keys, any other just its
 * id (no field of that type is read anywhere in the operation); every property for a type read as
 * 'all', and for every type when the operation reads other nodes' properties.
 */
function propsExpression(node: string, p: NodePlan, properties: PropertyPlans): string {
  if (!VARIABLE.test(node)) throw new Error(`composeStatement: ${node} is not a variable it generated`);
  if (p.types.length === 0) return 'null';
  if (properties.all) return `properties(${node})`;
  // Labels are written into the text: only the vocabulary's node labels (the property plan also
  // holds edge-record types such as Participation, which no node carries).
  const branches = [...properties.properties.entries()]
    .filter(([label]) => NODE_LABELS.has(label))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([label, keys]) => {
      return `WHEN '${label}' THEN ${keys === 'all' ? `properties(${node})` : mapProjection(node, keys)}`;
    });
  return `CASE [l IN labels(${node}) WHERE l <> 'Entity'][0] ${branches.join(' ')} ELSE ${node} {.id} END`;
}

/** `v {.a, .b}` for these keys (sorted: the text is stable), checked to be plain identifiers. */
function mapProjection(variable: string, keys: Iterable<string>): string {
  const sorted = [...keys].sort();
  for (const key of sorted) if (!IDENTIFIER.test(key)) throw new Error(`planner property table names an invalid property ${key}`);
  return `${variable} {${sorted.map((k) => `.${k}`).join(', ')}}`;
}

/**
 * The Cypher that extends `statement` (a named read statement whose rows carry a node `id`, kind and
 * properties) with what `plan` reads below each row's node, in a `planned` column; below the row's
 * own node, each node projects the properties `properties` says its types are read for. Relationship
 * types and property keys come from the planner's own tables (checked here), never from a client.
 */
export function composeStatement(fragments: PlanFragments, statement: string, plan: NodePlan, properties: PropertyPlans): string {
  let counter = 0;
  const fresh = (prefix: string): string => `${prefix}${++counter}`;

  const projection = (node: string, p: NodePlan, props: string = propsExpression(node, p, properties)): string =>
    fill(fragments.node, { node, props, steps: p.steps.map((step) => stepExpression(node, step)).join(', ') });

  function stepExpression(node: string, step: PlanStep): string {
    if (step.kind === 'edges') {
      for (const type of step.types) {
        if (!(type in relationshipTypes)) throw new Error(`planner table names an unknown relationship type ${type}`);
      }
      const rel = fresh('r');
      const other = fresh('n');
      const arrow = `[${rel}:${step.types.join('|')}]`;
      const pattern = step.direction === 'OUTGOING' ? `(${node})-${arrow}->(${other}:Entity)` : `(${node})<-${arrow}-(${other}:Entity)`;
      const relationshipKeys = properties.relationships.get(step.key) ?? new Set(['key', 'role']);
      const relProps = properties.all || relationshipKeys === 'all' ? `properties(${rel})` : mapProjection(rel, relationshipKeys);
      return fill(fragments.edges, { pattern, rel, relProps, projection: projection(other, step.other) });
    }
    if (step.kind === 'reference') {
      if (!IDENTIFIER.test(step.property)) throw new Error(`planner table names an invalid property ${step.property}`);
      const other = fresh('n');
      return fill(fragments.reference, { node, property: step.property, other, projection: projection(other, step.other) });
    }
    const other = fresh('n');
    const event = fresh('e');
    return fill(fragments.successions, {
      node,
      other,
      event,
      otherProjection: projection(other, step.other),
      eventProjection: projection(event, step.event),
    });
  }

  // The row's own node comes with all its properties from the statement itself.
  return fill(fragments.rows, { statement: statement.trim(), node: 'n0', projection: projection('n0', plan, 'null') });
}
