/**
 * The driver glue of createDb, exercised with the real neo4j-driver against real sockets on
 * loopback: a port nothing listens on (Neo4j down) and a server that accepts connections but never
 * says a word (Neo4j frozen). Reading results back needs a Neo4j that answers: test/integration.
 */
import net from 'node:net';
import { Neo4jError, Record as DriverRecord } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheReads, createDb, startPolling, toRows, type Db, type DbOptions, type QueryStats } from '../../../src/db/createDb.js';
import type { ParamsOf, ReadStatementName, RowOf } from '../../../src/db/statements.js';
import { codeOf, conflict } from '../../../src/errors.js';

const opened: Db[] = [];
const servers: { server: net.Server; sockets: net.Socket[] }[] = [];

afterEach(async () => {
  for (const { server, sockets } of servers.splice(0)) {
    for (const socket of sockets) socket.destroy();
    server.close();
  }
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

function open(options: Partial<DbOptions> & { uri: string }): Db {
  const db = createDb({ user: 'neo4j', password: 'not-used', database: 'neo4j', ...options });
  opened.push(db);
  return db;
}

/** A loopback port nothing listens on: connections to it are refused at once. */
async function refusingUri(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `bolt://127.0.0.1:${port}`;
}

/** A server that accepts every connection and never answers, like a Neo4j whose JVM is frozen. */
async function silentServer(): Promise<{ uri: string; sockets: net.Socket[] }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ server, sockets });
  return { uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`, sockets };
}

/** The rejection of `promise` (fails the test when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

const newStats = (): QueryStats => ({ roundTrips: 0, cacheHits: 0 });

describe('createDb when Neo4j refuses connections', () => {
  it('answers a read with SERVICE_UNAVAILABLE and counts the round trip against the request', async () => {
    const db = open({ uri: await refusingUri() });
    const stats = newStats();
    const error = await rejectionOf(db.reader(stats).read('nodes-by-ids', { ids: ['nrc'] }));
    expect(codeOf(error)).toBe('SERVICE_UNAVAILABLE');
    expect(stats).toEqual({ roundTrips: 1, cacheHits: 0 });
  });

  it('fails a read without stats the same way, with the statements it loaded from cypher/ itself', async () => {
    const db = open({ uri: await refusingUri() });
    expect(codeOf(await rejectionOf(db.read('ping', {})))).toBe('SERVICE_UNAVAILABLE');
  });

  it('does not cache a failed read', async () => {
    const db = open({ uri: await refusingUri(), readCache: { ttlMs: 60_000, maxBytes: 1_000_000 } });
    const stats = newStats();
    for (let i = 0; i < 2; i += 1) expect(codeOf(await rejectionOf(db.read('graph-report', {}, stats)))).toBe('SERVICE_UNAVAILABLE');
    expect(stats).toEqual({ roundTrips: 2, cacheHits: 0 });
  });

  it("fails a write transaction with SERVICE_UNAVAILABLE, its statement having failed with the driver's own error", async () => {
    const db = open({ uri: await refusingUri() });
    const seen: unknown[] = [];
    const error = await rejectionOf(
      db.writeTransaction(async (tx) => {
        await tx.run('seed-reset', {}).catch((e: unknown) => {
          seen.push(e);
          throw e;
        });
        return 'committed';
      }),
    );
    expect(codeOf(error)).toBe('SERVICE_UNAVAILABLE');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Neo4jError);
    expect((seen[0] as Neo4jError).code).toBe('ServiceUnavailable');
  });

  it('passes an error the work throws itself to the caller unchanged', async () => {
    const db = open({ uri: await refusingUri() });
    const mine = new Error('the curator asked for something impossible');
    expect(await rejectionOf(db.writeTransaction(() => Promise.reject(mine)))).toBe(mine);
    const known = conflict('seeded records cannot be changed');
    expect(await rejectionOf(db.writeTransaction(() => Promise.reject(known), { timeoutMs: 60_000 }))).toBe(known);
  });

  it('fails applySchema with SERVICE_UNAVAILABLE', async () => {
    const db = open({ uri: await refusingUri() });
    expect(codeOf(await rejectionOf(db.applySchema()))).toBe('SERVICE_UNAVAILABLE');
  });

  it('answers a ping with false', async () => {
    const db = open({ uri: await refusingUri() });
    await expect(db.ping()).resolves.toBe(false);
  });

  it('polls the graph version while its read cache is on, empties the cache on each failure, and stops on close', async () => {
    const db = open({ uri: await refusingUri(), readCache: { ttlMs: 60_000, maxBytes: 1_000_000, versionPollMs: 20 } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const during = db.stats!();
    expect(during.versionPolls).toBeGreaterThanOrEqual(3);
    expect(during.versionPollFailures).toBeGreaterThanOrEqual(during.versionPolls - 1);
    expect(during.readCache?.invalidations.poll_failed).toBe(during.versionPollFailures);
    await db.close();
    const closed = db.stats!().versionPolls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(db.stats!().versionPolls).toBe(closed);
  });

  it('does not poll without a read cache, or with versionPollMs 0', async () => {
    const uri = await refusingUri();
    const without = open({ uri });
    const off = open({ uri, readCache: { ttlMs: 60_000, maxBytes: 1_000_000, versionPollMs: 0 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(without.stats!()).toEqual({ reads: 0, writeTransactions: 0, versionPolls: 0, versionPollFailures: 0, readCache: undefined });
    expect(off.stats!()).toMatchObject({ versionPolls: 0, readCache: { entries: 0, maxBytes: 1_000_000 } });
  });

  it('counts the reads that went to Neo4j and the write transactions begun', async () => {
    const db = open({ uri: await refusingUri() });
    await rejectionOf(db.read('ping', {}));
    await rejectionOf(db.reader(newStats()).read('nodes-by-ids', { ids: ['nrc'] }));
    await rejectionOf(db.writeTransaction(async (tx) => tx.run('seed-reset', {})));
    await db.ping();
    expect(db.stats!()).toMatchObject({ reads: 2, writeTransactions: 1, versionPolls: 0 });
  });

  it('names the database it was opened for', () => {
    expect(open({ uri: 'bolt://127.0.0.1:7687', database: 'kizuna' }).database).toBe('kizuna');
  });

  it('throws at once for a malformed URI', () => {
    expect(() => createDb({ uri: 'nonsense://somewhere', user: 'neo4j', password: 'x', database: 'neo4j' })).toThrow(
      /Unknown scheme: nonsense/,
    );
  });
});

describe('createDb when Neo4j accepts connections but never answers', () => {
  it('gives up on a read after connectionTimeoutMs with SERVICE_UNAVAILABLE', async () => {
    const silent = await silentServer();
    const db = open({ uri: silent.uri, connectionTimeoutMs: 200 });
    const started = Date.now();
    const error = await rejectionOf(db.read('ping', {}));
    expect(codeOf(error)).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(1_200);
    expect(silent.sockets).toHaveLength(1);
  });

  it('gives up after 1.5 s by default, not the driver default of a minute', async () => {
    const silent = await silentServer();
    const db = open({ uri: silent.uri });
    const started = Date.now();
    expect(codeOf(await rejectionOf(db.read('ping', {})))).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(Date.now() - started).toBeLessThan(3_500);
  });

  it('opens no more connections than maxPoolSize', async () => {
    const silent = await silentServer();
    const db = open({ uri: silent.uri, connectionTimeoutMs: 200, maxPoolSize: 2 });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => db.read('ping', {})));
    expect(results.map((r) => r.status === 'rejected' && codeOf(r.reason))).toEqual(Array(5).fill('SERVICE_UNAVAILABLE'));
    expect(silent.sockets).toHaveLength(2);
  });

  it('opens at most 50 connections by default', async () => {
    const silent = await silentServer();
    const db = open({ uri: silent.uri, connectionTimeoutMs: 200 });
    await Promise.allSettled(Array.from({ length: 60 }, () => db.read('ping', {})));
    expect(silent.sockets).toHaveLength(50);
  });

  it('asks Neo4j when pinged, and answers false when it does not reply in time', async () => {
    const silent = await silentServer();
    const db = open({ uri: silent.uri, connectionTimeoutMs: 200 });
    await expect(db.ping()).resolves.toBe(false);
    expect(silent.sockets).toHaveLength(1);
  });
});

describe('toRows', () => {
  it("turns the driver's records into plain rows keyed by column", () => {
    const records = [new DriverRecord(['id', 'year'], ['mou-2019', 2019]), new DriverRecord(['id', 'year'], ['mou-2020', null])];
    expect(toRows<'timeline'>(records)).toEqual([
      { id: 'mou-2019', year: 2019 },
      { id: 'mou-2020', year: null },
    ]);
  });
});

/** A stand-in for the round trip to Neo4j: counts calls and answers with the call's number. */
function countingExecute() {
  const calls: { name: string; params: unknown }[] = [];
  const execute = async <N extends ReadStatementName>(name: N, params: ParamsOf<N>, stats?: QueryStats): Promise<RowOf<N>[]> => {
    calls.push({ name, params });
    if (stats) stats.roundTrips += 1;
    return [{ call: calls.length }] as unknown as RowOf<N>[];
  };
  return { calls, execute };
}

describe('startPolling', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('polls at once, then again the interval after each poll ends, never two at once, until stopped', async () => {
    vi.useFakeTimers();
    try {
      let running = 0;
      let most = 0;
      const started: number[] = [];
      const t0 = Date.now();
      const poller = startPolling(10, async () => {
        started.push(Date.now() - t0);
        running += 1;
        most = Math.max(most, running);
        await sleep(30);
        running -= 1;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toEqual([0]);
      // Each poll takes 30 ms and the next starts 10 ms after it ends.
      await vi.advanceTimersByTimeAsync(39);
      expect(started).toEqual([0]);
      await vi.advanceTimersByTimeAsync(1);
      expect(started).toEqual([0, 40]);
      await vi.advanceTimersByTimeAsync(200);
      expect(started).toEqual([0, 40, 80, 120, 160, 200, 240]);
      expect(most).toBe(1);
      const stopping = poller.stop();
      expect(running).toBe(1);
      await vi.advanceTimersByTimeAsync(30);
      await stopping;
      expect(running).toBe(0);
      await vi.advanceTimersByTimeAsync(100);
      expect(started).toHaveLength(7);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts no poll after being stopped between polls', async () => {
    vi.useFakeTimers();
    try {
      let polls = 0;
      const poller = startPolling(50, async () => {
        polls += 1;
      });
      await vi.advanceTimersByTimeAsync(10);
      expect(polls).toBe(1);
      await poller.stop();
      await vi.advanceTimersByTimeAsync(200);
      expect(polls).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps polling after a poll fails', async () => {
    let calls = 0;
    const poller = startPolling(5, async () => {
      calls += 1;
      throw new Error('Neo4j is down');
    });
    await sleep(60);
    await poller.stop();
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});

describe('cacheReads', () => {
  it('sends every read to Neo4j when there is no read cache', async () => {
    const { calls, execute } = countingExecute();
    const reads = cacheReads(undefined, execute);
    const stats = newStats();
    expect(await reads.read('ping', {}, stats)).toEqual([{ call: 1 }]);
    expect(await reads.read('ping', {}, stats)).toEqual([{ call: 2 }]);
    expect(calls).toHaveLength(2);
    expect(stats).toEqual({ roundTrips: 2, cacheHits: 0 });
  });

  it('takes a ttlMs of 0 to mean no read cache: even concurrent reads each make a round trip', async () => {
    const { calls, execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 0, maxBytes: 1_000_000 }, execute);
    const stats = newStats();
    await Promise.all([reads.read('ping', {}, stats), reads.read('ping', {}, stats)]);
    await reads.read('ping', {}, stats);
    expect(calls).toHaveLength(3);
    expect(stats).toEqual({ roundTrips: 3, cacheHits: 0 });
  });

  it("answers a repeated read from the cache and counts the hit against the request's stats", async () => {
    const { calls, execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    const stats = newStats();
    expect(await reads.read('nodes-by-ids', { ids: ['nrc'] }, stats)).toEqual([{ call: 1 }]);
    expect(stats).toEqual({ roundTrips: 1, cacheHits: 0 });
    expect(await reads.read('nodes-by-ids', { ids: ['nrc'] }, stats)).toEqual([{ call: 1 }]);
    expect(stats).toEqual({ roundTrips: 1, cacheHits: 1 });
    expect(await reads.read('nodes-by-ids', { ids: ['nrc'] })).toEqual([{ call: 1 }]);
    expect(calls).toEqual([{ name: 'nodes-by-ids', params: { ids: ['nrc'] } }]);
  });

  it('keeps reads of different statements or parameters apart', async () => {
    const { calls, execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    expect(await reads.read('nodes-by-ids', { ids: ['nrc'] })).toEqual([{ call: 1 }]);
    expect(await reads.read('nodes-by-ids', { ids: ['aist'] })).toEqual([{ call: 2 }]);
    expect(await reads.read('ping', {})).toEqual([{ call: 3 }]);
    expect(await reads.read('graph-report', {})).toEqual([{ call: 4 }]);
    expect(await reads.read('nodes-by-ids', { ids: ['aist'] })).toEqual([{ call: 2 }]);
    expect(await reads.read('ping', {})).toEqual([{ call: 3 }]);
    expect(calls).toHaveLength(4);
  });

  it('empties the cache when a write starts, so reads during the write go to Neo4j', async () => {
    const { calls, execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    await reads.read('ping', {});
    const during = await reads.invalidating(() => reads.read('ping', {}));
    expect(during).toEqual([{ call: 2 }]);
    expect(calls).toHaveLength(2);
  });

  it('empties the cache again when the write ends, so nothing read during it is kept', async () => {
    const { execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    await reads.invalidating(async () => {
      await reads.read('ping', {});
    });
    expect(await reads.read('ping', {})).toEqual([{ call: 2 }]);
  });

  it('empties the cache when a write fails, and passes the failure on', async () => {
    const { execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    const failure = new Error('commit failed');
    await expect(
      reads.invalidating(async () => {
        await reads.read('ping', {});
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await reads.read('ping', {})).toEqual([{ call: 2 }]);
  });

  it("returns the write's result, with or without a read cache", async () => {
    const { execute } = countingExecute();
    await expect(cacheReads(undefined, execute).invalidating(async () => 'written')).resolves.toBe('written');
    await expect(cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute).invalidating(async () => 'written')).resolves.toBe('written');
  });

  it('empties the cache when the graph version changes or cannot be read, not when it stays the same', async () => {
    const { execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    const ping = async () => (await reads.read('ping', {}))[0];
    expect(await ping()).toEqual({ call: 1 });
    // The first token ever seen: what was cached before it was never checked.
    reads.observeVersion('a');
    expect(await ping()).toEqual({ call: 2 });
    reads.observeVersion('a');
    expect(await ping()).toEqual({ call: 2 });
    reads.observeVersion('b');
    expect(await ping()).toEqual({ call: 3 });
    reads.observeVersion(undefined);
    expect(await ping()).toEqual({ call: 4 });
    reads.observeVersion(undefined);
    expect(await ping()).toEqual({ call: 5 });
    // The same token as before the failures: still unchecked what was stored while polls failed.
    reads.observeVersion('b');
    expect(await ping()).toEqual({ call: 6 });
    reads.observeVersion('b');
    expect(await ping()).toEqual({ call: 6 });
    expect(reads.stats()).toMatchObject({ invalidations: { write: 0, version: 3, poll_failed: 2 }, hits: 2, misses: 6 });
  });

  it("does not empty the cache again when a poll reads the token of this Db's own write", async () => {
    const { execute } = countingExecute();
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    const ping = async () => (await reads.read('ping', {}))[0];
    reads.observeVersion('a');
    // Before any poll succeeded there is nothing to trust: adopting changes nothing.
    const fresh = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, countingExecute().execute);
    fresh.adoptOwnVersion('x');
    fresh.observeVersion('x');
    expect(fresh.stats()).toMatchObject({ invalidations: { version: 1 } });
    await reads.invalidating(async () => reads.adoptOwnVersion('mine'));
    expect(await ping()).toEqual({ call: 1 });
    reads.observeVersion('mine');
    expect(await ping()).toEqual({ call: 1 });
    // Another process's write still empties it.
    reads.observeVersion('theirs');
    expect(await ping()).toEqual({ call: 2 });
  });

  it('does not keep a read that was in flight when the version changed', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const execute = async <N extends ReadStatementName>(): Promise<RowOf<N>[]> => {
      calls += 1;
      const call = calls;
      if (call === 1) await gate;
      return [{ call }] as unknown as RowOf<N>[];
    };
    const reads = cacheReads({ ttlMs: 60_000, maxBytes: 1_000_000 }, execute);
    reads.observeVersion('a');
    const before = reads.read('ping', {});
    reads.observeVersion('b');
    release();
    expect(await before).toEqual([{ call: 1 }]);
    expect(await reads.read('ping', {})).toEqual([{ call: 2 }]);
  });

  it('takes version tokens without a read cache, and has no cache stats then', () => {
    const { execute } = countingExecute();
    const reads = cacheReads(undefined, execute);
    expect(() => reads.observeVersion(undefined)).not.toThrow();
    expect(reads.stats()).toBeUndefined();
  });
});
