import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/db/createReadCache.js';
import { createReadCache, estimateBytes } from '../../../src/db/createReadCache.js';

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

/** What an entry should cost, computed here independently: 128 + UTF-8 bytes of the key and of the rows' JSON. */
const cost = (key: string, rows: Row[]): number =>
  128 + new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(rows)).length;

const MIB = 1024 * 1024;

describe('createReadCache', () => {
  it('answers a repeated read from memory', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
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
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    const d = deferredLoad(rowsOf(1));
    const both = Promise.all([cache.read('k', d.load), cache.read('k', d.load)]);
    d.release();
    const [a, b] = await both;
    expect(d.calls()).toBe(1);
    expect([a.hit, b.hit]).toEqual([false, true]);
    expect(b.rows).toBe(a.rows);
  });

  it('does not store a read that was in flight when a write invalidated the cache', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
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
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    await cache.read('k', async () => rowsOf(3));
    cache.invalidate();
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
    expect((await cache.read('k', async () => rowsOf(1))).hit).toBe(false);
  });

  it('expires entries once they are older than the TTL', async () => {
    // lru-cache treats a start time of 0 as "no TTL": the clock starts later.
    let clock = 1_000;
    const cache = createReadCache({ ttlMs: 100, maxBytes: MIB, now: () => clock });
    await cache.read('k', async () => rowsOf(1));
    clock = 1_100;
    expect((await cache.read('k', async () => rowsOf(1))).hit).toBe(true);
    clock = 1_101;
    expect((await cache.read('k', async () => rowsOf(1))).hit).toBe(false);
  });

  it('evicts the least recently used entries to stay within the byte budget', async () => {
    // Eleven entries of the same cost in a budget of ten: one must go, the least recently used.
    const each = cost('key-a', rowsOf(9));
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: 10 * each });
    await cache.read('key-a', async () => rowsOf(9));
    await cache.read('key-b', async () => rowsOf(9));
    await cache.read('key-a', async () => rowsOf(9)); // a is now the most recently used
    for (let i = 0; i < 9; i += 1) await cache.read(`key-${i}`, async () => rowsOf(9));
    expect(cache.stats).toMatchObject({ entries: 10, bytes: 10 * each, maxBytes: 10 * each });
    expect((await cache.read('key-a', async () => rowsOf(9))).hit).toBe(true);
    expect((await cache.read('key-b', async () => rowsOf(9))).hit).toBe(false);
  });

  it('charges an entry its key and rows as UTF-8 JSON plus a fixed allowance', async () => {
    const rows = [{ title: '日加科学技術協力協定' }];
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    await cache.read('協定', async () => rows);
    // Three bytes per character here, not one: '協定' alone is 6 bytes.
    expect(cache.stats.bytes).toBe(128 + 6 + JSON.stringify(rows).length + 2 * 10);
    expect(cache.stats.bytes).toBe(cost('協定', rows));
    expect(estimateBytes('k', [])).toBe(128 + 1 + 2);
  });

  it('counts empty results and long keys against the budget, so endless misses cannot grow it', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: 20_000 });
    for (let i = 0; i < 1_000; i += 1) await cache.read(`unknown-id-${i}`, async () => []);
    // Each empty result costs at least its allowance and the brackets of its JSON.
    expect(cache.stats.entries).toBeLessThanOrEqual(Math.floor(20_000 / 130));
    expect(cache.stats.bytes).toBeLessThanOrEqual(20_000);
    const before = cache.stats.entries;
    await cache.read('x'.repeat(2_500), async () => rowsOf(1));
    expect(cache.stats.entries).toBeLessThanOrEqual(before - 17);
    expect(cache.stats.bytes).toBeLessThanOrEqual(20_000);
  });

  it('does not cache a result larger than a quarter of the budget', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: 4 * cost('big', rowsOf(26)) - 1 });
    await cache.read('big', async () => rowsOf(26));
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('does not cache rows it cannot measure (JSON has no BigInt), and still answers them', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    const { rows } = await cache.read('k', async () => [{ count: 1n }]);
    expect(rows).toEqual([{ count: 1n }]);
    expect(cache.stats.entries).toBe(0);
  });

  it('never caches an error', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    await expect(cache.read('k', () => Promise.reject(new Error('Neo4j is down')))).rejects.toThrow('Neo4j is down');
    expect(await cache.read('k', async () => rowsOf(1))).toMatchObject({ hit: false });
  });

  it('freezes the rows it shares between requests', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    const { rows } = await cache.read('k', async () => rowsOf(1));
    expect(() => {
      (rows[0]!.props as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('caches a result of exactly a quarter of the budget', async () => {
    const size = cost('quarter', rowsOf(24));
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: 4 * size });
    await cache.read('quarter', async () => rowsOf(24));
    expect(cache.stats).toMatchObject({ entries: 1, bytes: size });
    expect((await cache.read('quarter', () => Promise.reject(new Error('should be cached')))).hit).toBe(true);
  });

  it('drops an expired entry even when reloading it fails', async () => {
    let clock = 1_000;
    const cache = createReadCache({ ttlMs: 100, maxBytes: MIB, now: () => clock });
    await cache.read('k', async () => rowsOf(3));
    expect(cache.stats).toMatchObject({ entries: 1, bytes: cost('k', rowsOf(3)) });
    clock = 1_101;
    await expect(cache.read('k', () => Promise.reject(new Error('Neo4j is down')))).rejects.toThrow('Neo4j is down');
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('does not keep a read that finished after a write began', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    const before = deferredLoad([{ title: 'before the write' }]);
    const pending = cache.read('k', before.load);
    cache.invalidate();
    before.release();
    expect((await pending).rows).toEqual([{ title: 'before the write' }]);
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
    expect(await cache.read('k', async () => [{ title: 'after the write' }])).toEqual({ rows: [{ title: 'after the write' }], hit: false });
  });

  it('lets readers after a write join the newer read, even once the older one has finished', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
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

  it('counts hits, misses and invalidations by cause', async () => {
    const cache = createReadCache({ ttlMs: 1_000, maxBytes: MIB });
    const d = deferredLoad(rowsOf(1));
    const both = Promise.all([cache.read('k', d.load), cache.read('k', d.load)]);
    d.release();
    await both;
    await cache.read('k', d.load);
    cache.invalidate();
    cache.invalidate('version');
    cache.invalidate('version');
    cache.invalidate('poll_failed');
    expect(cache.stats).toEqual({
      entries: 0,
      bytes: 0,
      maxBytes: MIB,
      hits: 2,
      misses: 1,
      invalidations: { write: 1, version: 2, poll_failed: 1 },
    });
  });
});
