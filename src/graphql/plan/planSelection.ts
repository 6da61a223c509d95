/**
 * The statement planner's first half: from an operation's selection set to a plan of what to read
 * below a node — which relationship fields it selects, at every level, merged across aliases,
 * fragments and inline fragments. Pure (schema and document in, plan out), so a unit test can plan
 * any document without a database.
 *
 * Relationships: a field of an abstract type is planned for every possible type that has it (an
 * over-read); a field left out of the plan (not in the table, or under an `@include`/`@skip` a
 * variable decides) falls back to its loader, costing a round trip, never a wrong answer.
 * Properties are different: nodes are projected partially, so planProperties must name every
 * property any resolver of the operation reads, for every node type, wherever the type appears.
 */
import type {
  DirectiveNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLAbstractType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import { nodeLabels, type RelationshipType } from '../../model/vocabulary.js';
import { childReads, propertyKeysOf, readsOtherNodes } from './propertyFields.js';
import { edgeEnds, relationshipFields, type RelationshipField } from './relationshipFields.js';

/**
 * What to read below one node: its steps, in a stable order (the order fields first appear), and the
 * object types the operation reads it as (empty: it reads nothing of it, e.g. `parties { role }` reads
 * no field of the institution at the other end, so the node is not fetched for the loaders).
 */
export interface NodePlan {
  types: string[];
  steps: PlanStep[];
}

export type PlanStep =
  | { kind: 'edges'; key: string; types: readonly RelationshipType[]; direction: 'OUTGOING' | 'INCOMING'; other: NodePlan }
  | { kind: 'successions'; key: string; other: NodePlan; event: NodePlan }
  | { kind: 'reference'; key: string; property: string; other: NodePlan };

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

// Types are told apart by shape, not with graphql's isObjectType/getNamedType: those use
// instanceof, and where graphql is loaded twice (its ESM and CommonJS builds, as under vitest)
// the schema's types come from the other copy.
/** A field's type without its list and non-null wrappers. */
function getNamedType(type: GraphQLOutputType): GraphQLNamedType {
  let named: GraphQLOutputType = type;
  while ('ofType' in named) named = named.ofType;
  return named;
}

/** The object types a field of this type can return (one, or every member of a union or interface). */
function objectTypesOf(schema: GraphQLSchema, type: GraphQLNamedType | null | undefined): readonly GraphQLObjectType[] {
  if (!type || !('getFields' in type || 'getTypes' in type)) return [];
  if ('isTypeOf' in type) return [type as GraphQLObjectType];
  return 'resolveType' in type ? schema.getPossibleTypes(type as GraphQLAbstractType) : [];
}

/** Every field of a selection set with the object types it applies to (type conditions narrow them). */
/**
 * What `@include`/`@skip` make of a selection: 'out' when a literal excludes it, 'maybe' when a
 * variable decides (the plan leaves such a subtree to the loaders, the property plan keeps it), 'in'.
 */
function included(directives: readonly DirectiveNode[] | undefined): 'in' | 'out' | 'maybe' {
  let state: 'in' | 'out' | 'maybe' = 'in';
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'include' && name !== 'skip') continue;
    const value = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    if (value?.kind === 'BooleanValue') {
      if (value.value === (name === 'skip')) return 'out';
    } else state = 'maybe';
  }
  return state;
}

function eachField(
  schema: GraphQLSchema,
  set: SelectionSetNode | undefined,
  fragments: Fragments,
  types: readonly GraphQLObjectType[],
  visit: (field: FieldNode, types: readonly GraphQLObjectType[]) => void,
  plannedOnly = false,
): void {
  for (const selection of set?.selections ?? []) {
    const state = included(selection.directives);
    if (state === 'out' || (state === 'maybe' && plannedOnly)) continue;
    if (selection.kind === 'Field') {
      visit(selection, types);
      continue;
    }
    const fragment = selection.kind === 'InlineFragment' ? selection : fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : undefined;
    // An unknown type condition cannot pass validation; read nothing below it rather than everything.
    const narrowed = fragment.typeCondition ? objectTypesOf(schema, condition).filter((t) => types.includes(t)) : types;
    eachField(schema, fragment.selectionSet, fragments, narrowed, visit, plannedOnly);
  }
}

const emptyPlan = (): NodePlan => ({ types: [], steps: [] });

