import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/db/createReadCache.js';
import { createReadCache } from '../../../src/db/createReadCache.js';

/** A load function that counts its calls and resolves when told to. */
function deferredLoad(rows: Row[]) {
  let calls = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    load: async (): Promise<Row[]> => {
      calls += 1;
      await gate;
      return structuredClone(rows);
    },
    release: () => release(),
    calls: () => calls,
  };
}

const rowsOf = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, props: { title: `t${i}` } }));

describe('createReadCache', () => {
  it('answers a repeated read from memory', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 1_000 });
    let calls = 0;
    const load = async (): Promise<Row[]> => {
      calls += 1;
      return rowsOf(2);
    };
    expect(await cache.read('k', load)).toMatchObject({ hit: false });
    const second = await cache.read('k', load);
    expect(second.hit).toBe(true);
    expect(second.rows).toEqual(rowsOf(2));
    expect(calls).toBe(1);
  });

  it('lets concurrent misses for one key share a single load', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 1_000 });
    const d = deferredLoad(rowsOf(1));
    const both = Promise.all([cache.read('k', d.load), cache.read('k', d.load)]);
    d.release();
    const [a, b] = await both;
    expect(d.calls()).toBe(1);
    expect([a.hit, b.hit]).toEqual([false, true]);
    expect(b.rows).toBe(a.rows);
  });

  it('does not store a read that was in flight when a write invalidated the cache', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 1_000 });
    const before = deferredLoad([{ title: 'before the write' }]);
    const pending = cache.read('k', before.load);
    cache.invalidate();
    // A reader after the write must not join the older read either.
    const after = deferredLoad([{ title: 'after the write' }]);
    const fresh = cache.read('k', after.load);
    before.release();
    after.release();
    expect((await pending).rows).toEqual([{ title: 'before the write' }]);
    expect((await fresh).rows).toEqual([{ title: 'after the write' }]);
    const third = await cache.read('k', () => Promise.reject(new Error('should be cached')));
    expect(third).toEqual({ rows: [{ title: 'after the write' }], hit: true });
  });

  it('forgets everything on invalidate', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 1_000 });
    await cache.read('k', async () => rowsOf(3));
    cache.invalidate();
    expect(cache.stats).toMatchObject({ entries: 0, rows: 0 });
    expect((await cache.read('k', async () => rowsOf(1))).hit).toBe(false);
  });

  it('expires entries after the TTL', async () => {
    let clock = 0;
    const cache = createReadCache({ ttlMs: 100, maxRows: 1_000, now: () => clock });
    await cache.read('k', async () => rowsOf(1));
    clock = 99;
    expect((await cache.read('k', async () => rowsOf(1))).hit).toBe(true);
    clock = 100;
    expect((await cache.read('k', async () => rowsOf(1))).hit).toBe(false);
  });

  it('evicts the least recently used entries to stay within the row budget', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 100 });
    await cache.read('a', async () => rowsOf(9));
    await cache.read('b', async () => rowsOf(9));
    // Each entry weighs 10 (nine rows and itself): eleven of them overflow the budget by one entry.
    await cache.read('a', async () => rowsOf(9)); // a is now the most recently used
    for (let i = 0; i < 9; i += 1) await cache.read(`filler${i}`, async () => rowsOf(9));
    expect(cache.stats.rows).toBeLessThanOrEqual(100);
    expect((await cache.read('a', async () => rowsOf(9))).hit).toBe(true);
    expect((await cache.read('b', async () => rowsOf(9))).hit).toBe(false);
  });

  it('counts empty results and long keys against the budget, so endless misses cannot grow it', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 100 });
    for (let i = 0; i < 1_000; i += 1) await cache.read(`unknown-id-${i}`, async () => []);
    expect(cache.stats.entries).toBeLessThanOrEqual(100);
    expect(cache.stats.rows).toBeLessThanOrEqual(100);
    await cache.read('x'.repeat(256 * 10), async () => rowsOf(1));
    expect(cache.stats.entries).toBeLessThanOrEqual(100 - 11);
  });

  it('does not cache a result larger than a quarter of the budget', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 100 });
    await cache.read('big', async () => rowsOf(26));
    expect(cache.stats.entries).toBe(0);
  });

  it('never caches an error', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 100 });
    await expect(cache.read('k', () => Promise.reject(new Error('Neo4j is down')))).rejects.toThrow('Neo4j is down');
    expect(await cache.read('k', async () => rowsOf(1))).toMatchObject({ hit: false });
  });

  it('freezes the rows it shares between requests', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 100 });
    const { rows } = await cache.read('k', async () => rowsOf(1));
    expect(() => {
      (rows[0]!.props as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('caches a result of exactly a quarter of the budget', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 100 });
    // 24 rows and the entry itself weigh 25.
    await cache.read('quarter', async () => rowsOf(24));
    expect(cache.stats).toEqual({ entries: 1, rows: 25 });
    expect((await cache.read('quarter', () => Promise.reject(new Error('should be cached')))).hit).toBe(true);
  });

  it('drops an expired entry even when reloading it fails', async () => {
    let clock = 0;
    const cache = createReadCache({ ttlMs: 100, maxRows: 1_000, now: () => clock });
    await cache.read('k', async () => rowsOf(3));
    expect(cache.stats).toEqual({ entries: 1, rows: 4 });
    clock = 100;
    await expect(cache.read('k', () => Promise.reject(new Error('Neo4j is down')))).rejects.toThrow('Neo4j is down');
    expect(cache.stats).toEqual({ entries: 0, rows: 0 });
  });

  it('does not keep a read that finished after a write began', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 1_000 });
    const before = deferredLoad([{ title: 'before the write' }]);
    const pending = cache.read('k', before.load);
    cache.invalidate();
    before.release();
    expect((await pending).rows).toEqual([{ title: 'before the write' }]);
    expect(cache.stats).toEqual({ entries: 0, rows: 0 });
    expect(await cache.read('k', async () => [{ title: 'after the write' }])).toEqual({ rows: [{ title: 'after the write' }], hit: false });
  });

  it('lets readers after a write join the newer read, even once the older one has finished', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxRows: 1_000 });
    const before = deferredLoad([{ title: 'before the write' }]);
    const older = cache.read('k', before.load);
    cache.invalidate();
    const after = deferredLoad([{ title: 'after the write' }]);
    const newer = cache.read('k', after.load);
    before.release();
    await older;
    const third = deferredLoad([{ title: 'a third load' }]);
    const joined = cache.read('k', third.load);
    after.release();
    expect(await joined).toEqual({ rows: [{ title: 'after the write' }], hit: true });
    expect((await newer).rows).toEqual([{ title: 'after the write' }]);
    expect(third.calls()).toBe(0);
  });
});
