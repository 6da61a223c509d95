/**
 * Paged, filtered listings of instruments, institutions and technology areas (Relay connections),
 * with the lineage-aware filters: "including predecessors and successors" of a participant and
 * "including lineage" of a technology area (cypher/related-ids.cypher), and a full-text filter.
 */
import type { Reader } from '../db/createDb.js';
import type { InstitutionConnectionRecord, InstrumentConnectionRecord, TechnologyAreaConnectionRecord } from '../model/records.js';
import { fetchPage } from './fetchPage.js';
import { searchEntities } from './searchEntities.js';

/** Full-text matches of one kind allowed to narrow a listing: more than any sensible filter returns. */
const TEXT_FILTER_MATCHES = 1_000;

/** Filters of an instruments listing, values already checked and in stored form (kinds are slugs). */
export interface InstrumentFilter {
  kinds: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  country: string | null;
  participant: string | null;
  /** Also list instruments of the participant's predecessors and successors. */
  includeSuccession: boolean;
  technologyArea: string | null;
  /** Also list instruments covering earlier and later areas of the technology area. */
  includeLineage: boolean;
  text: string | null;
}

/** A page of `first` records after `after` (an opaque cursor), with its total count. */
export interface PageRequest {
  first: number;
  after: string | null | undefined;
}

/** Ids of this kind matching a text filter, or null when there is no text filter. */
async function textIds(reader: Reader, text: string | null, label: string): Promise<string[] | null> {
  if (text === null) return null;
  const hits = await searchEntities(reader, text, TEXT_FILTER_MATCHES, label);
  return hits.map((h) => h.node.id);
}

/**
 * Instruments matching every filter given, ordered by date (undated last) or title. Reads: the
 * page, plus one for lineage expansion and one or two for a text filter.
 * Errors: BAD_USER_INPUT for a cursor this API did not issue.
 */
export async function listInstruments(
  reader: Reader,
  filter: InstrumentFilter,
  order: { by: 'date' | 'title'; descending: boolean },
  page: PageRequest,
): Promise<InstrumentConnectionRecord> {
  const expand = filter.participant && filter.includeSuccession ? [filter.participant] : null;
  const expandAreas = filter.technologyArea && filter.includeLineage ? [filter.technologyArea] : null;
  let participants = filter.participant ? [filter.participant] : null;
  let areas = filter.technologyArea ? [filter.technologyArea] : null;
  if (expand || expandAreas) {
    const [row] = await reader.read('related-ids', { institutions: expand, areas: expandAreas });
    // Stryker disable next-line ConditionalExpression: related-ids returns institutions: null when not asked to expand them, so the ?? keeps the ids given anyway.
    if (expand) participants = row?.institutions ?? participants;
    // Stryker disable next-line ConditionalExpression: related-ids returns areas: null when not asked to expand them, so the ?? keeps the ids given anyway.
    if (expandAreas) areas = row?.areas ?? areas;
  }
  const filters = {
    kinds: filter.kinds,
    yearFrom: filter.yearFrom,
    yearTo: filter.yearTo,
    country: filter.country,
    participants,
    areas,
    ids: await textIds(reader, filter.text, 'Instrument'),
    orderBy: order.by,
    descending: order.descending,
  };
  return fetchPage(reader, 'instruments-page', filters, page.first, page.after, { filter, order });
}

/** Institutions ordered by name, optionally of some kinds, of one country, or matching a text. */
export async function listInstitutions(
  reader: Reader,
  filter: { kinds: string[] | null; country: string | null; text: string | null },
  page: PageRequest,
): Promise<InstitutionConnectionRecord> {
  const filters = { kinds: filter.kinds, country: filter.country, ids: await textIds(reader, filter.text, 'Institution') };
  return fetchPage(reader, 'institutions-page', filters, page.first, page.after, { filter });
}

/** Technology areas ordered by name, optionally matching a text. */
export async function listTechnologyAreas(
  reader: Reader,
  filter: { text: string | null },
  page: PageRequest,
): Promise<TechnologyAreaConnectionRecord> {
  return fetchPage(reader, 'technology-areas-page', { ids: await textIds(reader, filter.text, 'TechnologyArea') }, page.first, page.after, {
    filter,
  });
}
