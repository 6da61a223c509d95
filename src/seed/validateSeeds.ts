/**
 * Turns parsed seed files (docs/curating.md) into a SeedGraph, or reports every problem with its
 * file, record and field. Nothing is written unless this returns no problems: the loader's
 * all-or-nothing guarantee starts here.
 */
import { createHash } from 'node:crypto';
import type { Evidence, GraphNode, GraphRelationship, NodeLabel, PropertyValue, RelationshipType, SeedGraph } from '../model/vocabulary.js';
import {
  actorRoles,
  changeKinds,
  coverageHows,
  eventKinds,
  figureQualifiers,
  figureUnits,
  instrumentKinds,
  instrumentRelations,
  institutionKinds,
  mechanismKinds,
  modalities,
  nameKinds,
  participationRoles,
  provisionKinds,
  relationshipKey,
  relationshipTypes,
  sourceKinds,
  firmnessScale,
  type Firmness,
  type Modality,
} from '../model/vocabulary.js';
import { implausibleYear, periodEndsBeforeStart } from '../model/graphInvariants.js';
import { parseDate, type ParsedDate } from './parseDate.js';
import { normaliseWhitespace } from './normaliseWhitespace.js';
import { quotesWholeUnit } from './quotesWholeUnit.js';

export interface SeedFile {
  /** Path relative to seeds/, for messages. */
  path: string;
  data: unknown;
}

export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.record} › ${p.field}: ${p.message}`;
}

/** Returns the text an excerpt must appear in, or undefined when the source has none on disk. */
export type SourceTextReader = (source: { id: string; kind: string; file?: string }) => string | undefined;

/**
 * A node already in the graph. Curator writes validate one record against the database rather
 * than against every seed file: references to these ids count as defined, with these labels, and
 * an existing Source (kind, file) is checked for excerpts like a seeded one.
 */
export interface ExistingNode {
  label: NodeLabel;
  kind?: string;
  file?: string;
}

export interface ValidationOptions {
  existing?: ReadonlyMap<string, ExistingNode>;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_EXCERPT = 400;

const INSTRUMENT_KINDS: readonly string[] = instrumentKinds;
const INSTITUTION_KINDS: readonly string[] = institutionKinds;
const MECHANISM_KINDS: readonly string[] = mechanismKinds;
const EVENT_KINDS: readonly string[] = eventKinds;
const CHANGE_KINDS: readonly string[] = changeKinds;
const NAME_KINDS: readonly string[] = nameKinds;
const ROLES: readonly string[] = participationRoles;
const COVER_HOWS: readonly string[] = coverageHows;
const RELATIONS = instrumentRelations;
/** Relationships a curator may add on their own, with the qualifiers each takes (as in the seed records that define them). */
const LINK_QUALIFIERS = {
  PARTICIPATES_IN: ['role', 'asNamed', 'note'],
  CITES: ['note', 'asNamed'],
  BUILDS_ON: ['note', 'asNamed'],
  IMPLEMENTS: ['note', 'asNamed'],
  SUPERSEDES: ['note', 'asNamed'],
  AMENDS: ['note', 'asNamed'],
  COMMEMORATES: ['note', 'asNamed'],
  COVERS: ['how', 'year', 'asNamed'],
  ESTABLISHES: [],
  USES: ['note'],
  EVOLVED_INTO: ['note'],
  BROADER: [],
  PART_OF: [],
} as const satisfies Partial<Record<RelationshipType, readonly string[]>>;
const QUALIFIERS = ['role', 'how', 'year', 'asNamed', 'note'];
const INSTRUMENT_DATE_FIELDS = ['signedOn', 'announcedOn', 'adoptedOn', 'releasedOn', 'enteredIntoForceOn', 'finalizedOn'] as const;
export const SECTIONS = [
  'sources',
  'countries',
  'institutions',
  'changeEvents',
  'technologyAreas',
  'policyTopics',
  'mechanisms',
  'events',
  'instruments',
  'posts',
  'people',
  'provisions',
  'figures',
] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Short, stable id for a derived node (names, date claims) from its owner and content. */
function derivedId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 10)}`;
}

/** Reads one record's fields, reporting problems against file › record › field. */
class RecordReader {
  constructor(
    private readonly v: SeedValidator,
    readonly file: string,
    readonly record: string,
    readonly obj: Obj,
  ) {}

  problem(field: string, message: string): void {
    this.v.problems.push({ file: this.file, record: this.record, field, message });
  }

