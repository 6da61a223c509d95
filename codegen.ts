/**
 * schema/*.graphql is the source of truth. `npm run codegen` writes src/generated/ (git-ignored,
 * regenerated before typecheck and tests, never edited by hand): resolver types whose parents are
 * the database records (mappers), typed with the real request context, and typed documents for the
 * cookbook queries so TypeScript clients can reuse them.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const records = '../model/records.js';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string' },
        useTypeImports: true,
        contextType: '../graphql/context.js#Context',
        mapperTypeSuffix: 'Model',
        mappers: {
          Instrument: `${records}#InstrumentRecord`,
          Institution: `${records}#InstitutionRecord`,
          TechnologyArea: `${records}#TechnologyAreaRecord`,
          Mechanism: `${records}#MechanismRecord`,
          Event: `${records}#EventRecord`,
          Country: `${records}#CountryRecord`,
          ChangeEvent: `${records}#ChangeEventRecord`,
          Source: `${records}#SourceRecord`,
          Name: `${records}#NameRecord`,
          DateClaim: `${records}#DateClaimRecord`,
          Provision: `${records}#ProvisionRecord`,
          PolicyTopic: `${records}#PolicyTopicRecord`,
          Figure: `${records}#FigureRecord`,
          Post: `${records}#PostRecord`,
          Person: `${records}#PersonRecord`,
          ProvisionActor: `${records}#EdgeRecord`,
          Topic: `${records}#NodeRecord`,
          SharedCommitment: `${records}#SharedCommitmentRecord`,
          CommitmentPair: `${records}#CommitmentPairRecord`,
          ProvisionConnection: `${records}#ProvisionConnectionRecord`,
          ProvisionEdge: `${records}#ProvisionEdgeRecord`,
          FigureConnection: `${records}#FigureConnectionRecord`,
          FigureEdge: `${records}#FigureEdgeRecord`,
          Evidence: `${records}#EvidenceRecord`,
          Edge: `${records}#EdgeRecord`,
          Participation: `${records}#EdgeRecord`,
          Coverage: `${records}#EdgeRecord`,
          InstrumentRelation: `${records}#InstrumentRelationRecord`,
          Succession: `${records}#SuccessionRecord`,
          Node: `${records}#NodeRecord`,
          Lineage: `${records}#LineageRecord`,
          Overlap: `${records}#OverlapRecord`,
          OverlapMatch: `${records}#OverlapMatchRecord`,
          OverlapPair: `${records}#OverlapPairRecord`,
          Path: `${records}#PathRecord`,
          SearchHit: `${records}#SearchHitRecord`,
          SearchVia: `${records}#SearchViaRecord`,
          Suggestion: `${records}#SuggestionRecord`,
          TimelineYear: `${records}#TimelineYearRecord`,
          Graph: `${records}#GraphRecord`,
          InstrumentConnection: `${records}#InstrumentConnectionRecord`,
          InstitutionConnection: `${records}#InstitutionConnectionRecord`,
          TechnologyAreaConnection: `${records}#TechnologyAreaConnectionRecord`,
          InstrumentEdge: `${records}#InstrumentEdgeRecord`,
          InstitutionEdge: `${records}#InstitutionEdgeRecord`,
          TechnologyAreaEdge: `${records}#TechnologyAreaEdgeRecord`,
        },
      },
    },
    // The cookbook (docs/queries/*.graphql) as typed documents for TypeScript clients: one
    // `XxxDocument` (a TypedDocumentNode) per operation, with its `XxxQuery` result and
    // `XxxQueryVariables` types. typescript-operations emits the enums and inputs the operations
    // use, so this file stands alone and does not import the server's resolver types.
    'src/generated/cookbook.ts': {
      documents: 'docs/queries/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string' },
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
