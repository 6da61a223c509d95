/**
 * A deterministic, seeded generator of a larger graph of bilateral cooperation for benchmarks and
 * load tests: many country pairs, instruments between them with parties, technology areas with
 * lineage, institutions with succession chains (change events), mechanisms and events. It returns
 * the SeedGraph the real loader writes (src/seed/loadSeedGraph.ts), so the data goes through the
 * same code path as the curated seeds.
 *
 * Provenance: every node and relationship carries evidence pointing at one synthetic Source,
 * `scale-registry`, whose text (returned as `sourceText`) holds every excerpt verbatim, one line per
 * record, exactly as the curated seeds point at their documents. Ids start with `scale-`, so the
 * generated graph can sit next to the curated one.
 */
import { firmnessOf } from '../src/seed/validateSeeds.js';
import {
  firmnessScale,
  type Evidence,
  type GraphNode,
  type GraphRelationship,
  type Modality,
  type PropertyValue,
  type RelationshipType,
  type SeedGraph,
} from '../src/model/vocabulary.js';

export interface ScaleOptions {
  /** PRNG seed: the same seed and sizes give the same graph, byte for byte. */
  seed?: number;
  instruments?: number;
  institutions?: number;
  technologyAreas?: number;
  countries?: number;
  mechanisms?: number;
  events?: number;
}

export interface ScaleGraph extends SeedGraph {
  /** The synthetic source's text: every excerpt in the graph is a line of it. */
  sourceText: string;
  /**
   * What the benchmark draws its requests from, deterministic: instrument ids from the whole graph
   * (a seeded shuffle, at most SAMPLE_INSTRUMENTS), search terms built from names present in the graph
   * (at most SAMPLE_TERMS), every country.
   */
  sample: { instrumentIds: string[]; institutionIds: string[]; areaIds: string[]; countryIds: string[]; searchTerms: string[] };
}

/** How many instrument ids the benchmark's workload is drawn from (all of them on a smaller graph). */
export const SAMPLE_INSTRUMENTS = 3_000;
/** How many distinct search terms the workload is drawn from. */
export const SAMPLE_TERMS = 200;

