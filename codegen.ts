/**
 * schema/*.graphql is the source of truth. `npm run codegen` writes src/generated/ (git-ignored,
 * regenerated before typecheck and tests, never edited by hand): resolver types whose parents are
 * the database records (mappers), typed with the real request context, and typed documents for the
 * cookbook queries so TypeScript clients can reuse them.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const records = '../db/records.js';

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
          Evidence: `${records}#EvidenceRecord`,
          Edge: `${records}#EdgeRecord`,
          Participation: `${records}#EdgeRecord`,
          Coverage: `${records}#EdgeRecord`,
          InstrumentRelation: `${records}#InstrumentRelationRecord`,
          Succession: `${records}#SuccessionRecord`,
          Node: `${records}#NodeRecord`,
        },
      },
    },
  },
};

export default config;
