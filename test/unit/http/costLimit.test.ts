import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costVariables, createCostCache, operationCost } from '../../../src/http/costLimit.js';

const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      items(first: Int = 100, last: Int): [Item!]!
      item(id: ID!): Item
    }
    type Item {
      id: ID!
      name: String
      parts(first: Int = 10): [Item!]!
    }
  `,
});

const query = parse(/* GraphQL */ `
  query ($id: ID!, $n: Int = 50, $m: Int, $show: Boolean!) {
    item(id: $id) {
      ...parts
    }
    items(first: $n) {
      id
      name @include(if: $show)
    }
  }
  fragment parts on Item {
    parts(first: $m) {
      id
    }
  }
`);

describe('the cost cache', () => {
  it('keys on the variables the cost can depend on: page sizes and directive arguments, in fragments too, never ids', () => {
    expect(costVariables(query)).toEqual(['m', 'n', 'show']);
    expect(costVariables(parse('query ($id: ID!) { item(id: $id) { id } }'))).toEqual([]);
  });

  it('answers exactly what costing every request answers, whatever the ids', () => {
    const cached = createCostCache(schema);
    const variableSets: Record<string, unknown>[] = [
      { id: 'a', show: true },
      { id: 'b', show: true },
      { id: 'c', show: false },
      { id: 'd', n: 100, show: true },
      { id: 'e', n: 100, m: 3, show: true },
      { id: 'f', m: 3, show: true },
    ];
    for (const variables of [...variableSets, ...variableSets])
      expect(cached(query, variables, undefined)).toBe(operationCost(schema, query, variables, undefined));
  });

  it('keeps an absent variable (its default applies) apart from an explicit null (no default)', () => {
    const cached = createCostCache(schema);
    const withNull = cached(query, { id: 'a', n: null, show: true }, undefined);
    const absent = cached(query, { id: 'a', show: true }, undefined);
    expect(withNull).toBe(operationCost(schema, query, { id: 'a', n: null, show: true }, undefined));
    expect(absent).toBe(operationCost(schema, query, { id: 'a', show: true }, undefined));
    expect(absent).toBeGreaterThan(withNull ?? Infinity);
  });

  it('costs each operation of a document by its name', () => {
    const two = parse('query Small { item(id: "x") { id } } query Big { items(first: 100) { id name } }');
    const cached = createCostCache(schema);
    expect(cached(two, {}, 'Small')).toBe(operationCost(schema, two, {}, 'Small'));
    expect(cached(two, {}, 'Big')).toBe(operationCost(schema, two, {}, 'Big'));
    expect(cached(two, {}, 'Big')).not.toBe(cached(two, {}, 'Small'));
  });
});
