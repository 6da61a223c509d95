import { describe, expect, it } from 'vitest';
import { cursorScope, decodeCursor, encodeCursor } from '../../../src/graph/pageCursor.js';

const SCOPE = cursorScope('instruments-page', { filter: { text: null }, order: { by: 'date' } });

describe('page cursors', () => {
  it('round-trip the sort key and id', () => {
    expect(decodeCursor(encodeCursor('1985-09-03', 'arrangement-1985-industrial-cooperation', SCOPE), SCOPE)).toEqual({
      afterKey: '1985-09-03',
      afterId: 'arrangement-1985-industrial-cooperation',
    });
  });

  it('mean the first page when absent', () => {
    expect(decodeCursor(undefined, SCOPE)).toEqual({ afterKey: null, afterId: null });
  });

  it.each(['not-a-cursor', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), ''])(
    'refuse %s with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor, SCOPE)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    },
  );

  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

  it.each([
    ['a number as the sort key', [1, 'b', 'c']],
    ['a number as the id', ['a', 2, 'c']],
    ['one element', ['a']],
    ['two elements (a cursor from before cursors carried their scope)', ['a', 'b']],
    ['four elements', ['a', 'b', 'c', 'd']],
    ['a number as the scope', ['a', 'b', 3]],
    ['a string of two characters', 'ab'],
    ['an object shaped like a pair', { length: 2, 0: 'a', 1: 'b' }],
  ])('refuse a cursor holding %s, naming the argument and what to pass instead', (_, value) => {
    expect(() => decodeCursor(encoded(value), SCOPE)).toThrowError(
      expect.objectContaining({
        message: 'after: is not a cursor this API returned; pass the endCursor of the previous page',
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      }),
    );
  });

  it('encode as base64url of the JSON triple, keeping text that is not ASCII', () => {
    const cursor = encodeCursor('日本', 'jp-ä', SCOPE);
    expect(cursor).toBe(encoded(['日本', 'jp-ä', SCOPE]));
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, SCOPE)).toEqual({ afterKey: '日本', afterId: 'jp-ä' });
  });
});

describe('cursor scopes', () => {
  it('are the same for the same request whatever the key order, and differ for another listing, filter or order', () => {
    const a = cursorScope('instruments-page', { filter: { text: 'x', kinds: null }, order: { by: 'date', descending: false } });
    expect(cursorScope('instruments-page', { order: { descending: false, by: 'date' }, filter: { kinds: null, text: 'x' } })).toBe(a);
    expect(cursorScope('institutions-page', { filter: { text: 'x', kinds: null }, order: { by: 'date', descending: false } })).not.toBe(a);
    expect(cursorScope('instruments-page', { filter: { text: 'y', kinds: null }, order: { by: 'date', descending: false } })).not.toBe(a);
    expect(cursorScope('instruments-page', { filter: { text: 'x', kinds: null }, order: { by: 'title', descending: false } })).not.toBe(a);
  });

  it('refuse a cursor issued for another scope, saying why and what to pass', () => {
    const other = cursorScope('institutions-page', { filter: {} });
    expect(() => decodeCursor(encodeCursor('k', 'id', other), SCOPE)).toThrowError(
      expect.objectContaining({
        message:
          'after: is a cursor from another listing, order or filter; pass the endCursor of the previous page of this same request, or leave `after` out to start again',
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      }),
    );
  });
});
