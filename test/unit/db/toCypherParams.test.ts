import neo4j, { Integer } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCypherParams } from '../../../src/db/createDb.js';

const isInt = (value: unknown, n: number): boolean => neo4j.isInt(value) && (value as Integer).toNumber() === n;

describe('toCypherParams', () => {
  it('turns a whole number into a Cypher integer', () => {
    const converted = toCypherParams(2019);
    expect(neo4j.isInt(converted)).toBe(true);
    expect((converted as Integer).toNumber()).toBe(2019);
    expect(isInt(toCypherParams(0), 0)).toBe(true);
    expect(isInt(toCypherParams(-3), -3)).toBe(true);
  });

  it('leaves floats as floats', () => {
    expect(toCypherParams(1.5)).toBe(1.5);
    expect(toCypherParams(Number.NaN)).toBeNaN();
  });

  it('converts integers inside arrays and plain objects, however deep, keeping the keys', () => {
    const converted = toCypherParams({ limit: 11, ratio: 0.25, ids: ['a', 'b'], rows: [{ year: 2001, props: { year: 2002 } }] }) as {
      limit: unknown;
      ratio: unknown;
      ids: unknown;
      rows: { year: unknown; props: { year: unknown } }[];
    };
    expect(Object.keys(converted)).toEqual(['limit', 'ratio', 'ids', 'rows']);
    expect(isInt(converted.limit, 11)).toBe(true);
    expect(converted.ratio).toBe(0.25);
    expect(converted.ids).toEqual(['a', 'b']);
    expect(isInt(converted.rows[0]?.year, 2001)).toBe(true);
    expect(isInt(converted.rows[0]?.props.year, 2002)).toBe(true);
    const list = toCypherParams([1, 2.5]) as unknown[];
    expect(isInt(list[0], 1)).toBe(true);
    expect(list[1]).toBe(2.5);
  });

  it('does not change its argument', () => {
    const params = { limit: 3, nested: [4] };
    toCypherParams(params);
    expect(params).toEqual({ limit: 3, nested: [4] });
  });

  it('leaves strings, booleans, null and undefined alone', () => {
    expect(toCypherParams('2019')).toBe('2019');
    expect(toCypherParams(true)).toBe(true);
    expect(toCypherParams(null)).toBeNull();
    expect(toCypherParams(undefined)).toBeUndefined();
    expect(toCypherParams({ a: null, b: undefined, c: 'x' })).toEqual({ a: null, b: undefined, c: 'x' });
  });

  it('leaves objects that are not plain objects untouched', () => {
    const date = new Date(0);
    const integer = neo4j.int(7);
    const local = neo4j.types.Date.fromStandardDate(new Date(Date.UTC(2020, 0, 2)));
    class Box {
      value = 5;
    }
    const box = new Box();
    expect(toCypherParams(date)).toBe(date);
    expect(toCypherParams(integer)).toBe(integer);
    expect(toCypherParams(local)).toBe(local);
    expect(toCypherParams(box)).toBe(box);
    expect(box.value).toBe(5);
  });
});
