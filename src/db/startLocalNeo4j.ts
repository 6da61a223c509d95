/**
 * Starts a real Neo4j 5.26 on loopback from Maven Central artifacts, for machines without Docker.
 * The JVM side is neo4j-launcher/ (one Java class); this module builds it once (Maven resolves and
 * caches the artifacts; later starts need no network), spawns it, and reports ready only when a
 * Bolt connection succeeds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot, type LocalNeo4jConfig } from '../config.js';

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM and waits for it to exit (idempotent). */
  stop(): Promise<void>;
}

export interface Log {
  info(msg: string): void;
  debug(msg: string): void;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const launcherDir = path.join(projectRoot, 'neo4j-launcher');
const classesDir = path.join(launcherDir, 'target', 'classes');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
const launcherClass = path.join(classesDir, 'kizuna', 'Neo4jLauncher.class');
/** Written after a successful build; Maven leaves classpath.txt untouched when it has not changed. */
const buildStamp = path.join(launcherDir, 'target', 'kizuna-build.stamp');
const launcherSources = [path.join(launcherDir, 'pom.xml'), path.join(launcherDir, 'src', 'main', 'java', 'kizuna', 'Neo4jLauncher.java')];

function commandExists(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function mtime(file: string): number {
  return fs.statSync(file).mtimeMs;
}

/** True when the compiled launcher and every cached jar on its classpath are present and current. */
function launcherIsBuilt(): boolean {
  if (!fs.existsSync(launcherClass) || !fs.existsSync(classpathFile) || !fs.existsSync(buildStamp)) return false;
  const builtAt = mtime(buildStamp);
  if (launcherSources.some((source) => mtime(source) > builtAt)) return false;
  const jars = fs.readFileSync(classpathFile, 'utf8').trim().split(path.delimiter);
  return jars.length > 0 && jars.every((jar) => fs.existsSync(jar));
}

/** Compiles the launcher and resolves Neo4j from Maven Central (cached in ~/.m2 after the first run). */
export function buildLauncher(log: Log): void {
  if (launcherIsBuilt()) return;
  if (!commandExists('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed once to fetch Neo4j 5.26 from Maven Central, and was not found. ' +
        'Install Maven 3.8+ (Debian: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  log.info('Building the local Neo4j launcher (the first run downloads Neo4j 5.26 from Maven Central)…');
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', path.join(launcherDir, 'pom.xml'), 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`Building the Neo4j launcher with Maven failed (exit ${result.status ?? 'signal'}):\n${output}`);
  }
  fs.writeFileSync(buildStamp, new Date().toISOString());
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new LocalNeo4jError(
          `Port ${port} on 127.0.0.1 is already in use (another Neo4j?). Stop it, choose another port with NEO4J_LOCAL_PORT, or point NEO4J_URI at it.`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Finds a free loopback port (for tests and throwaway servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startLocalNeo4j(options: LocalNeo4jConfig & { user: string; password: string; log: Log }): Promise<LocalNeo4j> {
  const { port, dataDir, heap, pageCache, startTimeoutMs, user, password, log } = options;
  if (!commandExists('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java 17 is needed to run the local Neo4j and was not found on PATH. Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  if (user !== 'neo4j') {
    throw new LocalNeo4jError(`The local Neo4j has one user, "neo4j"; NEO4J_USER is "${user}". Unset NEO4J_USER or set NEO4J_URI.`);
  }
  buildLauncher(log);
  await assertPortFree(port);
  fs.mkdirSync(dataDir, { recursive: true });

  const classpath = `${classesDir}${path.delimiter}${fs.readFileSync(classpathFile, 'utf8').trim()}`;
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      `-Dkizuna.home=${dataDir}`,
      `-Dkizuna.port=${port}`,
      `-Dkizuna.pagecache=${pageCache}`,
      '-cp',
      classpath,
      'kizuna.Neo4jLauncher',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java for the local Neo4j.');
  const pid = child.pid;
  child.stdin?.write(`${password}\n`);

  // Keep the last lines of output: they explain a failed start (store locked, bad config …).
  const tail: string[] = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      log.debug(`[neo4j] ${line}`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  // If this process exits without calling stop(), take the JVM with it (stdin closing also does).
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      child.stdin?.end();
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    })();
    return stopping;
  };

  const uri = `bolt://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 2_000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new LocalNeo4jError(
          `The local Neo4j exited during start-up (code ${child.exitCode ?? child.signalCode}):\n${tail.slice(-15).join('\n')}`,
        );
      }
      try {
        await driver.verifyConnectivity();
        break;
      } catch {
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            `The local Neo4j did not accept Bolt connections on ${uri} within ${startTimeoutMs} ms:\n${tail.slice(-15).join('\n')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await driver.close();
  }
  log.info(`Local Neo4j ready on ${uri} (pid ${pid}, data in ${dataDir})`);
  return { uri, pid, stop };
}