/** A step's identity: fields reading the same relationships share one step. */
export const stepKeyOf = (field: RelationshipField): string =>
  field.kind === 'edges'
    ? `edges:${field.direction}:${[...field.types].sort().join('|')}`
    : field.kind === 'reference'
      ? `ref:${field.property}`
      : 'successions';

function stepFor(plan: NodePlan, field: RelationshipField): PlanStep {
  const key = stepKeyOf(field);
  const existing = plan.steps.find((s) => s.key === key);
  if (existing) return existing;
  const step: PlanStep =
    field.kind === 'edges'
      ? { kind: 'edges', key, types: field.types, direction: field.direction, other: emptyPlan() }
      : field.kind === 'reference'
        ? { kind: 'reference', key, property: field.property, other: emptyPlan() }
        : { kind: 'successions', key, other: emptyPlan(), event: emptyPlan() };
  plan.steps.push(step);
  return step;
}

/** Adds to `plan` what `set` selects below a node of one of `types`. */
function planNode(
  schema: GraphQLSchema,
  plan: NodePlan,
  types: readonly GraphQLObjectType[],
  set: SelectionSetNode | undefined,
  fragments: Fragments,
): void {
  for (const type of types) if (!plan.types.includes(type.name)) plan.types.push(type.name);
  eachField(
    schema,
    set,
    fragments,
    types,
    (field, fieldTypes) => {
      for (const type of fieldTypes) {
        const relationship = relationshipFields[type.name]?.[field.name.value];
        const definition = type.getFields()[field.name.value];
        if (!relationship || !definition) continue;
        const step = stepFor(plan, relationship);
        const child = getNamedType(definition.type);
        const ends = edgeEnds[child.name];
        if (!ends) {
          planNode(schema, step.other, objectTypesOf(schema, child), field.selectionSet, fragments);
          continue;
        }
        // An edge-shaped record (Participation, Coverage, Succession…): only its fields that lead to
        // the other end read anything further; the near end is the node already planned.
        const otherEnd = step.kind === 'edges' ? (step.direction === 'OUTGOING' ? 'to' : 'from') : 'other';
        const childObject = objectTypesOf(schema, child);
        eachField(
          schema,
          field.selectionSet,
          fragments,
          childObject,
          (sub, subTypes) => {
            const end = ends[sub.name.value];
            const target = end === otherEnd ? step.other : end === 'event' && step.kind === 'successions' ? step.event : undefined;
            const subDefinition = subTypes[0]?.getFields()[sub.name.value];
            if (target && subDefinition)
              planNode(schema, target, objectTypesOf(schema, getNamedType(subDefinition.type)), sub.selectionSet, fragments);
          },
          true,
        );
      }
    },
    true,
  );
}

/**
 * The plan below the nodes found at `paths` under a root field (e.g. ['edges', 'node'] and ['nodes']
 * for a connection, [] for the field itself), or null when nothing below them reads a relationship
 * (then the named statement alone answers, and the plain loaders suffice).
 */
export function planSelection(
  schema: GraphQLSchema,
  parentType: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  fragments: Fragments,
  paths: readonly (readonly string[])[],
): NodePlan | null {
  const plan = emptyPlan();
  for (const path of paths) {
    let level: { node: FieldNode; type: GraphQLNamedType }[] = fieldNodes.map((node) => {
      const definition = parentType.getFields()[node.name.value];
      return { node, type: definition ? getNamedType(definition.type) : parentType };
    });
    for (const name of path) {
      const next: typeof level = [];
      for (const { node, type } of level) {
        eachField(
          schema,
          node.selectionSet,
          fragments,
          objectTypesOf(schema, type),
          (field, types) => {
            const definition = types[0]?.getFields()[field.name.value];
            if (field.name.value === name && definition) next.push({ node: field, type: getNamedType(definition.type) });
          },
          true,
        );
      }
      level = next;
    }
    for (const { node, type } of level) planNode(schema, plan, objectTypesOf(schema, type), node.selectionSet, fragments);
  }
  // A plan this large is not what the API is for (the cost limit allows it): let the loaders read it level by level.
  if (countPlanNodes(plan) > MAX_PLAN_NODES) return null;
  return plan.steps.length > 0 ? plan : null;
}

