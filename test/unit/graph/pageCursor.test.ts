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
});
