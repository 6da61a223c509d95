/**
 * The write half of the abuse corpus (test/load/abuse.ts): every hostile value in every string field
 * of every curator mutation, each accepted write read back to prove the value was stored exactly as
 * sent (never silently changed), and a race of concurrent writers from two curators on one record and
 * on pairs of links that would close a cycle, checked against the revision history afterwards.
 */

/** One request of the corpus. `verify`, when given, runs after the request was accepted and returns a problem, if any. */
export interface Hostile {
  kind: string;
  body: string;
  contentType: string;
  method?: string;
  headers?: Record<string, string>;
  verify?: () => Promise<string | undefined>;
}

/** The curator tokens the write corpus uses (the server is given both, as two curators). */
export const ABUSE_CURATORS = { abuse: 'abuse-curator-token-0123456789', rival: 'rival-curator-token-0123456789' } as const;

/** KIZUNA_TOKENS for a server the write corpus runs against. */
export const abuseTokens = Object.entries(ABUSE_CURATORS)
  .map(([name, token]) => `${token}:curator:${name}`)
  .join(',');

/** Hostile strings for every curator input field: stored as sent, or refused with BAD_USER_INPUT. */
const hostileValues = [
  'x'.repeat(9_000),
  '日'.repeat(2_001),
  '\uD800',
  'a\uDC00b',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'e\u0301\u0301\u0301\u0301',
  '=1+1',
  '+1',
  '-1',
  '@SUM(1)',
  'a\u0000b',
  '',
];

const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.', note: 'n' }];
const MOC = 'moc-2023-industrial-science-technology';

interface CuratorMutation {
  mutation: string;
  input: Record<string, unknown>;
  /** Dotted paths of its string fields. */
  fields: string[];
  /** The id history(id:) knows the write by: a record's id or a relationship's Edge.id; none for a removal. */
  subject?: (input: Record<string, unknown>) => string;
}

const recordId = (input: Record<string, unknown>): string => String(input.id);

/** One valid input per curator mutation, and the dotted paths of its string fields. */
const curatorMutations: CuratorMutation[] = [
  {
    mutation: 'mutation($i: InstrumentInput!) { upsertInstrument(input: $i) { id } }',
    input: {
      id: 'moc-2099-abuse',
      kind: 'MOC',
      title: 't',
      shortTitle: 's',
      place: 'p',
      status: 'signed',
      summary: 's',
      names: [{ value: 'v', kind: 'APPLIED', lang: 'en', note: 'n' }],
      parties: [{ institution: 'ised', role: 'SIGNATORY', asNamed: 'a', note: 'n' }],
      evidence,
    },
    fields: [
      'id',
      'title',
      'shortTitle',
      'place',
      'status',
      'summary',
      'names.0.value',
      'names.0.lang',
      'names.0.note',
      'parties.0.institution',
      'parties.0.asNamed',
      'parties.0.note',
      'evidence.0.source',
      'evidence.0.locator',
      'evidence.0.excerpt',
      'evidence.0.note',
    ],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: InstitutionInput!) { upsertInstitution(input: $i) { id } }',
    input: { id: 'abuse-institute', kind: 'DEPARTMENT', name: 'n', acronym: 'a', summary: 's', evidence },
    fields: ['id', 'name', 'acronym', 'summary', 'evidence.0.excerpt'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: TechnologyAreaInput!) { upsertTechnologyArea(input: $i) { id } }',
    input: { id: 'abuse-area', name: 'n', aliases: ['a'], summary: 's', evidence },
    fields: ['id', 'name', 'aliases.0', 'summary', 'evidence.0.locator'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: PolicyTopicInput!) { upsertPolicyTopic(input: $i) { id } }',
    input: {
      id: 'abuse-topic',
      name: 'n',
      aliases: ['a'],
      summary: 's',
      evolvedFrom: [{ topic: 'research-security', note: 'n' }],
      evidence,
    },
    fields: ['id', 'name', 'aliases.0', 'summary', 'evolvedFrom.0.note'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: MechanismInput!) { upsertMechanism(input: $i) { id } }',
    input: {
      id: 'abuse-dialogue',
      kind: 'DIALOGUE',
      name: 'n',
      acronym: 'a',
      summary: 's',
      participants: [{ institution: 'ised', role: 'CO_CHAIR', asNamed: 'a', note: 'n' }],
      evidence,
    },
    fields: ['id', 'name', 'acronym', 'summary', 'participants.0.asNamed', 'participants.0.note'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: EventInput!) { upsertEvent(input: $i) { id } }',
    input: { id: 'abuse-meeting', kind: 'MEETING', name: 'n', nameJa: '会合', place: 'p', summary: 's', date: '2099', evidence },
    fields: ['id', 'name', 'nameJa', 'place', 'summary', 'date'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: CountryInput!) { upsertCountry(input: $i) { id } }',
    input: { id: 'abuse-country', name: 'n', iso: 'ZZ', evidence },
    fields: ['id', 'name', 'iso'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: ChangeEventInput!) { upsertChangeEvent(input: $i) { id } }',
    input: {
      id: 'change-2099-abuse',
      kind: 'OTHER',
      date: '2099',
      dateNote: 'n',
      originals: ['nrc'],
      results: ['jst'],
      summary: 's',
      evidence,
    },
    fields: ['id', 'date', 'dateNote', 'summary', 'originals.0'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: PostInput!) { upsertPost(input: $i) { id } }',
    input: {
      id: 'post-abuse',
      title: 't',
      rank: 'r',
      postInNote: 'n',
      summary: 's',
      participatesIn: [{ target: 'industrial-rd-policy-dialogue', role: 'CO_CHAIR', asNamed: 'a', note: 'n' }],
      evidence,
    },
    fields: ['id', 'title', 'rank', 'postInNote', 'summary', 'participatesIn.0.asNamed'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }',
    input: { id: 'person-abuse', name: 'n', summary: 's', holds: [{ post: 'post-meti-bureau-director-general', note: 'n' }], evidence },
    fields: ['id', 'name', 'summary', 'holds.0.note', 'holds.0.from'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: ProvisionInput!) { upsertProvision(input: $i) { id } }',
    input: {
      id: 'moc-2023-abuse-provision',
      of: MOC,
      source: 'doc-moc-2023',
      locator: '§6.1',
      kind: 'STATUS',
      text: 'This MOC is not legally binding.',
      mentions: [{ target: MOC, asNamed: 'This MOC' }],
      note: 'n',
    },
    fields: ['id', 'locator', 'text', 'modality', 'verb', 'note', 'mentions.0.asNamed'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: FigureInput!) { upsertFigure(input: $i) { id } }',
    input: {
      id: 'fig-2099-abuse',
      measure: 'm',
      value: 6.1,
      unit: 'COUNT',
      asWritten: 'This MOC',
      note: 'n',
      evidence,
    },
    fields: ['id', 'measure', 'asWritten', 'asOf', 'note'],
    subject: recordId,
  },
  {
    mutation: 'mutation($i: RelationshipInput!) { addRelationship(input: $i) { id } }',
    input: { relation: 'CITES', from: 'moc-2023-battery-supply-chains', to: MOC, note: 'n', evidence },
    fields: ['from', 'to', 'note', 'evidence.0.note'],
    subject: (i) => `${String(i.relation)}:${String(i.from)}:${String(i.to)}`,
  },
  {
    mutation: 'mutation($i: RelationshipKeyInput!) { removeRelationship(input: $i) }',
    input: { relation: 'CITES', from: 'abuse-a', to: 'abuse-b' },
    fields: ['from', 'to'],
  },
];

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, into);
  return into;
}

