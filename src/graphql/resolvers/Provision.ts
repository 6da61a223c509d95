import type {
  CommitmentPairResolvers,
  FigureResolvers,
  PersonResolvers,
  PolicyTopicResolvers,
  PostResolvers,
  ProvisionActorResolvers,
  ProvisionResolvers,
  SharedCommitmentResolvers,
  TopicResolvers,
} from '../../generated/graphql.js';
import { evidenceOf, type NodeRecord } from '../../model/records.js';
import { curationOf, optionalString, partialDate, toEnum } from '../../model/values.js';
import { argOrDefault } from '../assertArgs.js';
import type { Context } from '../context.js';
import {
  edgesOf,
  firstNeighbour,
  loadNodes,
  neighbourIds,
  neighbours,
  nodeEdges,
  participationsOf,
  requireApiNode,
  requireNode,
} from '../nodeAccess.js';

/** Topics are technology areas or policy topics; other neighbours (none by the vocabulary) are left out. */
async function topicsOf(ctx: Context, id: string, type: string, direction: 'OUTGOING' | 'INCOMING'): Promise<NodeRecord[]> {
  const nodes = await loadNodes(ctx, await neighbourIds(ctx, id, [type], direction));
  return nodes.filter((n) => n.label === 'TechnologyArea' || n.label === 'PolicyTopic');
}

const byPosition = (a: NodeRecord, b: NodeRecord): number => Number(a.props.order) - Number(b.props.order);

export const Topic: TopicResolvers = {
  __resolveType: (record) => record.label as 'TechnologyArea' | 'PolicyTopic',
};

export const Provision: ProvisionResolvers = {
  instrument: (r, _, ctx) => firstNeighbour(ctx, r.id, 'HAS_PROVISION', 'Instrument', 'INCOMING'),
  review: (r, _, ctx) => firstNeighbour(ctx, r.id, 'HAS_PROVISION', 'Event', 'INCOMING'),
  locator: (r) => String(r.props.locator),
  position: (r) => Number(r.props.order),
  kind: (r) => toEnum(r.props.kind, 'OTHER'),
  text: (r) => String(r.props.text),
  leadIn: (r) => optionalString(r.props.leadIn),
  modality: (r) => String(r.props.modality),
  verb: (r) => optionalString(r.props.verb),
  firmness: (r) => toEnum(r.props.firmness, 'NONE'),
  reported: (r) => r.props.reported === true,
  source: (r, _, ctx) => requireNode(ctx, String(r.props.statedIn), 'Source', 'source'),
  actors: (r, _, ctx) => edgesOf(ctx, r.id, ['ACTS_IN'], 'INCOMING'),
  topics: (r, _, ctx) => topicsOf(ctx, r.id, 'ADDRESSES', 'OUTGOING'),
  mentions: async (r, _, ctx) => Promise.all((await edgesOf(ctx, r.id, ['MENTIONS'], 'OUTGOING')).map((e) => requireApiNode(ctx, e.to))),
  note: (r) => optionalString(r.props.note),
  edges: (r, args, ctx, info) => nodeEdges(ctx, r.id, argOrDefault(info, 'direction', args.direction)),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};

export const ProvisionActor: ProvisionActorResolvers = {
  actor: (r, _, ctx) => requireApiNode(ctx, r.from),
  role: (r) => toEnum(r.props.role, 'ACTS'),
  asNamed: (r) => optionalString(r.props.asNamed),
  note: (r) => optionalString(r.props.note),
};

export const PolicyTopic: PolicyTopicResolvers = {
  name: (r) => String(r.props.name),
  aliases: (r) => (Array.isArray(r.props.aliases) ? (r.props.aliases as string[]) : []),
  summary: (r) => optionalString(r.props.summary),
  broader: (r, _, ctx) => topicsOf(ctx, r.id, 'BROADER', 'OUTGOING'),
  narrower: (r, _, ctx) => topicsOf(ctx, r.id, 'BROADER', 'INCOMING'),
  evolvedFrom: (r, _, ctx) => topicsOf(ctx, r.id, 'EVOLVED_INTO', 'INCOMING'),
  evolvedInto: (r, _, ctx) => topicsOf(ctx, r.id, 'EVOLVED_INTO', 'OUTGOING'),
  provisions: async (r, _, ctx) => (await neighbours(ctx, r.id, ['ADDRESSES'], 'INCOMING', 'Provision')).sort(byPosition),
  coverage: (r, _, ctx) => edgesOf(ctx, r.id, ['COVERS'], 'INCOMING'),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};

export const Figure: FigureResolvers = {
  measure: (r) => String(r.props.measure),
  value: (r) => Number(r.props.value),
  unit: (r) => toEnum(r.props.unit, 'COUNT'),
  qualifier: (r) => toEnum(r.props.qualifier, 'EXACT'),
  asWritten: (r) => String(r.props.asWritten),
  asOf: (r) => partialDate(r.props, 'asOf'),
  periodFrom: (r) => optionalString(r.props.periodFrom),
  periodTo: (r) => optionalString(r.props.periodTo),
  about: async (r, _, ctx) => Promise.all((await edgesOf(ctx, r.id, ['ABOUT'], 'OUTGOING')).map((e) => requireApiNode(ctx, e.to))),
  note: (r) => optionalString(r.props.note),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};

export const Post: PostResolvers = {
  title: (r) => String(r.props.title),
  rank: (r) => optionalString(r.props.rank),
  institution: (r, _, ctx) => firstNeighbour(ctx, r.id, 'POST_IN', 'Institution'),
  institutionNote: (r) => optionalString(r.props.postInNote),
  holders: (r, _, ctx) => neighbours(ctx, r.id, ['HOLDS'], 'INCOMING', 'Person'),
  participations: (r, _, ctx) => participationsOf(ctx, r.id, 'OUTGOING', null),
  provisions: async (r, _, ctx) =>
    loadNodes(
      ctx,
      (await edgesOf(ctx, r.id, ['ACTS_IN'], 'OUTGOING')).map((e) => e.to),
      'Provision',
    ),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};

export const Person: PersonResolvers = {
  name: (r) => String(r.props.name),
  posts: (r, _, ctx) => neighbours(ctx, r.id, ['HOLDS'], 'OUTGOING', 'Post'),
  participations: (r, _, ctx) => participationsOf(ctx, r.id, 'OUTGOING', null),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};

export const SharedCommitment: SharedCommitmentResolvers = {
  topic: (r, _, ctx) => requireApiNode(ctx, r.topic),
  provisions: (r, _, ctx) => loadNodes(ctx, r.provisions, 'Provision'),
};

const nameOf = (n: NodeRecord): string => String(n.props.name ?? n.id);

export const CommitmentPair: CommitmentPairResolvers = {
  a: (r, _, ctx) => requireNode(ctx, r.a, 'Provision', 'provision'),
  b: (r, _, ctx) => requireNode(ctx, r.b, 'Provision', 'provision'),
  explanation: async (r, _, ctx) => {
    const [a, b] = await Promise.all([requireApiNode(ctx, r.topicA), requireApiNode(ctx, r.topicB)]);
    if (r.via === 'SAME_TOPIC') return `both address "${nameOf(a)}"`;
    if (r.via === 'TOPIC_LINEAGE') return `"${nameOf(a)}" and "${nameOf(b)}" are linked by lineage (one evolved into the other)`;
    return `"${nameOf(a)}" and "${nameOf(b)}" are broader and narrower topics`;
  },
};
