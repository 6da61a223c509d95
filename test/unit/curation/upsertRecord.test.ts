import { afterEach, describe, expect, it, vi } from 'vitest';
import { upsertRecord } from '../../../src/curation/upsertRecord.js';
import type { NodeWriteRow, ParamsOf, RelationshipWriteRow } from '../../../src/db/statements.js';
import { createContext, createCurationDb, evidence, NOW, seededStore, statementNames, stored, type Store } from './fakeCurationDb.js';

const AT = NOW.toISOString();
const carol = { createdBy: 'carol', createdAt: AT, updatedBy: 'carol', updatedAt: AT };

const instrument = {
  id: 'moc-2024',
  kind: 'moc',
  title: 'Memorandum on batteries',
  evidence,
  countries: ['japan'],
  parties: [{ institution: 'miti', role: 'signatory' }],
  names: [{ value: 'Battery MOC', kind: 'applied' }],
};

const paramsOf = <N extends 'seed-upsert-nodes' | 'seed-upsert-relationships' | 'curator-delete-stale-values' | 'nodes-by-ids'>(
  db: ReturnType<typeof createCurationDb>,
  name: N,
) => db.calls.filter((c) => c.name === name).map((c) => c.params as ParamsOf<N>);

const nodeRows = (db: ReturnType<typeof createCurationDb>): NodeWriteRow[] => paramsOf(db, 'seed-upsert-nodes')[0]!.rows;
const relRows = (db: ReturnType<typeof createCurationDb>): RelationshipWriteRow[] => paramsOf(db, 'seed-upsert-relationships')[0]!.rows;

