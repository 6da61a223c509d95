/**
 * Who wrote a record and when, stored on every node and relationship a curator writes (as plain
 * properties, so they are part of its content hash). An update keeps the original creator.
 */
import type { PropertyValue } from '../model/vocabulary.js';

export interface Provenance {
  name: string;
  /** ISO 8601 timestamp, shared by everything one mutation writes. */
  at: string;
}

export function stampProvenance(
  props: Record<string, PropertyValue>,
  previous: Record<string, unknown> | undefined,
  by: Provenance,
): Record<string, PropertyValue> {
  const keep = (field: string, fallback: string): string => {
    const value = previous?.[field];
    return typeof value === 'string' && value !== '' ? value : fallback;
  };
  return { ...props, createdBy: keep('createdBy', by.name), createdAt: keep('createdAt', by.at), updatedBy: by.name, updatedAt: by.at };
}
