import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { graphFingerprint, graphReport, loadSeedGraph } from '../../src/seed/loadSeedGraph.js';
import { seedsDir } from '../../src/seed/readSeedFiles.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

let db: Db;
beforeAll(async () => {
  db = openTestDb();
  await restoreSeededGraph(db);
});
afterAll(async () => {
  await restoreSeededGraph(db);
  await db.close();
});

/** A copy of seeds/ with one file changed, so a broken seed never touches the real files. */
function seedsWith(file: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-seeds-'));
  fs.cpSync(seedsDir, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

function runSeedCli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const neo4j = inject('neo4j');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      ...env,
    },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the seed loader', () => {
  it('changes nothing on a second load of the same seeds', async () => {
    const { graph } = checkSeeds();
    const before = await graphFingerprint(db);
    const second = await loadSeedGraph(db, graph);
    expect(second).toEqual({ nodesChanged: 0, relationshipsChanged: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('writes exactly the validated graph: one node per record and one relationship per stated link', async () => {
    const { graph } = checkSeeds();
    const report = await graphReport(db);
    const nodes = report.filter((r) => r.kind === 'node').reduce((sum, r) => sum + r.count, 0);
    const relationships = report.filter((r) => r.kind === 'relationship').reduce((sum, r) => sum + r.count, 0);
    expect(nodes).toBe(graph.nodes.length);
    expect(relationships).toBe(graph.relationships.length);
  });

  it('rejects a broken file with file, record and field, and leaves the graph unchanged', async () => {
    const before = await graphFingerprint(db);
    const broken = seedsWith(
      'instruments/zz-broken.yaml',
      [
        'instruments:',
        '  - id: moc-2099-broken',
        '    kind: moc',
        '    title: A broken instrument',
        '    signedOn: "2099-02-30"',
        '    evidence: [{ source: doc-moc-2023, locator: "§1", excerpt: "words that the MOC never says" }]',
        '    parties: [{ institution: no-such-institution, role: signatory }]',
      ].join('\n'),
    );
    const { problems } = checkSeeds(broken);
    const messages = problems.map((p) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^instruments\/zz-broken\.yaml › moc-2099-broken › signedOn: "2099-02-30" is not a valid date/),
        expect.stringMatching(/^instruments\/zz-broken\.yaml › moc-2099-broken › evidence\[0\]\.excerpt: is not verbatim/),
        expect.stringMatching(
          /^instruments\/zz-broken\.yaml › moc-2099-broken › parties\[0\] › PARTICIPATES_IN: refers to "no-such-institution"/,
        ),
      ]),
    );
    expect(problems).toHaveLength(3);
    fs.rmSync(broken, { recursive: true, force: true });
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('the CLI exits 1 on invalid seeds and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const broken = seedsWith('countries.yaml', 'countries:\n  - id: Not A Slug\n    name: Nowhere\n');
    const result = runSeedCli([], { KIZUNA_SEEDS_DIR: broken });
    fs.rmSync(broken, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('countries.yaml › Not A Slug › id: "Not A Slug" is not a lowercase slug');
    expect(result.stderr).toContain('nothing was written');
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('the CLI loads, reports counts per label and relationship type, and a second run changes nothing', async () => {
    const result = runSeedCli(['--report']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 nodes and 0 relationships created or updated, 0 nodes and 0 relationships removed');
    expect(result.stdout).toMatch(/Nodes per label:[\s\S]*Instrument\s+\d+/);
    expect(result.stdout).toMatch(/Relationships per type:[\s\S]*PARTICIPATES_IN\s+\d+/);
  });

  it('rolls back the whole load when a write fails part-way', async () => {
    const before = await graphFingerprint(db);
    const { graph } = checkSeeds();
    const changed = {
      ...graph,
      nodes: graph.nodes.map((n) =>
        n.id === 'mou-2019-nrc-aist' ? { ...n, props: { ...n.props, title: 'changed in a doomed load' } } : n,
      ),
    };
    // A relationship to a node that does not exist makes the loader throw after the nodes were written.
    const doomed = { ...changed, relationships: [...changed.relationships, { ...changed.relationships[0]!, to: 'does-not-exist' }] };
    await expect(loadSeedGraph(db, doomed)).rejects.toThrow(/refer to nodes that do not exist/);
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('--reset rebuilds the graph from scratch to the same content', async () => {
    const { graph } = checkSeeds();
    const result = await loadSeedGraph(db, graph, { reset: true });
    expect(result.nodesDeleted).toBe(graph.nodes.length);
    expect(result.nodesChanged).toBe(graph.nodes.length);
    const again = await loadSeedGraph(db, graph);
    expect(again.nodesChanged + again.relationshipsChanged).toBe(0);
  });
});
