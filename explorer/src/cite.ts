/**
 * Citing what the explorer shows: an edge's evidence, a node's evidence, or the current view (the Kizuna
 * dataset plus the sources of everything visible), as CSL-JSON and then as APA, Chicago (author-date),
 * BibTeX and RIS, formatted by Citation.js (@citation-js/core with plugin-csl, plugin-bibtex and
 * plugin-ris) and citeproc-js. No DOM: every function is pure apart from Citation.js's style registry.
 *
 * The module is heavy (citeproc-js and the Chicago style): load it when the user asks to cite,
 * `const cite = await import('./cite.js')`, so Vite puts it in a chunk of its own (about 930 kB,
 * 197 kB gzipped). The first formatting in each style builds a citeproc-js engine, which takes
 * seconds (2–10 s for Chicago in headless Chromium on a busy 2-core machine; APA about half that);
 * later ones take milliseconds. So format one style at a time, when it is asked for, and show progress.
 *
 * Honest data: a source's publisher, date and URL go into the CSL only when the API has them; an
 * unknown publisher is left out, never invented; a date keeps its precision (a year-only date is a
 * year, never padded to a day) and a date the sources call approximate is marked `circa`. The
 * evidence's excerpts are not copied into citations: they are the publishers' words, and a citation
 * points to where they are (the locator).
 *
 * References:
 * - CSL-JSON items: https://github.com/citation-style-language/schema (csl-data.json) and
 *   https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 * - CSL cite items (`locator`, `label`, `suffix`): csl-citation.json in the same schema repository, and
 *   the locator terms of the CSL 1.0.2 specification: https://docs.citationstyles.org/en/stable/specification.html#locators
 * - Citation.js's CSL output (options `style`, `lang`, `format`, `entry`):
 *   https://citation.js.org/api/0.8/module-@citation-js_plugin-csl.html
 */
import { Cite, plugins, type Register } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicagoAuthorDate from './csl/chicago-author-date.csl?raw';
import pkg from '../../package.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------------
// Input: the evidence as the API returns it (explorer/src/api.ts `Evidence`; schema/node.graphql
// `Evidence`, `Source` and `PartialDate`).

/** How precise a date is (schema `DatePrecision`). */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
/** Whether a date is known (schema `DateStatus`). */
export type DateStatus = 'KNOWN' | 'APPROXIMATE' | 'UNKNOWN' | 'DISPUTED' | 'PLANNED';

/** A date only as precise as its source (schema `PartialDate`): value "1985", "1988-01" or "1985-09-03". */
export interface CitableDate {
  value: string | null;
  precision: DatePrecision | null;
  status: DateStatus;
}

/** A cited document or public-record page (schema `Source`). */
export interface CitableSource {
  id: string;
  kind: 'DOCUMENT' | 'PUBLIC_RECORD';
  title: string;
  url: string | null;
  publisher: string | null;
  published: CitableDate | null;
}

/** One piece of evidence (schema `Evidence`): the source, where in it ("§2.1", "Preamble") and the quote. */
export interface CitableEvidence {
  source: CitableSource;
  locator: string | null;
  excerpt: string | null;
}

/** Anything that carries evidence: an edge (`EdgeSummary`) or a node's details (`NodeDetails`). */
export interface WithEvidence {
  evidence?: readonly CitableEvidence[] | null;
}

/** The current view: its URL (the explorer's address for it), when it was seen, and what is visible. */
export interface CitableView {
  /** The view's URL, e.g. `https://host/explore/?ids=…`; left out when empty. */
  url: string | null;
  /** When the view was accessed; cited as its local calendar day. */
  accessed: Date;
  edges?: readonly WithEvidence[];
  nodes?: readonly WithEvidence[];
}

// ---------------------------------------------------------------------------------------------------
// Output: CSL-JSON.

/** A CSL-JSON date: `date-parts` holds one date of 1 to 3 parts (year, month, day). */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
  circa?: boolean;
}

/** The CSL-JSON item fields Kizuna fills (csl-data.json). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'document' | 'webpage' | 'dataset';
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  version?: string;
  /** For sources: the places cited, e.g. "Cited at: §2.1; Preamble" (BibTeX `note`, RIS `N1`). */
  note?: string;
}