export const scaleSourceId = 'scale-registry';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; enough for synthetic data and for drawing a workload. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: [string, string, string][] = [
  ['canada', 'Canada', 'CA'],
  ['japan', 'Japan', 'JP'],
  ['korea', 'Republic of Korea', 'KR'],
  ['germany', 'Germany', 'DE'],
  ['france', 'France', 'FR'],
  ['united-kingdom', 'United Kingdom', 'GB'],
  ['australia', 'Australia', 'AU'],
  ['india', 'India', 'IN'],
  ['singapore', 'Singapore', 'SG'],
  ['mexico', 'Mexico', 'MX'],
  ['brazil', 'Brazil', 'BR'],
  ['italy', 'Italy', 'IT'],
  ['sweden', 'Sweden', 'SE'],
  ['finland', 'Finland', 'FI'],
  ['norway', 'Norway', 'NO'],
  ['netherlands', 'Netherlands', 'NL'],
  ['spain', 'Spain', 'ES'],
  ['vietnam', 'Viet Nam', 'VN'],
  ['indonesia', 'Indonesia', 'ID'],
  ['new-zealand', 'New Zealand', 'NZ'],
];
const INSTRUMENT_KINDS = [
  'agreement',
  'arrangement',
  'moc',
  'mou',
  'joint-statement',
  'declaration',
  'framework',
  'plan',
  'roadmap',
  'strategy',
];
const INSTITUTION_KINDS = [
  'ministry',
  'department',
  'agency',
  'research-institute',
  'university',
  'company',
  'association',
  'programme-office',
];
const MECHANISM_KINDS = ['committee', 'dialogue', 'programme', 'forum', 'project', 'initiative'];
const EVENT_KINDS = ['summit', 'meeting', 'signing', 'visit', 'review', 'launch', 'seminar', 'workshop'];
const CHANGE_KINDS = ['merger', 'renaming', 'restructuring', 'amalgamation'];
const PRINCIPAL_ROLES = ['signatory', 'party', 'participant'];
const OTHER_ROLES = ['implementer', 'supporter', 'co-chair', 'host', 'invitee'];
const COVER_HOW = ['focus', 'mentioned', 'selected', 'listed', 'proposed'];
const INSTRUMENT_RELATIONS: RelationshipType[] = ['CITES', 'BUILDS_ON', 'IMPLEMENTS', 'SUPERSEDES', 'AMENDS', 'COMMEMORATES'];
const AREA_STEMS = [
  'quantum',
  'battery',
  'hydrogen',
  'semiconductor',
  'robotics',
  'biomanufacturing',
  'photonics',
  'fusion',
  'aerospace',
  'ocean',
  'forestry',
  'geothermal',
  'nuclear',
  'cyber',
  'satellite',
  'agritech',
  'medtech',
  'materials',
  'climate',
  'mining',
  'wind',
  'solar',
  'grid',
  'vaccine',
  'genomics',
  'sensors',
  'ai',
  'microelectronics',
  'ceramics',
  'telecom',
];
const AREA_SUFFIXES = [
  'research',
  'systems',
  'engineering',
  'supply chains',
  'standards',
  'safety',
  'computing',
  'devices',
  'networks',
  'processing',
];
const SUBJECTS = [
  'science and technology',
  'industrial cooperation',
  'energy',
  'innovation',
  'critical minerals',
  'space',
  'health research',
  'digital trade',
  'clean technology',
  'education',
];
const CITIES = [
  'Tokyo',
  'Ottawa',
  'Osaka',
  'Toronto',
  'Vancouver',
  'Montréal',
  'Nagoya',
  'Kyoto',
  'Calgary',
  'Sapporo',
  'Berlin',
  'Seoul',
  'Paris',
  'London',
  'Canberra',
];
const WORDS = ['National', 'Advanced', 'Applied', 'Federal', 'Regional', 'Pacific', 'Northern', 'Strategic', 'Industrial', 'Technical'];
const NOUNS = [
  'Research Council',
  'Institute',
  'Agency',
  'Ministry',
  'Laboratory',
  'Foundation',
  'Corporation',
  'Centre',
  'Office',
  'University',
];

/**
 * How a generated provision reads: its kind, its operative verb as written (a modality of the
 * vocabulary, which occurs in the text), the roles its actors may take, and whether it addresses
 * topics. `text` gets the actors as named and what it is about.
 */
const PROVISION_TEMPLATES: {
  kind: string;
  modality: Modality;
  verb?: string;
  roles: string[];
  topics: boolean;
  text: (subject: string, about: string) => string;
}[] = [
  {
    kind: 'preamble',
    modality: 'recognizing',
    roles: ['acts'],
    topics: true,
    text: (s, a) => `${s}, recognizing the importance of cooperation in ${a},`,
  },
  {
    kind: 'objective',
    modality: 'none',
    roles: ['acts'],
    topics: true,
    text: (s, a) => `The objective of cooperation between ${s} is to advance ${a}.`,
  },
  { kind: 'scope', modality: 'may', roles: ['acts'], topics: true, text: (s, a) => `Cooperation between ${s} may cover ${a}.` },
  {
    kind: 'commitment',
    modality: 'will',
    roles: ['acts', 'supports'],
    topics: true,
    text: (s, a) => `${s} will promote joint research in ${a}.`,
  },
  {
    kind: 'commitment',
    modality: 'will',
    verb: 'explore',
    roles: ['acts'],
    topics: true,
    text: (s, a) => `${s} will explore opportunities in ${a}.`,
  },
  {
    kind: 'form-of-cooperation',
    modality: 'intend to',
    roles: ['acts', 'hosts'],
    topics: true,
    text: (s, a) => `${s} intend to exchange researchers in ${a}.`,
  },
  {
    kind: 'governance',
    modality: 'will',
    roles: ['co-chair', 'acts'],
    topics: true,
    text: (s, a) => `${s} will establish a joint committee on ${a}.`,
  },
  {
    kind: 'final-disposition',
    modality: 'may',
    roles: ['acts'],
    topics: false,
    text: (s) => `${s} may amend this instrument by mutual written consent.`,
  },
];

