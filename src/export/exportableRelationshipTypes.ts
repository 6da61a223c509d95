/**
 * Which relationship types the exports carry. Relationships to values (HAS_NAME, HAS_DATE_CLAIM)
 * are left out: names and date claims are exported as attributes of their owners instead.
 */
import { badUserInput } from '../errors.js';
import { relationshipTypes, type RelationshipType } from '../model/vocabulary.js';

const valueRelationships: ReadonlySet<string> = new Set<RelationshipType>(['HAS_NAME', 'HAS_DATE_CLAIM']);

export const exportableRelationshipTypes: readonly RelationshipType[] = (Object.keys(relationshipTypes) as RelationshipType[])
  .filter((type) => !valueRelationships.has(type))
  .sort();

/**
 * The types a `types` argument asks for: every exportable type when it is null or empty, else
 * the ones given (deduplicated, sorted). An unknown or value type is BAD_USER_INPUT naming the allowed ones.
 */
export function selectRelationshipTypes(types: readonly string[] | null | undefined, argument = 'types'): RelationshipType[] {
  if (!types || types.length === 0) return [...exportableRelationshipTypes];
  const allowed = new Set<string>(exportableRelationshipTypes);
  const unknown = [...new Set(types.filter((type) => !allowed.has(type)))];
  if (unknown.length > 0) {
    const values = unknown.some((type) => valueRelationships.has(type))
      ? ' (names and date claims are attributes of their owners, not relationships, in exports)'
      : '';
    throw badUserInput(
      argument,
      `unknown relationship type${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')}${values}; allowed: ${exportableRelationshipTypes.join(', ')}`,
    );
  }
  return [...new Set(types as RelationshipType[])].sort();
}
