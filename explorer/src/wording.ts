/**
 * Human wording for what the API returns as enum values and relationship types, so the page never
 * shows PARTICIPATES_IN or IN_FORCE. The phrases follow the schema's own descriptions
 * (schema/mutation.graphql RelationType, schema/institution.graphql ParticipationRole).
 */
import type { NodeTypename } from './api.js';

/** Singular and plural names of each node kind. */
export const KIND_WORDS: Record<NodeTypename, { one: string; many: string }> = {
  Instrument: { one: 'Instrument', many: 'Instruments' },
  Institution: { one: 'Institution', many: 'Institutions' },
  TechnologyArea: { one: 'Technology area', many: 'Technology areas' },
  Mechanism: { one: 'Mechanism', many: 'Mechanisms' },
  Event: { one: 'Event', many: 'Events' },
  Country: { one: 'Country', many: 'Countries' },
  ChangeEvent: { one: 'Institutional change', many: 'Institutional changes' },
  Source: { one: 'Source', many: 'Sources' },
  PolicyTopic: { one: 'Policy topic', many: 'Policy topics' },
  Post: { one: 'Post', many: 'Posts' },
  Person: { one: 'Person', many: 'People' },
  Provision: { one: 'Provision', many: 'Provisions' },
  Figure: { one: 'Figure', many: 'Figures' },
};

/** Each relationship read forwards (from → to) and backwards (to ← from). */
const RELATIONS: Record<string, { forward: string; backward: string }> = {
  PARTICIPATES_IN: { forward: 'takes part in', backward: 'has participant' },
  CITES: { forward: 'cites', backward: 'is cited by' },
  RECALLS: { forward: 'recalls', backward: 'is recalled by' },
  NOTES: { forward: 'notes', backward: 'is noted by' },
  WELCOMES: { forward: 'welcomes', backward: 'is welcomed by' },
  SUPPORTS: { forward: 'supports', backward: 'is supported by' },
  MEMBER_OF: { forward: 'is a member of', backward: 'has member' },
  FUNDS: { forward: 'funds', backward: 'is funded by' },
  BUILDS_ON: { forward: 'builds on', backward: 'is built on by' },
  IMPLEMENTS: { forward: 'implements', backward: 'is implemented by' },
  SUPERSEDES: { forward: 'supersedes', backward: 'is superseded by' },
  AMENDS: { forward: 'amends', backward: 'is amended by' },
  COMMEMORATES: { forward: 'commemorates', backward: 'is commemorated by' },
  COVERS: { forward: 'covers', backward: 'is covered by' },
  ESTABLISHES: { forward: 'establishes', backward: 'is established by' },
  USES: { forward: 'works through', backward: 'is used by' },
  BETWEEN: { forward: 'is between', backward: 'is party to' },
  IN_COUNTRY: { forward: 'is in', backward: 'is home to' },
  PART_OF: { forward: 'is part of', backward: 'includes' },
  ORIGINAL_ORGANIZATION: { forward: 'changed', backward: 'was changed by' },
  RESULTING_ORGANIZATION: { forward: 'resulted in', backward: 'resulted from' },
  EVOLVED_INTO: { forward: 'evolved into', backward: 'evolved from' },
  BROADER: { forward: 'falls under', backward: 'includes the narrower' },
  CONCERNS: { forward: 'concerns', backward: 'is the subject of' },
  HAS_PROVISION: { forward: 'has the provision', backward: 'is a provision of' },
  ACTS_IN: { forward: 'acts in', backward: 'has actor' },
  ADDRESSES: { forward: 'addresses', backward: 'is addressed by' },
  MENTIONS: { forward: 'mentions', backward: 'is mentioned in' },
  ABOUT: { forward: 'is about', backward: 'is measured by' },
  POST_IN: { forward: 'is a post in', backward: 'has the post' },
  HOLDS: { forward: 'holds', backward: 'is held by' },
  SAME: { forward: 'the same in both', backward: 'the same in both' },
  TECHNOLOGY_LINEAGE: { forward: 'matched by technology lineage', backward: 'matched by technology lineage' },
  SUCCESSION: { forward: 'matched by institutional succession', backward: 'matched by institutional succession' },
};

/** `IN_FORCE` → "In force", `CO_CHAIR` → "Co-chair": the fallback for values without a phrase. */
export function humanise(value: string): string {
  const words = value.toLowerCase().replace(/^co_/, 'co-').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A relationship type in words, read from its `from` end (or, backwards, from its `to` end). */
export function relationWords(relation: string, backwards = false): string {
  const entry = RELATIONS[relation];
  if (!entry) return humanise(relation).toLowerCase();
  return backwards ? entry.backward : entry.forward;
}

/** A relationship type as a short title for filters and legends, e.g. "Builds on". */
export function relationTitle(relation: string): string {
  const words = relationWords(relation);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A change event's label: "Renaming (1993)", from its lowercase kind word and year. */
export function changeEventLabel(kind: string | undefined, year: number | null): string {
  const word = kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'Institutional change';
  return year === null ? word : `${word} (${year})`;
}