interface GraphQLReply<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts one GraphQL request to `url` (bounded to 30 s). */
async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLReply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await res.json()) as GraphQLReply<T>;
}

/**
 * After an accepted write: the newest revision of its subject (read through history(id:), which reads what
 * the transaction stored) holds the hostile value exactly as sent, and node(id:) finds a written record.
 * An empty string is the one value a curator input treats as absent, so it is not looked for.
 */
async function readBack(url: string, subject: string, value: string, isRecord: boolean): Promise<string | undefined> {
  const reply = await post<{ history: { after: string | null }[] }>(url, 'query ($id: ID!) { history(id: $id, first: 1) { after } }', {
    id: subject,
  });
  const after = reply.data?.history[0]?.after;
  if (!after) return `read-back: no revision for "${subject.slice(0, 40)}"`;
  if (value !== '' && !stringsIn(JSON.parse(after)).has(value))
    return `read-back: ${JSON.stringify(value.slice(0, 12))} was not stored as sent under "${subject.slice(0, 40)}"`;
  if (!isRecord) return undefined;
  const node = await post<{ node: { id: string } | null }>(url, 'query ($id: ID!) { node(id: $id) { id } }', { id: subject });
  return node.data?.node?.id === subject ? undefined : `read-back: node(id: "${subject.slice(0, 40)}") did not find the record written`;
}

/** Every hostile value in every string field of every curator mutation, as the curator; accepted writes are read back from `url`. */
export function curatorWriteCorpus(url: string): Hostile[] {
  const corpus: Hostile[] = [];
  for (const { mutation, input, fields, subject } of curatorMutations) {
    for (const field of fields) {
      for (const value of hostileValues) {
        const copy = structuredClone(input);
        const keys = field.split('.');
        let at: Record<string, unknown> = copy;
        for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[keys.at(-1)!] = value;
        const id = subject?.(copy);
        corpus.push({
          kind: `curator write: ${/\{ (\w+)\(/.exec(mutation)?.[1] ?? mutation} input.${field} = ${JSON.stringify(value.slice(0, 12))}`,
          body: JSON.stringify({ query: mutation, variables: { i: copy } }),
          contentType: 'application/json',
          headers: { authorization: `Bearer ${ABUSE_CURATORS.abuse}` },
          verify: id === undefined ? undefined : () => readBack(url, id, value, 'id' in copy),
        });
      }
    }
  }
  return corpus;
}

