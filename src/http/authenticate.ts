/**
 * Maps an Authorization header to a caller. Reads are public, so no header is an anonymous
 * caller; a header with an unknown token is refused outright rather than silently downgraded.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../config.js';
import { createError, ErrorCode } from '../errors.js';
import type { Caller } from '../graphql/context.js';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authenticate(header: string | undefined, tokens: Map<string, { role: Role; name: string }>): Caller {
  if (header === undefined || header.trim() === '') return { name: 'anonymous', role: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) {
    throw createError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <token>".', { http: { status: 401 } });
  }
  for (const [token, grant] of tokens) {
    if (sameToken(token, match[1])) return { name: grant.name, role: grant.role };
  }
  throw createError(ErrorCode.UNAUTHENTICATED, 'The bearer token is not valid. Ask an administrator for a token (KIZUNA_TOKENS).', {
    http: { status: 401 },
  });
}
