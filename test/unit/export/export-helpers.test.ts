import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { NodeRecord } from '../../../src/model/records.js';
import { describeNode } from '../../../src/export/describeNode.js';
import { describeRelationship } from '../../../src/graph/describeRelationship.js';
import { exportableRelationshipTypes, selectRelationshipTypes } from '../../../src/export/exportableRelationshipTypes.js';
import { dateLiteral, iriOf, predicateOf } from '../../../src/export/jsonLdVocabulary.js';
import { decodeRelationshipCursor, encodeRelationshipCursor } from '../../../src/export/relationshipCursor.js';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions.code;
  }
  throw new Error('expected an error');
}

const node = (label: NodeRecord['label'], props: Record<string, unknown>): NodeRecord => ({
  label,
  id: String(props.id),
  props: { id: String(props.id), ...props },
});

describe('relationship cursors', () => {
  it('round-trip a relationship id through an opaque base64url string', () => {
    const id = 'PARTICIPATES_IN:ised:moc-2023-industrial-science-technology:signatory';
    const cursor = encodeRelationshipCursor(id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('ised');
    expect(decodeRelationshipCursor(cursor)).toBe(id);
  });

  it.each(['', 'not a cursor!', 'Zm9v', encodeRelationshipCursor('lowercase:a:b'), `${encodeRelationshipCursor('CITES:a:b')}=`])(
    'refuses %j with BAD_USER_INPUT',
    (cursor) => {
      expect(codeOf(() => decodeRelationshipCursor(cursor))).toBe('BAD_USER_INPUT');
    },
  );
});

describe('selectRelationshipTypes', () => {
  it('leaves out the value relationships HAS_NAME and HAS_DATE_CLAIM', () => {
    expect(exportableRelationshipTypes).not.toContain('HAS_NAME');
    expect(exportableRelationshipTypes).not.toContain('HAS_DATE_CLAIM');
    expect(exportableRelationshipTypes).toContain('CITES');
    expect([...exportableRelationshipTypes]).toEqual([...exportableRelationshipTypes].sort());
  });

  it('selects every exportable type for null or an empty list, and dedupes the ones given', () => {
    expect(selectRelationshipTypes(null)).toEqual(exportableRelationshipTypes);
    expect(selectRelationshipTypes([])).toEqual(exportableRelationshipTypes);
    expect(selectRelationshipTypes(['CITES', 'BUILDS_ON', 'CITES'])).toEqual(['BUILDS_ON', 'CITES']);
  });

  it('refuses unknown and value types, listing the allowed ones', () => {
    for (const types of [['SUCCEEDED_BY'], ['cites'], ['HAS_NAME']]) {
      let error: unknown;
      try {
        selectRelationshipTypes(types);
      } catch (e) {
        error = e;
      }
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as GraphQLError).message).toContain(`"${types[0]}"`);
      expect((error as GraphQLError).message).toContain('allowed: ABOUT, ACTS_IN, ADDRESSES, AMENDS, BETWEEN, BROADER, BUILDS_ON');
    }
  });
});

describe('JSON-LD vocabulary', () => {
  it('gives every id a stable IRI under the base, keeping relationship ids readable', () => {
    expect(iriOf('https://kizuna.example/', 'meti')).toBe('https://kizuna.example/id/meti');
    expect(iriOf('https://kizuna.example/', 'CITES:a:b')).toBe('https://kizuna.example/id/CITES:a:b');
    expect(iriOf('https://kizuna.example/', 'X:a b:c/d')).toBe('https://kizuna.example/id/X:a%20b:c%2Fd');
  });

  it('maps relationships to public vocabularies where they fit', () => {
    expect(predicateOf('CITES', 'Instrument', 'Instrument')).toBe('eli:cites');
    expect(predicateOf('BUILDS_ON', 'Instrument', 'Instrument')).toBe('eli:based_on');
    expect(predicateOf('SUPERSEDES', 'Instrument', 'Instrument')).toBe('dcterms:replaces');
    expect(predicateOf('ORIGINAL_ORGANIZATION', 'ChangeEvent', 'Institution')).toBe('org:originalOrganization');
    expect(predicateOf('PART_OF', 'Institution', 'Institution')).toBe('org:subOrganizationOf');
    expect(predicateOf('PART_OF', 'Event', 'Mechanism')).toBe('dcterms:isPartOf');
    expect(predicateOf('BROADER', 'TechnologyArea', 'TechnologyArea')).toBe('skos:broader');
    expect(predicateOf('SOME_NEW_TYPE', 'Instrument', 'Instrument')).toBe('kizuna:someNewType');
  });

  it('types partial dates by their precision', () => {
    expect(dateLiteral({ value: '1986-05-07', precision: 'day' })).toEqual({ '@value': '1986-05-07', '@type': 'xsd:date' });
    expect(dateLiteral({ value: '1988-01', precision: 'month' })).toEqual({ '@value': '1988-01', '@type': 'xsd:gYearMonth' });
    expect(dateLiteral({ value: '1985', precision: 'year' })).toEqual({ '@value': '1985', '@type': 'xsd:gYear' });
  });
});

describe('describeNode and describeRelationship', () => {
  it('names instruments by title and places each kind in time by its own date field', () => {
    expect(describeNode(node('Instrument', { id: 'a', title: 'An Agreement', kind: 'agreement', date: '1986-05-07' }))).toEqual({
      name: 'An Agreement',
      kind: 'agreement',
      date: { value: '1986-05-07', precision: 'day' },
      country: null,
      summary: null,
    });
    expect(describeNode(node('Institution', { id: 'i', name: 'MITI', founded: '1949-05', country: 'japan' })).date).toEqual({
      value: '1949-05',
      precision: 'month',
    });
    expect(describeNode(node('TechnologyArea', { id: 't', name: 'Quantum' })).date).toBeNull();
  });

  it('takes a relationship year from itself, else from a dated end, as Edge.year does', () => {
    const instrument = node('Instrument', { id: 'a', year: 1986 });
    const area = node('TechnologyArea', { id: 't' });
    const covers = { type: 'COVERS', from: 'a', to: 't', props: { how: 'selected', year: 2023 } };
    expect(describeRelationship(covers, instrument, area)).toMatchObject({ qualifier: 'selected', year: 2023 });
    expect(describeRelationship({ ...covers, props: { how: 'listed', year: null } }, instrument, area).year).toBe(1986);
    expect(describeRelationship({ ...covers, props: {} }, area, area).year).toBeNull();
  });
});

describe('KIZUNA_BASE_IRI', () => {
  it('defaults to https://kizuna.example/ and always ends with a slash', async () => {
    const { loadConfig } = await import('../../../src/config.js');
    expect(loadConfig({}).baseIri).toBe('https://kizuna.example/');
    expect(loadConfig({ KIZUNA_BASE_IRI: 'https://data.example.org/kizuna' }).baseIri).toBe('https://data.example.org/kizuna/');
  });

  it.each(['kizuna.example', 'ftp://kizuna.example/', 'https://kizuna.example/?x=1', 'https://kizuna.example/#'])(
    'refuses %j, naming the variable',
    async (value) => {
      const { ConfigError, loadConfig } = await import('../../../src/config.js');
      expect(() => loadConfig({ KIZUNA_BASE_IRI: value })).toThrow(ConfigError);
      expect(() => loadConfig({ KIZUNA_BASE_IRI: value })).toThrow(/KIZUNA_BASE_IRI/);
    },
  );
});
