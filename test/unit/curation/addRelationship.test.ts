import { describe, expect, it } from 'vitest';
import { addRelationship } from '../../../src/curation/addRelationship.js';
import type { ParamsOf } from '../../../src/db/statements.js';
import { createContext, createCurationDb, evidence, NOW, seededStore, statementNames, stored } from './fakeCurationDb.js';

const AT = NOW.toISOString();
const party = { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', role: 'signatory', asNamed: 'MITI', evidence };

const upserted = (db: ReturnType<typeof createCurationDb>) =>
  db.calls.filter((c) => c.name === 'seed-upsert-relationships').map((c) => c.params as ParamsOf<'seed-upsert-relationships'>);

describe('addRelationship', () => {
  it('adds a relationship between existing nodes as a curator’s, in one committed transaction', async () => {
    const db = createCurationDb(seededStore());
    const ctx = createContext(db);
    const { result, touched, written } = await addRelationship(ctx, party);

    // Then the relationship as written, for the revision recorded in the same transaction.
    expect(statementNames(db)).toEqual([
      'write-lock',
      'nodes-by-ids',
      'edges-of-nodes',
      'seed-upsert-relationships',
      'edges-of-nodes',
      'revision-create',
    ]);
    expect(db.calls.map((c) => c.transaction)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(db.transactions).toEqual(['committed']);
    expect(db.calls[1]!.params).toEqual({ ids: ['miti', 'arr-1985', 'signatory', 'doc-a'] });
    // The relationships of that type leaving `from`, to find one this write would replace.
    expect(db.calls[2]!.params).toEqual({ keys: [{ key: 'miti', id: 'miti', types: ['PARTICIPATES_IN'], direction: 'OUTGOING' }] });

    const [{ rows, origin }] = upserted(db) as [ParamsOf<'seed-upsert-relationships'>];
    expect(origin).toBe('curator');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'arr-1985',
      key: 'signatory',
      props: { role: 'signatory', asNamed: 'MITI', createdBy: 'carol', createdAt: AT, updatedBy: 'carol', updatedAt: AT },
    });
    expect(result).toEqual({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'arr-1985',
      props: { ...row!.props, key: 'signatory', hash: row!.hash, origin: 'curator' },
    });
    expect(touched).toEqual(['miti', 'arr-1985']);
    expect(written).toEqual([]);
    expect(ctx.logged).toEqual([
      { fields: { curator: 'carol', type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985' }, message: 'curator added a relationship' },
    ]);
  });

  it('updates a relationship a curator added, keeping its creator', async () => {
    const store = seededStore();
    store.relationships.push({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'arr-1985',
      props: { key: 'signatory', role: 'signatory', origin: 'curator', createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z' },
    });
    const db = createCurationDb(store);
    const { result } = await addRelationship(createContext(db), { ...party, asNamed: 'the Ministry' });
    expect(result.props).toMatchObject({
      asNamed: 'the Ministry',
      createdBy: 'alice',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'carol',
    });
    expect(db.transactions).toEqual(['committed']);
  });

  it('does not take a relationship with another key or another end for the one written', async () => {
    const store = seededStore();
    const byAlice = { origin: 'seed', createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z' };
    store.nodes.push(stored('Instrument', 'moc-2019', { kind: 'moc', title: 'MOC', origin: 'seed' }));
    store.relationships.push(
      { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', props: { key: 'witness', role: 'witness', ...byAlice } },
      { type: 'PARTICIPATES_IN', from: 'miti', to: 'moc-2019', props: { key: 'signatory', role: 'signatory', ...byAlice } },
    );
    const db = createCurationDb(store);
    const { result } = await addRelationship(createContext(db), party);
    expect(result.props).toMatchObject({ createdBy: 'carol', createdAt: AT });
  });

  it('matches an unqualified relationship stored without a key', async () => {
    const store = seededStore();
    store.nodes.push(stored('Instrument', 'moc-2019', { kind: 'moc', title: 'MOC', origin: 'curator' }));
    store.relationships.push({ type: 'CITES', from: 'moc-2019', to: 'arr-1985', props: { origin: 'seed' } });
    const db = createCurationDb(store);
    await expect(addRelationship(createContext(db), { type: 'CITES', from: 'moc-2019', to: 'arr-1985', evidence })).rejects.toMatchObject({
      message: expect.stringMatching(/^The CITES relationship "moc-2019" → "arr-1985" is defined by the seed files/),
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses to change a seeded relationship with CONFLICT and writes nothing', async () => {
    const db = createCurationDb(seededStore());
    const ctx = createContext(db);
    await expect(addRelationship(ctx, { ...party, from: 'drie', asNamed: 'DRIE' })).rejects.toMatchObject({
      message:
        'The PARTICIPATES_IN relationship "drie" → "arr-1985" (signatory) is defined by the seed files, so a curator write cannot change or remove it. The seed files are the reviewed source of truth: change it there (docs/curating.md) and run `npm run seed`.',
      extensions: { code: 'CONFLICT' },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'nodes-by-ids', 'edges-of-nodes']);
    expect(db.transactions).toEqual(['rolled back']);
    expect(ctx.logged).toEqual([]);
  });

  it('lists every problem of the input in one BAD_USER_INPUT and reads nothing more', async () => {
    const db = createCurationDb(seededStore());
    const attempt = addRelationship(createContext(db), { type: 'CITES', from: 'miti', to: 'gone', how: 'listed', evidence });
    await expect(attempt).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          { path: 'input.how', message: 'does not apply to CITES; it takes note, asNamed' },
          { path: 'input', message: 'CITES from "miti" is a Institution; CITES needs Instrument' },
          { path: 'input', message: 'CITES refers to "gone", which does not exist in the graph' },
        ],
      },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'nodes-by-ids']);
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('refuses a relationship whose only problem is its evidence', async () => {
    const db = createCurationDb(seededStore());
    const wrong = [{ source: 'doc-a', locator: 'p. 2', excerpt: 'not in the source' }];
    await expect(addRelationship(createContext(db), { ...party, evidence: wrong })).rejects.toMatchObject({
      message: 'input.evidence[0].excerpt: is not verbatim in a.txt: "not in the source"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('rolls back with CONFLICT when an end was removed meanwhile', async () => {
    const db = createCurationDb(seededStore(), { 'seed-upsert-relationships': () => [{ changed: 0, missing: 1 }] });
    const ctx = createContext(db);
    await expect(addRelationship(ctx, party)).rejects.toMatchObject({
      message: 'A node this write refers to was removed while it was being written. Nothing was written; try again.',
      extensions: { code: 'CONFLICT' },
    });
    expect(db.transactions).toEqual(['rolled back']);
    expect(ctx.logged).toEqual([]);
  });

  it('succeeds when the upsert reports no row', async () => {
    const db = createCurationDb(seededStore(), { 'seed-upsert-relationships': () => [] });
    await addRelationship(createContext(db), party);
    expect(db.transactions).toEqual(['committed']);
  });

  it('stamps the current time when the context gives no clock', async () => {
    const before = Date.now();
    const db = createCurationDb(seededStore());
    const { result } = await addRelationship(createContext(db, {}), party);
    const at = Date.parse(String(result.props.createdAt));
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });
});
