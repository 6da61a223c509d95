import { describe, expect, it } from 'vitest';
import { removeRelationship } from '../../../src/curation/removeRelationship.js';
import { createContext, createCurationDb, seededStore, statementNames, type Store } from './fakeCurationDb.js';

/** The seeded store plus MITI as a curator-made signatory and witness of the 1985 arrangement. */
function storeWithCuratorParties(): Store {
  const store = seededStore();
  store.relationships.push(
    { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', props: { key: 'signatory', role: 'signatory', origin: 'curator' } },
    { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', props: { key: 'witness', role: 'witness', origin: 'curator' } },
    { type: 'IN_COUNTRY', from: 'miti', to: 'japan', props: { key: '', origin: 'curator' } },
  );
  return store;
}

describe('removeRelationship', () => {
  it('removes the one curator-made relationship its qualifier names, in one committed transaction', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    const ctx = createContext(db);
    const outcome = await removeRelationship(ctx, { relation: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', qualifier: 'witness' });
    expect(outcome).toEqual({ result: true, touched: ['miti', 'arr-1985'], written: [] });
    expect(db.calls).toEqual([
      { name: 'write-lock', params: {}, transaction: 0 },
      {
        name: 'edges-of-nodes',
        params: { keys: [{ key: 'miti', id: 'miti', types: ['PARTICIPATES_IN'], direction: 'OUTGOING' }] },
        transaction: 0,
      },
      {
        name: 'curator-delete-relationship',
        params: { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', key: 'witness' },
        transaction: 0,
      },
      {
        name: 'revision-create',
        params: {
          subject: 'PARTICIPATES_IN:miti:arr-1985:witness',
          about: ['miti', 'arr-1985'],
          operation: 'DELETE',
          at: expect.any(String) as string,
          by: 'carol',
          reason: null,
          before: JSON.stringify({
            kind: 'relationship',
            type: 'PARTICIPATES_IN',
            from: 'miti',
            to: 'arr-1985',
            props: { key: 'witness', role: 'witness', origin: 'curator' },
          }),
          after: null,
          revertOf: null,
          notRestored: [],
        },
        transaction: 0,
      },
    ]);
    expect(db.transactions).toEqual(['committed']);
    expect(ctx.logged).toEqual([
      { fields: { curator: 'carol', type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985' }, message: 'curator removed a relationship' },
    ]);
  });

  it('needs no qualifier when only one relationship of the type joins the two nodes', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    await removeRelationship(createContext(db), { relation: 'IN_COUNTRY', from: 'miti', to: 'japan' });
    expect(db.calls[2]!.params).toEqual({ type: 'IN_COUNTRY', from: 'miti', to: 'japan', key: '' });
  });

  it('deletes by an empty key when the relationship has none', async () => {
    const store = seededStore();
    store.relationships.push({ type: 'IN_COUNTRY', from: 'miti', to: 'japan', props: { origin: 'curator' } });
    const db = createCurationDb(store, { 'curator-delete-relationship': () => [{ deleted: 1 }] });
    await removeRelationship(createContext(db), { relation: 'IN_COUNTRY', from: 'miti', to: 'japan' });
    expect(db.calls[2]!.params).toEqual({ type: 'IN_COUNTRY', from: 'miti', to: 'japan', key: '' });
  });

  it('asks for role or how when several relationships match, naming their keys', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    await expect(
      removeRelationship(createContext(db), { relation: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985' }),
    ).rejects.toMatchObject({
      message: 'input: 2 PARTICIPATES_IN relationships join "miti" to "arr-1985" (signatory, witness); give role or how to choose one.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input' },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'edges-of-nodes']);
    expect(db.transactions).toEqual(['rolled back']);
  });

  it('is NOT_FOUND when no relationship of the type joins the nodes in that direction', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    const ctx = createContext(db);
    await expect(removeRelationship(ctx, { relation: 'PARTICIPATES_IN', from: 'arr-1985', to: 'miti' })).rejects.toMatchObject({
      message:
        'There is no PARTICIPATES_IN relationship from "arr-1985" to "miti". The edges field of either node lists its relationships.',
      extensions: { code: 'NOT_FOUND', from: 'arr-1985', to: 'miti', relation: 'PARTICIPATES_IN' },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'edges-of-nodes']);
    expect(db.transactions).toEqual(['rolled back']);
    expect(ctx.logged).toEqual([]);
  });

  it('is NOT_FOUND when the qualifier matches none of them, and says so', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    await expect(
      removeRelationship(createContext(db), { relation: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', qualifier: 'host' }),
    ).rejects.toMatchObject({
      message:
        'There is no PARTICIPATES_IN relationship from "miti" to "arr-1985" with host. The edges field of either node lists its relationships.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('does not take a relationship to another node for the one named', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    await expect(removeRelationship(createContext(db), { relation: 'IN_COUNTRY', from: 'miti', to: 'canada' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to remove a seeded relationship with CONFLICT and deletes nothing', async () => {
    const db = createCurationDb(storeWithCuratorParties());
    await expect(
      removeRelationship(createContext(db), { relation: 'PARTICIPATES_IN', from: 'drie', to: 'arr-1985', qualifier: 'signatory' }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('The PARTICIPATES_IN relationship "drie" → "arr-1985" (signatory) is defined by the seed files'),
      extensions: { code: 'CONFLICT' },
    });
    expect(statementNames(db)).toEqual(['write-lock', 'edges-of-nodes']);
    expect(db.transactions).toEqual(['rolled back']);
  });

  it.each([
    ['nothing was deleted', [{ deleted: 0 }]],
    ['two were deleted', [{ deleted: 2 }]],
    ['the deletion reported no row', []],
  ])('rolls back with CONFLICT when %s: the relationship changed meanwhile', async (_, rows) => {
    const db = createCurationDb(storeWithCuratorParties(), { 'curator-delete-relationship': () => rows });
    const ctx = createContext(db);
    await expect(
      removeRelationship(ctx, { relation: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', qualifier: 'signatory' }),
    ).rejects.toMatchObject({
      message: 'The PARTICIPATES_IN relationship from "miti" to "arr-1985" changed while it was being removed; read it again and retry.',
      extensions: { code: 'CONFLICT' },
    });
    expect(db.transactions).toEqual(['rolled back']);
    expect(ctx.logged).toEqual([]);
  });
});
