import { describe, expect, it } from 'vitest';
import { deleteRecord, retireRecord, revertTarget } from '../../../src/curation/recordLifecycle.js';
import { concernedIds, MAX_REASON_LENGTH, normaliseReason, toRevisionRecord } from '../../../src/curation/recordRevision.js';
import { relationshipId } from '../../../src/curation/recordSnapshot.js';
import { createContext, createCurationDb, seededStore, statementNames, stored } from './fakeCurationDb.js';

describe('revision history', () => {
  it('keeps a reason trimmed, drops a blank one, and refuses one over the limit before any write', () => {
    expect(normaliseReason('  typo  ')).toBe('typo');
    expect(normaliseReason('   ')).toBeNull();
    expect(normaliseReason(undefined)).toBeNull();
    expect(() => normaliseReason('x'.repeat(MAX_REASON_LENGTH + 1))).toThrow(/at most 1000 are allowed/);
  });

  it('names a relationship by its Edge.id', () => {
    expect(relationshipId({ type: 'CITES', from: 'a', to: 'b', props: { key: '' } })).toBe('CITES:a:b');
    expect(relationshipId({ type: 'PARTICIPATES_IN', from: 'a', to: 'b', props: { key: 'signatory' } })).toBe(
      'PARTICIPATES_IN:a:b:signatory',
    );
  });

  it('reads a stored revision, with null for what it lacks', () => {
    expect(toRevisionRecord({ id: 'rev-1', subject: 'x', operation: 'CREATE', at: 't', by: 'alice', about: ['x'] })).toEqual({
      id: 'rev-1',
      subject: 'x',
      about: ['x'],
      operation: 'CREATE',
      at: 't',
      by: 'alice',
      reason: null,
      before: null,
      after: null,
      revertOf: null,
      notRestored: [],
    });
  });

  it('files a write under its subject and both ends of every relationship it added, removed or changed', () => {
    const record = (relationships: { type: string; from: string; to: string; props: Record<string, unknown> }[]) => ({
      kind: 'record' as const,
      id: 'x',
      label: 'Instrument',
      retired: false,
      props: {},
      values: [],
      relationships,
    });
    const cites = { type: 'CITES', from: 'x', to: 'moc', props: { key: '', note: 'a', updatedAt: '1' } };
    const covers = { type: 'COVERS', from: 'x', to: 'area', props: { key: 'listed' } };
    const part = { type: 'PARTICIPATES_IN', from: 'ised', to: 'x', props: { key: 'signatory' } };
    // Created: every link is new.
    expect(concernedIds('x', null, record([cites, part]))).toEqual(['x', 'moc', 'ised']);
    // Restamped only (an upsert rewrites updatedAt on what it lists): not the other end's business.
    expect(concernedIds('x', record([cites]), record([{ ...cites, props: { ...cites.props, updatedAt: '2' } }]))).toEqual(['x']);
    // A changed note, a removed and an added link.
    expect(concernedIds('x', record([cites, part]), record([{ ...cites, props: { ...cites.props, note: 'b' } }, covers])).sort()).toEqual([
      'area',
      'ised',
      'moc',
      'x',
    ]);
    // Retired or deleted: every link goes.
    expect(concernedIds('x', record([covers]), null)).toEqual(['x', 'area']);
    // A relationship's own revision.
    expect(concernedIds('CITES:x:moc', null, { kind: 'relationship', ...cites })).toEqual(['CITES:x:moc', 'x', 'moc']);
  });

  it("reverts like an undo: the revision's own link changes undone, links written since kept", () => {
    const link = (to: string, note = '') => ({ type: 'CITES', from: 'x', to, props: { key: '', note } });
    const snap = (title: string, relationships: ReturnType<typeof link>[]) => ({
      kind: 'record' as const,
      id: 'x',
      label: 'Instrument',
      retired: false,
      props: { title },
      values: [],
      relationships,
    });
    const was = snap('Original', [link('a'), link('b', 'first'), link('c')]);
    const became = snap('Vandalised', [link('b', 'changed'), link('c'), link('z')]);
    const now = snap('Vandalised', [link('b', 'changed'), link('c'), link('z'), link('later')]);
    const target = revertTarget(was, became, now);
    expect(target.props).toEqual({ title: 'Original' });
    expect(target.relationships.map((r) => `${r.to}${r.props.note ? `:${r.props.note}` : ''}`).sort()).toEqual([
      'a',
      'b:first',
      'c',
      'later',
    ]);
    // With the record absent there is nothing to keep: it comes back as it was.
    expect(revertTarget(was, became, null)).toBe(was);
  });

  it('refuses to retire or delete a seeded record with CONFLICT (seeded), rolling back before any write', async () => {
    for (const write of [retireRecord, deleteRecord]) {
      const db = createCurationDb(seededStore());
      await expect(write(createContext(db), 'arr-1985')).rejects.toMatchObject({ extensions: { code: 'CONFLICT', seeded: true } });
      expect(statementNames(db)).toEqual(['write-lock', 'curator-record-snapshot']);
      expect(db.transactions).toEqual(['rolled back']);
    }
  });

  it('retires a curator-made record into a tombstone and records the RETIRE revision in the same transaction', async () => {
    const store = seededStore();
    store.nodes.push(stored('Institution', 'curated-office', { name: 'Office', origin: 'curator' }));
    const db = createCurationDb(store, {
      'curator-remove-record': () => [{ deleted: 1 }],
      'curator-retire-record': () => [{ id: 'curated-office' }],
    });
    const ctx = { ...createContext(db), reason: ' duplicate ' };
    const { result } = await retireRecord(ctx, 'curated-office');
    expect(statementNames(db)).toEqual([
      'write-lock',
      'curator-record-snapshot',
      'curator-remove-record',
      'curator-retire-record',
      'curator-record-snapshot',
      'revision-create',
    ]);
    expect(db.calls.every((c) => c.transaction === 0)).toBe(true);
    expect(db.transactions).toEqual(['committed']);
    expect(result).toMatchObject({ operation: 'RETIRE', by: 'carol', reason: 'duplicate', subject: 'curated-office' });
  });

  it('refuses an unknown id with NOT_FOUND', async () => {
    const db = createCurationDb(seededStore());
    await expect(retireRecord(createContext(db), 'no-such-record')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