/** Most plan nodes one statement may project: the cookbook's largest plan has ~10. */
export const MAX_PLAN_NODES = 60;

const countPlanNodes = (plan: NodePlan): number =>
  1 + plan.steps.reduce((n, step) => n + countPlanNodes(step.other) + (step.kind === 'successions' ? countPlanNodes(step.event) : 0), 0);

/** Properties to project per node type (or per step's relationships): the keys, or 'all' (every property). */
export type PropertyPlan = ReadonlyMap<string, ReadonlySet<string> | 'all'>;

const isNodeType = (name: string): boolean => (nodeLabels as readonly string[]).includes(name);

/**
 * Every property the operation's resolvers read, per node type, over the whole operation (every
 * root field, every position a type appears at, `@include` with a variable counted in): a record the
 * planner primes into a loader must answer any field of its type the operation selects anywhere.
 * The statement projects each node by its actual label (composeStatement), since a relationship can
 * reach nodes of another type than the field's (Mechanism.events also reads sub-mechanisms). Every
 * type is 'all' when a field reads other nodes' properties (readsOtherNodes).
 */
export function planProperties(
  schema: GraphQLSchema,
  rootType: GraphQLObjectType,
  set: SelectionSetNode,
  fragments: Fragments,
): PropertyPlans {
  const keys = new Map<string, Set<string> | 'all'>();
  // Edge records: which wrapper types (Participation, Coverage…) each step's edges are read as.
  const stepWrappers = new Map<string, Set<string>>();
  let all = false;
  const add = (type: string, more: readonly string[] | 'all'): void => {
    const current = keys.get(type) ?? new Set(['id']);
    if (current === 'all' || more === 'all') keys.set(type, 'all');
    else keys.set(type, new Set([...current, ...more]));
  };
  const visit = (types: readonly GraphQLObjectType[], selection: SelectionSetNode | undefined): void => {
    eachField(schema, selection, fragments, types, (field, fieldTypes) => {
      const name = field.name.value;
      for (const type of fieldTypes) {
        const definition = type.getFields()[name];
        if (!definition) continue;
        if (readsOtherNodes.has(`${type.name}.${name}`)) all = true;
        const child = getNamedType(definition.type);
        const childTypes = objectTypesOf(schema, child);
        if (isNodeType(type.name)) {
          const relationship = relationshipFields[type.name]?.[name];
          if (relationship) add(type.name, relationship.kind === 'reference' ? [relationship.property] : []);
          else add(type.name, propertyKeysOf(type.name, name, child.name, childTypes.length === 0));
          if (relationship?.kind === 'edges') {
            const wrappers = stepWrappers.get(stepKeyOf(relationship)) ?? new Set<string>();
            if (edgeEnds[child.name]) wrappers.add(child.name);
            stepWrappers.set(stepKeyOf(relationship), wrappers);
          }
          const childKeys = childReads[type.name]?.[name];
          if (childKeys) for (const childType of childTypes) add(childType.name, childKeys);
        } else if (edgeEnds[type.name]) {
          // An edge record's own fields read its relationship's properties; its ends are nodes (no keys).
          if (!edgeEnds[type.name]?.[name]) add(type.name, propertyKeysOf(type.name, name, child.name, childTypes.length === 0));
        }
        visit(childTypes, field.selectionSet);
      }
    });
  };
  visit([rootType], set);
  // What each step's relationships project: what their edge records are read for, plus the key (an
  // edge's identity) and the role (participationsOf filters on it); nothing else is read of them.
  const relationships = new Map<string, ReadonlySet<string> | 'all'>();
  for (const [step, wrappers] of stepWrappers) {
    let relationshipKeys: Set<string> | 'all' = new Set(['key', 'role']);
    for (const wrapper of wrappers) {
      const wrapperKeys = keys.get(wrapper) ?? new Set<string>();
      relationshipKeys = relationshipKeys === 'all' || wrapperKeys === 'all' ? 'all' : new Set([...relationshipKeys, ...wrapperKeys]);
    }
    relationships.set(step, relationshipKeys);
  }
  return { properties: keys, relationships, all };
}

/** planProperties' answer: per node type, per step (its relationships), and whether to read everything. */
export interface PropertyPlans {
  properties: PropertyPlan;
  relationships: PropertyPlan;
  all: boolean;
}