/** The store after a curator created moc-2024 (alice, a year earlier), with its name and its party. */
function storeWithCuratorInstrument(): Store {
  const store = seededStore();
  const byAlice = { origin: 'curator', createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z', updatedBy: 'alice' };
  store.nodes.push(stored('Instrument', 'moc-2024', { kind: 'moc', title: 'Old title', ...byAlice }));
  return store;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('upsertRecord', () => {
  it('creates an instrument in one committed transaction: reads what it refers to, writes its nodes and relationships as a curator’s', async () => {
    const db = createCurationDb(seededStore());
    const ctx = createContext(db);
    const { result, touched, written } = await upsertRecord(ctx, 'instruments', instrument);

    // The record is read before and after the write for its revision, recorded last, in the same transaction.
    expect(statementNames(db)).toEqual([
      'write-lock',
      'nodes-by-ids',
      'curator-record-snapshot',
      'nodes-by-ids',
      'edges-of-nodes',
      'seed-upsert-nodes',
      'seed-upsert-relationships',
      'curator-delete-stale-values',
      'curator-record-snapshot',
      'revision-create',
    ]);
    expect(db.calls.every((c) => c.transaction === 0)).toBe(true);
    expect(db.transactions).toEqual(['committed']);

    // Every id-shaped string of the input is looked up, so references to existing nodes validate.
    expect(paramsOf(db, 'nodes-by-ids')[0]!.ids).toEqual(['moc-2024', 'moc', 'doc-a', 'japan', 'miti', 'signatory', 'applied']);
    const [row, name] = nodeRows(db);
    // Then the nodes it will write, names included, to keep their creator.
    expect(paramsOf(db, 'nodes-by-ids')[1]!.ids).toEqual(['moc-2024', name!.id]);
    expect(db.calls[4]!.params).toEqual({ keys: [{ key: 'moc-2024', id: 'moc-2024', types: [], direction: 'BOTH' }] });

    expect(paramsOf(db, 'seed-upsert-nodes')[0]!.origin).toBe('curator');
    expect(row).toMatchObject({
      id: 'moc-2024',
      label: 'Instrument',
      props: { id: 'moc-2024', title: 'Memorandum on batteries', ...carol },
    });
    expect(name).toMatchObject({ label: 'Name', props: { value: 'Battery MOC', kind: 'applied', ...carol } });

    expect(paramsOf(db, 'seed-upsert-relationships')[0]!.origin).toBe('curator');
    expect(relRows(db).map((r) => [r.type, r.from, r.to, r.key])).toEqual([
      ['HAS_NAME', 'moc-2024', name!.id, ''],
      ['BETWEEN', 'moc-2024', 'japan', ''],
      ['PARTICIPATES_IN', 'miti', 'moc-2024', 'signatory'],
    ]);
    for (const r of relRows(db)) expect(r.props).toMatchObject(carol);

    // The instrument's own names and date claims are the values it keeps; nothing else is stale-checked.
    expect(paramsOf(db, 'curator-delete-stale-values')).toEqual([{ owner: 'moc-2024', keep: [name!.id] }]);

    expect(result).toEqual({
      label: 'Instrument',
      id: 'moc-2024',
      props: { ...row!.props, hash: row!.hash, origin: 'curator', id: 'moc-2024' },
    });
    expect(written).toEqual([result]);
    expect(touched).toEqual(['moc-2024', name!.id, 'japan', 'miti']);
    expect(ctx.logged).toEqual([
      { fields: { curator: 'carol', label: 'Instrument', id: 'moc-2024' }, message: 'curator upserted a record' },
    ]);
  });

  it('updates a curator-made record, keeping who created it and when, and replacing its stale values', async () => {
    const store = storeWithCuratorInstrument();
    const byAlice = { origin: 'curator', createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z', updatedBy: 'alice' };
    store.relationships.push({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'moc-2024',
      props: { key: 'signatory', role: 'signatory', ...byAlice },
    });
    store.relationships.push({ type: 'BETWEEN', from: 'moc-2024', to: 'japan', props: { key: '', ...byAlice } });
    const db = createCurationDb(store);
    const { result } = await upsertRecord(createContext(db), 'instruments', { ...instrument, names: [] });

    expect(db.transactions).toEqual(['committed']);
    expect(nodeRows(db).map((r) => r.id)).toEqual(['moc-2024']);
    const alice = { createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z', updatedBy: 'carol', updatedAt: AT };
    expect(nodeRows(db)[0]!.props).toMatchObject({ title: 'Memorandum on batteries', ...alice });
    expect(result.props).toMatchObject({ title: 'Memorandum on batteries', ...alice, origin: 'curator' });
    const [between, party] = relRows(db);
    expect(between!.props).toMatchObject(alice);
    expect(party!.props).toMatchObject(alice);
    // No names any more: every curator-made value of the instrument goes.
    expect(paramsOf(db, 'curator-delete-stale-values')).toEqual([{ owner: 'moc-2024', keep: [] }]);
  });

  it('stamps a relationship it has not written before as the current curator’s, even when the record existed', async () => {
    const store = storeWithCuratorInstrument();
    // A curator-made relationship of another kind between the same nodes is not the one written.
    store.relationships.push({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'moc-2024',
      props: { key: 'witness', role: 'witness', origin: 'curator', createdBy: 'alice' },
    });
    const db = createCurationDb(store);
    await upsertRecord(createContext(db), 'instruments', { ...instrument, countries: [], names: [] });
    expect(relRows(db)).toHaveLength(1);
    expect(relRows(db)[0]).toMatchObject({ key: 'signatory', props: carol });
  });

  it('returns the record itself as written, not the date claims written before it', async () => {
    const db = createCurationDb(seededStore());
    const claims = [{ field: 'signedOn', value: '2024-03-01', evidence }];
    const { result, touched } = await upsertRecord(createContext(db), 'instruments', { ...instrument, names: [], dateClaims: claims });
    const rows = nodeRows(db);
    expect(rows.map((r) => r.label)).toEqual(['DateClaim', 'Instrument']);
    const claimId = rows[0]!.id;
    expect(result).toEqual({
      label: 'Instrument',
      id: 'moc-2024',
      props: { ...rows[1]!.props, hash: rows[1]!.hash, origin: 'curator', id: 'moc-2024' },
    });
    expect(result.props).toMatchObject({ title: 'Memorandum on batteries', signedOn: '2024-03-01', date: '2024-03-01', year: 2024 });
    expect(paramsOf(db, 'curator-delete-stale-values')).toEqual([{ owner: 'moc-2024', keep: [claimId] }]);
    expect(touched).toEqual([claimId, 'moc-2024', 'japan', 'miti']);
  });

  it('names where the first use of an id was when the input gives the same name twice', async () => {
    const db = createCurationDb(seededStore());
    const twice = [
      { value: 'Battery MOC', kind: 'applied' },
      { value: 'Battery MOC', kind: 'applied' },
    ];
    const attempt = upsertRecord(createContext(db), 'instruments', { ...instrument, names: twice });
    await expect(attempt).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          expect.objectContaining({
            message: expect.stringMatching(/^"name-[0-9a-f]{10}" is already used by a Name \(input › moc-2024 › names\[0\]\)/),
          }),
          expect.objectContaining({ message: expect.stringContaining('duplicates HAS_NAME moc-2024 → name-') }),
        ],
      },
    });
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('refuses to overwrite a seeded record with CONFLICT, reading nothing else and writing nothing', async () => {
    const db = createCurationDb(seededStore());
    const ctx = createContext(db);
    const attempt = upsertRecord(ctx, 'instruments', { ...instrument, id: 'arr-1985' });
    await expect(attempt).rejects.toMatchObject({
      message:
        'The Instrument "arr-1985" is defined by the seed files, so a curator write cannot change it. The seed files are the reviewed source of truth: change it there (docs/curating.md) and run `npm run seed`.',
      extensions: { code: 'CONFLICT', id: 'arr-1985' },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'nodes-by-ids']);
    expect(db.transactions).toEqual(['rolled back']);
    expect(ctx.logged).toEqual([]);
  });

  it('refuses an id that another kind of node already has', async () => {
    const db = createCurationDb(seededStore());
    await expect(
      upsertRecord(createContext(db), 'institutions', { id: 'arr-1985', kind: 'ministry', name: 'X', evidence }),
    ).rejects.toMatchObject({
      message: '"arr-1985" is already the id of a Instrument; ids are unique across all kinds. Choose another id.',
      extensions: { code: 'CONFLICT', id: 'arr-1985' },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'nodes-by-ids']);
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('turns every validation problem into one BAD_USER_INPUT with the problems listed, and writes nothing', async () => {
    const db = createCurationDb(seededStore());
    const attempt = upsertRecord(createContext(db), 'instruments', {
      id: 'moc-2024',
      kind: 'moc',
      title: 'Memorandum',
      legallyBinding: 'maybe',
      evidence,
      parties: [{ institution: 'gone', role: 'signatory' }],
    });
    await expect(attempt).rejects.toMatchObject({
      message:
        'The input has 2 problems: input.legallyBinding: must be true, false or unknown; got "maybe"; input.parties[0]: PARTICIPATES_IN refers to "gone", which does not exist in the graph',
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          { path: 'input.legallyBinding', message: 'must be true, false or unknown; got "maybe"' },
          { path: 'input.parties[0]', message: 'PARTICIPATES_IN refers to "gone", which does not exist in the graph' },
        ],
      },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'nodes-by-ids', 'curator-record-snapshot']);
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('checks excerpts against the text of an existing source', async () => {
    const db = createCurationDb(seededStore());
    const wrong = [{ source: 'doc-a', locator: 'para. 1', excerpt: 'words the source does not hold' }];
    await expect(upsertRecord(createContext(db), 'instruments', { ...instrument, evidence: wrong })).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.evidence[0].excerpt', message: 'is not verbatim in a.txt: "words the source does not hold"' }],
      },
    });
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('refuses to overwrite a seeded name or date claim of the record', async () => {
    const store = seededStore();
    const db0 = createCurationDb(store);
    await upsertRecord(createContext(db0), 'instruments', instrument);
    const nameId = nodeRows(db0)[1]!.id;
    store.nodes.push(stored('Name', nameId, { value: 'Battery MOC', kind: 'applied', origin: 'seed' }));

    const db = createCurationDb(store);
    await expect(upsertRecord(createContext(db), 'instruments', instrument)).rejects.toMatchObject({
      message: `The Name "${nameId}" is defined by the seed files, so a curator write cannot change it. The seed files are the reviewed source of truth: change it there (docs/curating.md) and run \`npm run seed\`.`,
      extensions: { code: 'CONFLICT', id: nameId },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'nodes-by-ids', 'curator-record-snapshot', 'nodes-by-ids']);
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('refuses to overwrite a seeded relationship of a curator-made record', async () => {
    const store = storeWithCuratorInstrument();
    store.relationships.push({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'moc-2024',
      props: { key: 'signatory', role: 'signatory', origin: 'seed' },
    });
    const db = createCurationDb(store);
    await expect(upsertRecord(createContext(db), 'instruments', instrument)).rejects.toMatchObject({
      message: expect.stringContaining('The PARTICIPATES_IN relationship "miti" → "moc-2024" (signatory) is defined by the seed files'),
      extensions: { code: 'CONFLICT' },
    });
    expect(statementNames(db)).not.toContain('seed-upsert-nodes');
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('rolls back with CONFLICT when an endpoint was removed while writing, before removing stale values', async () => {
    const db = createCurationDb(seededStore(), { 'seed-upsert-relationships': () => [{ changed: 0, missing: 1 }] });
    const ctx = createContext(db);
    await expect(upsertRecord(ctx, 'instruments', instrument)).rejects.toMatchObject({
      message: 'A node this write refers to was removed while it was being written. Nothing was written; try again.',
      extensions: { code: 'CONFLICT' },
    });
    expect(statementNames(db)).not.toContain('curator-delete-stale-values');
    expect(db.transactions).toEqual(['rolled back']);
    expect(ctx.logged).toEqual([]);
  });

  it('goes on when the relationship upsert reports no row', async () => {
    const db = createCurationDb(seededStore(), { 'seed-upsert-relationships': () => [] });
    await upsertRecord(createContext(db), 'instruments', instrument);
    expect(db.transactions).toEqual(['committed']);
  });

  it('creates institutions and technology areas under their own labels', async () => {
    const db = createCurationDb(seededStore());
    const institution = await upsertRecord(createContext(db), 'institutions', {
      id: 'nedo',
      kind: 'agency',
      name: 'NEDO',
      evidence,
      country: 'japan',
    });
    expect(institution.result).toMatchObject({ label: 'Institution', id: 'nedo', props: { name: 'NEDO', origin: 'curator' } });
    expect(institution.touched).toEqual(['nedo', 'japan']);

    const area = await upsertRecord(createContext(db), 'technologyAreas', { id: 'batteries', name: 'Batteries', evidence });
    expect(area.result).toMatchObject({ label: 'TechnologyArea', id: 'batteries', props: { name: 'Batteries', origin: 'curator' } });
    expect(area.touched).toEqual(['batteries']);
    expect(area.written).toEqual([area.result]);
  });

  it('updates a curator-made institution, which an update under another kind would refuse', async () => {
    const store = seededStore();
    store.nodes.push(
      stored('Institution', 'nedo', {
        kind: 'agency',
        name: 'NEDO',
        origin: 'curator',
        createdBy: 'alice',
        createdAt: '2025-01-01T00:00:00.000Z',
      }),
    );
    const db = createCurationDb(store);
    const { result } = await upsertRecord(createContext(db), 'institutions', { id: 'nedo', kind: 'agency', name: 'NEDO Japan', evidence });
    expect(result.props).toMatchObject({ name: 'NEDO Japan', createdBy: 'alice', updatedBy: 'carol' });

    await expect(
      upsertRecord(createContext(createCurationDb(store)), 'technologyAreas', { id: 'nedo', name: 'N', evidence }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('stamps the current time when the context gives no clock', async () => {
    vi.useFakeTimers({ now: new Date('2027-07-07T07:07:07.000Z') });
    const db = createCurationDb(seededStore());
    const { result } = await upsertRecord(createContext(db, {}), 'technologyAreas', { id: 'batteries', name: 'Batteries', evidence });
    expect(result.props).toMatchObject({ createdAt: '2027-07-07T07:07:07.000Z', updatedAt: '2027-07-07T07:07:07.000Z' });
  });
});
