/**
 * The shapes the database returns, which the GraphQL resolvers start from (codegen `mappers`).
 * Nodes keep their stored properties; relationships keep their endpoint ids, never nested objects.
 */
import { relationshipKey, type NodeLabel } from './vocabulary.js';

/** Stored properties: whatever the loader wrote (see src/seed/validateSeeds.ts), flat. */
export type Props = Record<string, unknown> & {
  id: string;
  evSource?: string[];
  evLocator?: string[];
  evExcerpt?: string[];
  evNote?: string[];
};

export interface NodeRecord<L extends NodeLabel = NodeLabel> {
  label: L;
  id: string;
  props: Props;
}

export type InstrumentRecord = NodeRecord<'Instrument'>;
export type InstitutionRecord = NodeRecord<'Institution'>;
export type TechnologyAreaRecord = NodeRecord<'TechnologyArea'>;
export type MechanismRecord = NodeRecord<'Mechanism'>;
export type EventRecord = NodeRecord<'Event'>;
export type CountryRecord = NodeRecord<'Country'>;
export type ChangeEventRecord = NodeRecord<'ChangeEvent'>;
export type SourceRecord = NodeRecord<'Source'>;
export type NameRecord = NodeRecord<'Name'>;
export type DateClaimRecord = NodeRecord<'DateClaim'>;
export type ProvisionRecord = NodeRecord<'Provision'>;
export type PolicyTopicRecord = NodeRecord<'PolicyTopic'>;
export type FigureRecord = NodeRecord<'Figure'>;
export type PostRecord = NodeRecord<'Post'>;
export type PersonRecord = NodeRecord<'Person'>;

/** A relationship as stored, or derived (SUCCEEDED_BY collapses a change event), with endpoint ids. */
export interface EdgeRecord {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  /**
   * Both ends, when the producer already holds them and they must not go through the node loader:
   * a lean lineage (only ids selected) has identity-only records that would poison its cache.
   */
  ends?: { from: NodeRecord; to: NodeRecord };
}

/** The identity of a stored relationship (see relationshipKey), for de-duplicating edges. */
export function edgeKey(edge: EdgeRecord): string {
  return relationshipKey({ type: edge.type, from: edge.from, to: edge.to, key: String(edge.props.key ?? '') });
}

/** A relationship seen from one of its ends. */
export interface InstrumentRelationRecord {
  edge: EdgeRecord;
  viewpoint: string;
}

export interface SuccessionRecord {
  institutionId: string;
  changeEventId: string;
}

export interface EvidenceRecord {
  source: string;
  locator: string | null;
  excerpt: string | null;
  note: string | null;
}

export function isNodeOf<L extends NodeLabel>(record: NodeRecord | null | undefined, label: L): record is NodeRecord<L> {
  return record?.label === label;
}

/** Reads the parallel evidence arrays of a node or relationship into Evidence values. */
export function evidenceOf(props: Record<string, unknown>): EvidenceRecord[] {
  const sources = (props.evSource as string[] | undefined) ?? [];
  const locators = (props.evLocator as string[] | undefined) ?? [];
  const excerpts = (props.evExcerpt as string[] | undefined) ?? [];
  const notes = (props.evNote as string[] | undefined) ?? [];
  return sources.map((source, i) => ({
    source,
    locator: locators[i] ?? null,
    excerpt: excerpts[i] ?? null,
    note: notes[i] || null,
  }));
}

export interface LineageRecord {
  root: NodeRecord;
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  depths: number[];
}

export interface OverlapMatchRecord {
  nodeId: string;
  via: 'SAME' | 'TECHNOLOGY_LINEAGE' | 'SUCCESSION';
  matchedIds: string[];
  /**
   * The matched nodes as identity-only records (id and label), when the operation reads nothing
   * else of them: answered from here, and kept out of the node loader.
   */
  identities?: ReadonlyMap<string, NodeRecord>;
}

export interface OverlapPairRecord {
  a: string;
  b: string;
  score: number;
  shared: number;
}

