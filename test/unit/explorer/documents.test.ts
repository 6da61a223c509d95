/** The explorer's operations are valid against the schema: a field renamed or a type clash fails here, not in a browser. */
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs.js';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documents } from '../../../explorer/src/api.js';

const schema = buildSchema(loadTypeDefs());

describe('the explorer operations', () => {
  it.each(Object.entries(documents))('%s validates against the schema', (_, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
