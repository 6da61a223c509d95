import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSeeds } from '../../../src/seed/checkSeeds.js';
import { formatProblem } from '../../../src/seed/validateSeeds.js';

const dirs: string[] = [];

function seedDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-check-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const sources = 'sources:\n  - { id: doc-a, kind: document, title: A, file: sources/a.txt }\n';
const evidence = '[{ source: doc-a, locator: para. 1, excerpt: "the Canadian  department" }]';

describe('checkSeeds', () => {
  it('validates the files of a directory against the source texts in it', () => {
    const dir = seedDir({
      'sources.yaml': sources,
      'sources/a.txt': 'Text naming the Canadian\ndepartment.',
      'countries.yaml': `countries:\n  - { id: canada, name: Canada, evidence: ${evidence} }\n`,
    });
    const { graph, problems } = checkSeeds(dir);
    expect(problems).toEqual([]);
    expect(graph.nodes.map((n) => `${n.label}:${n.id}`)).toEqual(['Source:doc-a', 'Country:canada']);
  });

  it('reports unreadable files first, then the problems in the files it could read', () => {
    const dir = seedDir({
      'sources.yaml': sources,
      'sources/a.txt': 'Some other text.',
      'countries.yaml': `countries:\n  - { id: canada, name: Canada, evidence: ${evidence} }\n`,
      'z-broken.yaml': 'countries: [\n',
    });
    const { problems } = checkSeeds(dir);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^z-broken\.yaml › line \d+ › \(yaml\): /),
      'countries.yaml › canada › evidence[0].excerpt: is not verbatim in sources/a.txt: "the Canadian department"',
    ]);
  });
});
