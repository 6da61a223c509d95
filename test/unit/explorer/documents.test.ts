/** The explorer's operations are valid against the schema: a field renamed or a type clash fails here, not in a browser. */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documents } from '../../../explorer/src/api.js';

const dir = path.resolve(import.meta.dirname, '../../../schema');
const schema = buildSchema(
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n'),
);

describe('the explorer operations', () => {
  it.each(Object.entries(documents))('%s validates against the schema', (_, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