  str(field: string, required = false): string | undefined {
    const value = this.obj[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, 'is required');
      return undefined;
    }
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, `must be a non-empty string, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value.trim().replace(/\s+/g, ' ');
  }

  /** A required choice; when `fallback` is given, a missing value takes it instead of being reported. */
  oneOf(field: string, allowed: readonly string[], fallback?: string): string | undefined {
    const value = this.str(field, fallback === undefined) ?? fallback;
    if (value !== undefined && !allowed.includes(value)) {
      this.problem(field, `must be one of ${allowed.join(', ')}; got "${value}"`);
      return undefined;
    }
    return value;
  }

  id(field = 'id'): string | undefined {
    const value = this.str(field, true);
    // Stryker disable next-line ConditionalExpression: without the guard ID_PATTERN.test(undefined) tests the string "undefined", a valid slug, so a missing id still returns undefined with no second problem.
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.problem(field, `"${value}" is not a lowercase slug (letters a–z, digits, single dashes)`);
      return undefined;
    }
    return value;
  }

  date(field: string): ParsedDate | undefined {
    const raw = this.obj[field];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      this.problem(field, `must be a quoted date "YYYY", "YYYY-MM" or "YYYY-MM-DD"; got ${JSON.stringify(raw)}`);
      return undefined;
    }
    const parsed = parseDate(String(raw));
    if (!parsed) this.problem(field, `"${String(raw)}" is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"`);
    // One plausible range for every date a seed or a curator writes (src/model/graphInvariants.ts).
    const implausible = parsed && implausibleYear(parsed.year);
    if (implausible) {
      this.problem(field, `"${String(raw)}" is not a plausible date: ${implausible}`);
      return undefined;
    }
    return parsed;
  }

  bool(field: string): boolean | undefined {
    const value = this.obj[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') this.problem(field, `must be true or false; got ${JSON.stringify(value)}`);
    return typeof value === 'boolean' ? value : undefined;
  }

  list(field: string): unknown[] {
    const value = this.obj[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(field, 'must be a list');
      return [];
    }
    return value;
  }

  /** A list of ids (short form) or of objects (long form, with their own evidence). */
  idList(field: string): string[] {
    return this.list(field).flatMap((item, i) => {
      if (typeof item === 'string' && ID_PATTERN.test(item)) return [item];
      this.problem(`${field}[${i}]`, `must be an id (lowercase slug); got ${JSON.stringify(item)}`);
      return [];
    });
  }

  evidence(field: string, required: boolean, value: unknown = this.obj[field]): Evidence[] {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
      if (required) this.problem(field, 'is required: a list of { source, locator, excerpt }');
      return [];
    }
    if (!Array.isArray(value)) {
      this.problem(field, 'must be a list of { source, locator, excerpt }');
      return [];
    }
    return value.flatMap((item, i) => {
      const at = `${field}[${i}]`;
      if (!isObj(item)) {
        this.problem(at, 'must be { source, locator, excerpt }');
        return [];
      }
      const sub = new RecordReader(this.v, this.file, this.record, item);
      const source = sub.str('source');
      const locator = sub.str('locator');
      const excerpt = sub.str('excerpt');
      const note = sub.str('note');
      const missing = [!source && 'source', !locator && 'locator', !excerpt && 'excerpt'].filter(Boolean);
      if (!source || !locator || !excerpt) {
        this.problem(at, `needs ${missing.join(', ')}`);
        return [];
      }
      if (excerpt.length > MAX_EXCERPT) this.problem(`${at}.excerpt`, `is ${excerpt.length} characters; keep excerpts to ${MAX_EXCERPT}`);
      this.v.excerptChecks.push({ file: this.file, record: this.record, field: `${at}.excerpt`, source, excerpt });
      return [note ? { source, locator, excerpt, note } : { source, locator, excerpt }];
    });
  }
}

interface ExcerptCheck {
  file: string;
  record: string;
  field: string;
  source: string;
  excerpt: string;
  /** A provision's text (a whole unit of the source, after its `leadIn` if any) or lead-in (`opening`: it starts one); see quotesWholeUnit. */
  wholeUnit?: { leadIn?: string; opening?: boolean };
}

/** The provision's text as its evidence excerpt: whole when short, else its opening words (still verbatim). */
function shortExcerpt(text: string): string {
  if (text.length <= MAX_EXCERPT) return text;
  const cut = text.slice(0, MAX_EXCERPT);
  return cut.slice(0, cut.lastIndexOf(' '));
}

/** The weaker of the governing verb's firmness and the action verb's, when the vocabulary lists the latter. */
export function firmnessOf(modality: Modality, verb?: string): Firmness {
  const own = modalities[modality];
  const key = verb?.toLowerCase();
  const ofVerb = key !== undefined && key in modalities ? modalities[key as Modality] : undefined;
  return ofVerb !== undefined && firmnessScale.indexOf(ofVerb) < firmnessScale.indexOf(own) ? ofVerb : own;
}

const evidenceProps = (evidence: Evidence[]): Record<string, PropertyValue> => ({
  evSource: evidence.map((e) => e.source),
  evLocator: evidence.map((e) => e.locator),
  evExcerpt: evidence.map((e) => e.excerpt),
  evNote: evidence.map((e) => e.note ?? ''),
});

function dateProps(field: string, date: ParsedDate | undefined): Record<string, PropertyValue> {
  return date ? { [field]: date.value, [`${field}Precision`]: date.precision } : {};
}

class SeedValidator {
  readonly problems: Problem[] = [];
  readonly excerptChecks: ExcerptCheck[] = [];
  readonly nodes: GraphNode[] = [];
  readonly relationships: GraphRelationship[] = [];
  private readonly sources = new Map<string, { id: string; kind: string; file?: string }>();

  constructor(private readonly existing?: ReadonlyMap<string, ExistingNode>) {}

  node(r: RecordReader, label: NodeLabel, id: string, props: Record<string, PropertyValue>, evidence: Evidence[]): void {
    this.nodes.push({ label, id, props: { ...props, ...evidenceProps(evidence) }, evidence, origin: `${r.file} › ${r.record}` });
  }

  rel(
    r: RecordReader,
    type: RelationshipType,
    from: string,
    to: string,
    evidence: Evidence[],
    props: Record<string, PropertyValue> = {},
    key = '',
  ): void {
    this.relationships.push({
      type,
      from,
      to,
      key,
      props: { ...props, ...evidenceProps(evidence) },
      evidence,
      origin: `${r.file} › ${r.record}`,
    });
  }

