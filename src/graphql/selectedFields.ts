/**
 * Which fields an operation selects below the current field, following a path of field names
 * (e.g. ['edges', 'from']) through named fragments and inline fragments. Lets a resolver ask
 * Neo4j only for what the answer will contain: a lineage that shows ids needs no properties.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collectFields(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, out: FieldNode[]): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') out.push(selection);
    else if (selection.kind === 'InlineFragment') collectFields(selection.selectionSet, fragments, out);
    else collectFields(fragments[selection.name.value]?.selectionSet, fragments, out);
  }
}

/** Names of the fields selected at `path` below the resolver's own field (aliases resolved to names). */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const children: FieldNode[] = [];
    for (const node of level) collectFields(node.selectionSet, info.fragments, children);
    level = children.filter((f) => f.name.value === name);
  }
  const names = new Set<string>();
  for (const node of level) {
    const children: FieldNode[] = [];
    collectFields(node.selectionSet, info.fragments, children);
    for (const child of children) names.add(child.name.value);
  }
  return names;
}