/**
 * A CSL cite item (csl-citation.json): which item an in-text citation points at and where in it.
 * A locator CSL has a term for ("§2.1" → section 2.1, "para. 3" → paragraph 3) becomes `locator` +
 * `label`; any other ("Preamble", "trade section, para. 2") is kept verbatim as a `suffix`, since a
 * `locator` without a matching label is printed as a page number.
 */
export interface CslCiteItem {
  id: string;
  locator?: string;
  label?: 'section' | 'paragraph';
  suffix?: string;
}

/** What to cite: the bibliography's items and the in-text citation's cite items, in order. */
export interface CslCitation {
  items: CslItem[];
  cites: CslCiteItem[];
}

/** The dataset's title, as in CITATION.cff. */
export const KIZUNA_TITLE = 'Kizuna: A knowledge graph of Canada–Japan cooperation';
/** The dataset's author: Kizuna names no individual authors. */
export const KIZUNA_AUTHOR = 'Kizuna contributors';
/** The dataset's version: package.json's, as in CITATION.cff. */
export const KIZUNA_VERSION: string = pkg.version;
/** The dataset item's id and BibTeX key. */
export const KIZUNA_ITEM_ID = 'kizuna';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PARTS: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };

/**
 * A `PartialDate` as a CSL date, at the precision the API states and never finer: "2013" (YEAR) →
 * `[[2013]]`, "2023-09-21" (DAY) → `[[2023, 9, 21]]`, APPROXIMATE → `circa: true`. Undefined when there
 * is no value, or the status is UNKNOWN, DISPUTED or PLANNED (not a date the work was published on).
 */
export function cslDate(date: CitableDate | null | undefined): CslDate | undefined {
  if (!date?.value || (date.status !== 'KNOWN' && date.status !== 'APPROXIMATE')) return undefined;
  const match = DATE.exec(date.value.trim());
  if (!match) return undefined;
  const given = [match[1], match[2], match[3]].filter((part): part is string => part !== undefined).map(Number);
  const parts = given.slice(0, date.precision ? PARTS[date.precision] : given.length) as CslDate['date-parts'][0];
  return date.status === 'APPROXIMATE' ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A BibTeX key for an id: Citation.js keeps a `citation-key` only when it has no punctuation (else it
 * makes one up from the year and title), so `doc-moc-2023` becomes `doc_moc_2023`.
 */
function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, '_');
}

/** A source as a CSL-JSON item: a document or a web page; no author (the API records none). */
function sourceItem(source: CitableSource, locators: readonly string[]): CslItem {
  const item: CslItem = {
    id: source.id,
    'citation-key': bibtexKey(source.id),
    type: source.kind === 'PUBLIC_RECORD' ? 'webpage' : 'document',
    title: source.title,
  };
  const publisher = nonEmpty(source.publisher);
  if (publisher) item.publisher = publisher;
  const issued = cslDate(source.published);
  if (issued) item.issued = issued;
  const url = nonEmpty(source.url);
  if (url) item.URL = url;
  if (locators.length) item.note = `Cited at: ${locators.join('; ')}`;
  return item;
}

/** A Kizuna locator as a CSL cite item (see `CslCiteItem`). */
export function citeItem(sourceId: string, locator: string | null | undefined): CslCiteItem {
  const text = nonEmpty(locator);
  if (!text) return { id: sourceId };
  const section = /^§\s*(\d+(?:\.\d+)*)$/.exec(text);
  if (section?.[1]) return { id: sourceId, label: 'section', locator: section[1] };
  const paragraph = /^para\.\s*(\d+)$/.exec(text);
  if (paragraph?.[1]) return { id: sourceId, label: 'paragraph', locator: paragraph[1] };
  return { id: sourceId, suffix: `, ${text}` };
}

/** The distinct sources of some evidence, in first-seen order, with the distinct locators cited in each. */
function collect(evidence: Iterable<CitableEvidence>): { source: CitableSource; locators: string[] }[] {
  const bySource = new Map<string, { source: CitableSource; locators: string[] }>();
  for (const { source, locator } of evidence) {
    let entry = bySource.get(source.id);
    if (!entry) bySource.set(source.id, (entry = { source, locators: [] }));
    const text = nonEmpty(locator);
    if (text && !entry.locators.includes(text)) entry.locators.push(text);
  }
  return [...bySource.values()];
}

