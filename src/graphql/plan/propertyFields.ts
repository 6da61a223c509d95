/**
 * Which stored properties each field's resolver reads, so the planner can project only those
 * (`n {.title, .date, …}`) instead of every property of every node it reads. Most fields read the
 * property of their own name; the rest are listed here. test/unit/graphql/propertyFields.test.ts
 * calls every resolver of every node type with records that record what is read, and fails when a
 * resolver reads a property this module does not name for it.
 *
 * `'all'` means "project every property": for a field whose reads depend on the data
 * (Instrument.date reads the property its dateKind names) or that this module does not know.
 */

/** Fields answered by a loader (their own node's properties are not read). */
const loaderFields = new Set(['edges', 'relatedInstruments']);

/** Reads of a dated field (src/model/values.ts partialDate). */
const dateKeys = (field: string): string[] => [field, `${field}Status`, `${field}Year`, `${field}Precision`, `${field}Note`];
const evidenceKeys = ['evSource', 'evLocator', 'evExcerpt', 'evNote'];
const curationKeys = ['origin', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt'];

/** Fields whose resolver reads properties other than its own name (type.field → keys). */
const readsOf: Readonly<Record<string, readonly string[] | 'all'>> = {
  'Instrument.date': 'all',
  'Provision.position': ['order'],
  'Provision.source': ['statedIn'],
  'Post.institutionNote': ['postInNote'],
  'DateClaim.date': ['value', 'precision', 'year'],
};

/**
 * Properties a parent's relationship resolver reads of the nodes it returns (it filters or sorts
 * them), beyond what the operation selects on them: child type → keys.
 */
export const childReads: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Instrument: { provisions: ['kind', 'firmnessRank', 'order'] },
  PolicyTopic: { provisions: ['order'] },
  Institution: { names: ['kind'] },
};

/**
 * Fields whose resolvers read properties of nodes other than their own record (the ends of an
 * edge, a topic): when an operation selects one, the planner projects every property of every node.
 */
export const readsOtherNodes = new Set([
  'Edge.year',
  'Edge.qualifier',
  'Edge.asNamed',
  'Edge.note',
  'CommitmentPair.explanation',
  'SearchVia.description',
]);

/**
 * The properties field `field` of node type `type` reads, given the name of the type it returns:
 * its own name for a scalar or enum, the date, evidence or curation keys for those object types,
 * nothing for a field a loader answers, and 'all' for any other object type.
 */
export function propertyKeysOf(type: string, field: string, returns: string, isLeaf: boolean): readonly string[] | 'all' {
  const listed = readsOf[`${type}.${field}`];
  if (listed) return listed;
  if (field === '__typename') return [];
  if (loaderFields.has(field)) return [];
  if (returns === 'PartialDate') return dateKeys(field);
  if (returns === 'Evidence') return evidenceKeys;
  if (returns === 'Curation') return curationKeys;
  return isLeaf ? [field] : 'all';
}
