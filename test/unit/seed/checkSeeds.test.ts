import { describe, expect, it } from 'vitest';
import { seedDir } from './seedDirs.js';
import { checkSeeds } from '../../../src/seed/checkSeeds.js';
import { formatProblem } from '../../../src/seed/validateSeeds.js';

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