  /** A relationship given in long form `{ <target>: id, evidence, ... }` or short form `id`. */
  linkItems(
    r: RecordReader,
    field: string,
    targetKey: string,
    parentEvidence: Evidence[],
  ): { target: string; item: RecordReader; evidence: Evidence[] }[] {
    return r.list(field).flatMap((raw, i) => {
      const at = `${field}[${i}]`;
      if (typeof raw === 'string') {
        if (!ID_PATTERN.test(raw)) {
          r.problem(at, `"${raw}" is not an id`);
          return [];
        }
        return [{ target: raw, item: new RecordReader(this, r.file, r.record, {}), evidence: parentEvidence }];
      }
      if (!isObj(raw)) {
        r.problem(at, `must be an id or { ${targetKey}, evidence, … }`);
        return [];
      }
      const item = new RecordReader(this, r.file, `${r.record} › ${at}`, raw);
      const target = item.id(targetKey);
      const evidence = item.evidence('evidence', false);
      if (!target) return [];
      return [{ target, item, evidence: evidence.length > 0 ? evidence : parentEvidence }];
    });
  }

  run(files: SeedFile[], readText: SourceTextReader): SeedGraph {
    const records = Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as Record<
      Section,
      { file: string; obj: Obj; index: number }[]
    >;
    for (const f of files) {
      if (f.data === null || f.data === undefined) continue;
      if (!isObj(f.data)) {
        this.problems.push({
          file: f.path,
          record: '(file)',
          field: '(top level)',
          message: `must be a map of lists: ${SECTIONS.join(', ')}`,
        });
        continue;
      }
      for (const [section, list] of Object.entries(f.data)) {
        if (!isSection(section)) {
          this.problems.push({ file: f.path, record: '(file)', field: section, message: `unknown list; allowed: ${SECTIONS.join(', ')}` });
          continue;
        }
        if (!Array.isArray(list)) {
          this.problems.push({ file: f.path, record: '(file)', field: section, message: 'must be a list' });
          continue;
        }
        list.forEach((obj, index) => {
          if (!isObj(obj))
            this.problems.push({ file: f.path, record: `${section}[${index}]`, field: '(record)', message: 'must be a map' });
          else records[section].push({ file: f.path, obj, index });
        });
      }
    }
    const reader = (section: Section, rec: { file: string; obj: Obj; index: number }): RecordReader =>
      new RecordReader(this, rec.file, typeof rec.obj.id === 'string' ? rec.obj.id : `${section}[${rec.index}]`, rec.obj);

    for (const rec of records.sources) this.source(reader('sources', rec));
    for (const rec of records.countries) this.country(reader('countries', rec));
    for (const rec of records.institutions) this.institution(reader('institutions', rec));
    for (const rec of records.changeEvents) this.changeEvent(reader('changeEvents', rec));
    for (const rec of records.technologyAreas) this.technologyArea(reader('technologyAreas', rec));
    for (const rec of records.policyTopics) this.technologyArea(reader('policyTopics', rec), 'PolicyTopic');
    for (const rec of records.mechanisms) this.mechanism(reader('mechanisms', rec));
    for (const rec of records.events) this.event(reader('events', rec));
    for (const rec of records.instruments) this.instrument(reader('instruments', rec));
    for (const rec of records.posts) this.post(reader('posts', rec));
    for (const rec of records.people) this.person(reader('people', rec));
    // A provision's position counts within its instrument (or review), in file order: Provision.position is 0-based there.
    const positions = new Map<unknown, number>();
    for (const rec of records.provisions) {
      const position = positions.get(rec.obj.of) ?? 0;
      positions.set(rec.obj.of, position + 1);
      this.provision(reader('provisions', rec), position);
    }
    for (const rec of records.figures) this.figure(reader('figures', rec));

    this.checkIdentity();
    this.checkExcerpts(readText);
    return { nodes: this.nodes, relationships: this.relationships };
  }

  /** One relationship on its own `{ type, from, to, <qualifiers>, evidence }` (a curator's addRelationship). */
  runRelationship(file: SeedFile, readText: SourceTextReader): SeedGraph {
    if (!isObj(file.data)) {
      this.problems.push({ file: file.path, record: 'relationship', field: '(record)', message: 'must be a map' });
      return { nodes: [], relationships: [] };
    }
    this.relationship(new RecordReader(this, file.path, 'relationship', file.data));
    this.checkIdentity();
    this.checkExcerpts(readText);
    return { nodes: this.nodes, relationships: this.relationships };
  }

  private relationship(r: RecordReader): void {
    const type = r.oneOf('type', Object.keys(LINK_QUALIFIERS)) as keyof typeof LINK_QUALIFIERS | undefined;
    const from = r.id('from');
    const to = r.id('to');
    const evidence = r.evidence('evidence', true);
    // Without a type there is no telling which qualifiers apply: they are checked once it is fixed.
    if (!type) return;
    const allowed: readonly string[] = LINK_QUALIFIERS[type];
    for (const q of QUALIFIERS) {
      if (r.obj[q] !== undefined && r.obj[q] !== null && !allowed.includes(q)) {
        r.problem(q, `does not apply to ${type}; it takes ${allowed.length > 0 ? allowed.join(', ') : 'no qualifiers'}`);
      }
    }
    const props: Record<string, PropertyValue> = {};
    if (allowed.includes('role')) props.role = r.oneOf('role', ROLES) ?? null;
    if (allowed.includes('how')) props.how = r.oneOf('how', COVER_HOWS, 'listed') ?? null;
    if (allowed.includes('year')) {
      const year = r.obj.year;
      if (year !== undefined && year !== null && !Number.isInteger(year)) r.problem('year', 'must be a year such as 1986');
      props.year = Number.isInteger(year) ? (year as number) : null;
    }
    for (const q of ['asNamed', 'note'] as const) if (allowed.includes(q)) props[q] = r.str(q) ?? null;
    if (!from || !to || (allowed.includes('role') && !props.role) || (allowed.includes('how') && !props.how)) return;
    this.rel(r, type, from, to, evidence, props, String(props.role ?? props.how ?? ''));
  }

