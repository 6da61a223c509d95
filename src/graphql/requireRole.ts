/**
 * The one guard for operations that need a role: reads are public, writes are not. An anonymous
 * caller is UNAUTHENTICATED (send a token); a caller whose role ranks too low is FORBIDDEN.
 */
import type { Role } from '../config.js';
import { createError, ErrorCode } from '../errors.js';
import type { Caller } from './context.js';

/** Higher ranks may do everything lower ones may. */
const rank: Record<Caller['role'], number> = { anonymous: 0, reader: 1, curator: 2 };

export function requireRole(caller: Caller, role: Role): void {
  if (caller.role === 'anonymous') {
    throw createError(
      ErrorCode.UNAUTHENTICATED,
      `This operation needs a ${role} token: send "Authorization: Bearer <token>" (tokens are configured in KIZUNA_TOKENS).`,
    );
  }
  if (rank[caller.role] < rank[role]) {
    throw createError(
      ErrorCode.FORBIDDEN,
      `"${caller.name}" has the ${caller.role} role; this operation needs the ${role} role. Ask an administrator for a ${role} token.`,
    );
  }
}
