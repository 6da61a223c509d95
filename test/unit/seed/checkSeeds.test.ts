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

describe('checkSeeds: graph invariants (src/model/graphInvariants.ts)', () => {
  const areas = (lines: string[]): string => `technologyAreas:\n${lines.map((l) => `  - ${l}\n`).join('')}`;
  const area = (id: string, extra = ''): string => `{ id: ${id}, name: ${id}, evidence: ${evidence}${extra} }`;

  it('reports self-relationships and cycles with the file and record that close them', () => {
    const dir = seedDir({
      'sources.yaml': sources,
      'sources/a.txt': 'Text naming the Canadian\ndepartment.',
      'technology-areas/a.yaml': areas([
        area('semis', ', evolvedFrom: [semis]'),
        area('quantum', ', broader: [physics]'),
        area('physics', ', broader: [quantum]'),
      ]),
    });
    const { problems } = checkSeeds(dir);
    expect(problems.map(formatProblem)).toEqual([
      'technology-areas/a.yaml › semis › EVOLVED_INTO: EVOLVED_INTO from "semis" to itself is not allowed: a node cannot be related to itself',
      'technology-areas/a.yaml › physics › BROADER: BROADER would close a cycle: physics → quantum → physics',
    ]);
  });

  it('reports a date outside 1800–2100 and a name period that ends before it starts', () => {
    const dir = seedDir({
      'sources.yaml': sources,
      'sources/a.txt': 'Text naming the Canadian\ndepartment.',
      'countries.yaml': `countries:\n  - { id: canada, name: Canada, evidence: ${evidence} }\n`,
      'institutions/a.yaml': `institutions:\n  - { id: nrc, name: NRC, kind: agency, country: canada, founded: "0000", evidence: ${evidence}, names: [{ value: Old NRC, kind: former, from: "2020", to: "2010" }] }\n`,
    });
    const messages = checkSeeds(dir).problems.map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/nrc › founded: .*"0000".*outside the plausible range 1800–2100/),
        expect.stringMatching(/nrc › names\[0\] › to: the name's period ends \(2010\) before it starts \(2020\)/),
      ]),
    );
  });

  it('reports an institution dissolved before it was founded', () => {
    const dir = seedDir({
      'sources.yaml': sources,
      'sources/a.txt': 'Text naming the Canadian\ndepartment.',
      'countries.yaml': `countries:\n  - { id: canada, name: Canada, evidence: ${evidence} }\n`,
      'institutions/a.yaml': `institutions:\n  - { id: nrc, name: NRC, kind: agency, country: canada, founded: "1990-05", dissolved: "1989", evidence: ${evidence} }\n`,
    });
    expect(checkSeeds(dir).problems.map(formatProblem)).toEqual([
      "institutions/a.yaml › nrc › dissolved: the institution's life ends (1989) before it starts (1990-05)",
    ]);
  });
});
