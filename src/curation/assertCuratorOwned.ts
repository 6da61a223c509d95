/**
 * Seed files are the reviewed source of truth: a curator write may create records and update the
 * ones curators made, but never silently overwrite a seeded node or relationship (CONFLICT).
 */
import { createError, ErrorCode } from '../errors.js';
import type { EdgeRecord, NodeRecord } from '../model/records.js';
import type { NodeLabel } from '../model/vocabulary.js';

const EDIT_SEEDS = 'The seed files are the reviewed source of truth: change it there (docs/curating.md) and run `npm run seed`.';

export function assertCuratorOwnedNode(existing: NodeRecord | undefined, id: string, label: NodeLabel): void {
  if (!existing) return;
  if (existing.label !== label) {
    throw createError(
      ErrorCode.CONFLICT,
      `"${id}" is already the id of a ${existing.label}; ids are unique across all kinds. Choose another id.`,
      { id },
    );
  }
  if (existing.props.origin !== 'curator') {
    throw createError(
      ErrorCode.CONFLICT,
      `The ${label} "${id}" is defined by the seed files, so a curator write cannot change it. ${EDIT_SEEDS}`,
      {
        id,
      },
    );
  }
}

export function assertCuratorOwnedRelationship(existing: EdgeRecord | undefined): void {
  if (!existing || existing.props.origin === 'curator') return;
  const key = typeof existing.props.key === 'string' && existing.props.key !== '' ? ` (${existing.props.key})` : '';
  throw createError(
    ErrorCode.CONFLICT,
    `The ${existing.type} relationship "${existing.from}" → "${existing.to}"${key} is defined by the seed files, so a curator write cannot change or remove it. ${EDIT_SEEDS}`,
  );
}
