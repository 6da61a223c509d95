/**
 * /export/graph.jsonld: the whole graph as one JSON-LD document (https://www.w3.org/TR/json-ld11/),
 * written page by page. Nodes come first, by id; then each relationship twice: as the plain
 * property on its subject (e.g. `eli:cites`), and as an `rdf:Statement` with its own stable IRI
 * that carries its qualifier, year and evidence. Objects sharing an `@id` are one resource
 * (JSON-LD merges them), so a subject's relationship properties need no second pass.
 */
import type { Reader } from '../db/createDb.js';
import { evidenceOf, type Props } from '../model/records.js';
import { describeNode, partialDateOf } from './describeNode.js';
import { describeRelationship } from '../graph/describeRelationship.js';
import { exportableRelationshipTypes } from './exportableRelationshipTypes.js';
import { createJsonLdContext, dateLiteral, iriOf, predicateOf, typesOf } from './jsonLdVocabulary.js';
import { readNodePages, type ExportNode } from './readNodePages.js';
import { readRelationshipPages, type RelationshipRow } from './readRelationshipPages.js';

type JsonLd = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Drops absent values (null, '', empty lists) so every property present says something. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

function date(value: unknown): JsonLd | null {
  const d = partialDateOf(value);
  return d ? dateLiteral(d) : null;
}

function languageString(value: unknown, lang: unknown): JsonLd | string | null {
  const v = text(value);
  if (v === null) return null;
  return text(lang) ? { '@value': v, '@language': lang } : v;
}

/** A dated field with its status where the status says more than the value (approximate, disputed). */
function datedField(props: Props, field: string, term: string): JsonLd {
  const status = text(props[`${field}Status`]);
  return {
    [term]: date(props[field]),
    [`kizuna:${field}Status`]: status === 'approximate' || status === 'disputed' ? status : null,
  };
}

/** Evidence as PROV: the sources it was derived from, and each derivation's locator and excerpt. */
function evidenceProperties(props: Record<string, unknown>, baseIri: string): JsonLd {
  const evidence = evidenceOf(props);
  return {
    'prov:wasDerivedFrom': [...new Set(evidence.map((e) => e.source))].map((source) => ({ '@id': iriOf(baseIri, source) })),
    'prov:qualifiedDerivation': evidence.map((e) =>
      compact({
        '@type': 'prov:Derivation',
        'prov:entity': { '@id': iriOf(baseIri, e.source) },
        'kizuna:locator': e.locator,
        'kizuna:excerpt': e.excerpt,
        'kizuna:note': e.note,
      }),
    ),
  };
}

const instrumentDateFields = ['signedOn', 'announcedOn', 'adoptedOn', 'releasedOn', 'enteredIntoForceOn', 'finalizedOn'];

function kindProperties({ node }: ExportNode, baseIri: string): JsonLd {
  const p = node.props;
  switch (node.label) {
    case 'Instrument':
      return {
        // ELI's date_document is "the date of adoption or signature": the first date the sources give.
        'eli:date_document': date(p.date),
        'kizuna:dateKind': text(p.dateKind),
        'eli:first_date_entry_in_force': date(p.enteredIntoForceOn),
        ...Object.assign({}, ...instrumentDateFields.map((f) => datedField(p, f, `kizuna:${f}`))),
        'schema:locationCreated': text(p.place),
        'kizuna:legallyBinding': text(p.legallyBinding),
        'kizuna:status': text(p.status),
      };
    case 'Institution':
      return { ...datedField(p, 'founded', 'schema:foundingDate'), ...datedField(p, 'dissolved', 'schema:dissolutionDate') };
    case 'Mechanism':
      return { ...datedField(p, 'established', 'schema:foundingDate'), 'kizuna:status': text(p.status) };
    case 'Event':
      return { ...datedField(p, 'date', 'schema:startDate'), 'schema:location': text(p.place), 'kizuna:status': text(p.status) };
    case 'ChangeEvent':
      return datedField(p, 'date', 'dcterms:date');
    case 'Country':
      return { 'kizuna:iso': text(p.iso) };
    case 'Source':
      return {
        'schema:url': text(p.url) ? { '@id': p.url } : null,
        'schema:publisher': text(p.publisher),
        ...datedField(p, 'published', 'schema:datePublished'),
        'kizuna:file': text(p.file),
      };
    case 'Provision':
      return {
        'kizuna:locator': text(p.locator),
        'schema:text': text(p.text),
        'kizuna:leadIn': text(p.leadIn),
        'kizuna:modality': text(p.modality),
        'kizuna:verb': text(p.verb),
        'kizuna:firmness': text(p.firmness),
        'kizuna:reported': p.reported === true,
        'kizuna:statedIn': text(p.statedIn) ? { '@id': iriOf(baseIri, String(p.statedIn)) } : null,
      };
    case 'Figure':
      return {
        'schema:value': typeof p.value === 'number' ? p.value : null,
        'schema:unitText': text(p.unit),
        'kizuna:qualifier': text(p.qualifier),
        'kizuna:asWritten': text(p.asWritten),
        ...datedField(p, 'asOf', 'kizuna:asOf'),
      };
    case 'Post':
      return { 'schema:roleName': text(p.title) };
    case 'TechnologyArea':
    case 'PolicyTopic':
    case 'Person':
    case 'Name':
    case 'DateClaim':
      return {};
  }
}

