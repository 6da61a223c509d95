/**
 * Cursors of the relationships connection: the base64url of the last relationship id on a page
 * (keyset pagination). Opaque to clients; decoding checks the shape so a mangled cursor is a
 * BAD_USER_INPUT, never a silent restart from the beginning.
 */
import { badUserInput } from '../errors.js';

/** TYPE:from:to[:key], as Edge.id and cypher/relationships-page.cypher build it. */
const RELATIONSHIP_ID = /^[A-Z][A-Z0-9_]*:[^:]+:[^:]+(:[^:]+)?$/;

export function encodeRelationshipCursor(relationshipId: string): string {
  return Buffer.from(relationshipId, 'utf8').toString('base64url');
}

/** The relationship id a cursor stands for, or BAD_USER_INPUT naming the argument. */
export function decodeRelationshipCursor(cursor: string, argument = 'after'): string {
  const id = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!RELATIONSHIP_ID.test(id) || encodeRelationshipCursor(id) !== cursor) {
    throw badUserInput(
      argument,
      'is not a cursor this API issued; pass the endCursor of the previous page, or omit it to start at the beginning',
    );
  }
  return id;
}
