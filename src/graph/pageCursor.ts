/**
 * Opaque keyset cursors: base64url of [sortKey, id, scope], where scope is a short hash of what
 * issued the cursor (the listing, its ordering and its filter). A cursor is valid only for the request
 * that issued it: passed to another listing, order or filter it would silently skip rows (a TITLE
 * cursor read as a date), so it is refused. Anything else given as `after` is a BAD_USER_INPUT.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import { badUserInput } from '../errors.js';

/** The scope of a listing request: a hash of the listing's name and its canonical filter and order (key order does not matter). */
export function cursorScope(listing: string, request: unknown): string {
  return createHash('sha256')
    .update(`${listing}\u0000${stringify(request) ?? ''}`)
    .digest('base64url')
    .slice(0, 16);
}

export function encodeCursor(sortKey: string, id: string, scope: string): string {
  // Stryker disable next-line StringLiteral: Buffer.from takes an empty encoding name as its default, utf8.
  return Buffer.from(JSON.stringify([sortKey, id, scope]), 'utf8').toString('base64url');
}

/**
 * The keyset position after `cursor`, which must have been issued with `scope`.
 * Errors: BAD_USER_INPUT naming `after` when the cursor is not one this API returned, or was
 * returned by another listing, order or filter.
 */
export function decodeCursor(cursor: string | null | undefined, scope: string): { afterKey: string | null; afterId: string | null } {
  if (cursor === null || cursor === undefined) return { afterKey: null, afterId: null };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string')) {
    const [afterKey, afterId, issuedFor] = value as [string, string, string];
    if (issuedFor === scope) return { afterKey, afterId };
    throw badUserInput(
      'after',
      'is a cursor from another listing, order or filter; pass the endCursor of the previous page of this same request, or leave `after` out to start again',
    );
  }
  throw badUserInput('after', 'is not a cursor this API returned; pass the endCursor of the previous page');
}