  private source(r: RecordReader): void {
    const id = r.id();
    const kind = r.oneOf('kind', sourceKinds);
    const title = r.str('title', true);
    const file = r.str('file');
    const url = r.str('url');
    if (kind === 'document' && !file) r.problem('file', 'is required for a document: the path of its text under seeds/');
    if (kind === 'public-record' && !url) r.problem('url', 'is required for a public-record source');
    const published = r.date('published');
    const omit = r.list('omit').filter(isObj);
    for (const [i, o] of omit.entries()) if (typeof o.text === 'string' && id) this.checkVerbatim(r, `omit[${i}].text`, id, o.text);
    if (!id || !kind || !title) return;
    this.sources.set(id, { id, kind, ...(file ? { file } : {}) });
    // A source is itself the provenance; it carries no evidence of its own.
    this.node(
      r,
      'Source',
      id,
      {
        id,
        kind,
        title,
        file: file ?? null,
        url: url ?? null,
        publisher: r.str('publisher') ?? null,
        ...dateProps('published', published),
        publishedNote: r.str('publishedNote') ?? null,
        omitText: omit.map((o) => String(o.text)),
        omitReason: omit.map((o) => String(o.reason)),
      },
      [],
    );
  }

  private country(r: RecordReader): void {
    const id = r.id();
    const name = r.str('name', true);
    const evidence = r.evidence('evidence', true);
    if (!id || !name) return;
    this.node(r, 'Country', id, { id, name, iso: r.str('iso') ?? null }, evidence);
  }

  private names(r: RecordReader, ownerId: string, evidence: Evidence[]): void {
    r.list('names').forEach((raw, i) => {
      const at = `names[${i}]`;
      if (!isObj(raw)) {
        r.problem(at, 'must be { value, kind, from?, to?, evidence? }');
        return;
      }
      const n = new RecordReader(this, r.file, `${r.record} › ${at}`, raw);
      const value = n.str('value', true);
      const kind = n.oneOf('kind', NAME_KINDS);
      const from = n.date('from');
      const to = n.date('to');
      const backwards = periodEndsBeforeStart(from?.value, to?.value);
      if (backwards) n.problem('to', `the name's period ${backwards}`);
      const own = n.evidence('evidence', false);
      if (!value || !kind) return;
      const id = derivedId('name', ownerId, kind, value);
      this.node(
        n,
        'Name',
        id,
        {
          id,
          value,
          kind,
          lang: kind === 'japanese' ? 'ja' : (n.str('lang') ?? 'en'),
          ...dateProps('from', from),
          ...dateProps('to', to),
          note: n.str('note') ?? null,
        },
        own.length > 0 ? own : evidence,
      );
      this.rel(n, 'HAS_NAME', ownerId, id, own.length > 0 ? own : evidence);
    });
  }

  private dateClaims(r: RecordReader, ownerId: string): Map<string, string[]> {
    const byField = new Map<string, string[]>();
    r.list('dateClaims').forEach((raw, i) => {
      const at = `dateClaims[${i}]`;
      if (!isObj(raw)) {
        r.problem(at, 'must be { field, value, evidence }');
        return;
      }
      const c = new RecordReader(this, r.file, `${r.record} › ${at}`, raw);
      const field = c.str('field', true);
      const date = c.date('value');
      if (raw.value === undefined || raw.value === null) c.problem('value', 'is required');
      const evidence = c.evidence('evidence', true);
      if (!field || !date) return;
      const id = derivedId('claim', ownerId, field, date.value, evidence.map((e) => e.source).join(','));
      this.node(
        c,
        'DateClaim',
        id,
        { id, field, value: date.value, precision: date.precision, year: date.year, note: c.str('note') ?? null },
        evidence,
      );
      this.rel(c, 'HAS_DATE_CLAIM', ownerId, id, evidence);
      byField.set(field, [...(byField.get(field) ?? []), date.value]);
    });
    return byField;
  }

  /** A dated field, reconciled with any claims about it: agreeing claims confirm, differing ones make it disputed. */
  private datedField(r: RecordReader, field: string, claims: Map<string, string[]>): Record<string, PropertyValue> {
    const date = r.date(field);
    const claimed = [...new Set(claims.get(field) ?? [])];
    const approximate = r.bool(`${field}Approximate`) ?? false;
    // "will open in May 2019": the source states an intention, not that it happened.
    const planned = r.bool(`${field}Planned`) ?? false;
    const note = r.str(`${field}Note`) ?? null;
    if (claimed.length > 1 || (date && claimed.length === 1 && claimed[0] !== date.value)) {
      return { [field]: null, [`${field}Status`]: 'disputed', [`${field}Note`]: note };
    }
    // Here there is at most one claimed value: several make the field disputed above.
    const effective = date ?? (claimed[0] ? parseDate(claimed[0]) : undefined);
    if (!effective) return { [`${field}Status`]: 'unknown', [`${field}Note`]: note };
    return {
      ...dateProps(field, effective),
      [`${field}Year`]: effective.year,
      [`${field}Status`]: planned ? 'planned' : approximate ? 'approximate' : 'known',
      [`${field}Note`]: note,
    };
  }

  /**
   * `participants: [{ institution, role }]` on what they take part in, or (`reverse`) a post's or a
   * person's own `participatesIn: [{ target, role }]`.
   */
  private participants(
    r: RecordReader,
    field: string,
    ownId: string,
    evidence: Evidence[],
    defaultRole?: string,
    direction: 'forward' | 'reverse' = 'forward',
  ): void {
    for (const { target, item, evidence: ev } of this.linkItems(r, field, direction === 'forward' ? 'institution' : 'target', evidence)) {
      const role = item.oneOf('role', ROLES, defaultRole);
      if (!role) continue;
      this.rel(
        item,
        'PARTICIPATES_IN',
        direction === 'forward' ? target : ownId,
        direction === 'forward' ? ownId : target,
        ev,
        { role, asNamed: item.str('asNamed') ?? null, note: item.str('note') ?? null },
        role,
      );
    }
  }

