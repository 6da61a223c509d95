/**
 * How Kizuna's graph maps onto public vocabularies in /export/graph.jsonld: schema.org for
 * things, names and dates; the W3C Organization Ontology (https://www.w3.org/TR/vocab-org/) for
 * organisations and their change events; the European Legislation Identifier ontology
 * (http://data.europa.eu/eli/ontology#) between instruments; PROV-O for evidence; SKOS for
 * broader areas; Dublin Core terms where those have no term. What none of them covers is in
 * Kizuna's own vocabulary, `kizuna:` (<base>vocab#).
 */
import type { NodeLabel, RelationshipType } from '../model/vocabulary.js';

export function createJsonLdContext(baseIri: string): Record<string, string> {
  return {
    schema: 'https://schema.org/',
    org: 'http://www.w3.org/ns/org#',
    eli: 'http://data.europa.eu/eli/ontology#',
    prov: 'http://www.w3.org/ns/prov#',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    foaf: 'http://xmlns.com/foaf/0.1/',
    dcterms: 'http://purl.org/dc/terms/',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    kizuna: `${baseIri}vocab#`,
  };
}

/** The stable IRI of a node or relationship id: <base>id/<id>, with ":" kept readable. */
export function iriOf(baseIri: string, id: string): string {
  return `${baseIri}id/${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}

/** Instrument kinds that are legal instruments (schema:Legislation, "enforceable or not", and eli:LegalResource). */
const legalKinds = new Set(['agreement', 'arrangement', 'mou', 'moc', 'treaty', 'framework', 'declaration']);

export function typesOf(label: NodeLabel, kind: string | null): string[] {
  switch (label) {
    case 'Instrument':
      return kind !== null && legalKinds.has(kind)
        ? ['kizuna:Instrument', 'schema:Legislation', 'eli:LegalResource']
        : ['kizuna:Instrument', 'schema:CreativeWork'];
    case 'Institution':
      return ['org:Organization', 'schema:Organization'];
    case 'ChangeEvent':
      return ['org:ChangeEvent', 'prov:Activity'];
    case 'TechnologyArea':
      return ['schema:DefinedTerm', 'skos:Concept'];
    case 'Mechanism':
      return ['kizuna:Mechanism', 'org:OrganizationalCollaboration'];
    case 'Event':
      return ['schema:Event'];
    case 'Country':
      return ['schema:Country'];
    case 'Source':
      return ['schema:CreativeWork', 'prov:Entity'];
    case 'Name':
      return ['kizuna:Name'];
    case 'DateClaim':
      return ['kizuna:DateClaim'];
    case 'Provision':
      // ELI: "a subdivision of a legal resource" (article, paragraph…), a fragment of the instrument.
      return ['kizuna:Provision', 'eli:LegalResourceSubdivision'];
    case 'PolicyTopic':
      return ['schema:DefinedTerm', 'skos:Concept'];
    case 'Figure':
      return ['schema:QuantitativeValue', 'kizuna:Figure'];
    case 'Post':
      return ['org:Post'];
    case 'Person':
      return ['schema:Person', 'foaf:Person'];
  }
}

const predicates: Record<RelationshipType, string> = {
  PARTICIPATES_IN: 'kizuna:participatesIn',
  CITES: 'eli:cites',
  BUILDS_ON: 'eli:based_on',
  IMPLEMENTS: 'eli:implements',
  // "A related resource that is supplanted, displaced, or superseded by the described resource."
  SUPERSEDES: 'dcterms:replaces',
  AMENDS: 'eli:amends',
  COMMEMORATES: 'kizuna:commemorates',
  COVERS: 'schema:about',
  ESTABLISHES: 'kizuna:establishes',
  USES: 'kizuna:uses',
  BETWEEN: 'kizuna:between',
  IN_COUNTRY: 'schema:location',
  PART_OF: 'dcterms:isPartOf',
  HAS_NAME: 'kizuna:hasName',
  ORIGINAL_ORGANIZATION: 'org:originalOrganization',
  RESULTING_ORGANIZATION: 'org:resultingOrganization',
  EVOLVED_INTO: 'kizuna:evolvedInto',
  BROADER: 'skos:broader',
  CONCERNS: 'schema:about',
  HAS_DATE_CLAIM: 'kizuna:hasDateClaim',
  RECALLS: 'kizuna:recalls',
  NOTES: 'kizuna:notes',
  WELCOMES: 'kizuna:welcomes',
  SUPPORTS: 'kizuna:inSupportOf',
  MEMBER_OF: 'org:memberOf',
  FUNDS: 'schema:funder',
  HAS_PROVISION: 'eli:has_part',
  ACTS_IN: 'kizuna:actsIn',
  ADDRESSES: 'schema:about',
  MENTIONS: 'schema:mentions',
  ABOUT: 'schema:about',
  POST_IN: 'org:postIn',
  HOLDS: 'org:holds',
};

/** The property a relationship becomes; an institution part of another is org:subOrganizationOf. */
export function predicateOf(type: string, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  if (type === 'PART_OF' && fromLabel === 'Institution' && toLabel === 'Institution') return 'org:subOrganizationOf';
  return predicates[type as RelationshipType] ?? `kizuna:${type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

/** A partial date as a typed literal: xsd:date, xsd:gYearMonth or xsd:gYear by its precision. */
export function dateLiteral(date: { value: string; precision: 'year' | 'month' | 'day' }): { '@value': string; '@type': string } {
  const type = date.precision === 'day' ? 'xsd:date' : date.precision === 'month' ? 'xsd:gYearMonth' : 'xsd:gYear';
  return { '@value': date.value, '@type': type };
}
