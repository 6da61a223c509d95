/**
 * The planner projects only the properties src/graphql/plan/propertyFields.ts says each field reads.
 * This calls every field resolver of every node type and edge record with a record whose properties record what is
 * read, and fails when a resolver reads a property the table does not name for it: a new resolver
 * reading a differently named property fails here before it can answer from a partial record.
 */
import { buildSchema, getNamedType, isLeafType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs.js';
import { propertyKeysOf } from '../../../src/graphql/plan/propertyFields.js';
import { edgeEnds, relationshipFields } from '../../../src/graphql/plan/relationshipFields.js';
import { resolvers } from '../../../src/graphql/resolvers/index.js';
import { nodeLabels } from '../../../src/model/vocabulary.js';

const schema = buildSchema(loadTypeDefs());
type FieldResolver = (record: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;

// Node types, and the edge records whose relationships the planner projects (Participation, Coverage…).
const cases = [...nodeLabels, ...Object.keys(edgeEnds).filter((t) => t !== 'Succession')].flatMap((label) => {
  const type = schema.getType(label);
  if (!isObjectType(type)) return [];
  const typeResolvers = (resolvers as unknown as Record<string, Record<string, FieldResolver> | undefined>)[label] ?? {};
  return Object.values(type.getFields())
    .filter((field) => {
      const relationship = relationshipFields[label]?.[field.name];
      // Edge and succession fields read no property of their node; a reference reads the one it names.
      return !relationship || relationship.kind === 'reference';
    })
    .map((field) => ({ label, field: field.name, returns: getNamedType(field.type), resolve: typeResolvers[field.name] }));
});

describe('what each field resolver reads of its node', () => {
  it.each(cases.map((c) => [`${c.label}.${c.field}`, c] as const))('%s', async (_, { label, field, returns, resolve }) => {
    const read = new Set<string>();
    const props = new Proxy({} as Record<string, unknown>, {
      get: (_target, key) => {
        if (typeof key === 'string') read.add(key);
        return undefined;
      },
    });
    const record = { label, id: 'x', type: 'X', from: 'a', to: 'b', props };
    try {
      // Without a context, a resolver that goes on to a loader throws after reading what it reads.
      await (resolve ?? ((r: Record<string, unknown>) => r[field]))(record, {}, undefined, undefined);
    } catch {
      // What it read before failing is what matters here.
    }
    const allowed = propertyKeysOf(label, field, returns.name, isLeafType(returns));
    if (allowed !== 'all') expect([...read].filter((key) => !allowed.includes(key))).toEqual([]);
  });

  it('the check bites: a resolver reading another property is caught', () => {
    expect(propertyKeysOf('Provision', 'text', 'String', true)).not.toContain('order');
    expect(propertyKeysOf('Provision', 'position', 'Int', true)).toEqual(['order']);
  });
});