/**
 * Evidence → CSL: one item per distinct source (`id` the source id; `type` `document`
 * for DOCUMENT, `webpage` for PUBLIC_RECORD; `title`; `publisher`, `issued` and `URL` only when known;
 * `note` "Cited at: <locators>"; BibTeX key the id with `_` for punctuation), and one cite item per distinct (source, locator) for the in-text
 * citation. Empty evidence gives `{ items: [], cites: [] }`.
 */
export function evidenceToCsl(evidence: readonly CitableEvidence[]): CslCitation {
  const sources = collect(evidence);
  return {
    items: sources.map(({ source, locators }) => sourceItem(source, locators)),
    cites: sources.flatMap(({ source, locators }) =>
      locators.length ? locators.map((locator) => citeItem(source.id, locator)) : [citeItem(source.id, null)],
    ),
  };
}

/** An edge's evidence as CSL (see `evidenceToCsl`); takes the API's `EdgeSummary` as is. */
export function edgeToCsl(edge: WithEvidence): CslCitation {
  return evidenceToCsl(edge.evidence ?? []);
}

/** A node's evidence as CSL (see `evidenceToCsl`); takes the API's `NodeDetails` as is. */
export function nodeToCsl(node: WithEvidence): CslCitation {
  return evidenceToCsl(node.evidence ?? []);
}