export interface OverlapRecord {
  instrumentIds: string[];
  technologyAreas: OverlapMatchRecord[];
  institutions: OverlapMatchRecord[];
  mechanisms: OverlapMatchRecord[];
  score: number;
  pairs: OverlapPairRecord[];
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

/**
 * One search hit. `via` is set for a hit reached through a technology area or policy topic the text
 * matched (an instrument that COVERS it, a provision that ADDRESSES it), ranked below every direct hit.
 */
export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
  matchedName: string | null;
  via: SearchViaRecord | null;
}

/** The topic (a TechnologyArea or PolicyTopic record) through which a search hit was reached. */
export interface SearchViaRecord {
  relationship: 'COVERS' | 'ADDRESSES';
  topic: NodeRecord;
}

/** One suggestion: the node, the name of it that matched (as written), and whether the name starts with the prefix. */
export interface SuggestionRecord {
  node: NodeRecord;
  matchedName: string;
  /** True when the whole name starts with the prefix; false when a word inside it does. */
  startsWith: boolean;
}

export interface TimelineYearRecord {
  year: number;
  instruments: InstrumentRecord[];
  events: EventRecord[];
}

export interface GraphRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
}

export interface ConnectionEdgeRecord<L extends NodeLabel = NodeLabel> {
  cursor: string;
  node: NodeRecord<L>;
}

/** One page of a Relay connection over nodes of label L. */
export interface ConnectionRecord<L extends NodeLabel = NodeLabel> {
  edges: ConnectionEdgeRecord<L>[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Node labels the API exposes as `Node` types (Name and DateClaim are values of their owners). */
export const apiNodeLabels = [
  'Instrument',
  'Institution',
  'TechnologyArea',
  'Mechanism',
  'Event',
  'Country',
  'ChangeEvent',
  'Source',
  'Provision',
  'PolicyTopic',
  'Figure',
  'Post',
  'Person',
] as const;
export type ApiNodeLabel = (typeof apiNodeLabels)[number];

export function isApiNode(record: NodeRecord | null | undefined): record is NodeRecord<ApiNodeLabel> {
  return record !== null && record !== undefined && (apiNodeLabels as readonly string[]).includes(record.label);
}

/** Which way to follow relationships from a node. */
export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** A node's relationships of some types in one direction (the edge loader's key). */
export interface EdgeQuery {
  id: string;
  /** Relationship types to include; empty for all. */
  types: readonly string[];
  direction: Direction;
}

/** An institution's predecessors and successors through change events. */
export interface Successions {
  predecessors: SuccessionRecord[];
  successors: SuccessionRecord[];
}

export type InstrumentConnectionRecord = ConnectionRecord<'Instrument'>;
export type InstitutionConnectionRecord = ConnectionRecord<'Institution'>;
export type TechnologyAreaConnectionRecord = ConnectionRecord<'TechnologyArea'>;
export type InstrumentEdgeRecord = ConnectionEdgeRecord<'Instrument'>;
export type InstitutionEdgeRecord = ConnectionEdgeRecord<'Institution'>;
export type TechnologyAreaEdgeRecord = ConnectionEdgeRecord<'TechnologyArea'>;
export type ProvisionConnectionRecord = ConnectionRecord<'Provision'>;
export type ProvisionEdgeRecord = ConnectionEdgeRecord<'Provision'>;
export type FigureConnectionRecord = ConnectionRecord<'Figure'>;
export type FigureEdgeRecord = ConnectionEdgeRecord<'Figure'>;

/** How two provisions' topics matched: the same topic, lineage (EVOLVED_INTO) or broader/narrower. */
export type CommitmentMatch = 'SAME_TOPIC' | 'TOPIC_LINEAGE' | 'BROADER_TOPIC';

/** Two provisions of different compared instruments on the same or related topics. */
export interface CommitmentPairRecord {
  a: string;
  b: string;
  topicA: string;
  topicB: string;
  via: CommitmentMatch;
}

/** Provisions of several compared instruments on one topic family, named after `topic`. */
export interface SharedCommitmentRecord {
  topic: string;
  provisions: string[];
  pairs: CommitmentPairRecord[];
}
