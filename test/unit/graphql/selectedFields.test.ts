import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields } from '../../../src/graphql/selectedFields.js';

/** The resolver-side view of the first top-level field of `source`. */
function infoFor(source: string): { fieldNodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedFields', () => {
  it('lists the fields at a path, by name rather than alias', () => {
    const info = infoFor('{ lineage(id: "x") { nodes { id } edges { kind: relation from { id } } } }');
    expect(selectedFields(info, [])).toEqual(new Set(['nodes', 'edges']));
    expect(selectedFields(info, ['edges'])).toEqual(new Set(['relation', 'from']));
    expect(selectedFields(info, ['edges', 'from'])).toEqual(new Set(['id']));
    expect(selectedFields(info, ['edges', 'to'])).toEqual(new Set());
  });

  it('follows named and inline fragments, however deep', () => {
    const info = infoFor(`{ lineage(id: "x") { ...parts } }
      fragment parts on Lineage { nodes { id ... on Instrument { title } ...more } }
      fragment more on Node { ... on Institution { name } }`);
    expect(selectedFields(info, ['nodes'])).toEqual(new Set(['id', 'title', 'name']));
  });

  it('merges the same field selected twice', () => {
    const info = infoFor('{ lineage(id: "x") { nodes { id } nodes { __typename } } }');
    expect(selectedFields(info, ['nodes'])).toEqual(new Set(['id', '__typename']));
  });
});
