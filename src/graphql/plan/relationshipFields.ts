/**
 * What each relationship field of the schema reads, as the statement planner needs to know it: the
 * same (relationship types, direction) its resolver asks the edges loader for, or the successions
 * loader, or a node a property names. The planner fetches exactly these and primes the loaders
 * under the same keys, so the resolvers (unchanged) find their answers already loaded.
 *
 * A field missing here still resolves, through its loader (one more round trip): that is the
 * fallback for fields whose reads depend on argument values (`edges(direction:)`,
 * `relatedInstruments(direction:)`). An entry that disagrees with its resolver is worse: the loader
 * would be primed under a key the resolver never asks for, or with nodes projected for the wrong
 * fields. test/integration/planner.test.ts compares every cookbook query and a set of hard shapes
 * with the answers read level by level, and counts their round trips.
 */
import type { Direction } from '../../model/records.js';
import type { RelationshipType } from '../../model/vocabulary.js';

/** A field read through the edges loader: the other end of each edge is a node of the field's type. */
export interface EdgesField {
  kind: 'edges';
  types: readonly RelationshipType[];
  direction: Exclude<Direction, 'BOTH'>;
}

/** Institution.predecessors / successors: read through the successions loader. */
export interface SuccessionsField {
  kind: 'successions';
}

/** A node named by id in a property of this node (a provision's source). */
export interface ReferenceField {
  kind: 'reference';
  property: string;
}

export type RelationshipField = EdgesField | SuccessionsField | ReferenceField;

const out = (...types: RelationshipType[]): EdgesField => ({ kind: 'edges', types, direction: 'OUTGOING' });
const into = (...types: RelationshipType[]): EdgesField => ({ kind: 'edges', types, direction: 'INCOMING' });
const successions: SuccessionsField = { kind: 'successions' };

/** Per GraphQL object type, its relationship fields (src/graphql/resolvers/<Type>.ts is the other half). */
export const relationshipFields: Readonly<Record<string, Readonly<Record<string, RelationshipField>>>> = {
  Instrument: {
    provisions: out('HAS_PROVISION'),
    figures: into('ABOUT'),
    countries: out('BETWEEN'),
    parties: into('PARTICIPATES_IN'),
    technologyAreas: out('COVERS'),
    establishes: out('ESTABLISHES'),
    uses: out('USES'),
    events: into('CONCERNS'),
    names: out('HAS_NAME'),
    dateClaims: out('HAS_DATE_CLAIM'),
  },
  Institution: {
    country: out('IN_COUNTRY'),
    names: out('HAS_NAME'),
    dateClaims: out('HAS_DATE_CLAIM'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
    participations: out('PARTICIPATES_IN'),
    predecessors: successions,
    successors: successions,
  },
  TechnologyArea: {
    broader: out('BROADER'),
    narrower: into('BROADER'),
    evolvedFrom: into('EVOLVED_INTO'),
    evolvedInto: out('EVOLVED_INTO'),
    coverage: into('COVERS'),
  },
  PolicyTopic: {
    broader: out('BROADER'),
    narrower: into('BROADER'),
    evolvedFrom: into('EVOLVED_INTO'),
    evolvedInto: out('EVOLVED_INTO'),
    provisions: into('ADDRESSES'),
    coverage: into('COVERS'),
  },
  Mechanism: {
    country: out('IN_COUNTRY'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
    participants: into('PARTICIPATES_IN'),
    establishedBy: into('ESTABLISHES'),
    usedBy: into('USES'),
    events: into('PART_OF', 'CONCERNS'),
    names: out('HAS_NAME'),
  },
  Event: {
    partOf: out('PART_OF'),
    concerns: out('CONCERNS'),
    participants: into('PARTICIPATES_IN'),
  },
  Country: { institutions: into('IN_COUNTRY') },
  ChangeEvent: {
    originals: out('ORIGINAL_ORGANIZATION'),
    results: out('RESULTING_ORGANIZATION'),
  },
  Provision: {
    instrument: into('HAS_PROVISION'),
    review: into('HAS_PROVISION'),
    source: { kind: 'reference', property: 'statedIn' },
    actors: into('ACTS_IN'),
    topics: out('ADDRESSES'),
    mentions: out('MENTIONS'),
  },
  Figure: { about: out('ABOUT') },
  Post: {
    institution: out('POST_IN'),
    holders: into('HOLDS'),
    participations: out('PARTICIPATES_IN'),
    provisions: out('ACTS_IN'),
  },
  Person: {
    posts: out('HOLDS'),
    participations: out('PARTICIPATES_IN'),
  },
};

/**
 * Types whose records are edges (EdgeRecord) or successions rather than nodes: which of their
 * fields lead to which end. `from` / `to` are the relationship's start and end; for a succession,
 * `other` is the other institution and `event` the change event.
 */
export const edgeEnds: Readonly<Record<string, Readonly<Record<string, 'from' | 'to' | 'other' | 'event'>>>> = {
  Participation: { institution: 'from', participant: 'from', target: 'to' },
  Coverage: { instrument: 'from', technologyArea: 'to' },
  ProvisionActor: { actor: 'from' },
  Succession: { institution: 'other', changeEvent: 'event' },
};