export function generateScaleGraph(options: ScaleOptions = {}): ScaleGraph {
  const rand = createRandom(options.seed ?? 20260601);
  const nInstruments = options.instruments ?? 10_000;
  const nInstitutions = options.institutions ?? 3_000;
  const nAreas = options.technologyAreas ?? 300;
  const nCountries = Math.min(options.countries ?? COUNTRIES.length, COUNTRIES.length);
  const nMechanisms = options.mechanisms ?? Math.max(5, Math.round(nInstruments / 20));
  const nEvents = options.events ?? Math.max(5, Math.round(nInstruments / 10));

  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const pad = (n: number, width = 5): string => String(n).padStart(width, '0');

  const lines: string[] = [];
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const relKeys = new Set<string>();

  /** Records one line of the synthetic source and returns the evidence that quotes it. */
  const cite = (locator: string, text: string): Evidence => {
    lines.push(`${locator}: ${text}`);
    return { source: scaleSourceId, locator, excerpt: text };
  };
  const evidenceProps = (evidence: Evidence[]): Record<string, PropertyValue> => ({
    evSource: evidence.map((e) => e.source),
    evLocator: evidence.map((e) => e.locator),
    evExcerpt: evidence.map((e) => e.excerpt),
    evNote: evidence.map(() => ''),
  });
  const node = (label: GraphNode['label'], id: string, props: Record<string, PropertyValue>, evidence: Evidence[]): void => {
    nodes.push({ label, id, props: { id, ...props, ...evidenceProps(evidence) }, evidence, origin: `scale › ${id}` });
  };
  const rel = (type: RelationshipType, from: string, to: string, props: Record<string, PropertyValue>, text: string, key = ''): void => {
    const k = `${type}|${from}|${to}|${key}`;
    if (relKeys.has(k) || from === to) return;
    relKeys.add(k);
    const evidence = [cite(`§${relationships.length + 1}`, text)];
    relationships.push({ type, from, to, key, props: { ...props, ...evidenceProps(evidence) }, evidence, origin: `scale › ${k}` });
  };
  const dateOf = (year: number): { date: string; year: number } => {
    const month = 1 + int(12);
    const day = 1 + int(28);
    return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year };
  };

  node(
    'Source',
    scaleSourceId,
    {
      kind: 'document',
      title: 'Synthetic registry of bilateral cooperation (generated for benchmarks)',
      file: null,
      url: null,
      publisher: 'Kizuna benchmark generator',
      published: '2026-01-01',
      publishedPrecision: 'day',
      publishedNote: 'generated data, not a real document',
    },
    [],
  );

  const countries = COUNTRIES.slice(0, nCountries).map(([slug, name, iso]) => {
    const id = `scale-country-${slug}`;
    node('Country', id, { name: `${name} (scale)`, iso }, [cite(`Country ${iso}`, `${name} is a party to the registry.`)]);
    return { id, name };
  });

  // Technology areas: a forest of BROADER links and EVOLVED_INTO chains (lineage across eras).
  const areas: string[] = [];
  const areaNames: string[] = [];
  for (let i = 0; i < nAreas; i += 1) {
    const id = `scale-area-${pad(i, 4)}`;
    const name =
      `${AREA_STEMS[i % AREA_STEMS.length]} ${AREA_SUFFIXES[Math.floor(i / AREA_STEMS.length) % AREA_SUFFIXES.length]} ${Math.floor(i / (AREA_STEMS.length * AREA_SUFFIXES.length)) || ''}`.trim();
    node('TechnologyArea', id, { name: name.charAt(0).toUpperCase() + name.slice(1), aliases: [], summary: `Technology area ${name}.` }, [
      cite(`Area ${pad(i, 4)}`, `The field of ${name} is recorded as a technology area.`),
    ]);
    areas.push(id);
    areaNames.push(name);
    if (i > 0 && rand() < 0.5)
      rel('EVOLVED_INTO', areas[int(i)]!, id, { note: null }, `The field recorded as ${areas[int(i)]} evolved into ${name}.`);
    if (i > 10 && rand() < 0.6) rel('BROADER', id, areas[int(10)]!, {}, `${name} is a narrower field of ${areas[int(10)]}.`);
  }

  // Institutions, each in a country, with a Name node (an acronym) for search.
  const institutions: { id: string; country: string; name: string; acronym: string }[] = [];
  for (let i = 0; i < nInstitutions; i += 1) {
    const id = `scale-inst-${pad(i)}`;
    const country = countries[i % countries.length]!;
    const name = `${pick(WORDS)} ${pick(SUBJECTS).replace(/\b\w/g, (c) => c.toUpperCase())} ${pick(NOUNS)} ${pad(i)}`;
    const acronym = `${name
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('')}${i}`;
    const founded = dateOf(1900 + int(120));
    node(
      'Institution',
      id,
      {
        kind: pick(INSTITUTION_KINDS),
        name,
        acronym,
        country: country.id,
        summary: `${name}, an institution of ${country.name}.`,
        founded: founded.date,
        foundedPrecision: 'day',
        foundedYear: founded.year,
        foundedStatus: 'known',
        foundedNote: null,
        dissolvedStatus: 'unknown',
        dissolvedNote: null,
      },
      [cite(`Institution ${pad(i)}`, `${name} (${acronym}) was founded on ${founded.date} in ${country.name}.`)],
    );
    institutions.push({ id, country: country.id, name, acronym });
    rel('IN_COUNTRY', id, country.id, {}, `${name} is an institution of ${country.name}.`);
    const nameId = `scale-name-${pad(i)}`;
    node('Name', nameId, { value: acronym, kind: 'acronym', lang: 'en', note: null }, [
      cite(`Name ${pad(i)}`, `${name} is known as ${acronym}.`),
    ]);
    rel('HAS_NAME', id, nameId, {}, `${name} is known as ${acronym}.`);
    if (i > 20 && rand() < 0.15)
      rel('PART_OF', id, institutions[int(i)]!.id, {}, `${name} is part of institution ${institutions[int(i)]!.id}.`);
  }

  // Succession chains: one change event per ~4 institutions, each turning one (or two, a merger)
  // earlier institutions of the same country into a later one.
  const nChanges = Math.round(nInstitutions / 4);
  for (let c = 0; c < nChanges; c += 1) {
    const result = institutions[nCountries * 2 + int(institutions.length - nCountries * 2)]!;
    const sameCountry = (j: number): number => j - (j % nCountries) + (institutions.indexOf(result) % nCountries);
    const resultIndex = institutions.indexOf(result);
    const originals = [sameCountry(int(resultIndex))].filter((j) => j >= 0 && j < resultIndex);
    if (rand() < 0.3) originals.push(sameCountry(int(resultIndex)));
    const valid = [...new Set(originals)].filter((j) => j >= 0 && j < resultIndex);
    if (valid.length === 0) continue;
    const id = `scale-change-${pad(c)}`;
    const when = dateOf(1950 + int(75));
    const kind = valid.length > 1 ? 'merger' : pick(CHANGE_KINDS);
    const text = `Change ${pad(c)}: ${valid.map((j) => institutions[j]!.id).join(' and ')} became ${result.id} on ${when.date} (${kind}).`;
    node(
      'ChangeEvent',
      id,
      {
        kind,
        summary: text,
        date: when.date,
        datePrecision: 'day',
        dateYear: when.year,
        dateStatus: 'known',
        dateNote: null,
      },
      [cite(`Change ${pad(c)}`, text)],
    );
    for (const j of valid) rel('ORIGINAL_ORGANIZATION', id, institutions[j]!.id, {}, text);
    rel('RESULTING_ORGANIZATION', id, result.id, {}, text);
  }

  const mechanisms: string[] = [];
  const mechanismNames: string[] = [];
  for (let m = 0; m < nMechanisms; m += 1) {
    const id = `scale-mech-${pad(m)}`;
    const name = `${pick(WORDS)} ${pick(SUBJECTS)} ${pick(MECHANISM_KINDS)} ${pad(m)}`;
    node(
      'Mechanism',
      id,
      {
        kind: pick(MECHANISM_KINDS),
        name,
        acronym: null,
        country: null,
        status: null,
        summary: `${name}.`,
        establishedStatus: 'unknown',
        establishedNote: null,
      },
      [cite(`Mechanism ${pad(m)}`, `The ${name} brings the participants together.`)],
    );
    mechanisms.push(id);
    mechanismNames.push(name);
  }

  // Instruments: each between a pair of countries, signed by institutions of those two countries,
  // covering a few areas, citing or building on earlier instruments.
  const instruments: { id: string; pair: [number, number]; parties: number[]; areas: number[]; subject: string; kind: string }[] = [];
  const byCountry = new Map<string, string[]>();
  for (const inst of institutions) byCountry.set(inst.country, [...(byCountry.get(inst.country) ?? []), inst.id]);
  for (let i = 0; i < nInstruments; i += 1) {
    const id = `scale-instr-${pad(i)}`;
    // Canada–Japan is the most common pair; the rest spread over many pairs.
    const a = rand() < 0.3 ? 0 : int(nCountries);
    let b = rand() < 0.3 && a !== 1 ? 1 : int(nCountries);
    if (b === a) b = (a + 1) % nCountries;
    const [ca, cb] = [countries[a]!, countries[b]!];
    const kind = pick(INSTRUMENT_KINDS);
    const subject = pick(SUBJECTS);
    const year = 1960 + Math.floor((i / nInstruments) * 66);
    const when = dateOf(year);
    const title = `${kind.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase())} between ${ca.name} and ${cb.name} on ${subject} (${pad(i)})`;
    const place = pick(CITIES);
    node(
      'Instrument',
      id,
      {
        kind,
        title,
        shortTitle: `${subject} ${kind} ${year} #${pad(i)}`,
        place,
        legallyBinding: kind === 'agreement' ? 'true' : 'false',
        status: 'signed',
        summary: `A ${kind} on ${subject} between ${ca.name} and ${cb.name}, signed in ${place}.`,
        signedOn: when.date,
        signedOnPrecision: 'day',
        signedOnYear: when.year,
        signedOnStatus: 'known',
        signedOnNote: null,
        date: when.date,
        datePrecision: 'day',
        dateKind: 'signedOn',
        year: when.year,
      },
      [cite(`Instrument ${pad(i)}`, `The ${title} was signed in ${place} on ${when.date}.`)],
    );
    const record = { id, pair: [a, b] as [number, number], parties: [] as number[], areas: [] as number[], subject, kind };
    instruments.push(record);
    rel('BETWEEN', id, ca.id, {}, `The ${title} is between ${ca.name} and ${cb.name}.`);
    rel('BETWEEN', id, cb.id, {}, `The ${title} is between ${ca.name} and ${cb.name}.`);
    for (const c of [ca, cb]) {
      const pool = byCountry.get(c.id) ?? [];
      const parties = 2 + int(3);
      for (let p = 0; p < parties && pool.length > 0; p += 1) {
        const role = p === 0 ? pick(PRINCIPAL_ROLES) : rand() < 0.5 ? pick(PRINCIPAL_ROLES) : pick(OTHER_ROLES);
        const party = pool[int(pool.length)]!;
        record.parties.push(Number(party.slice('scale-inst-'.length)));
        rel('PARTICIPATES_IN', party, id, { role, asNamed: null, note: null }, `${role} of the ${title}.`, role);
      }
    }
    const covers = 2 + int(5);
    for (let k = 0; k < covers; k += 1) {
      const how = pick(COVER_HOW);
      const area = int(areas.length);
      record.areas.push(area);
      rel('COVERS', id, areas[area]!, { how, year: null, asNamed: null }, `The ${title} covers area ${k + 1}.`, how);
    }
    if (i > 0) {
      const relations = int(4);
      for (let k = 0; k < relations; k += 1) {
        const target = instruments[Math.max(0, i - 1 - int(Math.min(i, 200)))]!;
        const type = pick(INSTRUMENT_RELATIONS);
        rel(type, id, target.id, { note: null, asNamed: null }, `The ${title} ${type.toLowerCase().replace('_', 's ')} ${target.id}.`);
      }
    }
    if (rand() < 0.2)
      rel(
        rand() < 0.5 ? 'ESTABLISHES' : 'USES',
        id,
        mechanisms[int(mechanisms.length)]!,
        { note: null },
        `The ${title} works through a mechanism.`,
      );
  }

  for (let e = 0; e < nEvents; e += 1) {
    const id = `scale-event-${pad(e)}`;
    const instrument = instruments[int(instruments.length)]!;
    const when = dateOf(1960 + int(66));
    const kind = pick(EVENT_KINDS);
    const name = `${kind} ${pad(e)} in ${pick(CITIES)}`;
    node(
      'Event',
      id,
      {
        kind,
        name,
        nameJa: null,
        place: null,
        status: null,
        summary: `A ${kind}.`,
        date: when.date,
        datePrecision: 'day',
        dateYear: when.year,
        dateStatus: 'known',
        dateNote: null,
      },
      [cite(`Event ${pad(e)}`, `The ${name} took place on ${when.date}.`)],
    );
    rel('CONCERNS', id, instrument.id, {}, `The ${name} concerned ${instrument.id}.`);
    const host = institutions[int(institutions.length)]!;
    rel('PARTICIPATES_IN', host.id, id, { role: 'host', asNamed: null, note: null }, `${host.id} hosted the ${name}.`, 'host');
  }

  // Provisions, 0–6 per instrument, from their own PRNG so that everything above is the same graph
  // as before they existed. Each follows the seed model (src/seed/validateSeeds.ts, provision()):
  // verbatim text whose evidence is itself, a modality that occurs in it and the firmness derived from
  // it, actors among the instrument's parties (ACTS_IN, role and the words naming them, which occur in
  // the text), topics among the areas it covers (ADDRESSES).
  const provisionRand = createRandom((options.seed ?? 20260601) + 2);
  const pInt = (n: number): number => Math.floor(provisionRand() * n);
  for (const instrument of instruments) {
    const count = pInt(7);
    for (let k = 0; k < count; k += 1) {
      const id = `${instrument.id.replace('scale-instr-', 'scale-prov-')}-${k + 1}`;
      const template = PROVISION_TEMPLATES[pInt(PROVISION_TEMPLATES.length)]!;
      const partyIndexes = [...new Set(instrument.parties)];
      const actors = [
        ...new Set(Array.from({ length: Math.min(partyIndexes.length, 1 + pInt(2)) }, () => partyIndexes[pInt(partyIndexes.length)]!)),
      ].map((j) => institutions[j]!);
      const country = provisionRand() < 0.3 ? countries[instrument.pair[pInt(2)]!]! : undefined;
      const countryName = country?.name;
      const areaIndexes = [...new Set(instrument.areas)];
      const topics = template.topics
        ? // Every instrument covers two areas or more.
          [...new Set(Array.from({ length: 1 + pInt(2) }, () => areaIndexes[pInt(areaIndexes.length)]!))]
        : [];
      const subject = [...actors.map((a) => a.acronym), ...(countryName ? [countryName] : [])].join(' and ') || 'The Participants';
      const about = topics.map((j) => areaNames[j]!.toLowerCase()).join(' and ') || instrument.subject;
      const text = template.text(subject, about);
      const evidence = [cite(`Provision ${id}`, text)];
      const firmness = firmnessOf(template.modality, template.verb);
      node(
        'Provision',
        id,
        {
          kind: template.kind,
          locator: `§${k + 1}`,
          text,
          leadIn: null,
          modality: template.modality,
          verb: template.verb ?? null,
          firmness,
          firmnessRank: firmnessScale.indexOf(firmness),
          reported: false,
          statedIn: scaleSourceId,
          order: k,
          note: null,
        },
        evidence,
      );
      rel('HAS_PROVISION', instrument.id, id, {}, text);
      for (const actor of actors) {
        const role = template.roles[pInt(template.roles.length)]!;
        rel('ACTS_IN', actor.id, id, { role, asNamed: actor.acronym, note: null }, text, role);
      }
      if (country && countryName) rel('ACTS_IN', country.id, id, { role: 'acts', asNamed: countryName, note: null }, text, 'acts');
      for (const j of topics) rel('ADDRESSES', id, areas[j]!, { asNamed: areaNames[j]!.toLowerCase() }, text);
    }
  }

  // What the benchmark draws from: instrument ids from the whole graph in a seeded order (so a Zipf
  // workload's most requested ids are spread over every era, not the oldest), and search terms made
  // of names present in the graph: technology areas, institutions' acronyms and pairs of words of
  // their names, mechanisms, instruments' subjects and kinds, and the cities they were signed in.
  const sampleRand = createRandom((options.seed ?? 20260601) + 1);
  const sampleInt = (n: number): number => Math.floor(sampleRand() * n);
  const shuffled = instruments.map((i) => i.id);
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = sampleInt(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const instrumentIds = shuffled.slice(0, SAMPLE_INSTRUMENTS);
  const institutionIds = Array.from({ length: 50 }, () => institutions[sampleInt(institutions.length)]!.id);
  const areaIds = Array.from({ length: 20 }, () => areas[sampleInt(areas.length)]!);
  const withoutNumber = (name: string): string => name.replace(/\s*\d+$/, '');
  const termMakers: (() => string)[] = [
    () => areaNames[sampleInt(areaNames.length)]!.toLowerCase(),
    () => institutions[sampleInt(institutions.length)]!.acronym,
    () => {
      const words = withoutNumber(institutions[sampleInt(institutions.length)]!.name).split(' ');
      const at = sampleInt(words.length - 1);
      return `${words[at]} ${words[at + 1]}`;
    },
    () => withoutNumber(mechanismNames[sampleInt(mechanismNames.length)]!),
    () => {
      const instrument = instruments[sampleInt(instruments.length)]!;
      return `${instrument.subject} ${instrument.kind.replace(/-/g, ' ')}`;
    },
    () => CITIES[sampleInt(CITIES.length)]!,
  ];
  const terms = new Set<string>();
  for (let attempt = 0; terms.size < SAMPLE_TERMS && attempt < SAMPLE_TERMS * 20; attempt += 1) {
    terms.add(termMakers[sampleInt(termMakers.length)]!());
  }
  const searchTerms = [...terms];

  return {
    nodes,
    relationships,
    sourceText: `${lines.join('\n')}\n`,
    sample: { instrumentIds, institutionIds, areaIds, countryIds: countries.map((c) => c.id), searchTerms },
  };
}
