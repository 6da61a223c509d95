import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../src/graph/pageCursor.js';

describe('page cursors', () => {
  it('round-trip the sort key and id', () => {
    expect(decodeCursor(encodeCursor('1985-09-03', 'arrangement-1985-industrial-cooperation'))).toEqual({
      afterKey: '1985-09-03',
      afterId: 'arrangement-1985-industrial-cooperation',
    });
  });

  it('mean the first page when absent', () => {
    expect(decodeCursor(undefined)).toEqual({ afterKey: null, afterId: null });
  });

  it.each(['not-a-cursor', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), ''])(
    'refuse %s with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    },
  );

  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

  it.each([
    ['a number as the sort key', [1, 'b']],
    ['a number as the id', ['a', 2]],
    ['one element', ['a']],
    ['three elements', ['a', 'b', 'c']],
    ['a string of two characters', 'ab'],
    ['an object shaped like a pair', { length: 2, 0: 'a', 1: 'b' }],
  ])('refuse a cursor holding %s, naming the argument and what to pass instead', (_, value) => {
    expect(() => decodeCursor(encoded(value))).toThrowError(
      expect.objectContaining({
        message: 'after: is not a cursor this API returned; pass the endCursor of the previous page',
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      }),
    );
  });

  it('encode as base64url of the JSON pair, keeping text that is not ASCII', () => {
    const cursor = encodeCursor('日本', 'jp-ä');
    expect(cursor).toBe(encoded(['日本', 'jp-ä']));
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ afterKey: '日本', afterId: 'jp-ä' });
  });
});
