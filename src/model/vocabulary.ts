/**
 * The shape of the graph as the loader writes it: labelled nodes and typed relationships, each
 * with its evidence. Seed files (docs/curating.md) and curator mutations both produce these.
 */

export const nodeLabels = [
  'Source',
  'Country',
  'Institution',
  'Name',
  'ChangeEvent',
  'TechnologyArea',
  'Mechanism',
  'Event',
  'Instrument',
  'DateClaim',
] as const;
export type NodeLabel = (typeof nodeLabels)[number];

/** Relationship types, each with the labels it may join (from → to). */
export const relationshipTypes = {
  PARTICIPATES_IN: { from: ['Institution'], to: ['Instrument', 'Mechanism', 'Event'] },
  CITES: { from: ['Instrument'], to: ['Instrument'] },
  BUILDS_ON: { from: ['Instrument'], to: ['Instrument'] },
  IMPLEMENTS: { from: ['Instrument'], to: ['Instrument'] },
  SUPERSEDES: { from: ['Instrument'], to: ['Instrument'] },
  AMENDS: { from: ['Instrument'], to: ['Instrument'] },
  COMMEMORATES: { from: ['Instrument'], to: ['Instrument'] },
  COVERS: { from: ['Instrument'], to: ['TechnologyArea'] },
  ESTABLISHES: { from: ['Instrument'], to: ['Mechanism'] },
  USES: { from: ['Instrument'], to: ['Mechanism'] },
  BETWEEN: { from: ['Instrument'], to: ['Country'] },
  IN_COUNTRY: { from: ['Institution', 'Mechanism'], to: ['Country'] },
  PART_OF: { from: ['Institution', 'Mechanism', 'Event'], to: ['Institution', 'Mechanism'] },
  HAS_NAME: { from: ['Institution', 'TechnologyArea', 'Mechanism', 'Instrument'], to: ['Name'] },
  ORIGINAL_ORGANIZATION: { from: ['ChangeEvent'], to: ['Institution'] },
  RESULTING_ORGANIZATION: { from: ['ChangeEvent'], to: ['Institution'] },
  EVOLVED_INTO: { from: ['TechnologyArea'], to: ['TechnologyArea'] },
  BROADER: { from: ['TechnologyArea'], to: ['TechnologyArea'] },
  CONCERNS: { from: ['Event'], to: ['Instrument', 'Mechanism'] },
  HAS_DATE_CLAIM: { from: ['Institution', 'Instrument', 'Mechanism', 'Event'], to: ['DateClaim'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;
export type RelationshipType = keyof typeof relationshipTypes;

export interface Evidence {
  source: string;
  locator: string;
  excerpt: string;
  note?: string;
}

/** Property values as Neo4j stores them (no nested maps). */
export type PropertyValue = string | number | boolean | null | string[];

export interface GraphNode {
  label: NodeLabel;
  id: string;
  props: Record<string, PropertyValue>;
  evidence: Evidence[];
  /** Where the record was declared, for error messages. */
  origin: string;
}

export interface GraphRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** Distinguishes parallel relationships of one type between the same two nodes (e.g. two roles). */
  key: string;
  props: Record<string, PropertyValue>;
  evidence: Evidence[];
  origin: string;
}

/** The identity of a relationship within the graph: its type, its ends and its distinguishing key. */
export function relationshipKey(r: { type: string; from: string; to: string; key: string }): string {
  return `${r.type}|${r.from}|${r.to}|${r.key}`;
}

/** Relationship types between two nodes, as opposed to those to a node's own values (names, date claims). */
export const nodeRelationshipTypes = (Object.keys(relationshipTypes) as RelationshipType[]).filter(
  (t) => t !== 'HAS_NAME' && t !== 'HAS_DATE_CLAIM',
);

export interface SeedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