  private institution(r: RecordReader): void {
    const id = r.id();
    const kind = r.oneOf('kind', INSTITUTION_KINDS);
    const name = r.str('name', true);
    const country = r.str('country');
    const evidence = r.evidence('evidence', true);
    if (!id || !kind || !name) return;
    const claims = this.dateClaims(r, id);
    const founded = this.datedField(r, 'founded', claims);
    const dissolved = this.datedField(r, 'dissolved', claims);
    const backwards = periodEndsBeforeStart(founded.founded as string | undefined, dissolved.dissolved as string | undefined);
    if (backwards) r.problem('dissolved', `the institution's life ${backwards}`);
    this.node(
      r,
      'Institution',
      id,
      {
        id,
        kind,
        name,
        acronym: r.str('acronym') ?? null,
        country: country ?? null,
        summary: r.str('summary') ?? null,
        ...founded,
        ...dissolved,
      },
      evidence,
    );
    this.names(r, id, evidence);
    if (country) this.rel(r, 'IN_COUNTRY', id, country, evidence);
    this.partOf(r, id, 'institution', evidence);
    for (const { target, item, evidence: ev } of this.linkItems(r, 'memberOf', 'target', evidence))
      this.rel(item, 'MEMBER_OF', id, target, ev, { note: item.str('note') ?? null });
    for (const { target, item, evidence: ev } of this.linkItems(r, 'funds', 'target', evidence))
      this.rel(item, 'FUNDS', id, target, ev, { note: item.str('note') ?? null });
    this.supports(r, id, evidence);
  }

  /** `supports: [{ target, evidence }]`: "to support the Dialogue", which is not being part of it. */
  private supports(r: RecordReader, id: string, evidence: Evidence[]): void {
    for (const { target, item, evidence: ev } of this.linkItems(r, 'supports', 'target', evidence))
      this.rel(item, 'SUPPORTS', id, target, ev, { note: item.str('note') ?? null, asNamed: item.str('asNamed') ?? null });
  }

  /** W3C ORG Post: a position in an institution, e.g. a Bureau Director-General of METI. */
  private post(r: RecordReader): void {
    const id = r.id();
    const title = r.str('title', true);
    const evidence = r.evidence('evidence', true);
    const postIn = r.str('postIn');
    if (!id || !title) return;
    this.node(
      r,
      'Post',
      id,
      { id, title, name: title, rank: r.str('rank') ?? null, postInNote: r.str('postInNote') ?? null, summary: r.str('summary') ?? null },
      evidence,
    );
    if (postIn) this.rel(r, 'POST_IN', id, postIn, evidence);
    this.participants(r, 'participatesIn', id, evidence, undefined, 'reverse');
  }

  /** A person the sources name, with the posts they hold (W3C ORG org:holds). */
  private person(r: RecordReader): void {
    const id = r.id();
    const name = r.str('name', true);
    const evidence = r.evidence('evidence', true);
    if (!id || !name) return;
    this.node(r, 'Person', id, { id, name, summary: r.str('summary') ?? null }, evidence);
    for (const { target, item, evidence: ev } of this.linkItems(r, 'holds', 'post', evidence)) {
      const from = item.date('from');
      const to = item.date('to');
      const backwards = periodEndsBeforeStart(from?.value, to?.value);
      if (backwards) item.problem('to', `the holding's period ${backwards}`);
      this.rel(item, 'HOLDS', id, target, ev, { ...dateProps('from', from), ...dateProps('to', to), note: item.str('note') ?? null });
    }
    this.participants(r, 'participatesIn', id, evidence, undefined, 'reverse');
  }

  /**
   * A provision: one numbered section, paragraph or bullet of an instrument's text (or a review's
   * finding), verbatim. Its evidence is its own text in its source; its actors, topics and mentions
   * name words of that text (`asNamed`), which must occur in it.
   */
  private provision(r: RecordReader, order: number): void {
    const id = r.id();
    const of = r.id('of');
    const source = r.str('source', true);
    const locator = r.str('locator', true);
    const kind = r.oneOf('kind', provisionKinds);
    const text = r.str('text', true);
    const leadIn = r.str('leadIn');
    const modality = r.oneOf('modality', Object.keys(modalities), 'none') as Modality | undefined;
    const verb = r.str('verb');
    const reported = r.bool('reported') ?? false;
    if (!id || !of || !source || !locator || !kind || !text || !modality) return;
    const words = normaliseWhitespace(`${leadIn ?? ''} ${text}`).toLowerCase();
    const occurs = (phrase: string): boolean => words.includes(normaliseWhitespace(phrase).toLowerCase());
    if (modality !== 'none' && !occurs(modality)) r.problem('modality', `"${modality}" does not occur in the text or its lead-in`);
    if (verb && !occurs(verb)) r.problem('verb', `"${verb}" does not occur in the text`);
    const firmness = firmnessOf(modality, verb);
    for (const [field, value] of [
      ['text', text],
      ['leadIn', leadIn],
    ] as const)
      if (value) this.checkVerbatim(r, field, source, value, field === 'text' ? (leadIn ? { leadIn } : {}) : { opening: true });
    const evidence: Evidence[] = [{ source, locator, excerpt: shortExcerpt(text) }];
    this.node(
      r,
      'Provision',
      id,
      {
        id,
        kind,
        locator,
        text,
        leadIn: leadIn ?? null,
        modality,
        verb: verb ?? null,
        firmness,
        firmnessRank: firmnessScale.indexOf(firmness),
        reported,
        statedIn: source,
        order,
        note: r.str('note') ?? null,
      },
      evidence,
    );
    this.rel(r, 'HAS_PROVISION', of, id, evidence);
    const named = (item: RecordReader): string | null => {
      const asNamed = item.str('asNamed');
      if (asNamed && !occurs(asNamed)) item.problem('asNamed', `"${asNamed}" does not occur in the provision's text`);
      return asNamed ?? null;
    };
    for (const { target, item } of this.linkItems(r, 'actors', 'actor', evidence)) {
      const role = item.oneOf('role', actorRoles, 'acts');
      if (!role) continue;
      const asNamed = named(item);
      if (!asNamed) item.problem('asNamed', 'is required: the words of the text that name the actor');
      this.rel(item, 'ACTS_IN', target, id, evidence, { role, asNamed, note: item.str('note') ?? null }, role);
    }
    for (const { target, item } of this.linkItems(r, 'topics', 'topic', evidence))
      this.rel(item, 'ADDRESSES', id, target, evidence, { asNamed: named(item) });
    for (const { target, item } of this.linkItems(r, 'mentions', 'target', evidence))
      this.rel(item, 'MENTIONS', id, target, evidence, { asNamed: named(item) });
  }