export function nodeJsonLd(exported: ExportNode, baseIri: string): JsonLd {
  const { node, names, dateClaims } = exported;
  const d = describeNode(node);
  const p = node.props;
  const alternates = [
    text(p.shortTitle),
    text(p.acronym),
    languageString(p.nameJa, 'ja'),
    ...names.map((n) => languageString(n.value, n.lang)),
  ].filter((n) => n !== null && (typeof n === 'string' ? n : n['@value']) !== d.name);
  const seen = new Set<string>();
  return compact({
    '@id': iriOf(baseIri, node.id),
    '@type': typesOf(node.label, d.kind),
    'schema:identifier': node.id,
    'schema:name': d.name,
    'schema:alternateName': alternates.filter((n) => {
      const key = JSON.stringify(n);
      return seen.has(key) ? false : (seen.add(key), true);
    }),
    'schema:description': d.summary,
    'kizuna:kind': d.kind,
    ...kindProperties(exported, baseIri),
    'kizuna:names': names.map((n) =>
      compact({
        '@id': text(n.id) ? iriOf(baseIri, String(n.id)) : null,
        '@type': 'kizuna:Name',
        'schema:name': languageString(n.value, n.lang),
        'kizuna:nameKind': text(n.kind),
        'schema:startDate': date(n.from),
        'schema:endDate': date(n.to),
        'kizuna:note': text(n.note),
        ...evidenceProperties(n, baseIri),
      }),
    ),
    'kizuna:dateClaims': dateClaims.map((c) =>
      compact({
        '@id': text(c.id) ? iriOf(baseIri, String(c.id)) : null,
        '@type': 'kizuna:DateClaim',
        'kizuna:field': text(c.field),
        'kizuna:claimedDate': date(c.value),
        'kizuna:note': text(c.note),
        ...evidenceProperties(c, baseIri),
      }),
    ),
    ...evidenceProperties(p, baseIri),
  });
}

/** A relationship as the plain property on its subject and as a statement that carries its evidence. */
export function relationshipJsonLd(row: RelationshipRow, baseIri: string): [JsonLd, JsonLd] {
  const { id, edge, from, to } = row;
  const predicate = predicateOf(edge.type, from.label, to.label);
  const d = describeRelationship(edge, from, to);
  const subject = { '@id': iriOf(baseIri, edge.from) };
  const object = { '@id': iriOf(baseIri, edge.to) };
  return [
    { ...subject, [predicate]: object },
    compact({
      '@id': iriOf(baseIri, id),
      '@type': ['rdf:Statement', 'kizuna:Relationship'],
      'schema:identifier': id,
      'rdf:subject': subject,
      'rdf:predicate': { '@id': predicate },
      'rdf:object': object,
      'kizuna:relation': edge.type,
      'kizuna:qualifier': d.qualifier,
      'kizuna:year': d.year,
      'kizuna:asNamed': d.asNamed,
      'kizuna:note': d.note,
      ...evidenceProperties(edge.props, baseIri),
    }),
  ];
}

/** The whole document as chunks, one per page; the first chunk (with the @context) waits for the first page. */
export async function* graphJsonLd(reader: Reader, baseIri: string, pageSize: number): AsyncGenerator<string> {
  let opening = `{"@context":${JSON.stringify(createJsonLdContext(baseIri))},\n"@graph":[\n`;
  let separator = '';
  const items = (objects: JsonLd[]): string =>
    objects
      .map((o) => {
        const item = separator + JSON.stringify(o);
        separator = ',\n';
        return item;
      })
      .join('');
  for await (const page of readNodePages(reader, pageSize)) {
    yield opening + items(page.map((n) => nodeJsonLd(n, baseIri)));
    opening = '';
  }
  for await (const page of readRelationshipPages(reader, exportableRelationshipTypes, pageSize)) {
    yield items(page.flatMap((r) => relationshipJsonLd(r, baseIri)));
  }
  yield '\n]}\n';
}
