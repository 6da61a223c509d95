/**
 * Curator inputs as the seed records docs/curating.md describes, so a mutation passes through
 * exactly the validator the seed files do. Absent (null or omitted) fields are left out, as in a
 * YAML file; GraphQL enum values become the stored slugs ("CO_CHAIR" → "co-chair").
 */
import type {
  ChangeEventInput,
  CountryInput,
  DateClaimInput,
  EventInput,
  EvidenceInput,
  InstitutionInput,
  InstrumentInput,
  MechanismInput,
  FigureInput,
  NameInput,
  ParticipantInput,
  PersonInput,
  PolicyTopicInput,
  PostInput,
  ProvisionInput,
  ProvisionLinkInput,
  RelationshipInput,
  TakesPartInput,
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

/** A post's or a person's own `participatesIn` list. */
const takesPart = (list: Maybe<TakesPartInput[]>): SeedRecord[] | undefined =>
  list?.map((p) => compact({ target: p.target, role: slug(p.role), asNamed: p.asNamed, note: p.note, evidence: evidence(p.evidence) }));

const provisionLinks = (list: Maybe<ProvisionLinkInput[]>, key: 'topic' | 'target'): SeedRecord[] | undefined =>
  list?.map((l) => compact({ [key]: l.target, asNamed: l.asNamed }));

/**
 * A technology area or a policy topic (one shape, two concept schemes): `evolvedFrom` items keyed as
 * the seed format keys them (`area` or `topic`).
 */
function concept(
  input: Pick<TechnologyAreaInput, 'id' | 'name' | 'aliases' | 'summary' | 'broader' | 'evidence'>,
  evolvedFrom: { [key: string]: unknown; evidence?: Maybe<EvidenceInput[]> }[] | undefined,
): SeedRecord {
  return compact({
    id: input.id,
    name: input.name,
    aliases: input.aliases,
    summary: input.summary,
    broader: input.broader,
    evolvedFrom: evolvedFrom?.map((e) => compact({ ...e, evidence: evidence(e.evidence) })),
    evidence: evidence(input.evidence),
  });
}

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
    return concept(
      input,
      input.evolvedFrom?.map((e) => ({ area: e.area, note: e.note, evidence: e.evidence })),
    );
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

  country(input: CountryInput): SeedRecord {
    return compact({ id: input.id, name: input.name, iso: input.iso, evidence: evidence(input.evidence) });
  },

  changeEvent(input: ChangeEventInput): SeedRecord {
    return compact({
      id: input.id,
      kind: slug(input.kind),
      date: input.date,
      dateNote: input.dateNote,
      originals: input.originals,
      results: input.results,
      summary: input.summary,
      dateClaims: dateClaims(input.dateClaims),
      evidence: evidence(input.evidence),
    });
  },

  policyTopic(input: PolicyTopicInput): SeedRecord {
    return concept(
      input,
      input.evolvedFrom?.map((e) => ({ topic: e.topic, note: e.note, evidence: e.evidence })),
    );
  },

  post(input: PostInput): SeedRecord {
    return compact({
      id: input.id,
      title: input.title,
      rank: input.rank,
      postIn: input.postIn,
      postInNote: input.postInNote,
      summary: input.summary,
      participatesIn: takesPart(input.participatesIn),
      evidence: evidence(input.evidence),
    });
  },

  person(input: PersonInput): SeedRecord {
    return compact({
      id: input.id,
      name: input.name,
      summary: input.summary,
      holds: input.holds?.map((h) => compact({ post: h.post, from: h.from, to: h.to, note: h.note, evidence: evidence(h.evidence) })),
      participatesIn: takesPart(input.participatesIn),
      evidence: evidence(input.evidence),
    });
  },

  /** Modality and verb are kept as written ("intend to"): they are words of the text, not enum values. */
  provision(input: ProvisionInput): SeedRecord {
    return compact({
      id: input.id,
      of: input.of,
      source: input.source,
      locator: input.locator,
      kind: slug(input.kind),
      text: input.text,
      leadIn: input.leadIn,
      modality: input.modality,
      verb: input.verb,
      reported: input.reported,
      actors: input.actors?.map((a) => compact({ actor: a.actor, role: slug(a.role), asNamed: a.asNamed, note: a.note })),
      topics: provisionLinks(input.topics, 'topic'),
      mentions: provisionLinks(input.mentions, 'target'),
      note: input.note,
    });
  },

  figure(input: FigureInput): SeedRecord {
    return compact({
      id: input.id,
      measure: input.measure,
      value: input.value,
      unit: slug(input.unit),
      qualifier: slug(input.qualifier),
      asWritten: input.asWritten,
      asOf: input.asOf,
      asOfNote: input.asOfNote,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      about: input.about,
      note: input.note,
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
