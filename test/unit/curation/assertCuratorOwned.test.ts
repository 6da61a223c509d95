import { describe, expect, it } from 'vitest';
import { assertCuratorOwnedNode, assertCuratorOwnedRelationship } from '../../../src/curation/assertCuratorOwned.js';
import type { EdgeRecord, NodeRecord } from '../../../src/model/records.js';

const EDIT_SEEDS = 'The seed files are the reviewed source of truth: change it there (docs/curating.md) and run `npm run seed`.';
const node = (props: Record<string, unknown>): NodeRecord => ({ label: 'Institution', id: 'nedo', props: { id: 'nedo', ...props } });
const edge = (props: Record<string, unknown>): EdgeRecord => ({ type: 'COVERS', from: 'moc-2019', to: 'batteries', props });

describe('assertCuratorOwnedNode', () => {
  it('allows a new id and a node a curator made', () => {
    expect(() => assertCuratorOwnedNode(undefined, 'nedo', 'Institution')).not.toThrow();
    expect(() => assertCuratorOwnedNode(node({ origin: 'curator' }), 'nedo', 'Institution')).not.toThrow();
  });

  it('refuses a seeded node, or one of unknown origin, with CONFLICT naming it', () => {
    for (const props of [{ origin: 'seed' }, {}]) {
      expect(() => assertCuratorOwnedNode(node(props), 'nedo', 'Institution')).toThrowError(
        expect.objectContaining({
          message: `The Institution "nedo" is defined by the seed files, so a curator write cannot change it. ${EDIT_SEEDS}`,
          extensions: { code: 'CONFLICT', id: 'nedo' },
        }),
      );
    }
  });

  it('refuses an id another kind of node has, even a curator’s', () => {
    expect(() => assertCuratorOwnedNode(node({ origin: 'curator' }), 'nedo', 'TechnologyArea')).toThrowError(
      expect.objectContaining({
        message: '"nedo" is already the id of a Institution; ids are unique across all kinds. Choose another id.',
        extensions: { code: 'CONFLICT', id: 'nedo' },
      }),
    );
  });
});

describe('assertCuratorOwnedRelationship', () => {
  it('allows a new relationship and one a curator made', () => {
    expect(() => assertCuratorOwnedRelationship(undefined)).not.toThrow();
    expect(() => assertCuratorOwnedRelationship(edge({ origin: 'curator', key: 'selected' }))).not.toThrow();
  });

  it('refuses a seeded relationship with CONFLICT, naming its key when it has one', () => {
    expect(() => assertCuratorOwnedRelationship(edge({ origin: 'seed', key: 'selected' }))).toThrowError(
      expect.objectContaining({
        message: `The COVERS relationship "moc-2019" → "batteries" (selected) is defined by the seed files, so a curator write cannot change or remove it. ${EDIT_SEEDS}`,
        extensions: { code: 'CONFLICT' },
      }),
    );
    for (const key of ['', undefined, 7]) {
      expect(() => assertCuratorOwnedRelationship(edge({ key }))).toThrowError(
        `The COVERS relationship "moc-2019" → "batteries" is defined by the seed files, so a curator write cannot change or remove it. ${EDIT_SEEDS}`,
      );
    }
  });
});
