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
  'Provision',
  'PolicyTopic',
  'Figure',
  'Post',
  'Person',
] as const;
export type NodeLabel = (typeof nodeLabels)[number];

/**
 * The kinds found by their names: they carry `nameKeys` (src/model/nameKey.ts) for the exact-name
 * lookup and suggestions. Sources, date claims, provisions and figures have no names to look up.
 */
export const namedLabels: readonly NodeLabel[] = nodeLabels.filter(
  (l) => l !== 'Source' && l !== 'DateClaim' && l !== 'Provision' && l !== 'Figure',
);

/** Relationship types, each with the labels it may join (from → to). */
export const relationshipTypes = {
  PARTICIPATES_IN: { from: ['Institution', 'Post', 'Person'], to: ['Instrument', 'Mechanism', 'Event'] },
  CITES: { from: ['Instrument'], to: ['Instrument'] },
  RECALLS: { from: ['Instrument'], to: ['Instrument', 'Event'] },
  NOTES: { from: ['Instrument'], to: ['Instrument'] },
  WELCOMES: { from: ['Instrument'], to: ['Instrument', 'Mechanism', 'Event'] },
  SUPPORTS: { from: ['Instrument', 'Mechanism', 'Institution'], to: ['Instrument', 'Mechanism', 'Event'] },
  MEMBER_OF: { from: ['Institution', 'Country'], to: ['Institution', 'Mechanism'] },
  FUNDS: { from: ['Institution'], to: ['Mechanism', 'Event', 'Institution'] },
  BUILDS_ON: { from: ['Instrument'], to: ['Instrument'] },
  IMPLEMENTS: { from: ['Instrument'], to: ['Instrument'] },
  SUPERSEDES: { from: ['Instrument'], to: ['Instrument'] },
  AMENDS: { from: ['Instrument'], to: ['Instrument'] },
  COMMEMORATES: { from: ['Instrument'], to: ['Instrument'] },
  COVERS: { from: ['Instrument'], to: ['TechnologyArea', 'PolicyTopic'] },
  ESTABLISHES: { from: ['Instrument'], to: ['Mechanism'] },
  USES: { from: ['Instrument'], to: ['Mechanism'] },
  BETWEEN: { from: ['Instrument'], to: ['Country'] },
  IN_COUNTRY: { from: ['Institution', 'Mechanism'], to: ['Country'] },
  PART_OF: { from: ['Institution', 'Mechanism', 'Event'], to: ['Institution', 'Mechanism'] },
  HAS_NAME: { from: ['Institution', 'TechnologyArea', 'PolicyTopic', 'Mechanism', 'Instrument'], to: ['Name'] },
  ORIGINAL_ORGANIZATION: { from: ['ChangeEvent'], to: ['Institution'] },
  RESULTING_ORGANIZATION: { from: ['ChangeEvent'], to: ['Institution'] },
  EVOLVED_INTO: { from: ['TechnologyArea', 'PolicyTopic'], to: ['TechnologyArea', 'PolicyTopic'] },
  BROADER: { from: ['TechnologyArea', 'PolicyTopic'], to: ['TechnologyArea', 'PolicyTopic'] },
  CONCERNS: { from: ['Event'], to: ['Instrument', 'Mechanism'] },
  HAS_DATE_CLAIM: { from: ['Institution', 'Instrument', 'Mechanism', 'Event', 'ChangeEvent'], to: ['DateClaim'] },
  /** An instrument's provision as its text states it, or a review's finding (an Event's). */
  HAS_PROVISION: { from: ['Instrument', 'Event'], to: ['Provision'] },
  /** Who acts in a provision, and how (role). */
  ACTS_IN: { from: ['Country', 'Institution', 'Post', 'Mechanism'], to: ['Provision'] },
  /** What a provision is about: technology areas and policy topics. */
  ADDRESSES: { from: ['Provision'], to: ['TechnologyArea', 'PolicyTopic'] },
  /** Things a provision names. */
  MENTIONS: { from: ['Provision'], to: ['Instrument', 'Mechanism', 'Institution', 'Event', 'Country', 'Post'] },
  /** Who or what a figure measures. */
  ABOUT: {
    from: ['Figure'],
    to: ['Country', 'Institution', 'Instrument', 'Mechanism', 'Event', 'TechnologyArea', 'PolicyTopic', 'Post', 'Person'],
  },
  /** W3C ORG org:postIn: the organisation a post belongs to. */
  POST_IN: { from: ['Post'], to: ['Institution'] },
  /** W3C ORG org:holds: a person holds a post. */
  HOLDS: { from: ['Person'], to: ['Post'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;
export type RelationshipType = keyof typeof relationshipTypes;

/** The kinds each seed record may declare (docs/curating.md); GraphQL enums equal these (test/unit/model). */
export const instrumentKinds = [
  'agreement',
  'arrangement',
  'mou',
  'moc',
  'treaty',
  'strategy',
  'roadmap',
  'plan',
  'joint-statement',
  'declaration',
  'framework',
  'other',
] as const;
export const institutionKinds = [
  'government',
  'ministry',
  'department',
  'agency',
  'research-institute',
  'programme-office',
  'company',
  'university',
  'association',
  'international-body',
  'military',
  'other',
] as const;
export const mechanismKinds = [
  'dialogue',
  'committee',
  'programme',
  'initiative',
  'exercise',
  'operation',
  'forum',
  'project',
  'other',
] as const;
export const eventKinds = [
  'summit',
  'meeting',
  'workshop',
  'review',
  'visit',
  'signing',
  'seminar',
  'launch',
  'conference',
  'other',
] as const;
export const changeKinds = ['merger', 'renaming', 'amalgamation', 'restructuring', 'reconstitution', 'split', 'other'] as const;
export const nameKinds = ['legal', 'applied', 'acronym', 'former', 'japanese', 'other'] as const;
export const participationRoles = [
  'signatory',
  'party',
  'participant',
  'co-chair',
  'supporter',
  'invitee',
  'implementer',
  'witness',
  'host',
  'organiser',
  'encouraged',
] as const;
export const coverageHows = ['proposed', 'selected', 'added', 'listed', 'focus', 'mentioned'] as const;
export const sourceKinds = ['document', 'public-record'] as const;
/** Instrument-to-instrument relations as seed files spell them (`relations[].type`), with their relationship type. */
export const instrumentRelations = {
  cites: 'CITES',
  'builds-on': 'BUILDS_ON',
  implements: 'IMPLEMENTS',
  supersedes: 'SUPERSEDES',
  amends: 'AMENDS',
  commemorates: 'COMMEMORATES',
  recalls: 'RECALLS',
  notes: 'NOTES',
  welcomes: 'WELCOMES',
  'in-support-of': 'SUPPORTS',
} as const satisfies Record<string, RelationshipType>;

/**
 * What a provision does, as treaty-design coding names the parts of an agreement: its preamble, its
 * objective, the areas it covers, the forms cooperation takes, its governance, how it is interpreted,
 * its status (binding or not), intellectual property, final dispositions (entry into effect,
 * amendment, discontinuation), commitments, a review's findings, and what another document reports.
 */
export const provisionKinds = [
  'preamble',
  'objective',
  'scope',
  'form-of-cooperation',
  'governance',
  'interpretation',
  'status',
  'intellectual-property',
  'final-disposition',
  'commitment',
  'chapeau',
  'finding',
  'report',
  'other',
] as const;

/**
 * How firmly a provision binds whoever acts in it, weakest first. `none`: the text describes without
 * an operative verb; `declaratory`: recognises, welcomes, notes or recalls and asks nothing;
 * `exploratory`: explore or consider; `best-effort`: endeavour or work toward; `intended`: intend or
 * plan to; `firm`: will, shall, commit. In a non-legally binding instrument even `firm` is political.
 */
export const firmnessScale = ['none', 'declaratory', 'exploratory', 'best-effort', 'intended', 'firm'] as const;
export type Firmness = (typeof firmnessScale)[number];

/**
 * Operative verbs as provisions write them (lower case, base form), with the firmness each states.
 * A provision's `modality` is the governing verb (e.g. "will" of a chapeau "Japan and Canada will:")
 * and its optional `verb` the action verb of the bullet ("explore"); its firmness is the weaker of
 * the two when both are listed here, so "will explore" is exploratory.
 */
export const modalities = {
  will: 'firm',
  shall: 'firm',
  commit: 'firm',
  'commit to': 'firm',
  decide: 'firm',
  concur: 'firm',
  'intend to': 'intended',
  intend: 'intended',
  'plan to': 'intended',
  endeavour: 'best-effort',
  endeavor: 'best-effort',
  should: 'best-effort',
  'work toward': 'best-effort',
  'work towards': 'best-effort',
  'work together towards': 'best-effort',
  strive: 'best-effort',
  'seek to': 'best-effort',
  'aim to': 'best-effort',
  explore: 'exploratory',
  consider: 'exploratory',
  may: 'exploratory',
  could: 'exploratory',
  reaffirm: 'declaratory',
  reiterate: 'declaratory',
  welcome: 'declaratory',
  welcoming: 'declaratory',
  recognize: 'declaratory',
  recognizing: 'declaratory',
  acknowledge: 'declaratory',
  acknowledging: 'declaratory',
  note: 'declaratory',
  noting: 'declaratory',
  recall: 'declaratory',
  recalling: 'declaratory',
  emphasize: 'declaratory',
  emphasizing: 'declaratory',
  underscore: 'declaratory',
  underscoring: 'declaratory',
  reaffirming: 'declaratory',
  express: 'declaratory',
  confirm: 'declaratory',
  share: 'declaratory',
  encourage: 'declaratory',
  'look forward to': 'declaratory',
  none: 'none',
} as const satisfies Record<string, Firmness>;
export type Modality = keyof typeof modalities;

/** How an actor takes part in a provision. */
export const actorRoles = ['acts', 'co-chair', 'supports', 'invited', 'hosts', 'encouraged', 'beneficiary', 'reports'] as const;

/** What a figure counts or measures in. */
export const figureUnits = ['cad', 'usd', 'jpy', 'count', 'percent', 'rank', 'years', 'months', 'tonnes'] as const;
/** How the source qualifies a figure: "over $29 billion", "about 130", "up to 20". `exact` when it does not. */
export const figureQualifiers = ['exact', 'over', 'more-than', 'about', 'nearly', 'up-to', 'at-least'] as const;

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

/** Relationships from a statement (a provision, a figure) to what it is about, acts in or names. */
export const statementRelationshipTypes: readonly RelationshipType[] = ['HAS_PROVISION', 'ACTS_IN', 'ADDRESSES', 'MENTIONS', 'ABOUT'];

export interface SeedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