  /** A number a source states as a fact, with its unit, qualifier ("over"), as-of date and what it is about. */
  private figure(r: RecordReader): void {
    const id = r.id();
    const measure = r.str('measure', true);
    const unit = r.oneOf('unit', figureUnits);
    const qualifier = r.oneOf('qualifier', figureQualifiers, 'exact');
    const asWritten = r.str('asWritten', true);
    const evidence = r.evidence('evidence', true);
    const value = r.obj.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) r.problem('value', `must be a number; got ${JSON.stringify(value)}`);
    if (asWritten && evidence.length > 0 && !evidence.some((e) => normaliseWhitespace(e.excerpt).includes(normaliseWhitespace(asWritten))))
      r.problem('asWritten', `"${asWritten}" does not occur in any of its excerpts`);
    const asOf = this.datedField(r, 'asOf', new Map());
    const periodFrom = r.date('periodFrom');
    const periodTo = r.date('periodTo');
    const backwards = periodEndsBeforeStart(periodFrom?.value, periodTo?.value);
    if (backwards) r.problem('periodTo', `the figure's period ${backwards}`);
    if (!id || !measure || !unit || !qualifier || !asWritten || typeof value !== 'number') return;
    this.node(
      r,
      'Figure',
      id,
      {
        id,
        name: measure,
        measure,
        value,
        unit,
        qualifier,
        asWritten,
        ...asOf,
        ...dateProps('periodFrom', periodFrom),
        ...dateProps('periodTo', periodTo),
        note: r.str('note') ?? null,
      },
      evidence,
    );
    for (const { target } of this.linkItems(r, 'about', 'target', evidence)) this.rel(r, 'ABOUT', id, target, evidence);
  }

  private checkVerbatim(
    r: RecordReader,
    field: string,
    source: string,
    excerpt: string,
    wholeUnit?: { leadIn?: string; opening?: boolean },
  ): void {
    this.excerptChecks.push({ file: r.file, record: r.record, field, source, excerpt, ...(wholeUnit ? { wholeUnit } : {}) });
  }

  /** An undated English Name node (an alias or an acronym) with the owner's evidence. */
  private plainName(r: RecordReader, ownerId: string, kind: 'other' | 'acronym', value: string, evidence: Evidence[]): void {
    const nameId = derivedId('name', ownerId, kind, value);
    this.node(r, 'Name', nameId, { id: nameId, value, kind, lang: 'en' }, evidence);
    this.rel(r, 'HAS_NAME', ownerId, nameId, evidence);
  }

  private partOf(r: RecordReader, id: string, targetKey: string, evidence: Evidence[]): void {
    const raw = r.obj.partOf;
    if (raw === undefined || raw === null) return;
    const wrapped = new RecordReader(this, r.file, r.record, { partOf: [raw] });
    for (const { target, evidence: ev } of this.linkItems(wrapped, 'partOf', targetKey, evidence)) this.rel(r, 'PART_OF', id, target, ev);
  }

  private changeEvent(r: RecordReader): void {
    const id = r.id();
    const kind = r.oneOf('kind', CHANGE_KINDS);
    const evidence = r.evidence('evidence', true);
    const originals = r.idList('originals');
    const results = r.idList('results');
    if (originals.length === 0) r.problem('originals', 'needs at least one institution id');
    if (results.length === 0) r.problem('results', 'needs at least one institution id');
    if (!id || !kind) return;
    const claims = this.dateClaims(r, id);
    const dated = this.datedField(r, 'date', claims);
    this.node(r, 'ChangeEvent', id, { id, kind, summary: r.str('summary') ?? null, ...dated }, evidence);
    for (const o of originals) this.rel(r, 'ORIGINAL_ORGANIZATION', id, o, evidence);
    for (const o of results) this.rel(r, 'RESULTING_ORGANIZATION', id, o, evidence);
  }

  /** A technology area, or (label PolicyTopic) a policy topic: the same shape, a different concept scheme. */
  private technologyArea(r: RecordReader, label: 'TechnologyArea' | 'PolicyTopic' = 'TechnologyArea'): void {
    const id = r.id();
    const name = r.str('name', true);
    const evidence = r.evidence('evidence', true);
    if (!id || !name) return;
    const aliases = r.list('aliases').flatMap((alias, i) => {
      if (typeof alias === 'string') return [alias];
      r.problem(`aliases[${i}]`, `must be a name (text); got ${JSON.stringify(alias)}`);
      return [];
    });
    this.node(r, label, id, { id, name, aliases, summary: r.str('summary') ?? null }, evidence);
    for (const alias of aliases) this.plainName(r, id, 'other', alias, evidence);
    for (const broader of r.idList('broader')) this.rel(r, 'BROADER', id, broader, evidence);
    for (const { target, item, evidence: ev } of this.linkItems(r, 'evolvedFrom', label === 'PolicyTopic' ? 'topic' : 'area', evidence)) {
      this.rel(item, 'EVOLVED_INTO', target, id, ev, { note: item.str('note') ?? null });
    }
  }

  private mechanism(r: RecordReader): void {
    const id = r.id();
    const kind = r.oneOf('kind', MECHANISM_KINDS);
    const name = r.str('name', true);
    const evidence = r.evidence('evidence', true);
    const country = r.str('country');
    if (!id || !kind || !name) return;
    const claims = this.dateClaims(r, id);
    this.node(
      r,
      'Mechanism',
      id,
      {
        id,
        kind,
        name,
        acronym: r.str('acronym') ?? null,
        country: country ?? null,
        status: r.str('status') ?? null,
        summary: r.str('summary') ?? null,
        frequency: r.str('frequency') ?? null,
        level: r.str('level') ?? null,
        ...this.datedField(r, 'established', claims),
      },
      evidence,
    );
    const acronym = r.str('acronym');
    if (acronym) this.plainName(r, id, 'acronym', acronym, evidence);
    this.names(r, id, evidence);
    if (country) this.rel(r, 'IN_COUNTRY', id, country, evidence);
    this.partOf(r, id, 'mechanism', evidence);
    this.participants(r, 'participants', id, evidence);
    for (const inst of r.idList('runBy'))
      this.rel(r, 'PARTICIPATES_IN', inst, id, evidence, { role: 'implementer', asNamed: null, note: null }, 'implementer');
    this.supports(r, id, evidence);
  }

  private event(r: RecordReader): void {
    const id = r.id();
    const kind = r.oneOf('kind', EVENT_KINDS);
    const name = r.str('name', true);
    const evidence = r.evidence('evidence', true);
    if (!id || !kind || !name) return;
    const claims = this.dateClaims(r, id);
    const dated = this.datedField(r, 'date', claims);
    this.node(
      r,
      'Event',
      id,
      {
        id,
        kind,
        name,
        nameJa: r.str('nameJa') ?? null,
        place: r.str('place') ?? null,
        status: r.str('status') ?? null,
        summary: r.str('summary') ?? null,
        ...dated,
      },
      evidence,
    );
    this.partOf(r, id, 'mechanism', evidence);
    for (const { target, evidence: ev } of this.linkItems(r, 'concerns', 'target', evidence)) this.rel(r, 'CONCERNS', id, target, ev);
    this.participants(r, 'participants', id, evidence, 'participant');
  }

  private instrument(r: RecordReader): void {
    const id = r.id();
    const kind = r.oneOf('kind', INSTRUMENT_KINDS);
    const title = r.str('title', true);
    const evidence = r.evidence('evidence', true);
    // Dates are checked even when the record is already invalid, so one run reports every problem.
    const claims = this.dateClaims(r, id ?? r.record);
    const dates = Object.assign({}, ...INSTRUMENT_DATE_FIELDS.map((f) => this.datedField(r, f, claims))) as Record<string, PropertyValue>;
    if (!id || !kind || !title) return;
    // The instrument's date for ordering and filtering: the first the sources give, in this order.
    const primary = INSTRUMENT_DATE_FIELDS.find((f) => typeof dates[f] === 'string');
    const binding = r.obj.legallyBinding;
    if (binding !== undefined && binding !== true && binding !== false && binding !== 'unknown') {
      r.problem('legallyBinding', `must be true, false or unknown; got ${JSON.stringify(binding)}`);
    }
    this.node(
      r,
      'Instrument',
      id,
      {
        id,
        kind,
        title,
        shortTitle: r.str('shortTitle') ?? null,
        place: r.str('place') ?? null,
        legallyBinding: binding === true ? 'true' : binding === false ? 'false' : 'unknown',
        status: r.str('status') ?? 'unknown',
        summary: r.str('summary') ?? null,
        ...dates,
        date: primary ? (dates[primary] as string) : null,
        datePrecision: primary ? (dates[`${primary}Precision`] as string) : null,
        dateKind: primary ?? null,
        year: primary ? (dates[`${primary}Year`] as number) : null,
      },
      evidence,
    );
    this.names(r, id, evidence);
    for (const c of r.idList('countries')) this.rel(r, 'BETWEEN', id, c, evidence);
    this.participants(r, 'parties', id, evidence);
    for (const { target, item, evidence: ev } of this.linkItems(r, 'covers', 'area', evidence)) {
      const how =
        item.oneOf('how', COVER_HOWS, 'listed') ??
        // Stryker disable next-line StringLiteral: only an invalid how (already reported, so nothing is written) gets here; the stand-in keeps the link so its ends are still checked.
        'listed';
      const year = item.obj.year;
      if (year !== undefined && !Number.isInteger(year)) item.problem('year', 'must be a year such as 1986');
      this.rel(
        item,
        'COVERS',
        id,
        target,
        ev,
        { how, year: typeof year === 'number' ? year : null, asNamed: item.str('asNamed') ?? null },
        how,
      );
    }
    for (const { target, evidence: ev } of this.linkItems(r, 'establishes', 'mechanism', evidence))
      this.rel(r, 'ESTABLISHES', id, target, ev);
    for (const { target, item, evidence: ev } of this.linkItems(r, 'uses', 'mechanism', evidence))
      this.rel(item, 'USES', id, target, ev, { note: item.str('note') ?? null, asNamed: item.str('asNamed') ?? null });
    r.list('relations').forEach((raw, i) => {
      const item = new RecordReader(this, r.file, `${r.record} › relations[${i}]`, isObj(raw) ? raw : {});
      if (!isObj(raw)) {
        item.problem('(item)', 'must be { type, target, evidence }');
        return;
      }
      const type = item.oneOf('type', Object.keys(RELATIONS)) as keyof typeof RELATIONS | undefined;
      const target = item.id('target');
      const ev = item.evidence('evidence', true);
      if (!type || !target) return;
      this.rel(item, RELATIONS[type], id, target, ev, { note: item.str('note') ?? null, asNamed: item.str('asNamed') ?? null });
    });
  }

  /** Unique ids across all labels; every relationship joins existing nodes of the allowed labels. */
  private checkIdentity(): void {
    const byId = new Map<string, GraphNode>();
    for (const node of this.nodes) {
      const seen = byId.get(node.id);
      if (seen) {
        // Stryker disable next-line StringLiteral: every origin is "file › record…", so both parts exist; the defaults only satisfy noUncheckedIndexedAccess.
        const [file = '', record = ''] = node.origin.split(' › ');
        this.problems.push({
          file,
          record,
          field: 'id',
          message: `"${node.id}" is already used by a ${seen.label} (${seen.origin}); ids are unique across all kinds`,
        });
      } else byId.set(node.id, node);
    }
    const relKeys = new Set<string>();
    for (const rel of this.relationships) {
      // Stryker disable next-line StringLiteral: every origin is "file › record…", so the file part exists; the default only satisfies noUncheckedIndexedAccess.
      const [file = '', ...rest] = rel.origin.split(' › ');
      const record = rest.join(' › ');
      const allowed = relationshipTypes[rel.type];
      for (const [end, id, labels] of [
        ['from', rel.from, allowed.from],
        ['to', rel.to, allowed.to],
      ] as const) {
        const node = byId.get(id) ?? this.existing?.get(id);
        if (!node) {
          const where = this.existing ? 'which does not exist in the graph' : 'which no seed file defines';
          this.problems.push({ file, record, field: rel.type, message: `refers to "${id}", ${where}` });
        } else if (!(labels as readonly string[]).includes(node.label)) {
          this.problems.push({
            file,
            record,
            field: rel.type,
            message: `${end} "${id}" is a ${node.label}; ${rel.type} needs ${labels.join(' or ')}`,
          });
        }
      }
      const key = relationshipKey(rel);
      if (relKeys.has(key))
        this.problems.push({
          file,
          record,
          field: rel.type,
          message: `duplicates ${rel.type} ${rel.from} → ${rel.to}${rel.key ? ` (${rel.key})` : ''}`,
        });
      relKeys.add(key);
    }
  }

  private existingSource(id: string): { id: string; kind: string; file?: string } | undefined {
    const node = this.existing?.get(id);
    if (node?.label !== 'Source' || !node.kind) return undefined;
    return { id, kind: node.kind, ...(node.file ? { file: node.file } : {}) };
  }

  private checkExcerpts(readText: SourceTextReader): void {
    const texts = new Map<string, string | undefined>();
    const raws = new Map<string, string | undefined>();
    for (const check of this.excerptChecks) {
      const source = this.sources.get(check.source) ?? this.existingSource(check.source);
      if (!source) {
        this.problems.push({
          ...check,
          // Stryker disable next-line Regex: check.field is always "evidence[i].excerpt" (see evidence()), so ".excerpt" occurs once, at the end.
          field: check.field.replace(/\.excerpt$/, '.source'),
          message: `unknown source "${check.source}" (see seeds/sources.yaml)`,
        });
        continue;
      }
      if (!texts.has(source.id)) {
        const raw = readText(source);
        raws.set(source.id, raw);
        texts.set(source.id, raw === undefined ? undefined : normaliseWhitespace(raw));
      }
      const text = texts.get(source.id);
      const raw = raws.get(source.id);
      if (text === undefined) {
        this.problems.push({ ...check, message: `the text of source "${source.id}" could not be read` });
      } else if (!text.includes(normaliseWhitespace(check.excerpt))) {
        this.problems.push({
          ...check,
          message: `is not verbatim in ${source.kind === 'document' ? source.file : 'public-record.md'}: "${check.excerpt.slice(0, 80)}${check.excerpt.length > 80 ? '…' : ''}"`,
        });
      } else if (check.wholeUnit && raw !== undefined && !quotesWholeUnit(raw, check.excerpt, check.wholeUnit)) {
        this.problems.push({
          ...check,
          message: `is not a whole sentence, clause, line or list item of ${source.kind === 'document' ? source.file : 'public-record.md'}: it starts or ends inside one, and the words left out could change its sense; quote from where the unit starts (or give its opening words as leadIn) to where it ends: "${check.excerpt.slice(0, 80)}${check.excerpt.length > 80 ? '…' : ''}"`,
        });
      }
    }
  }
}

export function validateSeeds(
  files: SeedFile[],
  readText: SourceTextReader,
  options: ValidationOptions = {},
): { graph: SeedGraph; problems: Problem[] } {
  const validator = new SeedValidator(options.existing);
  const graph = validator.run(files, readText);
  return { graph, problems: validator.problems };
}

/** Validates one relationship `{ type, from, to, role?, how?, year?, asNamed?, note?, evidence }` with the seed rules. */
export function validateRelationship(
  file: SeedFile,
  readText: SourceTextReader,
  options: ValidationOptions = {},
): { graph: SeedGraph; problems: Problem[] } {
  const validator = new SeedValidator(options.existing);
  const graph = validator.runRelationship(file, readText);
  return { graph, problems: validator.problems };
}
