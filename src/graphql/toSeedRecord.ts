/**
 * Curator inputs as the seed records docs/curating.md describes, so a mutation passes through
 * exactly the validator the seed files do. Absent (null or omitted) fields are left out, as in a
 * YAML file; GraphQL enum values become the stored slugs ("CO_CHAIR" → "co-chair").
 */
import type {
  DateClaimInput,
  EventInput,
  EvidenceInput,
  InstitutionInput,
  InstrumentInput,
  MechanismInput,
  NameInput,
  ParticipantInput,
  RelationshipInput,
  TechnologyAreaInput,
} from '../generated/graphql.js';
import type { SeedRecord } from '../curation/upsertRecord.js';
import { fromEnum } from '../model/values.js';

type Maybe<T> = T | null | undefined;

function compact(fields: Record<string, unknown>): SeedRecord {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
}

const slug = (value: Maybe<string>): string | undefined => (value ? fromEnum(value) : undefined);

const evidence = (list: Maybe<EvidenceInput[]>): SeedRecord[] | undefined =>
  list?.map((e) => compact({ source: e.source, locator: e.locator, excerpt: e.excerpt, note: e.note }));

const names = (list: Maybe<NameInput[]>): SeedRecord[] | undefined =>
  list?.map((n) =>
    compact({ value: n.value, kind: slug(n.kind), lang: n.lang, from: n.from, to: n.to, note: n.note, evidence: evidence(n.evidence) }),
  );

const dateClaims = (list: Maybe<DateClaimInput[]>): SeedRecord[] | undefined =>
  list?.map((c) => compact({ field: c.field, value: c.value, note: c.note, evidence: evidence(c.evidence) }));

const participants = (list: Maybe<ParticipantInput[]>): SeedRecord[] | undefined =>
  list?.map((p) =>
    compact({ institution: p.institution, role: slug(p.role), asNamed: p.asNamed, note: p.note, evidence: evidence(p.evidence) }),
  );

const legallyBinding = { TRUE: true, FALSE: false, UNKNOWN: 'unknown' } as const;

export const toSeedRecord = {
  instrument(input: InstrumentInput): SeedRecord {
    return compact({
      id: input.id,
      kind: slug(input.kind),
      title: input.title,
      shortTitle: input.shortTitle,
      signedOn: input.signedOn,
      announcedOn: input.announcedOn,
      adoptedOn: input.adoptedOn,
      releasedOn: input.releasedOn,
      enteredIntoForceOn: input.enteredIntoForceOn,
      finalizedOn: input.finalizedOn,
      place: input.place,
      legallyBinding: input.legallyBinding ? legallyBinding[input.legallyBinding] : undefined,
      status: input.status,
      summary: input.summary,
      countries: input.countries,
      names: names(input.names),
      parties: input.parties?.map((p) =>
        compact({ institution: p.institution, role: slug(p.role), asNamed: p.asNamed, note: p.note, evidence: evidence(p.evidence) }),
      ),
      covers: input.covers?.map((c) =>
        compact({ area: c.area, how: slug(c.how), year: c.year, asNamed: c.asNamed, evidence: evidence(c.evidence) }),
      ),
      establishes: input.establishes?.map((m) => compact({ mechanism: m.mechanism, evidence: evidence(m.evidence) })),
      uses: input.uses?.map((m) => compact({ mechanism: m.mechanism, note: m.note, evidence: evidence(m.evidence) })),
      relations: input.relations?.map((r) =>
        compact({ type: slug(r.type), target: r.target, note: r.note, asNamed: r.asNamed, evidence: evidence(r.evidence) }),
      ),
      dateClaims: dateClaims(input.dateClaims),
      evidence: evidence(input.evidence),
    });
  },

  institution(input: InstitutionInput): SeedRecord {
    return compact({
      id: input.id,
      kind: slug(input.kind),
      name: input.name,
      acronym: input.acronym,
      country: input.country,
      names: names(input.names),
      founded: input.founded,
      dissolved: input.dissolved,
      partOf: input.partOf,
      summary: input.summary,
      dateClaims: dateClaims(input.dateClaims),
      evidence: evidence(input.evidence),
    });
  },

  technologyArea(input: TechnologyAreaInput): SeedRecord {
    return compact({
      id: input.id,
      name: input.name,
      aliases: input.aliases,
      summary: input.summary,
      broader: input.broader,
      evolvedFrom: input.evolvedFrom?.map((e) => compact({ area: e.area, note: e.note, evidence: evidence(e.evidence) })),
      evidence: evidence(input.evidence),
    });
  },

  mechanism(input: MechanismInput): SeedRecord {
    return compact({
      id: input.id,
      kind: slug(input.kind),
      name: input.name,
      acronym: input.acronym,
      country: input.country,
      established: input.established,
      partOf: input.partOf,
      summary: input.summary,
      names: names(input.names),
      participants: participants(input.participants),
      runBy: input.runBy,
      dateClaims: dateClaims(input.dateClaims),
      evidence: evidence(input.evidence),
    });
  },

  event(input: EventInput): SeedRecord {
    return compact({
      id: input.id,
      kind: slug(input.kind),
      name: input.name,
      nameJa: input.nameJa,
      date: input.date,
      place: input.place,
      partOf: input.partOf,
      concerns: input.concerns,
      summary: input.summary,
      participants: participants(input.participants),
      dateClaims: dateClaims(input.dateClaims),
      evidence: evidence(input.evidence),
    });
  },

  /** The relation keeps its relationship type (PARTICIPATES_IN …); qualifiers become slugs. */
  relationship(input: RelationshipInput): SeedRecord {
    return compact({
      type: input.relation,
      from: input.from,
      to: input.to,
      role: slug(input.role),
      how: slug(input.how),
      year: input.year,
      asNamed: input.asNamed,
      note: input.note,
      evidence: evidence(input.evidence),
    });
  },
};
