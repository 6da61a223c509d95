/**
 * One vocabulary: every GraphQL enum that mirrors a seed vocabulary has exactly its values (stored
 * slugs as enum names), so a kind, role or modality added in one place and not the other fails here.
 */
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs.js';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  actorRoles,
  coverageHows,
  eventKinds,
  figureQualifiers,
  figureUnits,
  firmnessScale,
  instrumentKinds,
  instrumentRelations,
  institutionKinds,
  mechanismKinds,
  modalities,
  nameKinds,
  participationRoles,
  provisionKinds,
  sourceKinds,
} from '../../../src/model/vocabulary.js';
import { toEnum } from '../../../src/model/values.js';

const schema = buildSchema(loadTypeDefs());
const enumValues = (name: string): string[] => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('GraphQL enums equal the vocabulary', () => {
  it.each([
    ['InstrumentKind', instrumentKinds],
    ['InstitutionKind', institutionKinds],
    ['MechanismKind', mechanismKinds],
    ['EventKind', eventKinds],
    ['NameKind', nameKinds],
    ['ParticipationRole', participationRoles],
    ['CoverageHow', coverageHows],
    ['SourceKind', sourceKinds],
    ['ProvisionKind', provisionKinds],
    ['Firmness', firmnessScale],
    ['ActorRole', actorRoles],
    ['FigureUnit', figureUnits],
    ['FigureQualifier', figureQualifiers],
    ['InstrumentRelationType', Object.keys(instrumentRelations)],
  ] as const)('%s', (name, values) => {
    expect(enumValues(name)).toEqual(values.map((v) => toEnum(v, '')));
  });

  it('every modality maps to a firmness on the scale, and the scale is ordered weakest first', () => {
    for (const firmness of Object.values(modalities)) expect(firmnessScale).toContain(firmness);
    expect(firmnessScale[0]).toBe('none');
    expect(firmnessScale.at(-1)).toBe('firm');
  });
});
