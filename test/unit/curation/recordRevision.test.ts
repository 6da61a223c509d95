import { describe, expect, it } from 'vitest';
import { deleteRecord, retireRecord } from '../../../src/curation/recordLifecycle.js';
import { MAX_REASON_LENGTH, normaliseReason, toRevisionRecord } from '../../../src/curation/recordRevision.js';
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
    });
  });

  it('refuses to retire or delete a seeded record with CONFLICT (seeded), rolling back before any write', async () => {
    for (const write of [retireRecord, deleteRecord]) {
      const db = createCurationDb(seededStore());
      await expect(write(createContext(db), 'arr-1985')).rejects.toMatchObject({ extensions: { code: 'CONFLICT', seeded: true } });
      expect(statementNames(db)).toEqual(['curator-record-snapshot']);
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
