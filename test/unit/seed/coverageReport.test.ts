/** The coverage report: blocks of a source held as provisions or evidence, numbers held as figures. */
import { describe, expect, it } from 'vitest';
import { blocksOf, coverageReport, formatCoverage, numbersOf } from '../../../src/seed/coverageReport.js';
import type { GraphNode, SeedGraph } from '../../../src/model/vocabulary.js';

const node = (label: GraphNode['label'], id: string, props: GraphNode['props'], excerpts: string[] = []): GraphNode => ({
  label,
  id,
  props,
  evidence: excerpts.map((excerpt) => ({ source: 'doc', locator: 'x', excerpt })),
  origin: 'test',
});

const TEXT = [
  'Language selection',
  '1. Objective',
  '- The Participants will meet once every two years.',
  'Some 25 joint ventures have been confirmed, on May 7, 1986, under §4.1 with RD20.',
  'A paragraph nobody holds.',
].join('\n');

describe('blocksOf and numbersOf', () => {
  it('splits a text into its non-empty lines, bullet markers removed', () => {
    expect(blocksOf(TEXT)).toEqual([
      'Language selection',
      '1. Objective',
      'The Participants will meet once every two years.',
      'Some 25 joint ventures have been confirmed, on May 7, 1986, under §4.1 with RD20.',
      'A paragraph nobody holds.',
    ]);
  });

  it('finds stated numbers but not years, days of a month, section numbers or numbers inside names', () => {
    expect(numbersOf('Some 25 joint ventures have been confirmed, on May 7, 1986, under §4.1 with RD20.')).toEqual(['25']);
    expect(numbersOf('1. Objective')).toEqual([]);
    expect(numbersOf('over $29.4 billion, the sixth largest, eleven hundred people')).toEqual(['$29.4 billion', 'sixth', 'eleven hundred']);
  });
});

describe('coverageReport', () => {
  it('holds every line of an excerpt that spans lines (a caption broken in two)', () => {
    const text = 'The Canadarm2 holds the vehicle as it docks with the\nInternational Space Station.';
    const graph: SeedGraph = {
      nodes: [
        node('Source', 'doc', { kind: 'document', file: 'sources/doc.txt' }),
        node('Mechanism', 'iss', {}, ['The Canadarm2 holds the vehicle as it docks with the International Space Station.']),
      ],
      relationships: [],
    };
    expect(coverageReport(graph, new Map([['doc', text]]))[0]?.blocks.map((b) => b.status)).toEqual(['evidence', 'evidence']);
  });

  const graph = (withFigure: boolean): SeedGraph => ({
    nodes: [
      node('Source', 'doc', {
        kind: 'document',
        file: 'sources/doc.txt',
        omitText: ['Language selection', '1. Objective'],
        omitReason: ['page furniture', 'heading'],
      }),
      node('Provision', 'p1', { statedIn: 'doc', text: 'The Participants will meet once every two years.', leadIn: null }),
      node('Instrument', 'i', {}, ['Some 25 joint ventures have been confirmed, on May 7, 1986, under §4.1 with RD20.']),
      ...(withFigure ? [node('Figure', 'f', { asWritten: 'Some 25 joint ventures' }, ['Some 25 joint ventures'])] : []),
    ],
    relationships: [],
  });

  it('classes each block as a provision, evidence, omitted with its reason, or missing, and each number as held or not', () => {
    const [doc] = coverageReport(graph(false), new Map([['doc', TEXT]]));
    expect(doc?.blocks.map((b) => [b.status, b.reason ?? null])).toEqual([
      ['omitted', 'page furniture'],
      ['omitted', 'heading'],
      ['provision', null],
      ['evidence', null],
      ['missing', null],
    ]);
    expect(doc?.numbers.map((n) => [n.text, n.held])).toEqual([
      ['two', false],
      ['25', false],
    ]);
    const printed = formatCoverage(coverageReport(graph(true), new Map([['doc', TEXT]])));
    expect(printed).toContain("3 blocks of content, 1 held as provisions, 1 as other facts' evidence, 1 missing (67%)");
    expect(printed).toContain('MISSING (0% covered): "A paragraph nobody holds."');
    expect(printed).toContain('FIGURE NOT HELD: "two"');
    expect(printed).not.toContain('FIGURE NOT HELD: "25"');
  });
});