function calendarDay(date: Date): CslDate {
  return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

/**
 * The Kizuna dataset as a CSL `dataset` item: title, author "Kizuna contributors" (an organisation,
 * as CSL `literal`), version (package.json), and the URL and access date when given. No `issued`:
 * Kizuna has no release date to state, so styles print "n.d." rather than an invented year.
 */
export function datasetItem(options: { url?: string | null; accessed?: Date | null } = {}): CslItem {
  const item: CslItem = {
    id: KIZUNA_ITEM_ID,
    'citation-key': KIZUNA_ITEM_ID,
    type: 'dataset',
    title: KIZUNA_TITLE,
    author: [{ literal: KIZUNA_AUTHOR }],
    version: KIZUNA_VERSION,
  };
  const url = nonEmpty(options.url);
  if (url) item.URL = url;
  if (options.accessed) item.accessed = calendarDay(options.accessed);
  return item;
}

/** The Kizuna dataset alone as CSL (see `datasetItem`): what the README's "how to cite" shows. */
export function datasetToCsl(options: { url?: string | null; accessed?: Date | null } = {}): CslCitation {
  return { items: [datasetItem(options)], cites: [{ id: KIZUNA_ITEM_ID }] };
}

/**
 * The current view as CSL: first the Kizuna dataset (`datasetItem` with the view's URL and access
 * date), then the distinct sources of the evidence of every visible edge and node, in first-seen
 * order, without locator notes (a view cites whole sources). The in-text citation cites them all.
 */
export function viewToCsl(view: CitableView): CslCitation {
  const evidence = [...(view.edges ?? []), ...(view.nodes ?? [])].flatMap((entry) => entry.evidence ?? []);
  const sources = collect(evidence).map(({ source }) => sourceItem(source, []));
  const items = [datasetItem({ url: view.url, accessed: view.accessed }), ...sources];
  return { items, cites: items.map((item) => ({ id: item.id })) };
}

// ---------------------------------------------------------------------------------------------------
// Formatting, by Citation.js.

/** The reference styles: APA 7th edition (plugin-csl's built-in `apa`) and Chicago 18th edition author-date. */
export type CitationStyle = 'apa' | 'chicago';
/** Every output: the two styles' reference lists, BibTeX and RIS. */
export type CitationFormat = CitationStyle | 'bibtex' | 'ris';
/** Plain text, or HTML (citeproc-js escapes the data; italics as `<i>`). */
export interface StyleOptions {
  format?: 'text' | 'html';
}

/** The name the vendored explorer/src/csl/chicago-author-date.csl is registered under. */
const CHICAGO = 'chicago-author-date';
const STYLE: Record<CitationStyle, string> = { apa: 'apa', chicago: CHICAGO };

const cslStyles = (plugins.config.get('@csl') as { styles: Register<string> }).styles;
if (!cslStyles.has(CHICAGO)) cslStyles.add(CHICAGO, chicagoAuthorDate);

function cite(citation: CslCitation): Cite {
  // Citation.js keeps and annotates what it is given: hand it a copy.
  return new Cite(structuredClone(citation.items));
}

/**
 * The reference list in APA or Chicago author-date, one entry per line (text) or a
 * `<div class="csl-bib-body">` (html), sorted as the style sorts; '' when there is nothing to cite.
 */
export function formatBibliography(citation: CslCitation, style: CitationStyle, options: StyleOptions = {}): string {
  if (!citation.items.length) return '';
  return cite(citation)
    .format('bibliography', { style: STYLE[style], format: options.format ?? 'text', lang: 'en-US' })
    .trim();
}

/** The in-text citation with its locators, e.g. "(Title, 2023, Section 3; …)"; '' when there is nothing to cite. */
export function formatInText(citation: CslCitation, style: CitationStyle, options: StyleOptions = {}): string {
  if (!citation.cites.length) return '';
  return cite(citation).format('citation', {
    style: STYLE[style],
    format: options.format ?? 'text',
    lang: 'en-US',
    entry: structuredClone(citation.cites),
  });
}

/** BibTeX entries (`@misc{doc_moc_2023, …}`), each keyed by the item's `citation-key`; '' when there is nothing to cite. */
export function formatBibtex(citation: CslCitation): string {
  if (!citation.items.length) return '';
  const items = citation.items.map(withVersionNote);
  return `${cite({ items, cites: citation.cites }).format('bibtex', { format: 'text' }).trim()}\n`;
}

/**
 * BibTeX's `@misc` has no version field, and Citation.js writes the access date into `note` only when
 * there is no note: so an item with a version (the dataset) gets the note "Version 0.1.0 [Online;
 * accessed 2026-11-30]", in Citation.js's own words for the access date.
 */
function withVersionNote(item: CslItem): CslItem {
  if (!item.version || item.note) return item;
  const accessed = item.accessed?.['date-parts'][0];
  const day = accessed?.length === 3 ? accessed.map((part) => String(part).padStart(2, '0')).join('-') : undefined;
  return { ...item, note: day ? `Version ${item.version} [Online; accessed ${day}]` : `Version ${item.version}` };
}

/**
 * RIS records, one per item: `TY  - <type>` first, `ER  - ` last, one `TAG  - value` line per value.
 * Citation.js maps the fields (its `object` output); the lines are written here because its text output
 * hard-wraps every value at 70 characters, which cuts URLs and long titles in two for RIS readers.
 * '' when there is nothing to cite.
 */
export function formatRis(citation: CslCitation): string {
  if (!citation.items.length) return '';
  const records = cite(citation).format('ris', { format: 'object' });
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/\s*\n\s*/g, ' ')}`;
  return records
    .map((record) => {
      const { TY: type, ...tags } = record;
      const lines = Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => line(tag, value)));
      return [line('TY', [type].flat()[0] ?? 'GEN'), ...lines, 'ER  - '].join('\n');
    })
    .join('\n')
    .concat('\n');
}

/** One output by name: 'apa' and 'chicago' give the reference list as text. */
export function formatCitation(citation: CslCitation, format: CitationFormat): string {
  switch (format) {
    case 'apa':
    case 'chicago':
      return formatBibliography(citation, format);
    case 'bibtex':
      return formatBibtex(citation);
    case 'ris':
      return formatRis(citation);
  }
}

/** Every output at once, for a Cite dialog: `{ apa, chicago, bibtex, ris }`. */
export function formatAll(citation: CslCitation): Record<CitationFormat, string> {
  return {
    apa: formatCitation(citation, 'apa'),
    chicago: formatCitation(citation, 'chicago'),
    bibtex: formatCitation(citation, 'bibtex'),
    ris: formatCitation(citation, 'ris'),
  };
}
