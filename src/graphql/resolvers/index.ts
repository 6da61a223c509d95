/** All resolvers: one file per GraphQL type, and the Query fields grouped by concern. */
import type { Resolvers } from '../../generated/graphql.js';
import { ChangeEvent } from './ChangeEvent.js';
import { Country } from './Country.js';
import { Coverage } from './Coverage.js';
import { DateClaim } from './DateClaim.js';
import { Edge } from './Edge.js';
import { Event } from './Event.js';
import { Evidence } from './Evidence.js';
import { Institution } from './Institution.js';
import { Instrument } from './Instrument.js';
import { InstrumentRelation } from './InstrumentRelation.js';
import { Mechanism } from './Mechanism.js';
import { Mutation } from './Mutation.js';
import { Name } from './Name.js';
import { Node, Participable } from './Node.js';
import { Participation } from './Participation.js';
import { Query } from './Query.js';
import { analysisQueries } from './analysisQueries.js';
import { exportQueries } from './exportQueries.js';
import {
  Graph,
  Lineage,
  Overlap,
  OverlapMatch,
  OverlapPair,
  Path,
  SearchHit,
  SearchVia,
  Suggestion,
  TimelineYear,
} from './analysisTypes.js';
import {
  InstitutionConnection,
  InstitutionEdge,
  InstrumentConnection,
  InstrumentEdge,
  TechnologyAreaConnection,
  TechnologyAreaEdge,
  ProvisionConnection,
  ProvisionEdge,
  FigureConnection,
  FigureEdge,
} from './connectionTypes.js';
import { CommitmentPair, Figure, Person, PolicyTopic, Post, Provision, ProvisionActor, SharedCommitment, Topic } from './Provision.js';
import { listingQueries } from './listingQueries.js';
import { revisionMutations, revisionQueries } from './revisions.js';
import { Source } from './Source.js';
import { Succession } from './Succession.js';
import { TechnologyArea } from './TechnologyArea.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...analysisQueries, ...listingQueries, ...exportQueries, ...revisionQueries },
  Mutation: { ...Mutation, ...revisionMutations },
  Lineage,
  Overlap,
  OverlapMatch,
  OverlapPair,
  Path,
  SearchHit,
  SearchVia,
  Suggestion,
  TimelineYear,
  Graph,
  InstrumentConnection,
  InstrumentEdge,
  InstitutionConnection,
  InstitutionEdge,
  TechnologyAreaConnection,
  TechnologyAreaEdge,
  ProvisionConnection,
  ProvisionEdge,
  FigureConnection,
  FigureEdge,
  Provision,
  ProvisionActor,
  PolicyTopic,
  Figure,
  Post,
  Person,
  SharedCommitment,
  CommitmentPair,
  Topic,
  Node,
  Participable,
  Instrument,
  InstrumentRelation,
  Coverage,
  Institution,
  Participation,
  Succession,
  ChangeEvent,
  Country,
  TechnologyArea,
  Mechanism,
  Event,
  Source,
  Name,
  DateClaim,
  Evidence,
  Edge,
};
