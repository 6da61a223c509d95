import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { freePort, startLocalNeo4j } from '../../src/db/startLocalNeo4j.js';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

describe('the local Neo4j launcher', () => {
  it('is ready only when Bolt answers with the configured password, and stop() leaves no JVM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-launcher-'));
    const local = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      heap: '256m',
      pageCache: '32m',
      startTimeoutMs: 120_000,
      user: 'neo4j',
      password: 'another-password-1',
      log: { info: () => {}, debug: () => {} },
    });
    const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', 'another-password-1'));
    const result = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    await driver.close();
    expect(result.records[0]?.get('version')).toMatch(/^5\.26\./);
    expect(result.records[0]?.get('edition')).toBe('community');
    await local.stop();
    expect(alive(local.pid)).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes its JVM down when the parent process is killed outright (SIGKILL)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-launcher-'));
    const parent = spawn(process.execPath, ['--import', 'tsx', 'test/integration/fixtures/start-local-neo4j.ts', dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /READY (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`fixture exited early (${code})`)));
    });
    expect(alive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(jvmPid), 30_000)).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a port that is already taken, with a message that says what to do', async () => {
    const port = await freePort();
    const net = await import('node:net');
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    await expect(
      startLocalNeo4j({
        port,
        dataDir: path.join(os.tmpdir(), 'kizuna-unused'),
        heap: '256m',
        pageCache: '32m',
        startTimeoutMs: 10_000,
        user: 'neo4j',
        password: 'another-password-1',
        log: { info: () => {}, debug: () => {} },
      }),
    ).rejects.toThrow(/already in use .*NEO4J_LOCAL_PORT/);
    blocker.close();
  });
});