/** Runs `tasks` from `clients` concurrent clients; resolves when all are done. */
async function concurrently<T>(tasks: (() => Promise<T>)[], clients: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

/**
 * Concurrent writers (bounded: 24 upserts of one record and 8 pairs of cycle halves, from 4 clients and
 * two curators). Checks that every write is accepted or refused with a code (never a 5xx or
 * INTERNAL_SERVER_ERROR); that the record's history has exactly one revision per accepted write, one
 * CREATE, each attributed to the curator who sent it; that the record reads as its newest revision says;
 * and that of each pair of links that together would close a BUILDS_ON cycle, at most one was accepted.
 * Returns the problems found and how many requests it sent.
 */
export async function raceWrites(url: string): Promise<{ problems: string[]; requests: number }> {
  const problems: string[] = [];
  const id = 'moc-2099-abuse-race';
  const curators = Object.entries(ABUSE_CURATORS);
  const instrument = (i: number, who: string): Record<string, unknown> => ({
    id,
    kind: 'MOC',
    title: `Race ${i} by ${who}`,
    countries: ['canada'],
    evidence,
  });
  const upserts = Array.from({ length: 24 }, (_, i) => {
    const [who, token] = curators[i % curators.length]!;
    return async () => ({
      who,
      reply: await post<{ upsertInstrument: { id: string } }>(
        url,
        'mutation ($i: InstrumentInput!) { upsertInstrument(input: $i, reason: "race") { id } }',
        { i: instrument(i, who) },
        token,
      ),
    });
  });
  const results = await concurrently(upserts, 4);
  const accepted = results.filter((r) => !r.reply.errors);
  for (const r of results)
    if (r.reply.errors && r.reply.errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code))
      problems.push(`race: an upsert failed without a client code: ${JSON.stringify(r.reply.errors).slice(0, 200)}`);
  const history =
    (
      await post<{ history: { operation: string; by: string; after: string | null; reason: string | null }[] }>(
        url,
        'query ($id: ID!) { history(id: $id, first: 500) { operation by after reason } }',
        { id },
      )
    ).data?.history ?? [];
  const races = history.filter((h) => h.reason === 'race');
  if (races.length !== accepted.length) problems.push(`race: ${accepted.length} upserts accepted but ${races.length} revisions recorded`);
  if (races.filter((h) => h.operation === 'CREATE').length !== 1) problems.push('race: not exactly one CREATE revision');
  for (const [who] of curators) {
    const sent = accepted.filter((r) => r.who === who).length;
    const recorded = races.filter((h) => h.by === who).length;
    if (sent !== recorded) problems.push(`race: ${who} had ${sent} upserts accepted but ${recorded} revisions attributed`);
  }
  const newest = races[0]?.after ? (JSON.parse(races[0].after) as { props: { title?: string } }).props.title : undefined;
  const read = await post<{ instrument: { title: string } }>(url, 'query ($id: ID!) { instrument(id: $id) { title } }', { id });
  if (read.data?.instrument.title !== newest)
    problems.push(`race: the record reads "${read.data?.instrument.title}" but its newest revision says "${newest}"`);

  // Pairs of curator instruments; both halves of each cycle sent at once, from different curators.
  const pairs = Array.from({ length: 8 }, (_, i) => [`moc-2099-abuse-cycle-${i}-a`, `moc-2099-abuse-cycle-${i}-b`] as const);
  for (const pair of pairs)
    for (const pid of pair) {
      const created = await post(
        url,
        'mutation ($i: InstrumentInput!) { upsertInstrument(input: $i) { id } }',
        { i: { ...instrument(0, 'abuse'), id: pid } },
        ABUSE_CURATORS.abuse,
      );
      if (created.errors) problems.push(`race: setting up ${pid} failed: ${JSON.stringify(created.errors).slice(0, 200)}`);
    }
  const halves = pairs.flatMap(([a, b]) =>
    [
      [a, b, ABUSE_CURATORS.abuse],
      [b, a, ABUSE_CURATORS.rival],
    ].map(
      ([from, to, token]) =>
        async () =>
          post(
            url,
            'mutation ($i: RelationshipInput!) { addRelationship(input: $i) { id } }',
            { i: { relation: 'BUILDS_ON', from, to, evidence } },
            token,
          ),
    ),
  );
  const halfResults = await concurrently(halves, 4);
  for (let p = 0; p < pairs.length; p++) {
    const both = [halfResults[2 * p]!, halfResults[2 * p + 1]!];
    const ok = both.filter((r) => !r.errors).length;
    if (ok > 1) problems.push(`race: both halves of the cycle ${pairs[p]!.join(' ⇄ ')} were accepted`);
    if (ok === 0) problems.push(`race: neither half of ${pairs[p]!.join(' ⇄ ')} was accepted`);
    for (const r of both)
      if (r.errors && !r.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'))
        problems.push(`race: a cycle half was refused with ${JSON.stringify(r.errors).slice(0, 200)}`);
  }
  return { problems, requests: upserts.length + pairs.length * 2 + halves.length + 2 };
}
