/** Opaque keyset cursors: base64url of [sortKey, id]. Anything else given as `after` is a BAD_USER_INPUT. */
import { badUserInput } from '../errors.js';

export function encodeCursor(sortKey: string, id: string): string {
  // Stryker disable next-line StringLiteral: Buffer.from takes an empty encoding name as its default, utf8.
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { afterKey: string | null; afterId: string | null } {
  if (cursor === null || cursor === undefined) return { afterKey: null, afterId: null };
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { afterKey: value[0], afterId: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', 'is not a cursor this API returned; pass the endCursor of the previous page');
}
