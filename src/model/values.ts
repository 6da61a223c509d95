/**
 * Value helpers shared by every layer: stored slugs ⇄ GraphQL enum names, optional strings, dated
 * fields with their precision and status, and who curated a record. Pure functions over stored
 * property maps; no imports.
 */

/** "joint-statement" → "JOINT_STATEMENT": stored values are slugs, GraphQL enums are upper snake case. */
export function toEnum<T extends string>(value: unknown, fallback: T): T {
  return typeof value === 'string' && value !== '' ? (value.toUpperCase().replace(/-/g, '_') as T) : fallback;
}

export function fromEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

export function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export interface PartialDateValue {
  value: string | null;
  precision: 'YEAR' | 'MONTH' | 'DAY' | null;
  year: number | null;
  status: 'KNOWN' | 'APPROXIMATE' | 'UNKNOWN' | 'DISPUTED';
  note: string | null;
}

/** Reads a dated field as the loader stored it (value, precision, year, status, note). */
export function partialDate(props: Record<string, unknown>, field: string): PartialDateValue {
  const value = optionalString(props[field]);
  const status = optionalString(props[`${field}Status`]);
  const year = props[`${field}Year`];
  return {
    value,
    precision: value ? toEnum(props[`${field}Precision`], 'YEAR') : null,
    year: typeof year === 'number' ? year : value ? Number(value.slice(0, 4)) : null,
    status: status ? toEnum(status, 'UNKNOWN') : value ? 'KNOWN' : 'UNKNOWN',
    note: optionalString(props[`${field}Note`]),
  };
}

/** Who wrote a record and when (see src/curation/stampProvenance.ts). */
export function curationOf(props: Record<string, unknown>): {
  origin: string;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
} {
  return {
    origin: optionalString(props.origin) ?? 'seed',
    createdBy: optionalString(props.createdBy),
    createdAt: optionalString(props.createdAt),
    updatedBy: optionalString(props.updatedBy),
    updatedAt: optionalString(props.updatedAt),
  };
}
